// Runs the planner inside the pinned Pyodide under Node, for test_pyodide.py.
// Usage: node pyodide_runner.mjs PLANNER_DIR RUNNER_PY < cases.json > results.json
// Copies planner/*.py into Pyodide's file system, runs RUNNER_PY (which defines
// run_all(text) -> text) on the cases read from stdin, and prints what it returns.
import { readFileSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const [plannerDir, runnerPath] = process.argv.slice(2);
const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const require = createRequire(import.meta.url);
const { loadPyodide } = require(join(root, "node_modules", "pyodide", "pyodide.js"));

const pyodide = await loadPyodide();
pyodide.FS.mkdirTree("/home/pyodide/planner");
for (const name of readdirSync(plannerDir).filter((file) => file.endsWith(".py"))) {
  pyodide.FS.writeFile(`/home/pyodide/planner/${name}`, readFileSync(join(plannerDir, name)));
}
pyodide.runPython(readFileSync(runnerPath, "utf8"));
const runAll = pyodide.globals.get("run_all");
process.stdout.write(runAll(readFileSync(0, "utf8")));
