"""Benchmark: the planner page against plain Pyodide, side by side, in one run (issue 7).

Builds the site into a temporary folder, puts a baseline page next to it (the untouched npm
runtime loaded the way other documentation tools do it: main thread, `loadPyodide()`, the
runtime's own `python_stdlib.zip`, then the planner wheel, then `import planner`), serves both
with the GitHub-Pages-like server from the tests, and drives headless Chromium through
Playwright and the Chrome DevTools Protocol: network throttling with
`Network.emulateNetworkConditions`, bytes from `Network.loadingFinished.encodedDataLength`.
Pages are measured alternately, several times each, and medians plus the ratio
planner/baseline are printed and written to `benchmarks/results.json`.

Usage: `make bench`, or `.venv/bin/python benchmarks/run.py --repeat 5`.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.conftest import CHROMIUM_FLAGS, mkdocs_build, system_chromium  # noqa: E402
from tests.site_server import serve  # noqa: E402

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results.json"
# The untouched npm runtime, as the baseline page loads it (classic script + full lock file).
BASELINE_RUNTIME = (
    "pyodide.js",
    "pyodide.mjs",
    "pyodide.asm.js",
    "pyodide.asm.wasm",
    "python_stdlib.zip",
    "pyodide-lock.json",
)
# "Slow 4G" as in Chrome DevTools' presets: 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip.
SLOW_4G = {
    "offline": False,
    "latency": 150,
    "downloadThroughput": 1.6e6 / 8,
    "uploadThroughput": 750e3 / 8,
}
# What counts as "runtime" bytes: the baseline's Pyodide and wheel, and every file of the built
# site's runtime manifest (assets/planner-runtime.json, see runtime_files).
RUNTIME_MARKERS = ["/bench-baseline/pyodide/", "/bench-baseline/wheel/"]
MANIFEST = "assets/planner-runtime.json"
PAGES = {"planner": "planner/", "baseline": "bench-baseline/index.html"}
# Watches long tasks from the very first script, so "longest task while loading" is complete.
LONGTASK_SCRIPT = """
window.__benchLongTasks = [];
try {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.__benchLongTasks.push([entry.startTime, entry.duration]);
    }
  }).observe({ type: "longtask", buffered: true });
} catch (error) {}
"""
# A visitor who has filled in the two required fields by the time Python is ready: the
# planner page computes the first plan from the form as soon as it is ready.
FILL_SCRIPT = """
document.addEventListener("DOMContentLoaded", () => {
  const set = (id, value) => { const el = document.getElementById(id); if (el) el.value = value; };
  const day = new Date(Date.now() - 86400000).toISOString().slice(0, 10);
  set("planner-interview-date", day);
  set("planner-i0-name", "Dana Lee");
}, { capture: true });
"""
MARKS_JS = """() => Object.fromEntries(
  performance.getEntriesByType("mark").filter((m) => m.name.startsWith("planner:"))
    .map((m) => [m.name, m.startTime]))"""
# One edit = set a form field, fire `input`, wait for the timeline to change. Selectors come
# from the planner page (data-bench-* first, then the page's own ids).
EDITS_JS = """async ({ edits, timeoutMs }) => {
  const field = document.querySelector("[data-bench-input]")
    || document.querySelector("#planner input[type=date]")
    || document.querySelector("#planner input");
  const timeline = document.querySelector("[data-bench-timeline]")
    || document.querySelector("#planner-timeline")
    || document.querySelector("#planner ol");
  if (!field || !timeline) return { missing: !field ? "planner input" : "timeline element" };
  const original = field.value;
  const values = [];
  if (field.type === "date") {
    const start = new Date(original ? original + "T12:00:00" : Date.now());
    for (let i = 0; i < edits; i++) {
      const day = new Date(start.getTime() - ((i % 20) + 1) * 86400000);
      values.push(day.toISOString().slice(0, 10));
    }
  } else {
    for (let i = 0; i < edits; i++) values.push(`${original}${"x".repeat((i % 10) + 1)}`);
  }
  const times = [];
  for (const value of values) {
    const changed = new Promise((resolve) => {
      const observer = new MutationObserver(() => { observer.disconnect(); resolve(true); });
      observer.observe(timeline, { subtree: true, childList: true, characterData: true,
                                   attributes: true });
      setTimeout(() => { observer.disconnect(); resolve(false); }, timeoutMs);
    });
    const started = performance.now();
    field.value = value;
    field.dispatchEvent(new Event("input", { bubbles: true }));
    field.dispatchEvent(new Event("change", { bubbles: true }));
    const ok = await changed;
    if (!ok) return { missing: "timeline update after an edit", done: times.length };
    await new Promise((resolve) => requestAnimationFrame(() => resolve()));
    times.push(performance.now() - started);
  }
  return { times };
}"""


# -- serving ---------------------------------------------------------------------------------


@dataclass
class Counter:
    """Bytes the server sent, as a cross-check of CDP's count (workers, service workers)."""

    sent: int = 0
    paths: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def reset(self) -> None:
        with self.lock:
            self.sent = 0
            self.paths = []

    def add(self, path: str, size: int) -> None:
        """tests/site_server.serve's per-response callback."""
        with self.lock:
            self.sent += size
            self.paths.append(path)


# -- preparing the site and the baseline -----------------------------------------------------


def build_site(out: Path) -> float:
    """`mkdocs build --strict` (what `make build` runs) into `out`; returns seconds taken."""
    started = time.perf_counter()
    result = mkdocs_build(out)
    if result.returncode != 0:
        sys.exit(f"mkdocs build failed:\n{result.stderr}")
    return time.perf_counter() - started


def runtime_files(site: Path) -> list[str]:
    """The site's runtime URLs (absolute paths), from the manifest the build publishes."""
    manifest = json.loads((site / MANIFEST).read_text())
    return ["/" + f["url"] for f in manifest["files"]]


def add_baseline(site: Path, tmp: Path) -> None:
    """The baseline page, the untouched npm runtime and the pure planner wheel, served at
    /bench-baseline/ next to the site (copied at bench time, never committed)."""
    target = site / "bench-baseline"
    shutil.copytree(HERE / "baseline", target)
    runtime = ROOT / "node_modules" / "pyodide"
    (target / "pyodide").mkdir()
    for name in BASELINE_RUNTIME:
        shutil.copy2(runtime / name, target / "pyodide" / name)
    wheels = tmp / "wheel"
    result = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(wheels)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        sys.exit(f"building the planner wheel failed:\n{result.stderr[-2000:]}")
    (wheel,) = wheels.glob("*.whl")
    (target / "wheel").mkdir()
    shutil.copy2(wheel, target / "wheel" / wheel.name)
    (target / "wheel.txt").write_text(wheel.name)


# -- measuring -------------------------------------------------------------------------------


@dataclass
class Load:
    """One page load: marks (ms from navigation start), bytes, long tasks, what went wrong."""

    marks: dict[str, float] = field(default_factory=dict)
    bytes: int = 0
    runtime_bytes: int = 0
    server_bytes: int = 0
    longest_task: float | None = None
    error: str | None = None


class Network:
    """A CDP session on one page: throttling and per-request byte counts.

    A dedicated worker's requests are throttled with its page, but reported only to the
    worker's own target: the session auto-attaches to workers and enables Network there too
    (through Target.sendMessageToTarget, as Playwright's CDP sessions are not flat).
    """

    def __init__(self, context: Any, page: Any, throttle: dict | None) -> None:
        self.cdp = context.new_cdp_session(page)
        self.urls: dict[tuple[str, str], str] = {}
        self.finished: list[tuple[float, str, int]] = []
        self.load_time: float | None = None
        self.next_id = 1000
        self.cdp.on("Network.requestWillBeSent", lambda e: self._sent(e, ""))
        self.cdp.on("Network.loadingFinished", lambda e: self._finished(e, ""))
        self.cdp.on("Page.loadEventFired", self._loaded)
        self.cdp.on("Target.attachedToTarget", self._attached)
        self.cdp.on("Target.receivedMessageFromTarget", self._message)
        self.cdp.send("Network.enable")
        self.cdp.send("Page.enable")
        if throttle:
            self.cdp.send("Network.emulateNetworkConditions", throttle)
        self.cdp.send(
            "Target.setAutoAttach",
            {"autoAttach": True, "waitForDebuggerOnStart": True, "flatten": False},
        )

    def _post(self, session: str, method: str) -> None:
        self.next_id += 1
        message = json.dumps({"id": self.next_id, "method": method, "params": {}})
        with contextlib.suppress(Exception):  # the worker may be gone already
            self.cdp.send("Target.sendMessageToTarget", {"sessionId": session, "message": message})

    def _attached(self, event: dict) -> None:
        session = event["sessionId"]
        if event["targetInfo"]["type"] in {"worker", "shared_worker", "service_worker"}:
            self._post(session, "Network.enable")
        self._post(session, "Runtime.runIfWaitingForDebugger")

    def _message(self, event: dict) -> None:
        message = json.loads(event["message"])
        method = message.get("method")
        if method == "Network.requestWillBeSent":
            self._sent(message["params"], event["sessionId"])
        elif method == "Network.loadingFinished":
            self._finished(message["params"], event["sessionId"])

    def _sent(self, event: dict, session: str) -> None:
        self.urls[session, event["requestId"]] = event["request"]["url"]

    def _finished(self, event: dict, session: str) -> None:
        url = self.urls.get((session, event["requestId"]), "")
        self.finished.append((event["timestamp"], url, int(event["encodedDataLength"])))

    def _loaded(self, event: dict) -> None:
        if self.load_time is None:
            self.load_time = event["timestamp"]

    def totals(self, before: float | None = None) -> tuple[int, int]:
        """(all bytes, runtime bytes), optionally only for requests finished before `before`."""
        rows = [r for r in self.finished if before is None or r[0] <= before]
        total = sum(size for _, _, size in rows)
        runtime = sum(
            size for _, url, size in rows if any(m in urlsplit(url).path for m in RUNTIME_MARKERS)
        )
        return total, runtime


def wait_for_plan(page: Any, timeout_s: float) -> str | None:
    """Wait for the first-plan mark (or ready, or an error); None when the plan arrived."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        state = page.evaluate(
            """() => ({
              plan: performance.getEntriesByName("planner:first-plan").length > 0,
              error: document.documentElement.dataset.error || null })"""
        )
        if state["plan"]:
            return None
        if state["error"]:
            return state["error"]
        page.wait_for_timeout(100)
    marks = page.evaluate(MARKS_JS)
    return f"no planner:first-plan mark within {timeout_s:.0f} s (marks seen: {sorted(marks)})"


def measure_load(
    context: Any,
    url: str,
    counter: Counter,
    throttle: dict | None,
    timeout_s: float,
    page: Any = None,
) -> tuple[Load, Any]:
    """Open `url` (in a new page unless one is given) and measure until the first plan."""
    page = page or context.new_page()
    network = Network(context, page, throttle)
    counter.reset()
    load = Load()
    try:
        page.goto(url, wait_until="load", timeout=timeout_s * 1000)
        load.error = wait_for_plan(page, timeout_s)
        page.wait_for_timeout(200)  # let the last loadingFinished events arrive
        load.marks = page.evaluate(MARKS_JS)
        plan_at = load.marks.get("planner:first-plan", float("inf"))
        tasks = page.evaluate("() => window.__benchLongTasks || []")
        durations = [d for start, d in tasks if start <= plan_at]
        load.longest_task = max(durations, default=0.0)
    except Exception as error:  # a benchmark reports failures, it does not stop at them
        load.error = f"{type(error).__name__}: {str(error).splitlines()[0]}"
    load.bytes, load.runtime_bytes = network.totals()
    load.server_bytes = counter.sent
    # CDP can miss a worker's first requests (it attaches while the worker starts): the
    # server's count of body bytes sent is the floor.
    load.bytes = max(load.bytes, load.server_bytes)
    network.cdp.detach()
    return load, page


OFFSITE: set[str] = set()
ORIGIN: list[str] = []


def watch_origin(request: Any) -> None:
    """Record any request to another origin: the site must never make one."""
    parts = urlsplit(request.url)
    if parts.scheme in {"http", "https", "ws", "wss"} and parts.netloc not in ORIGIN:
        OFFSITE.add(request.url)


def new_context(browser: Any) -> Any:
    """A fresh profile: empty HTTP cache, no service worker, no storage."""
    context = browser.new_context(service_workers="allow")
    context.add_init_script(LONGTASK_SCRIPT)
    context.add_init_script(FILL_SCRIPT)
    context.on("request", watch_origin)
    return context


def cold_and_warm(browser: Any, url: str, counter: Counter, throttle: dict | None, timeout: float):
    """A first visit in a fresh profile, then a second visit in the same profile."""
    context = new_context(browser)
    try:
        cold, page = measure_load(context, url, counter, throttle, timeout)
        page.close()
        warm, page = measure_load(context, url, counter, throttle, timeout)
        return cold, warm, page, context
    except Exception:
        context.close()
        raise


def after_reading(
    browser: Any, site: str, url: str, counter: Counter, seconds: float, timeout: float
) -> Load:
    """The planner opened after `seconds` on the home page, on slow 4G."""
    context = new_context(browser)
    try:
        page = context.new_page()
        network = Network(context, page, SLOW_4G)
        page.goto(site, wait_until="load", timeout=timeout * 1000)
        page.wait_for_timeout(seconds * 1000)
        network.cdp.detach()
        load, _ = measure_load(context, url, counter, SLOW_4G, timeout, page=page)
        return load
    finally:
        context.close()


def home_weight(browser: Any, site: str, counter: Counter) -> dict[str, Any]:
    """Bytes until `load` on the home page, and how many of them are runtime bytes."""
    context = new_context(browser)
    try:
        page = context.new_page()
        network = Network(context, page, None)
        page.goto(site, wait_until="load")
        page.wait_for_timeout(300)
        total, runtime = network.totals(before=network.load_time)
        # Everything requested later, e.g. a background prefetch by a service worker.
        page.wait_for_timeout(1500)
        _, later_runtime = network.totals()
        return {
            "bytes_until_load": total,
            "runtime_bytes_until_load": runtime,
            "runtime_bytes_after_load_2s": later_runtime - runtime,
        }
    finally:
        context.close()


def keystrokes(page: Any, edits: int) -> dict[str, Any]:
    """Time from an edit to the updated timeline, on a page that has made its first plan."""
    result = page.evaluate(EDITS_JS, {"edits": edits, "timeoutMs": 2000})
    if "times" not in result:
        return {"missing": result.get("missing", "unknown")}
    times = sorted(result["times"])
    return {
        "p50": percentile(times, 50),
        "p95": percentile(times, 95),
        "max": times[-1],
        "edits": len(times),
    }


# -- reporting -------------------------------------------------------------------------------


def percentile(sorted_values: list[float], p: float) -> float:
    index = min(len(sorted_values) - 1, max(0, round(p / 100 * (len(sorted_values) - 1))))
    return sorted_values[index]


def median(values: list[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return statistics.median(present) if present else None


def summarise(loads: list[Load]) -> dict[str, Any]:
    """Medians over the repeats of one scenario; missing marks are reported, not guessed."""
    return {
        "ready_ms": median([x.marks.get("planner:ready") for x in loads]),
        "first_plan_ms": median([x.marks.get("planner:first-plan") for x in loads]),
        "bytes": median([x.bytes for x in loads]),
        "runtime_bytes": median([x.runtime_bytes for x in loads]),
        "server_bytes": median([x.server_bytes for x in loads]),
        "longest_task_ms": median([x.longest_task for x in loads]),
        "runs": len(loads),
        "errors": sorted({x.error for x in loads if x.error}),
    }


def ratio(a: float | None, b: float | None) -> float | None:
    return None if a is None or not b else a / b


def fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "missing"
    if unit == "B":
        return f"{value / 1e6:.2f} MB" if value >= 1e5 else f"{value / 1e3:.1f} kB"
    if unit == "ms":
        return f"{value / 1000:.2f} s" if value >= 1000 else f"{value:.0f} ms"
    return f"{value:.2f}"


def verdict(value: float | None, limit: float) -> str:
    """'pass' when a measured figure is within its goal, 'MISS' otherwise (or when missing)."""
    return "pass" if value is not None and value <= limit else "MISS"


def table(results: dict[str, Any]) -> str:
    """The short table: one row per figure, planner, baseline, ratio, goal, pass/MISS."""
    p, b = results["planner"], results["baseline"]
    lines = [f"{'':34}{'planner':>12}{'baseline':>12}{'ratio':>8}  goal"]

    def line(label: str, pv: str, bv: str = "", r: str = "", goal: str = "") -> None:
        lines.append(f"{label:34}{pv:>12}{bv:>12}{r:>8}  {goal}".rstrip())

    def row(label: str, scenario: str, key: str, unit: str, limit: float | None = None) -> None:
        pv, bv = p[scenario].get(key), b[scenario].get(key)
        r = ratio(pv, bv)
        goal = f"ratio <= {limit}  {verdict(r, limit)}" if limit is not None else ""
        line(label, fmt(pv, unit), fmt(bv, unit), f"{r:.2f}" if r is not None else "-", goal)

    row("cold bytes (unthrottled)", "cold", "bytes", "B", 0.56)
    row("cold ready (unthrottled)", "cold", "ready_ms", "ms", 0.5)
    row("cold first plan (unthrottled)", "cold", "first_plan_ms", "ms")
    row("cold bytes (slow 4G)", "cold_4g", "bytes", "B")
    row("cold ready (slow 4G)", "cold_4g", "ready_ms", "ms", 0.58)
    row("cold first plan (slow 4G)", "cold_4g", "first_plan_ms", "ms")
    row("warm bytes", "warm", "bytes", "B")
    row("warm ready", "warm", "ready_ms", "ms")
    row("warm first plan", "warm", "first_plan_ms", "ms")
    row("warm ready (slow 4G)", "warm_4g", "ready_ms", "ms")
    warm_vs_cold = ratio(p["warm"].get("ready_ms"), b["cold"].get("ready_ms"))
    line(
        "warm ready / baseline cold ready",
        fmt(warm_vs_cold, ""),
        goal=f"<= 0.22  {verdict(warm_vs_cold, 0.22)}",
    )
    longest = p["cold"].get("longest_task_ms")
    line(
        "longest main-thread task (cold)",
        fmt(longest, "ms"),
        fmt(b["cold"].get("longest_task_ms"), "ms"),
        goal=f"<= 200 ms  {verdict(longest, 200)}",
    )
    reading = results["after_reading"]
    line(
        "after 30 s reading: first plan",
        fmt(reading.get("first_plan_ms"), "ms"),
        fmt(b["cold_4g"].get("first_plan_ms"), "ms"),
        goal=f"<= 1.5 s (slow 4G)  {verdict(reading.get('first_plan_ms'), 1500)}",
    )
    keys = results["keystrokes"]
    if "missing" in keys:
        line("keystroke -> timeline p95", "missing", goal=f"<= 50 ms  MISS ({keys['missing']})")
    else:
        line("keystroke -> timeline p50", fmt(keys["p50"], "ms"))
        line(
            "keystroke -> timeline p95",
            fmt(keys["p95"], "ms"),
            goal=f"<= 50 ms  {verdict(keys['p95'], 50)}",
        )
    home = results["home"]
    line("home page bytes until load", fmt(home["bytes_until_load"], "B"))
    line(
        "  runtime bytes until load",
        str(home["runtime_bytes_until_load"]),
        goal=f"= 0  {verdict(home['runtime_bytes_until_load'], 0)}",
    )
    line("build time (mkdocs build --strict)", f"{results['build_seconds']:.1f} s")
    problems = [
        f"{page} {scenario}: {error}"
        for page in ("planner", "baseline")
        for scenario, summary in results[page].items()
        for error in summary.get("errors", [])
    ] + [f"after reading: {e}" for e in reading.get("errors", [])]
    if problems:
        lines.append("problems:")
        lines.extend(f"  - {problem}" for problem in problems)
    return "\n".join(lines)


# -- main ------------------------------------------------------------------------------------


def run(args: argparse.Namespace) -> dict[str, Any]:
    """Build, serve, measure; returns everything written to results.json."""
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="bench-") as tmp_name:
        tmp = Path(tmp_name)
        site = tmp / "site"
        print("building the site…", flush=True)
        build_seconds = build_site(site)
        add_baseline(site, tmp)
        RUNTIME_MARKERS.extend(runtime_files(site))
        wheel = (site / "bench-baseline" / "wheel.txt").read_text()
        counter = Counter()
        with serve(site, on_response=counter.add) as base, sync_playwright() as pw:
            launch: dict[str, Any] = {"args": CHROMIUM_FLAGS, "headless": True}
            if system_chromium():
                launch["executable_path"] = system_chromium()
            browser = pw.chromium.launch(**launch)
            urls = {
                "planner": base + PAGES["planner"],
                "baseline": f"{base}{PAGES['baseline']}?wheel=wheel/{wheel}",
            }
            ORIGIN.append(urlsplit(base).netloc)
            loads: dict[str, dict[str, list[Load]]] = {
                page: {"cold": [], "warm": [], "cold_4g": [], "warm_4g": []} for page in urls
            }
            keys: dict[str, Any] = {"missing": "not measured"}
            order = list(urls)
            for rep in range(args.repeat):
                for name in order if rep % 2 == 0 else order[::-1]:
                    for scenario, throttle, timeout in (
                        ("", None, 60.0),
                        ("_4g", SLOW_4G, 150.0),
                    ):
                        if scenario and rep >= args.repeat_4g:
                            continue
                        cold, warm, page, context = cold_and_warm(
                            browser, urls[name], counter, throttle, timeout
                        )
                        loads[name]["cold" + scenario].append(cold)
                        loads[name]["warm" + scenario].append(warm)
                        if name == "planner" and not scenario and rep == 0:
                            keys = keystrokes(page, args.edits)
                        context.close()
                        print(
                            f"  {name:8} rep {rep + 1}{scenario or '    '}: "
                            f"ready {fmt(cold.marks.get('planner:ready'), 'ms')}, "
                            f"plan {fmt(cold.marks.get('planner:first-plan'), 'ms')}, "
                            f"{fmt(cold.bytes, 'B')}; warm "
                            f"{fmt(warm.marks.get('planner:ready'), 'ms')}"
                            + (f"  [{cold.error}]" if cold.error else ""),
                            flush=True,
                        )
            reading = [
                after_reading(browser, base, urls["planner"], counter, args.read_seconds, 150.0)
                for _ in range(args.repeat_reading)
            ]
            home = home_weight(browser, base, counter)
            browser.close()
    return {
        "planner": {k: summarise(v) for k, v in loads["planner"].items()},
        "baseline": {k: summarise(v) for k, v in loads["baseline"].items()},
        "after_reading": summarise(reading),
        "keystrokes": keys,
        "home": home,
        "build_seconds": build_seconds,
        "offsite_requests": sorted(OFFSITE),
        "settings": vars(args),
        "raw": {
            page: {s: [x.__dict__ for x in v] for s, v in scen.items()}
            for page, scen in loads.items()
        }
        | {"after_reading": [x.__dict__ for x in reading]},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="unthrottled loads per page")
    parser.add_argument("--repeat-4g", type=int, default=2, help="slow-4G loads per page")
    parser.add_argument("--repeat-reading", type=int, default=1, help="after-reading runs")
    parser.add_argument("--read-seconds", type=float, default=30.0, help="time on the home page")
    parser.add_argument("--edits", type=int, default=200, help="edits for keystroke latency")
    parser.add_argument("--output", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    results = run(args)
    args.output.write_text(json.dumps(results, indent=1, default=str))
    print()
    print(table(results))
    if results["offsite_requests"]:
        print("REQUESTS TO OTHER ORIGINS:", *results["offsite_requests"], sep="\n  ")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
