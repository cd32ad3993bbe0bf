// Baseline for benchmarks/run.py: loadPyodide() on the main thread, then the planner wheel,
// then `import planner`, then one plan. Sets the same performance marks as the planner page,
// so the benchmark reads both pages the same way.
const status = document.getElementById("status");
const planOut = document.getElementById("plan");
const params = new URLSearchParams(location.search);
const wheel = new URL(params.get("wheel") || "wheel/planner.whl", location.href).href;

// A plan for an interview held today, through whichever public entry point the planner has.
const FIRST_PLAN = `
import json, planner
def _first_plan():
    for name in ("plan_json", "plan_from_json", "render_plan"):
        fn = getattr(planner, name, None)
        if callable(fn):
            return str(fn("{}"))
    fn = getattr(planner, "plan", None)
    if callable(fn):
        try:
            return str(fn())
        except TypeError:
            pass
    return "planner " + getattr(planner, "__version__", "?")
_first_plan()
`;

try {
  const pyodide = await loadPyodide();
  await pyodide.loadPackage(wheel);
  pyodide.runPython("import planner");
  performance.mark("planner:ready");
  status.textContent = "Python ready.";
  let text;
  try {
    text = pyodide.runPython(FIRST_PLAN);
  } catch (error) {
    text = `first plan failed: ${error}`;
  }
  planOut.textContent = text;
  await new Promise((resolve) => requestAnimationFrame(() => resolve()));
  performance.mark("planner:first-plan");
  status.textContent = "Plan ready.";
} catch (error) {
  status.textContent = `Baseline failed: ${error}`;
  document.documentElement.dataset.error = String(error);
}
