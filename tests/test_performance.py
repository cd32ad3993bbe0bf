"""Behaviour behind the planner's speed (issue 7), not timings: `make bench` measures those.

- the trimmed standard library is complete: the planner's own test suite passes inside
  Pyodide, run from the built site's runtime files, with any import made while planner code
  runs forced to come from the trimmed zip;
- advice pages fetch no runtime byte before `load`, and none at all on Save-Data;
- the service worker keeps the runtime: the planner starts offline after one visit;
- the planner works when service workers are unavailable;
- a new release's runtime replaces the cached one.
"""

from __future__ import annotations

import io
import json
import lzma
import re
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT, mkdocs_build
from tests.site_server import serve
from tests.test_build import mkdocs, share_build_cache

RUNTIME = re.compile(r"/assets/(pyodide|planner)/")
READY_JS = "() => performance.getEntriesByName('planner:ready').length > 0"


def build_info(site: Path) -> dict:
    """The runtime and bundle folders the planner page points at."""
    html = (site / "planner" / "index.html").read_text()
    match = re.search(r'<script type="application/json" id="planner-build">(.*?)</script>', html)
    assert match, "the planner page lost its build settings"
    info = json.loads(match.group(1))
    return {key: (site / "planner" / info[key]).resolve() for key in ("runtime", "bundle")} | {
        "package": info["package"]
    }


# -- the trimmed standard library is complete for the planner ---------------------------------

RUNNER_JS = r"""
import { readFileSync } from "node:fs";
const [loader, runtime, bundle, pkg, sitePackages, testsDir, fullStdlib, guardPath] =
  process.argv.slice(2);
const { startPlanner } = await import(loader);
const pyodide = await startPlanner({ runtime, bundle, package: pkg });
pyodide.mountNodeFS("/host-site-packages", sitePackages);
pyodide.mountNodeFS("/planner-tests", testsDir);
pyodide.FS.writeFile("/full-stdlib.zip", readFileSync(fullStdlib));
pyodide.runPython(readFileSync(guardPath, "utf8"));
const code = pyodide.runPython("run()");
process.exit(code);
"""

# Test-only modules (pytest, hypothesis, and the stdlib modules they need) come from a finder
# placed after the normal ones; it refuses any import made while planner code is running.
GUARD_PY = r"""
import os, sys, zipimport

TRIMMED = "/lib/python313.zip"
FULL = "/full-stdlib.zip"
violations = []


def planner_running():
    frame = sys._getframe(2)
    while frame is not None:
        name = frame.f_code.co_filename
        if "/site-packages/planner/" in name and "/host-site-packages/" not in name:
            return name
        frame = frame.f_back
    return None


class TestOnlyStdlib:
    # Serves standard library modules missing from the trimmed zip, for the tests only.
    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        parent, _, _ = fullname.rpartition(".")
        where = FULL + "/" + parent.replace(".", "/") + ("/" if parent else "")
        try:
            spec = zipimport.zipimporter(where).find_spec(fullname)
        except Exception:
            return None
        if spec is None:
            return None
        culprit = planner_running()
        if culprit:
            violations.append(f"{fullname} (imported while {culprit} ran)")
            raise ImportError(f"{fullname} is not in the trimmed standard library")
        return spec


sys.meta_path.append(TestOnlyStdlib)
sys.path.append("/host-site-packages")
sys.path.insert(0, "/planner-tests")
os.environ["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"


def run():
    import pytest

    # test_pyodide.py starts Node, and two CLI tests start Python: no processes in Pyodide.
    # Hypothesis needs its compiled extension, which has no WebAssembly build: its property
    # tests run on the host only.
    skip = [f"--ignore=/planner-tests/{name}" for name in sorted(os.listdir("/planner-tests"))
            if name.endswith(".py") and "hypothesis" in open(f"/planner-tests/{name}").read()]
    code = pytest.main([
        "/planner-tests", "-q", "-p", "no:cacheprovider", *skip,
        "--rootdir=/planner-tests", "--ignore=/planner-tests/test_pyodide.py",
        "-k", "not subprocess and not module and not stays_light and not exit",
        "-o", "addopts=",
    ])
    print("VIOLATIONS", violations)
    return 1 if violations else int(code)
"""


@pytest.mark.build
def test_trimmed_stdlib_runs_the_planner_test_suite(site_dir: Path, tmp_path: Path) -> None:
    """Acceptance 4: the planner's tests pass in Pyodide with the site's own runtime files."""
    node = shutil.which("node")
    if not node:
        pytest.skip("node is not installed")
    info = build_info(site_dir)
    stdlib = lzma.decompress((info["runtime"] / "python_stdlib.zip.xz").read_bytes())
    npm_stdlib = ROOT / "node_modules" / "pyodide" / "python_stdlib.zip"
    modules = len(zipfile.ZipFile(io.BytesIO(stdlib)).namelist())
    npm_modules = len(zipfile.ZipFile(npm_stdlib).namelist())
    assert modules < npm_modules / 2, "the site's stdlib is not trimmed"
    # The planner's tests, without the repository's conftest (which needs a browser).
    tests = tmp_path / "planner-tests"
    shutil.copytree(ROOT / "tests" / "planner", tests, ignore=shutil.ignore_patterns("__pycache__"))
    (tmp_path / "run.mjs").write_text(RUNNER_JS)
    (tmp_path / "guard.py").write_text(GUARD_PY)
    # Node reads pyodide.asm.wasm and python_stdlib.zip from the folder: unpack the site's xz
    # copies (the page's worker does the same); every other file is the site's own.
    runtime = tmp_path / "runtime"
    runtime.mkdir()
    for path in info["runtime"].iterdir():
        (runtime / path.name).symlink_to(path)
    packed = (info["runtime"] / "pyodide.asm.wasm.xz").read_bytes()
    (runtime / "pyodide.asm.wasm").write_bytes(lzma.decompress(packed, format=lzma.FORMAT_XZ))
    (runtime / "python_stdlib.zip").write_bytes(stdlib)
    site_packages = next(Path(sys.prefix).glob("lib/python3.*/site-packages"))
    result = subprocess.run(
        [
            node,
            str(tmp_path / "run.mjs"),
            str(ROOT / "overrides/hooks/pyodide_node.mjs"),  # the build's loader
            str(runtime),
            str(info["bundle"]),
            info["package"],
            str(site_packages),
            str(tests),
            str(npm_stdlib),
            str(tmp_path / "guard.py"),
        ],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    output = result.stdout + result.stderr
    assert "VIOLATIONS []" in output, output[-3000:]
    assert result.returncode == 0, output[-3000:]
    assert re.search(r"\d+ passed", output), output[-3000:]


# -- advice pages and the service worker --------------------------------------------------------


def runtime_requests(context) -> list[str]:
    seen: list[str] = []
    context.on("request", lambda request: RUNTIME.search(request.url) and seen.append(request.url))
    return seen


def poll(page, script: str, arg: object = None, timeout: float = 60.0) -> object:
    """Evaluate an async `script` until it returns something truthy (wait_for_function would
    take the returned promise itself as truthy)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = page.evaluate(script, arg)
        if value:
            return value
        page.wait_for_timeout(250)
    names = page.evaluate("async () => caches.keys()")
    raise AssertionError(f"timed out ({names}) waiting for {script}")


CACHED_RUNTIME_JS = """async () => {
  const names = (await caches.keys()).filter((n) => n.startsWith("planner-runtime-"));
  if (names.length !== 1) return null;
  const urls = (await (await caches.open(names[0])).keys()).map((r) => r.url);
  return urls.length >= 6 ? { name: names[0], urls } : null;
}"""


def wait_for_cached_runtime(page) -> dict:
    """The runtime cache's name and URLs, once it holds every runtime file."""
    return poll(page, CACHED_RUNTIME_JS)


def head_tag_kind(tag: str) -> str | None:
    if "Content-Security-Policy" in tag:
        return "policy"
    if 'type="application/json"' in tag:
        return "data"
    if 'type="module"' in tag or "modulepreload" in tag:
        return "module"
    if "stylesheet" in tag or tag.startswith("<script"):
        return "theme"
    return None


@pytest.mark.build
@pytest.mark.parametrize("page", ["planner", "es/planner"])
def test_the_planner_starts_before_the_theme_loads(site_dir: Path, page: str) -> None:
    """The planner's build data, its module and the module's imports come first in <head>, right
    after the security policy: the browser fetches them with the page's stylesheets rather than
    after them (and after Material's base.js, which waits for the stylesheets), so the Python
    worker starts while the theme loads."""
    head = (site_dir / page / "index.html").read_text().split("</head>")[0]
    tags = re.findall(r'<(?:script|link|meta http-equiv="Content-Security-Policy")[^>]*>', head)
    kinds = [kind for kind in map(head_tag_kind, tags) if kind]
    assert kinds[:9] == ["policy", "data", "data", *["module"] * 6], tags
    assert "theme" in kinds[9:], tags


@pytest.mark.browser
def test_advice_pages_fetch_no_runtime_before_load(browser, site_url: str, site_dir: Path) -> None:
    pages = [p.parent for p in site_dir.glob("*/index.html") if p.parent.name != "planner"]
    for path in ["", *(f"{p.name}/" for p in sorted(pages) if not p.name.startswith("assets"))]:
        context = browser.new_context()  # a first visit each: nothing cached, no prefetch yet
        seen = runtime_requests(context)
        context.new_page().goto(site_url + path, wait_until="load")
        assert seen == [], f"{path or 'home'} fetched runtime files before load: {seen}"
        context.close()


@pytest.mark.browser
def test_no_background_prefetch_on_save_data(browser, site_url: str) -> None:
    context = browser.new_context()
    context.add_init_script(
        "Object.defineProperty(navigator, 'connection', {value: {saveData: true}})"
    )
    seen = runtime_requests(context)
    page = context.new_page()
    page.goto(site_url, wait_until="load")
    page.wait_for_function("async () => Boolean(await navigator.serviceWorker.getRegistration())")
    page.wait_for_timeout(3000)
    assert seen == []
    context.close()


@pytest.mark.browser
def test_runtime_cached_while_reading_and_planner_starts_offline(browser, site_url: str) -> None:
    context = browser.new_context()
    page = context.new_page()
    page.goto(site_url, wait_until="load")  # an advice page: the runtime comes in the background
    cached = wait_for_cached_runtime(page)
    assert any(u.endswith("/pyodide.asm.wasm.xz") for u in cached["urls"]), cached
    # The service worker also unpacks the WebAssembly, into the planner worker's own cache.
    poll(
        page,
        """async () => (await (await caches.open("python-local")).keys())
             .some((request) => request.url.endsWith("/pyodide.asm.wasm"))""",
    )
    page.goto(site_url + "planner/")
    page.wait_for_function(READY_JS, timeout=60_000)
    context.set_offline(True)
    page.reload()
    page.wait_for_function(READY_JS, timeout=60_000)
    context.close()


@pytest.mark.browser
def test_on_the_planner_page_the_prefetch_leaves_unpacking_to_the_planner(
    browser, site_url: str
) -> None:
    """A first visit straight to the planner: its worker unpacks the runtime and keeps it, so the
    service worker's background prefetch only fetches (unpacking again would take the same two
    cores from the planner's start). Here the planner's worker never starts, so whatever is
    unpacked would be the service worker's."""
    context = browser.new_context()
    context.route("**/planner-worker.js", lambda route: route.abort())
    page = context.new_page()
    page.goto(site_url + "planner/", wait_until="load")
    cached = wait_for_cached_runtime(page)
    assert any(u.endswith("/pyodide.asm.wasm.xz") for u in cached["urls"]), cached
    # The prefetch goes on to the planner page's own files once it would have unpacked.
    poll(
        page,
        """async () => (await (await caches.open("planner-pages")).keys())
             .some((request) => request.url.endsWith("/planner-client.js"))""",
    )
    unpacked = page.evaluate(
        """async () => (await (await caches.open("python-local")).keys()).map((r) => r.url)"""
    )
    assert unpacked == []
    context.close()


@pytest.mark.browser
def test_planner_works_without_service_worker(browser, site_url: str) -> None:
    context = browser.new_context(service_workers="block")
    page = context.new_page()
    page.goto(site_url + "planner/")
    page.wait_for_function(READY_JS, timeout=60_000)
    assert page.evaluate("() => navigator.serviceWorker.controller") is None
    context.close()


# -- a new release replaces the cached runtime -------------------------------------------------


def copy_repository(target: Path, version: str) -> Path:
    """The repository as a new release would have it: the planner's version bumped."""
    for name in ("planner", "overrides", "docs", "tests/planner"):
        shutil.copytree(ROOT / name, target / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("mkdocs.yml", "pyproject.toml", "README.md", ".python-version"):
        if (ROOT / name).exists():
            shutil.copy2(ROOT / name, target / name)
    (target / "node_modules").symlink_to(ROOT / "node_modules")
    share_build_cache(target)
    init = target / "planner" / "__init__.py"
    init.write_text(
        re.sub(r'__version__ = "[^"]+"', f'__version__ = "{version}"', init.read_text())
    )
    pyproject = target / "pyproject.toml"
    pyproject.write_text(
        re.sub(r'(?m)^version = "[^"]+"', f'version = "{version}"', pyproject.read_text())
    )
    return target


@pytest.mark.browser
@pytest.mark.build
def test_new_release_replaces_the_cached_runtime(browser, tmp_path: Path) -> None:
    served = tmp_path / "served"
    first = mkdocs_build(tmp_path / "first")
    assert first.returncode == 0, first.stderr[-2000:]
    shutil.copytree(tmp_path / "first", served)
    old = build_info(served)
    with serve(served) as url:
        context = browser.new_context()
        page = context.new_page()
        page.goto(url + "planner/")
        page.wait_for_function(READY_JS, timeout=60_000)
        old_cache = wait_for_cached_runtime(page)

        repo = copy_repository(tmp_path / "release", "0.1.1")
        second = mkdocs(repo, "build", "--strict", "-d", str(tmp_path / "second"))
        assert second.returncode == 0, second.stderr[-2000:]
        shutil.rmtree(served)
        shutil.copytree(tmp_path / "second", served)
        new = build_info(served)
        assert new["bundle"].name != old["bundle"].name
        page.goto(url + "planner/")
        page.wait_for_function(READY_JS, timeout=60_000)
        # The page the visitor got is the new release's, not a cached copy.
        settings = page.evaluate("() => document.getElementById('planner-build').textContent")
        assert new["bundle"].name in settings
        # The new service worker takes over: one runtime cache, the new release's files only.
        cached = poll(
            page,
            """async (old) => {
              const names = await caches.keys();
              if (names.includes(old)) return null;
              const found = await ("""
            + CACHED_RUNTIME_JS
            + """)();
              return found;
            }""",
            old_cache["name"],
        )
        assert any(new["bundle"].name in u for u in cached["urls"]), cached
        assert not any(old["bundle"].name in u for u in cached["urls"]), cached
        # And the planner starts from it, offline.
        context.set_offline(True)
        page.reload()
        page.wait_for_function(READY_JS, timeout=60_000)
        context.close()


# -- a second visit restores Python from this browser's memory snapshot -----------------------

START_JS = "() => document.getElementById('planner-load').dataset.start || null"
SNAPSHOT_JS = """async () => {
  const cache = await caches.open("python-local");
  return (await cache.keys()).map((request) => request.url)
    .filter((url) => url.includes("/planner.snapshot?"));
}"""
PLAN_JS = "() => document.querySelectorAll('#planner-timeline > li').length"


def open_and_plan(page, url: str) -> str:
    """Open the planner, fill the two required fields, wait for a plan; how Python started."""
    page.goto(url)
    page.wait_for_function(READY_JS, timeout=60_000)
    page.fill("#planner-interview-date", "2026-03-02")
    page.fill("#planner-i0-name", "Dana Lee")
    page.wait_for_function("() => performance.getEntriesByName('planner:first-plan').length > 0")
    page.wait_for_function(PLAN_JS)
    return page.evaluate(START_JS)


@pytest.mark.browser
def test_second_visit_restores_the_snapshot(browser, site_url: str, site_dir: Path) -> None:
    context = browser.new_context()
    page = context.new_page()
    assert open_and_plan(page, site_url + "planner/") == "fresh"
    stored = poll(page, SNAPSHOT_JS)
    runtime = build_info(site_dir)["runtime"].name
    assert len(stored) == 1 and runtime in stored[0], stored
    first = page.evaluate("() => document.getElementById('planner-timeline').textContent")
    page.close()
    page = context.new_page()
    assert open_and_plan(page, site_url + "planner/") == "snapshot"
    # The same plan as a fresh start, and the planner's lazily imported paths still work.
    assert page.evaluate("() => document.getElementById('planner-timeline').textContent") == first
    context.close()


DAMAGE_JS = """async ({ url, how }) => {
  const cache = await caches.open("python-local");
  if (how === "wasm") { // the WebAssembly unpacked on the first visit
    url = new URL("pyodide.asm.wasm", url).href;
    if (!(await cache.match(url))) throw new Error("no unpacked WebAssembly kept");
    const hit = await cache.match(url);
    const bytes = new Uint8Array(await hit.arrayBuffer());
    bytes.fill(7, 8); // still "\0asm" and the right length: WebAssembly cannot compile it
    await cache.put(url, new Response(bytes, { headers: hit.headers }));
    return;
  }
  const hit = await cache.match(url);
  const headers = { "x-snapshot-length": hit.headers.get("x-snapshot-length") };
  let bytes = new Uint8Array(await hit.arrayBuffer());
  if (how === "garbage") bytes = new Uint8Array(4096).fill(7);
  else bytes.fill(7, 16, 48); // the build id Pyodide checks
  await cache.put(url, new Response(bytes, { headers }));
}"""


@pytest.mark.browser
@pytest.mark.parametrize("how", ["garbage", "other-build", "wasm"])
def test_unusable_snapshot_is_replaced(browser, site_url: str, how: str) -> None:
    context = browser.new_context()
    page = context.new_page()
    open_and_plan(page, site_url + "planner/")
    (url,) = poll(page, SNAPSHOT_JS)
    page.evaluate(DAMAGE_JS, {"url": url, "how": how})
    page.close()
    page = context.new_page()
    assert open_and_plan(page, site_url + "planner/") == "fresh"
    poll(page, SNAPSHOT_JS)
    page.close()
    page = context.new_page()
    assert open_and_plan(page, site_url + "planner/") == "snapshot"
    context.close()
