// Pyodide under Node, started the way the planner page's worker starts it: the pinned runtime
// (or the site's copy of it), the planner's lock file, and the wheel on sys.path, imported
// from by zipimport (planner-worker.js, install()), not loadPackage. The one loader
// for the build's import recording (stdlib_trim.py) and the tests that run the built planner.
import { readFileSync } from "node:fs";

const WHEEL = "/lib/planner.whl";

/**
 * @param {{runtime: string, bundle: string, package: string}} where folders, and the
 *   planner's package name in the bundle's lock file
 * @param {object} options more loadPyodide options (stdLibURL, _makeSnapshot, stdout, ...)
 */
export async function startPlanner({ runtime, bundle, package: name }, options = {}) {
  const { loadPyodide } = await import(`${runtime}/pyodide.mjs`);
  const lock = JSON.parse(readFileSync(`${bundle}/pyodide-lock.json`, "utf8"));
  const pyodide = await loadPyodide({
    indexURL: `${runtime}/`,
    lockFileContents: lock,
    packageBaseUrl: `${bundle}/`,
    ...options,
  });
  pyodide.FS.writeFile(WHEEL, readFileSync(`${bundle}/${lock.packages[name].file_name}`));
  const sys = pyodide.pyimport("sys");
  const path = sys.path;
  path.append(WHEEL);
  for (const proxy of [path, sys]) proxy.destroy(); // none left alive for a memory snapshot
  return pyodide;
}
