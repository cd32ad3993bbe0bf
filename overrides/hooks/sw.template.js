// The service worker's template: overrides/hooks/runtime_cache.py fills in the __NAMES__
// and writes it to the site as sw.js. It caches the versioned runtime.
// The build's runtime manifest (overrides/hooks/runtime_manifest.py): the files the planner
// page fetches, with paths relative to this file.
const MANIFEST = __MANIFEST__;
const PLANNER_PAGE = __PLANNER_PAGE__; // the planner page and its own scripts and styles
const VERSION = "__VERSION__";
// Fetching, unpacking and caching, shared with the planner's worker (and its decoder first).
importScripts("assets/vendor/xz-decompress.min.js", "assets/js/planner-runtime.js");
const store = self.plannerRuntime;
const RUNTIME_CACHE = store.RUNTIME_CACHE + VERSION;
const PAGES_CACHE = store.PAGES_CACHE;
const scope = new URL("./", self.location).href;
const runtimeUrls = new Set(MANIFEST.files.map((file) => new URL(file.url, scope).href));
const packedFiles = MANIFEST.files.filter((file) => file.role === "wasm" || file.role === "stdlib");
const plannerUrls = PLANNER_PAGE.map((path) => new URL(path, scope).href);

self.addEventListener("install", () => self.skipWaiting());

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const replaced = await store.dropOldReleases(VERSION);
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

// Fetch what is not cached yet, one file at a time, when a page asks (never on Save-Data), and
// unpack it unless the page says its own planner worker does.
let prefetching = null;
async function prefetch({ unpack = true } = {}) {
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
  if (unpack) await unpackRuntime(cache).catch(() => {});
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

// The WebAssembly and the standard library come packed (.xz); the planner's worker unpacks them
// and keeps the results in this browser's cache. Unpacking them here, in the background, spares
// the first visit to the planner that work.
async function unpackRuntime(runtimeCache) {
  for (const file of packedFiles) {
    const packedUrl = new URL(file.url, scope).href;
    const url = packedUrl.replace(/\.xz$/, "");
    if (await store.kept(url)) continue;
    const packed = await runtimeCache.match(packedUrl);
    if (packed) await store.keep(url, store.unpack(packed.body));
  }
}

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "prefetch") {
    prefetching = prefetching || prefetch(event.data).finally(() => (prefetching = null));
    event.waitUntil(prefetching);
  }
});
