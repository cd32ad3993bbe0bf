// The planner's Python, off the main thread. A module worker, spoken to with plain postMessage
// (no SharedArrayBuffer, so GitHub Pages needs no special headers).
//
// Page -> worker:
//   {type: "init", runtime, bundle, package}      absolute URLs of the runtime and planner bundle
//   {type: "plan", id, request, policy}           make_plan(request, policy)
//   {type: "ics", id, plan}                       to_ics(plan)
// Worker -> page:
//   {type: "progress", stage, bytes}              stage: "download" | "start" | "planner"
//   {type: "ready", version}                      Python and the planner are imported
//   {type: "failed", stage, message}              loading failed (the page offers "Try again")
//   {type: "result", id, ok: true, plan | ics}    an answer
//   {type: "result", id, ok: false, problems: [{field, message}] | error}
// Every error is caught and posted: nothing is thrown unhandled.

const HELPERS = `
import json
import planner


def _planner_call(kind, payload):
    data = json.loads(payload)
    try:
        if kind == "plan":
            result = {"ok": True, "plan": planner.make_plan(data["request"], data.get("policy"))}
        else:
            result = {"ok": True, "ics": planner.to_ics(data["plan"])}
    except Exception as error:  # the page shows field problems next to fields, others in words
        problems = getattr(error, "problems", None)
        if isinstance(problems, (list, tuple)):
            result = {
                "ok": False,
                "problems": [
                    {"field": str(getattr(p, "field", "")), "message": str(getattr(p, "message", p))}
                    for p in problems
                ],
            }
        else:
            result = {"ok": False, "error": f"{type(error).__name__}: {error}"}
    return json.dumps(result)
`;

let stage = "download";
let call = null; // the Python helper, once ready
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
const realFetch = self.fetch.bind(self);
self.fetch = async (input, init) => {
  const response = await realFetch(input, init);
  if (response.ok && response.body) {
    const url = response.url || String(input);
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

async function init({ runtime, bundle, package: packageName }) {
  if (typeof WebAssembly !== "object") {
    self.postMessage({ type: "failed", stage, message: "no WebAssembly", reason: "no-wasm" });
    return;
  }
  report(true);
  const { loadPyodide } = await import(`${runtime}pyodide.mjs`);
  // Downloads finish before Python starts; say "starting" once the big files are in.
  const starting = setInterval(() => {
    const files = [...streamed.keys()];
    if (files.some((url) => url.endsWith(".wasm")) && files.some((url) => url.endsWith(".zip"))) {
      stage = "start";
      report(true);
      clearInterval(starting);
    }
  }, 200);
  let pyodide;
  try {
    pyodide = await loadPyodide({
      indexURL: runtime,
      lockFileURL: `${bundle}pyodide-lock.json`,
      // Without packageBaseUrl Pyodide fetches packages from its CDN: keep it.
      packageBaseUrl: bundle,
      packages: [packageName],
      // Pyodide's own messages stay in the worker; failures reach the page as "failed".
      stdout: () => {},
      stderr: () => {},
    });
  } finally {
    clearInterval(starting);
  }
  stage = "planner";
  report(true);
  pyodide.runPython(HELPERS);
  call = pyodide.globals.get("_planner_call");
  const version = pyodide.runPython("planner.__version__");
  self.postMessage({ type: "ready", version });
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
