const root = document.getElementById("planner");
const status = document.getElementById("planner-status");
const output = document.getElementById("planner-value");
const absolute = (path) => new URL(path, document.baseURI).href;

const worker = new Worker(new URL("planner-worker.js", import.meta.url), { type: "module" });
worker.onmessage = ({ data }) => {
  if (data.type === "ready") {
    status.textContent = "Planner ready.";
    output.textContent = data.version;
  } else {
    status.textContent = `The planner could not start: ${data.message}`;
  }
};
worker.postMessage({
  runtime: absolute(root.dataset.runtime),
  bundle: absolute(root.dataset.bundle),
  packageName: root.dataset.package,
});
