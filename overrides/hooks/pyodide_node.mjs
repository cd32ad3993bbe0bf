// Pyodide under Node, started the way the planner page's worker starts it: the pinned runtime
// (or the site's copy of it), the planner's lock file, and the wheel unpacked into
// site-packages with zipfile (planner-worker.js, install()), not loadPackage. The one loader
// for the build's import recording (stdlib_trim.py) and the tests that run the built planner.
import { readFileSync } from "node:fs";

const INSTALL = `
import sys, zipfile
_site = next(p for p in sys.path if p.endswith("site-packages"))
with zipfile.ZipFile("/tmp/planner.whl") as _wheel:
    _wheel.extractall(_site)
del _site, _wheel
`;

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
  pyodide.FS.writeFile("/tmp/planner.whl", readFileSync(`${bundle}/${lock.packages[name].file_name}`));
  pyodide.runPython(INSTALL);
  return pyodide;
}
