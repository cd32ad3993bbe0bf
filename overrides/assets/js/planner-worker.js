// The planner's Python, off the main thread. A classic worker (it shares planner-runtime.js
// with the service worker through importScripts), spoken to with plain postMessage (no
// SharedArrayBuffer, so GitHub Pages needs no special headers).
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

importScripts("planner-runtime.js");
const store = self.plannerRuntime; // fetching, unpacking and caching: shared with sw.js

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


// The WebAssembly and the standard library: Pyodide asks for pyodide.asm.wasm and
// python_stdlib.zip. It gets, in this order, a copy unpacked on an earlier visit (Cache
// Storage), or the file's .xz unpacked as it arrives (the WebAssembly 0.8 MB less to download
// than the server's gzip, the standard library 0.17 MB less than one gzip stream:
// stdlib_trim.py), a copy kept for the next visit.
const WASM = "pyodide.asm.wasm";
const STDLIB = "python_stdlib.zip";
let usedKeptWasm = false;
let earlyWasm = null; // {url, response}: a kept copy looked up by init() before Pyodide asks

async function keptWasm(url) {
  const kept = await store.kept(url);
  usedKeptWasm = Boolean(kept);
  return kept;
}

// The xz decoder, loaded when a download is to be unpacked: a visit that restores this
// browser's copies never needs it.
const DECODER = "../vendor/xz-decompress.min.js";

async function unpacked(url, init) {
  if (!self["xz-decompress"]) importScripts(DECODER);
  const packed = counted(`${url}.xz`, await realFetch(`${url}.xz`, init));
  return packed.ok && packed.body ? store.unpackAndKeep(url, packed) : packed;
}

const realFetch = self.fetch.bind(self);
self.fetch = async (input, init) => {
  const url = typeof input === "string" ? input : input.url || String(input);
  if (url.endsWith(`/${WASM}`)) {
    const early = earlyWasm && earlyWasm.url === url ? earlyWasm.response : keptWasm(url);
    earlyWasm = null;
    return (await early.catch(() => null)) || unpacked(url, init);
  }
  if (url.endsWith(`/${STDLIB}`)) {
    return (await store.kept(url).catch(() => null)) || unpacked(url, init);
  }
  const response = await realFetch(input, init);
  return counted(response.url || url, response);
};

// Scripts imported with import() (the Emscripten glue) are not fetches: resource timing has them,
// counted as sent (gzipped), as the build counts the page's download (planner_build.py).
try {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.initiatorType !== "fetch") scripts += entry.encodedBodySize || entry.decodedBodySize || 0;
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

// The wheel goes on sys.path as it is, instead of `packages: [...]` (loadPackage, which would
// import tarfile and importlib.metadata too: the trimmed standard library leaves those out) or
// unpacking it: zipimport, frozen into Python, imports the planner's .pyc straight from the
// wheel, as it does the standard library's from its zip. After a snapshot is restored only the
// file is written again (a snapshot holds memory, not files; sys.path and zipimport's index of
// this very wheel are in that memory). (overrides/hooks/pyodide_node.mjs does the same, and
// stdlib_trim.py records imports along it.) Each Python object used from here is released at
// once, so the memory snapshot holds no JavaScript reference.
const WHEEL = "/lib/planner.whl";
function install(pyodide, bytes) {
  pyodide.FS.writeFile(WHEEL, bytes);
  const sys = pyodide.pyimport("sys");
  const path = sys.path;
  if (!path.toJs().includes(WHEEL)) path.append(WHEEL);
  for (const proxy of [path, sys]) proxy.destroy();
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
  // The runtime's folder names the standard library's digest (zipimport keeps offsets into it).
  return `${runtime}planner.snapshot?bundle=${encodeURIComponent(bundle)}`;
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
  const stored = await store.findSnapshot(key);
  // Its bytes are read while the loader and Emscripten's glue load and Pyodide fetches and
  // compiles the runtime.
  const storedBytes = stored ? store.snapshotBytes(stored) : null;
  if (storedBytes) storedBytes.catch(() => {}); // handled by loadPyodide, which awaits it
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
        pyodide = await within(loadPyodide({ ...options, ...SNAPSHOT_API.restore(storedBytes) }), RESTORE_MS);
        // The planner's files, also after a restore (a snapshot holds memory, not files).
        install(pyodide, await wheelBytes());
        restoredOk = true;
      } catch {
        // A snapshot this runtime cannot use: start afresh, and replace it. (A download that
        // failed is reported as such: the fresh start below meets it again.)
        pyodide = null;
        await store.dropSnapshot(key);
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
        await store.dropLocal();
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
  if (snapshot) await store.storeSnapshot(key, snapshot);
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
