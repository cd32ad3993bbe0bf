// The planner's Python, off the main thread. A module worker, spoken to with plain postMessage
// (no SharedArrayBuffer, so GitHub Pages needs no special headers).
//
// Page -> worker:
//   {type: "init", runtime, bundle, package}      absolute URLs of the runtime and planner bundle
//   {type: "plan", id, request, policy}           planner.bridge.answer("plan", ...)
//   {type: "ics", id, plan}                       planner.bridge.answer("ics", ...)
// Worker -> page:
//   {type: "progress", stage, bytes}              stage: "download" | "start" | "planner"
//   {type: "ready", version, restored}            Python and the planner are imported
//                                                 (restored: from this browser's memory snapshot)
//   {type: "failed", stage, message}              loading failed (the page offers "Try again")
//   {type: "result", id, ...answer}               planner/bridge.py's answer: {ok, plan, view},
//                                                 {ok, ics}, {ok: false, problems | error}
// Every error is caught and posted: nothing is thrown unhandled.

import "./planner-lzma.js"; // defines lzmaDecode

let stage = "download";
let bridge = null; // the planner.bridge module, once ready
let call = null; // its answer function (a proxy borrowed from the module's)
const streamed = new Map(); // URL -> bytes read so far, for fetches
let scripts = 0; // bytes of scripts imported (not fetches), from resource timing
let lastReport = 0;

function bytes() {
  let total = scripts;
  for (const value of streamed.values()) total += value;
  return total;
}

function report(force = false) {
  if (call) return; // ready: no more progress
  const now = performance.now();
  if (!force && now - lastReport < 100) return;
  lastReport = now;
  self.postMessage({ type: "progress", stage, bytes: bytes() });
}

// Count the bytes of every file Pyodide fetches, as they arrive, by reading a clone of the
// response. The original response goes to Pyodide untouched (streaming WebAssembly compilation
// needs its type and URL).
function counted(url, response) {
  if (response.ok && response.body) {
    const reader = response.clone().body.getReader();
    streamed.set(url, 0);
    (async () => {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        streamed.set(url, streamed.get(url) + value.byteLength);
        report();
      }
      report(true);
    })().catch(() => {}); // the original response reports its own failure to Pyodide
  }
  return response;
}


// The WebAssembly: Pyodide asks for pyodide.asm.wasm. It gets, in this order, a copy unpacked
// on an earlier visit (Cache Storage, see LOCAL_CACHE), or pyodide.asm.wasm.lzma unpacked here
// (0.8 MB less to download than the server's gzip), kept for the next visit.
const WASM = "pyodide.asm.wasm";
const LOCAL_CACHE = "python-local"; // this browser's own copies: unpacked wasm, memory snapshot
const WASM_LENGTH = "x-wasm-length";
let usedKeptWasm = false;
let earlyWasm = null; // {url, response}: a kept copy looked up by init() before Pyodide asks

async function localCache() {
  return self.caches ? caches.open(LOCAL_CACHE) : null;
}

async function startsAsWasm(response) {
  try {
    const reader = response.body.getReader();
    const { value } = await reader.read();
    reader.cancel().catch(() => {});
    return Boolean(value && value.length >= 4 && value[0] === 0 && value[1] === 0x61 &&
      value[2] === 0x73 && value[3] === 0x6d); // "\0asm"
  } catch {
    return false;
  }
}

// The copy unpacked on an earlier visit (by this worker or the service worker), or null.
async function keptWasm(url) {
  const cache = await localCache().catch(() => null);
  const kept = cache && (await cache.match(url).catch(() => null));
  // Only a copy stored with its length that starts as WebAssembly does.
  if (kept && kept.headers.get(WASM_LENGTH) && (await startsAsWasm(kept.clone()))) {
    usedKeptWasm = true;
    return kept; // the cached response itself (V8 keeps compiled code with it); not a download
  }
  return null;
}

async function unpackedWasm(url, init) {
  const cache = await localCache().catch(() => null);
  const packed = counted(`${url}.lzma`, await realFetch(`${url}.lzma`, init));
  if (!packed.ok) return packed;
  const bytes = globalThis.lzmaDecode(new Uint8Array(await packed.arrayBuffer()));
  const headers = { "Content-Type": "application/wasm" };
  if (cache) {
    const keep = { ...headers, [WASM_LENGTH]: String(bytes.length) };
    forget(cache, url)
      .then(() => cache.put(url, new Response(bytes, { headers: keep })))
      .catch(() => {}); // storage full: the next visit unpacks again
  }
  return new Response(bytes, { headers });
}

// Entries of other releases go when this one's are stored (one release per browser).
async function forget(cache, keep) {
  const runtime = keep.slice(0, keep.lastIndexOf("/") + 1);
  for (const request of await cache.keys()) {
    const url = request.url;
    const sameKind = url.split("?")[0].split("/").pop() === keep.split("?")[0].split("/").pop();
    if (!url.startsWith(runtime) || (sameKind && url !== keep)) await cache.delete(request);
  }
}

// The standard library: Pyodide asks for python_stdlib.zip; where the browser can unpack gzip
// (DecompressionStream), it gets python_stdlib.zip.gz unpacked as it arrives: the same modules
// in one gzip stream, smaller than the zip's entry-by-entry compression (stdlib_trim.py).
const STDLIB = "python_stdlib.zip";
const packedStdlib = typeof DecompressionStream === "function";
const realFetch = self.fetch.bind(self);
self.fetch = async (input, init) => {
  const url = typeof input === "string" ? input : input.url || String(input);
  if (url.endsWith(`/${WASM}`)) {
    const early = earlyWasm && earlyWasm.url === url ? earlyWasm.response : keptWasm(url);
    earlyWasm = null;
    return (await early.catch(() => null)) || unpackedWasm(url, init);
  }
  if (packedStdlib && url.endsWith(`/${STDLIB}`)) {
    const packed = counted(`${url}.gz`, await realFetch(`${url}.gz`, init));
    if (!packed.ok || !packed.body) return packed;
    const body = packed.body.pipeThrough(new DecompressionStream("gzip"));
    return new Response(body, { headers: { "Content-Type": "application/zip" } });
  }
  const response = await realFetch(input, init);
  return counted(response.url || url, response);
};

// Scripts imported with import() (the Emscripten glue) are not fetches: resource timing has them.
try {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.initiatorType !== "fetch") scripts += entry.decodedBodySize || 0;
    }
    report(true);
  }).observe({ type: "resource", buffered: true });
} catch {
  // No resource timing in this worker: the byte count leaves the scripts out.
}

function failure(error) {
  const message = error && error.message ? error.message : String(error);
  self.postMessage({ type: "failed", stage, message });
}

// The wheel goes into site-packages with the zipfile module Pyodide's own start-up has already
// imported, instead of `packages: [...]` (loadPackage), which would import tarfile and
// importlib.metadata too: the trimmed standard library leaves those out.
// (overrides/hooks/stdlib_trim.py records imports along this same path.) Each Python object
// used from here is released at once, so the memory snapshot holds no JavaScript reference.
function install(pyodide, bytes) {
  pyodide.FS.writeFile("/tmp/planner.whl", bytes);
  const [sys, zipfile] = ["sys", "zipfile"].map((name) => pyodide.pyimport(name));
  const path = sys.path;
  const site = path.toJs().find((entry) => entry.endsWith("site-packages"));
  const wheel = zipfile.ZipFile("/tmp/planner.whl");
  wheel.extractall(site);
  wheel.close();
  for (const proxy of [wheel, path, zipfile, sys]) proxy.destroy();
  pyodide.pyimport("planner.bridge").destroy();
}

// A memory snapshot of Python with the planner imported, made on the first visit in this browser
// and kept in Cache Storage: a later visit restores it instead of starting Python and importing
// ~130 modules. Keyed by the runtime's and the planner's versioned URLs; Pyodide also refuses a
// snapshot from another build. It is made before any plan is computed, so it holds nothing the
// visitor typed. Any problem reading, restoring or storing it: Python starts the usual way.
// Pyodide's memory snapshots are a private API (underscored loadPyodide options and a
// method of its own): this is its one use, and tests/test_snapshot_api.py fails, naming the
// call, when the pinned runtime no longer has one of them.
const SNAPSHOT_API = {
  restore: (bytes) => ({ _loadSnapshot: bytes }),
  allow: (enabled) => ({ _makeSnapshot: enabled }),
  take: (pyodide) => pyodide.makeMemorySnapshot(),
};
const SNAPSHOT_LENGTH = "x-snapshot-length"; // trailing zero bytes are not stored
const SNAPSHOT_MAGIC = 0x706e7300; // "\0snp", the first four bytes of a Pyodide snapshot
const MIN_SNAPSHOT = 20 * 1024 * 1024; // header + heap: the heap starts at 20 MiB
const RESTORE_MS = 15000; // a restore that neither works nor fails by then: start afresh
const KEPT_WASM_MS = 20000; // the same for a start from the kept WebAssembly

// `promise`, or a rejection after `ms` if it has not settled by then.
async function within(promise, ms) {
  let timer;
  const late = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timeout ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

function snapshotUrl(runtime, bundle) {
  // zipimport keeps offsets into the standard library's zip: the snapshot is for this one.
  const stdlib = packedStdlib ? `${STDLIB}.gz` : STDLIB;
  return `${runtime}planner.snapshot?bundle=${encodeURIComponent(bundle)}&stdlib=${stdlib}`;
}

// The stored snapshot's response (headers only: quick), or null.
async function findSnapshot(url) {
  try {
    const cache = await localCache();
    return (cache && (await cache.match(url))) || null;
  } catch {
    return null;
  }
}

// Its bytes, zero-padded back to the heap's size; throws when they are not a usable snapshot.
async function snapshotBytes(hit) {
  const length = Number(hit.headers.get(SNAPSHOT_LENGTH));
  const stored = new Uint8Array(await hit.arrayBuffer());
  // Pyodide hangs (neither resolves nor rejects) on a snapshot smaller than the runtime's
  // initial memory: check the magic number and size before handing it over.
  const magic = stored.length >= 4 ? new DataView(stored.buffer).getUint32(0, true) : 0;
  if (magic !== SNAPSHOT_MAGIC || !(length >= stored.length && length > MIN_SNAPSHOT)) {
    throw new Error("unusable snapshot");
  }
  const full = new Uint8Array(length);
  full.set(stored);
  return full;
}

async function dropSnapshot(url) {
  try {
    const cache = await localCache();
    if (cache) await cache.delete(url);
  } catch {
    // nothing to drop
  }
}

async function storeSnapshot(url, snapshot) {
  try {
    // The heap's free tail is zeros: leave it out (a quarter of the snapshot), 8 bytes a step.
    let end = snapshot.length;
    if (end % 8 === 0 && snapshot.byteOffset % 8 === 0) {
      const words = new BigUint64Array(snapshot.buffer, snapshot.byteOffset, end / 8);
      let word = words.length;
      while (word > 0 && words[word - 1] === 0n) word--;
      end = word * 8;
    }
    const cache = await localCache();
    if (!cache) return;
    await forget(cache, url); // one snapshot per browser: the current release's
    const headers = { [SNAPSHOT_LENGTH]: String(snapshot.length) };
    await cache.put(url, new Response(snapshot.subarray(0, end), { headers }));
  } catch {
    // storage full or unavailable: the next visit starts Python the usual way
  }
}

async function init({ runtime, bundle, package: packageName }) {
  if (typeof WebAssembly !== "object") {
    self.postMessage({ type: "failed", stage, message: "WebAssembly", reason: "no-wasm" });
    return;
  }
  report(true);
  const key = snapshotUrl(runtime, bundle);
  // Everything starts at once: the loader, the lock file, the wheel, a stored snapshot, a kept
  // copy of the WebAssembly. (Unpacking a download waits until Pyodide asks for it: done
  // earlier, it would hold up the loader and the standard library on this thread.)
  earlyWasm = { url: `${runtime}${WASM}`, response: keptWasm(`${runtime}${WASM}`) };
  const loader = import(`${runtime}pyodide.mjs`);
  const lock = fetch(`${bundle}pyodide-lock.json`).then((response) => {
    if (!response.ok) throw new Error(`${response.status} ${response.url}`);
    return response.json();
  });
  const wheel = lock.then(async (data) => {
    const entry = data.packages && data.packages[packageName];
    if (!entry) throw new Error(`${packageName} unlisted`);
    const response = await fetch(new URL(entry.file_name, bundle).href);
    if (!response.ok) throw new Error(`${response.status} ${response.url}`);
    return new Uint8Array(await response.arrayBuffer());
  });
  // Awaited below, where a failure is reported (as "failed", not as an unhandled rejection).
  for (const promise of [loader, lock, wheel]) promise.catch(() => {});
  const stored = await findSnapshot(key);
  const { loadPyodide } = await loader;
  // Downloads finish before Python starts; say "starting" once the big files are in.
  const starting = setInterval(() => {
    const files = [...streamed.keys()];
    if (files.some((url) => url.includes(".wasm")) && files.some((url) => url.includes(".zip"))) {
      stage = "start";
      report(true);
      clearInterval(starting);
    }
  }, 200);
  const options = {
    indexURL: runtime,
    lockFileContents: lock,
    // Without packageBaseUrl Pyodide fetches packages from its CDN: keep it.
    packageBaseUrl: bundle,
    // Pyodide's own messages stay in the worker; failures reach the page as "failed".
    stdout: () => {},
    stderr: () => {},
  };
  const wheelBytes = async () => {
    const bytes = await wheel;
    stage = "planner";
    report(true);
    return bytes;
  };
  let pyodide = null;
  let snapshot = null;
  let restoredOk = false;
  try {
    if (stored) {
      try {
        // The bytes are read while Pyodide fetches and compiles the runtime.
        const bytes = snapshotBytes(stored);
        bytes.catch(() => {}); // handled by loadPyodide, which awaits it
        pyodide = await within(loadPyodide({ ...options, ...SNAPSHOT_API.restore(bytes) }), RESTORE_MS);
        // The planner's files, also after a restore (a snapshot holds memory, not files).
        install(pyodide, await wheelBytes());
        restoredOk = true;
      } catch {
        // A snapshot this runtime cannot use: start afresh, and replace it. (A download that
        // failed is reported as such: the fresh start below meets it again.)
        pyodide = null;
        await dropSnapshot(key);
      }
    }
    if (!pyodide) {
      try {
        const booting = loadPyodide({ ...options, ...SNAPSHOT_API.allow(Boolean(self.caches)) });
        // Pyodide may hang on WebAssembly it cannot instantiate: a kept copy gets a deadline.
        pyodide = await (usedKeptWasm ? within(booting, KEPT_WASM_MS) : booting);
      } catch (error) {
        // A kept copy of the WebAssembly that does not work: forget this browser's copies
        // and unpack the download once more.
        if (!usedKeptWasm) throw error;
        usedKeptWasm = false;
        if (self.caches) await caches.delete(LOCAL_CACHE).catch(() => {});
        pyodide = await loadPyodide({ ...options, ...SNAPSHOT_API.allow(Boolean(self.caches)) });
      }
      install(pyodide, await wheelBytes());
      if (self.caches) {
        try {
          snapshot = SNAPSHOT_API.take(pyodide);
        } catch {
          snapshot = null; // not this time: the next visit starts Python the usual way
        }
      }
    }
  } finally {
    clearInterval(starting);
  }
  bridge = pyodide.pyimport("planner.bridge"); // kept for the worker's lifetime
  call = bridge.answer;
  const planner = pyodide.pyimport("planner");
  const version = planner.__version__;
  planner.destroy();
  self.postMessage({ type: "ready", version, restored: restoredOk });
  if (snapshot) await storeSnapshot(key, snapshot);
}

function answer({ type, id, ...payload }) {
  if (!call) {
    self.postMessage({ type: "result", id, ok: false, error: "not ready" });
    return;
  }
  try {
    const result = JSON.parse(call(type, JSON.stringify(payload)));
    self.postMessage({ type: "result", id, ...result });
  } catch (error) {
    self.postMessage({ type: "result", id, ok: false, error: String(error) });
  }
}

self.onmessage = ({ data }) => {
  if (data.type === "init") {
    init(data).catch(failure);
  } else {
    answer(data);
  }
};
