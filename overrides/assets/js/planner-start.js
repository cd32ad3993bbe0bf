// Starts the planner's Python worker as early as the page allows. The planner page loads this
// module on its own from <head> (async, with one small import), so the worker's downloads and
// Python's start-up begin while the page is still being parsed, not once planner-page.js and
// all its imports are in; planner-page.js takes the started client from here.
import { PlannerClient } from "./planner-client.js";

/** The page's build data (overrides/planner.html, #planner-build): runtime paths, download size. */
export const build = JSON.parse(document.getElementById("planner-build").textContent);

const absolute = (path) => new URL(path, document.baseURI).href;
const early = []; // the worker's events until the page listens

export const client = new PlannerClient(
  {
    runtime: absolute(build.runtime),
    bundle: absolute(build.bundle),
    package: build.package,
  },
  {
    onProgress: (event) => early.push(["onProgress", event]),
    onReady: (event) => early.push(["onReady", event]),
    onFailed: (event) => early.push(["onFailed", event]),
  },
);
client.start();

/** The worker's events go to `handlers` from now on, those that came before first. */
export function listen(handlers) {
  client.handlers = handlers;
  for (const [name, event] of early.splice(0)) handlers[name](event);
}
