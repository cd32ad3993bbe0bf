// Runs Python off the main thread. Receives the runtime and bundle URLs, loads Pyodide and the
// planner wheel together, then answers requests.
let pyodide;

self.onmessage = async (event) => {
  const { runtime, bundle, packageName } = event.data;
  try {
    const { loadPyodide } = await import(`${runtime}pyodide.mjs`);
    pyodide = await loadPyodide({
      indexURL: runtime,
      lockFileURL: `${bundle}pyodide-lock.json`,
      packageBaseUrl: bundle,
      packages: [packageName],
    });
    const version = pyodide.runPython("import planner; planner.__version__");
    self.postMessage({ type: "ready", version });
  } catch (error) {
    self.postMessage({ type: "error", message: String(error) });
  }
};
