// Fetching, unpacking and caching the planner's Python runtime and its memory snapshot, for
// both of its users: the planner's worker (planner-worker.js) and the service worker (sw.js,
// from overrides/hooks/sw.template.js). A classic script, loaded by both with importScripts
// (module service workers are not in every engine the site supports); it defines
// `self.plannerRuntime` and needs the xz decoder (assets/vendor/xz-decompress.min.js, npm
// xz-decompress) loaded before it unpacks anything (the service worker loads it first, the
// planner's worker only when it has a download to unpack). Which files make up the runtime is
// the build's manifest (overrides/hooks/runtime_manifest.py), given to each user.
self.plannerRuntime = (() => {
  const LOCAL_CACHE = "python-local"; // this browser's own copies: unpacked files, memory snapshot
  const RUNTIME_CACHE = "planner-runtime-"; // + the release's version: downloads, cache-first
  const PAGES_CACHE = "planner-pages"; // network-first copies of pages: kept across releases
  const UNPACKED = "x-unpacked"; // marks a complete unpacked file in LOCAL_CACHE
  const SNAPSHOT_LENGTH = "x-snapshot-length"; // trailing zero bytes are not stored
  const SNAPSHOT_MAGIC = 0x706e7300; // "\0snp", the first four bytes of a Pyodide snapshot
  const MIN_SNAPSHOT = 20 * 1024 * 1024; // header + heap: the heap starts at 20 MiB

  async function local() {
    return self.caches ? caches.open(LOCAL_CACHE) : null;
  }

  // Entries of other releases go when this one's are stored (one release per browser): any
  // entry outside `keep`'s folder, and an entry of the same name with another query.
  async function forget(cache, keep) {
    const folder = keep.slice(0, keep.lastIndexOf("/") + 1);
    const name = (url) => url.split("?")[0].split("/").pop();
    for (const request of await cache.keys()) {
      const url = request.url;
      if (!url.startsWith(folder) || (name(url) === name(keep) && url !== keep)) {
        await cache.delete(request);
      }
    }
  }

  // The service worker's caches of other releases (the pages' copies stay).
  async function dropOldReleases(version) {
    let replaced = false;
    for (const name of await caches.keys()) {
      if (name.startsWith(RUNTIME_CACHE) && name !== RUNTIME_CACHE + version) {
        replaced = true;
        await caches.delete(name);
      }
    }
    return replaced;
  }

  // What an unpacked file starts with, by the extension of its URL: a check that a kept copy
  // is whole and of the right kind before Pyodide is given it.
  const KINDS = {
    ".wasm": { type: "application/wasm", magic: [0x00, 0x61, 0x73, 0x6d] }, // "\0asm"
    ".zip": { type: "application/zip", magic: [0x50, 0x4b, 0x03, 0x04] }, // "PK\3\4"
  };
  const kind = (url) => KINDS[url.slice(url.lastIndexOf("."))];

  async function startsWith(response, magic) {
    try {
      const reader = response.body.getReader();
      const { value } = await reader.read();
      reader.cancel().catch(() => {});
      return Boolean(value && value.length >= magic.length && magic.every((byte, i) => value[i] === byte));
    } catch {
      return false;
    }
  }

  // The WebAssembly or the standard library unpacked on an earlier visit (by either worker), or
  // null. The cached response itself: V8 keeps the WebAssembly's compiled code with it.
  async function kept(url) {
    const cache = await local().catch(() => null);
    const hit = cache && (await cache.match(url).catch(() => null));
    if (hit && hit.headers.get(UNPACKED) && (await startsWith(hit.clone(), kind(url).magic))) return hit;
    return null;
  }

  // `packed` (the file's .xz) unpacked as it arrives, for Pyodide (streaming compilation, for
  // the WebAssembly); a copy goes into LOCAL_CACHE as `url` for the next visit. Cache Storage
  // keeps a response only once its body has ended without error (xz checks its CRC at the end).
  function unpackAndKeep(url, packed) {
    const [used, copy] = unpack(packed.body).tee();
    keep(url, copy);
    return new Response(used, { headers: { "Content-Type": kind(url).type } });
  }

  function unpack(body) {
    return new self["xz-decompress"].XzReadableStream(body);
  }

  async function keep(url, body) {
    try {
      const cache = await local();
      if (!cache) throw new Error("caches");
      await forget(cache, url);
      const headers = { "Content-Type": kind(url).type, [UNPACKED]: "1" };
      await cache.put(url, new Response(body, { headers }));
    } catch {
      body.cancel().catch(() => {}); // storage full or absent: the next visit unpacks again
    }
  }

  async function dropLocal() {
    if (self.caches) await caches.delete(LOCAL_CACHE).catch(() => {});
  }

  // The stored snapshot's response (headers only: quick), or null.
  async function findSnapshot(url) {
    try {
      const cache = await local();
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
      const cache = await local();
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
      const cache = await local();
      if (!cache) return;
      await forget(cache, url); // one snapshot per browser: the current release's
      const headers = { [SNAPSHOT_LENGTH]: String(snapshot.length) };
      await cache.put(url, new Response(snapshot.subarray(0, end), { headers }));
    } catch {
      // storage full or unavailable: the next visit starts Python the usual way
    }
  }

  return {
    RUNTIME_CACHE,
    PAGES_CACHE,
    dropOldReleases,
    kept,
    unpack,
    unpackAndKeep,
    keep,
    dropLocal,
    findSnapshot,
    snapshotBytes,
    dropSnapshot,
    storeSnapshot,
  };
})();
