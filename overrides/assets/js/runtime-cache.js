// Registers the service worker (sw.js, written by overrides/hooks/runtime_cache.py) after
// `load`, so no page fetches a runtime byte before it has loaded. overrides/main.html adds it
// to every page.
(() => {
  if (!("serviceWorker" in navigator)) return;
  const script = document.currentScript;
  const worker = new URL(script.dataset.sw, script.src).href;
  const saveData = () => Boolean(navigator.connection && navigator.connection.saveData);
  // Once the service worker has every runtime file in this browser, it offers to have Python
  // made ready from them: the planner's worker starts here, in the background, only makes and
  // keeps the memory snapshot a first visit to the planner would make, and is stopped. Opening
  // the planner after reading then starts like a repeat visit. Not on the planner page, whose
  // own worker does the same.
  let preparing = false;
  navigator.serviceWorker.addEventListener("message", ({ data }) => {
    if (!data || data.type !== "prepare" || preparing || document.getElementById("planner-build")) {
      return;
    }
    preparing = true;
    const python = new Worker(new URL("planner-worker.js", script.src));
    python.onmessage = ({ data: reply }) => {
      if (reply.type === "prepared" || reply.type === "failed") python.terminate();
    };
    python.onerror = (event) => {
      event.preventDefault(); // not this time: the planner starts the usual way
      python.terminate();
    };
    const { runtime, bundle, package: name } = data;
    python.postMessage({ type: "init", runtime, bundle, package: name, prepare: true });
  });
  window.addEventListener("load", () => {
    navigator.serviceWorker.startMessages();
    navigator.serviceWorker
      .register(worker, { scope: new URL("./", worker).href })
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => {
        if (saveData() || !registration.active) return;
        // Leave the page's own work first; then fetch the runtime in the background.
        const idle = window.requestIdleCallback || ((fn) => setTimeout(fn, 1000));
        idle(() => registration.active.postMessage({ type: "prefetch" }), { timeout: 3000 });
      })
      .catch(() => {}); // no service worker: pages and planner work as before
  });
})();
