// The service worker's template: overrides/hooks/runtime_cache.py fills in the __NAMES__
// and writes it to the site as sw.js. It caches the versioned runtime.
const RUNTIME = __RUNTIME__; // paths relative to this file
const PLANNER_PAGE = __PLANNER_PAGE__; // the planner page and its own scripts and styles
const VERSION = "__VERSION__";
const RUNTIME_CACHE = `planner-runtime-${VERSION}`;
const PAGES_CACHE = "planner-pages"; // network-first copies: kept across releases
const scope = new URL("./", self.location).href;
const runtimeUrls = new Set(RUNTIME.map((path) => new URL(path, scope).href));
const plannerUrls = PLANNER_PAGE.map((path) => new URL(path, scope).href);

self.addEventListener("install", () => self.skipWaiting());

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      let replaced = false;
      for (const name of await caches.keys()) {
        if (name.startsWith("planner-") && name !== RUNTIME_CACHE && name !== PAGES_CACHE) {
          replaced = replaced || name.startsWith("planner-runtime-");
          await caches.delete(name);
        }
      }
      await self.clients.claim();
      // A new release: fetch its runtime in place of the one just deleted.
      if (replaced) await prefetch();
    })(),
  );
});

async function fromRuntimeCache(request) {
  const cache = await caches.open(RUNTIME_CACHE);
  const hit = await cache.match(request.url);
  if (hit) return hit;
  const response = await fetch(request.url);
  if (response.ok) await cache.put(request.url, response.clone());
  return response;
}

async function networkFirst(request) {
  try {
    // Pages are revalidated (a 304 when unchanged), so a new release's page, which names the
    // new runtime, is seen at once rather than after the HTTP cache's ten minutes.
    const response = await fetch(request, request.mode === "navigate" ? { cache: "no-cache" } : {});
    if (response.ok && response.type === "basic") {
      const copy = response.clone();
      caches.open(PAGES_CACHE).then((cache) => cache.put(request, copy)).catch(() => {});
    }
    return response;
  } catch (error) {
    const hit = await caches.match(request, { ignoreSearch: request.mode === "navigate" });
    if (hit) return hit;
    throw error;
  }
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET" || !request.url.startsWith(scope)) return;
  if (runtimeUrls.has(request.url.split("#")[0])) {
    event.respondWith(fromRuntimeCache(request));
  } else if (request.mode === "navigate" || request.destination) {
    event.respondWith(networkFirst(request));
  }
});

// Fetch what is not cached yet, one file at a time, when a page asks (never on Save-Data).
let prefetching = null;
async function prefetch() {
  if (self.navigator.connection && self.navigator.connection.saveData) return;
  const cache = await caches.open(RUNTIME_CACHE);
  for (const url of runtimeUrls) {
    if (await cache.match(url)) continue;
    try {
      const response = await fetch(url, { priority: "low" });
      if (response.ok) await cache.put(url, response);
    } catch {
      return; // offline or interrupted: the next page view tries again
    }
  }
  await unpackWasm(cache).catch(() => {});
  // The planner page's own files (a few kB): into the HTTP cache, so opening the planner
  // next costs no round trip for them, and into the pages cache, for offline use.
  const pages = await caches.open(PAGES_CACHE);
  for (const url of plannerUrls) {
    try {
      const response = await fetch(url, { priority: "low" });
      if (response.ok) await pages.put(url, response);
    } catch {
      return;
    }
  }
}

// The WebAssembly comes packed (pyodide.asm.wasm.lzma); the planner's worker unpacks it and keeps
// the result in its own cache. Unpacking it here, in the background, spares the first visit to
// the planner that work. The same cache and names as overrides/assets/js/planner-worker.js, and
// the same decoder file (it defines lzmaDecode).
const LOCAL_CACHE = "python-local";
const WASM_LENGTH = "x-wasm-length";
importScripts("assets/js/planner-lzma.js");

async function unpackWasm(runtimeCache) {
  const packedUrl = [...runtimeUrls].find((url) => url.endsWith("/pyodide.asm.wasm.lzma"));
  if (!packedUrl || typeof lzmaDecode !== "function") return;
  const url = packedUrl.slice(0, -".lzma".length);
  const runtime = url.slice(0, url.lastIndexOf("/") + 1);
  const local = await caches.open(LOCAL_CACHE);
  for (const request of await local.keys()) {
    if (!request.url.startsWith(runtime)) await local.delete(request); // an older release's
  }
  if (await local.match(url)) return;
  const packed = await runtimeCache.match(packedUrl);
  if (!packed) return;
  const bytes = lzmaDecode(new Uint8Array(await packed.arrayBuffer()));
  const headers = { "Content-Type": "application/wasm", [WASM_LENGTH]: String(bytes.length) };
  await local.put(url, new Response(bytes, { headers }));
}

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "prefetch") {
    prefetching = prefetching || prefetch().finally(() => (prefetching = null));
    event.waitUntil(prefetching);
  }
});
