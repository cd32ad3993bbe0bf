// Registers the service worker (sw.js, written by overrides/hooks/runtime_cache.py) after
// `load`, so no page fetches a runtime byte before it has loaded. overrides/main.html adds it
// to every page.
(() => {
  if (!("serviceWorker" in navigator)) return;
  const script = document.currentScript;
  const worker = new URL(script.dataset.sw, script.src).href;
  const saveData = () => Boolean(navigator.connection && navigator.connection.saveData);
  window.addEventListener("load", () => {
    navigator.serviceWorker
      .register(worker, { scope: new URL("./", worker).href })
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => {
        if (saveData() || !registration.active) return;
        // Leave the page's own work first; then fetch the runtime in the background. On the
        // planner's page its own worker is unpacking the runtime at that moment and keeps what
        // it unpacks: the service worker only fetches, rather than unpack it a second time on
        // the same cores.
        const unpack = !document.getElementById("planner-build");
        const idle = window.requestIdleCallback || ((fn) => setTimeout(fn, 1000));
        idle(() => registration.active.postMessage({ type: "prefetch", unpack }), { timeout: 3000 });
      })
      .catch(() => {}); // no service worker: pages and planner work as before
  });
})();
