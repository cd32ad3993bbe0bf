// Runs the planner inside the pinned Pyodide under Node, for test_pyodide.py.
// Usage: node pyodide_runner.mjs PLANNER_DIR RUNNER_PY CASES_JSON > results.json
// Copies the planner package (its .py files, subpackages too) into Pyodide's file system, runs RUNNER_PY (which defines
// run_all(text) -> text) on the cases read from CASES_JSON, and prints what it returns.
// (A file, not stdin: reading a large piped stdin at once can fail with EAGAIN.)
import { readFileSync, readdirSync } from "node:fs";
import { relative } from "node:path";
import { join, dirname } from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const [plannerDir, runnerPath, casesPath] = process.argv.slice(2);
const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const require = createRequire(import.meta.url);
const { loadPyodide } = require(join(root, "node_modules", "pyodide", "pyodide.js"));

const pyodide = await loadPyodide();
for (const entry of readdirSync(plannerDir, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith(".py")) continue;
  const from = join(entry.parentPath, entry.name);
  const to = `/home/pyodide/planner/${relative(plannerDir, from)}`;
  pyodide.FS.mkdirTree(dirname(to));
  pyodide.FS.writeFile(to, readFileSync(from));
}
pyodide.runPython(readFileSync(runnerPath, "utf8"));
const runAll = pyodide.globals.get("run_all");
process.stdout.write(runAll(readFileSync(casesPath, "utf8")));
