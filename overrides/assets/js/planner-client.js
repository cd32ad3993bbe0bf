// Starts the Python worker and talks to it. One client per page; "Try again" restarts it.

const STALL_MS = 45000; // no word from the worker for this long while loading: give up

export class PlannerClient {
  /**
   * @param {{runtime: string, bundle: string, package: string}} build absolute URLs
   * @param {{onProgress: Function, onReady: Function, onFailed: Function}} handlers
   */
  constructor(build, handlers) {
    this.build = build;
    this.handlers = handlers;
    this.worker = null;
    this.ready = false;
    this.pending = new Map();
    this.nextId = 1;
    this.stallTimer = 0;
  }

  start() {
    this.stop();
    this.ready = false;
    if (typeof WebAssembly !== "object" || typeof Worker !== "function") {
      this.fail("no-wasm", typeof WebAssembly === "object" ? "Worker" : "WebAssembly");
      return;
    }
    let worker;
    try {
      worker = new Worker(new URL("planner-worker.js", import.meta.url), { type: "module" });
    } catch (error) {
      this.fail("start", String(error));
      return;
    }
    this.worker = worker;
    worker.onmessage = ({ data }) => this.receive(worker, data);
    // A worker that cannot load or throws: report it here instead of in the console.
    worker.onerror = (event) => {
      event.preventDefault();
      if (worker === this.worker) this.fail("start", event.message || "worker error");
    };
    worker.onmessageerror = () => {
      if (worker === this.worker) this.fail("start", "messageerror");
    };
    this.watch();
    worker.postMessage({ type: "init", ...this.build });
  }

  stop() {
    clearTimeout(this.stallTimer);
    if (this.worker) this.worker.terminate();
    this.worker = null;
    for (const { resolve } of this.pending.values()) resolve({ ok: false, error: "stopped" });
    this.pending.clear();
  }

  watch() {
    clearTimeout(this.stallTimer);
    this.stallTimer = setTimeout(() => this.fail("timeout", `${STALL_MS} ms`), STALL_MS);
  }

  fail(reason, message) {
    this.stop();
    this.ready = false;
    this.handlers.onFailed({ reason, message });
  }

  receive(worker, data) {
    if (worker !== this.worker) return;
    if (data.type === "progress") {
      if (this.ready) return;
      this.watch();
      this.handlers.onProgress({ stage: data.stage, bytes: data.bytes });
    } else if (data.type === "ready") {
      clearTimeout(this.stallTimer);
      this.ready = true;
      this.handlers.onReady(data);
    } else if (data.type === "failed") {
      this.fail(data.reason || data.stage, data.message);
    } else if (data.type === "result") {
      const waiting = this.pending.get(data.id);
      if (waiting) {
        this.pending.delete(data.id);
        waiting.resolve(data);
      }
    }
  }

  /** A call to planner.bridge in the worker; resolves to its answer ({ok, plan, view}, ...). */
  ask(type, payload) {
    if (!this.ready || !this.worker) return Promise.resolve({ ok: false, error: "not ready" });
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, { resolve });
      this.worker.postMessage({ type, id, ...payload });
    });
  }
}
