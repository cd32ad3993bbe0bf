"""What the published site holds and loads: no build code, the licence, nothing from elsewhere."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import tomllib
import urllib.request
from importlib import metadata
from pathlib import Path

import pytest
import yaml

from planner.languages import catalogue
from tests.conftest import ROOT, mkdocs_build
from tests.site_server import serve

pytestmark = pytest.mark.build


def test_build_code_and_templates_are_not_published(site_dir: Path) -> None:
    build_code = [p.name for p in (ROOT / "overrides" / "hooks").iterdir() if p.is_file()]
    assert "sw.template.js" in build_code
    published = {p.name for p in site_dir.rglob("*") if p.is_file()}
    assert not published & set(build_code), published & set(build_code)
    assert not (site_dir / "hooks").exists()


def test_licence_is_published(site_dir: Path) -> None:
    assert (site_dir / "LICENSE.txt").read_text() == (ROOT / "LICENSE").read_text()
    assert (ROOT / "LICENSE").read_text().startswith("MIT License")
    assert 'license = "MIT"' in (ROOT / "pyproject.toml").read_text()


@pytest.mark.parametrize(
    ("markdown", "address"),
    [
        ("![Our team](https://cdn.example.org/team.jpg)", "https://cdn.example.org/team.jpg"),
        (
            '<iframe src="//video.example.com/embed/1" title="Tour"></iframe>',
            "//video.example.com/embed/1",
        ),
    ],
    ids=["image", "iframe"],
)
def test_a_page_loading_from_another_site_stops_the_build(
    tmp_path: Path, markdown: str, address: str
) -> None:
    docs = tmp_path / "docs"
    shutil.copytree(ROOT / "docs", docs)
    page = docs / "questions.md"
    page.write_text(page.read_text() + f"\n{markdown}\n")
    out = tmp_path / "site"
    result = mkdocs_build(out, {"docs_dir": str(docs)})
    assert result.returncode != 0
    errors = [line for line in result.stderr.splitlines() if line.startswith("ERROR")]
    assert [re.sub(r"^ERROR\s+-\s+", "", line) for line in errors] == [
        f"questions.md: loads {address} from another site, which the site's security policy"
        " blocks; copy the file into docs/ (e.g. docs/assets/) and link to it there"
    ]
    assert not (out / "questions" / "index.html").exists(), "stopped before writing the pages"


# ---- Every page's footer: accessibility statement, staff page, licence ------------------------


def footer_links(html: str) -> dict[str, str]:
    footer = html[html.index('<footer class="md-footer">') :]
    nav = re.search(r'<nav class="[^"]*site-links"[^>]*>(.*?)</nav>', footer, re.S)
    assert nav, "the footer has the site's links"
    return {
        text.strip(): href for href, text in re.findall(r'<a href="([^"]+)">([^<]+)</a>', nav[1])
    }


def test_every_footer_links_the_statement_the_staff_page_and_the_licence(site_dir: Path) -> None:
    pages = sorted(p for p in site_dir.rglob("*.html") if not p.is_relative_to(site_dir / "assets"))
    assert len(pages) > 10
    for path in pages:
        links = footer_links(path.read_text())
        spanish = path.relative_to(site_dir).parts[0] == "es"  # the Spanish site's own words
        words = catalogue("es" if spanish else "en").PAGE
        names = {words[f"footer.{key}"] for key in ("accessibility", "staff", "licence")}
        assert set(links) == names, path
        for label, href in links.items():
            if path.name == "404.html":  # absolute: it is served at any depth
                assert href.startswith("/interview-follow-up/"), (path, href)
                target = site_dir / href.removeprefix("/interview-follow-up/")
            else:
                target = (path.parent / href).resolve()
            target = target / "index.html" if href.endswith("/") else target
            assert target.is_file(), (path, label, href)
    assert (site_dir / "accessibility" / "index.html").is_file()


def test_staff_page_is_not_a_students_tab(site_dir: Path) -> None:
    home = (site_dir / "index.html").read_text()
    tabs = home[home.index('class="md-tabs"') : home.index("</nav>", home.index('class="md-tabs"'))]
    assert "Plan your follow-up" in tabs, "the tabs were found"
    assert "staff/" not in tabs and "For career centres" not in tabs
    checklist = (site_dir / "checklist" / "index.html").read_text()
    start = checklist.index("md-nav--primary")
    sidebar = checklist[start : checklist.index("md-sidebar--secondary", start)]
    assert "checklist" in sidebar.lower() and "staff/" not in sidebar


def test_accessibility_statement(site_dir: Path) -> None:
    text = re.sub(r"<[^>]+>", " ", (site_dir / "accessibility" / "index.html").read_text())
    text = " ".join(text.split())
    for needle in (
        "WCAG) 2.1 at level AA",
        "axe-core",
        "phone and desktop widths, in the light and the dark colour scheme",
        "careers@example.edu",  # the centre's contact, from the settings
        "Chromium",
        "Firefox",
        "WebKit",
        "Pyodide 0.29",
        "Chrome 112 , Firefox 112 or Safari 16.4",
    ):
        assert needle in text, needle
    # The browser versions are Pyodide 0.29's (its docs/usage/index.md, "Supported browsers").
    runtime = json.loads((ROOT / "package.json").read_text())["devDependencies"]["pyodide"]
    assert runtime.startswith("0.29."), "a new runtime: check its supported browsers"


def test_source_article_is_credited_by_name(site_dir: Path) -> None:
    home = " ".join(re.sub(r"<[^>]+>", " ", (site_dir / "index.html").read_text()).split())
    assert "“The Interview Follow-Up”" in home
    for path in site_dir.rglob("*.html"):
        assert "our source article" not in path.read_text(), path


# ---- The workflow, the lock file, the update bot ----------------------------------------------


def test_workflow_tests_pull_requests_and_deploys_the_default_branch() -> None:
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "pages.yml").read_text())
    triggers = workflow[True]  # YAML 1.1 reads the key `on` as true
    assert "pull_request" in triggers
    assert triggers["push"] is None, "every branch is tested; only the default one deploys"
    jobs = workflow["jobs"]
    assert any(".ci/run" in step.get("run", "") for step in jobs["test"]["steps"])
    assert jobs["build"]["needs"] == "test"
    assert jobs["build"]["if"] == (
        "github.event_name != 'pull_request'"
        " && github.ref_name == github.event.repository.default_branch"
    )
    assert "main" not in json.dumps(workflow), "no branch name is assumed"
    assert jobs["deploy"]["needs"] == "build"
    assert jobs["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}


LOCKED = re.compile(r"^([A-Za-z0-9._-]+)==([^ \\]+)", re.M)


def test_make_installs_the_lock_file() -> None:
    lock = (ROOT / "requirements.txt").read_text()
    pins = dict(LOCKED.findall(lock))
    assert len(pins) > 40
    blocks = re.split(r"^(?=[A-Za-z0-9._-]+==)", lock, flags=re.M)[1:]
    assert all("--hash=sha256:" in block for block in blocks), "every pin has its hashes"
    assert "file://" not in lock and "--find-links" not in lock, "nothing of this machine"
    plan = subprocess.run(
        ["make", "-n", "-B", ".venv/.installed-" + (ROOT / ".python-version").read_text().strip()],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "pip install --quiet --require-hashes -r requirements.txt" in plan
    assert "--no-deps" in plan, "the project itself adds nothing unlocked"
    # Every dev dependency pyproject.toml names is locked, and installed at the locked version.
    dev = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["optional-dependencies"]
    for requirement in dev["dev"]:
        name = re.split(r"[<>=!~ ;\[]", requirement)[0].lower().replace("_", "-")
        assert name in {pin.lower() for pin in pins}, name
    for name, version in pins.items():
        assert metadata.version(name) == version, name


def test_dependabot_watches_pip_npm_and_actions() -> None:
    config = yaml.safe_load((ROOT / ".github" / "dependabot.yml").read_text())
    assert {entry["package-ecosystem"] for entry in config["updates"]} == {
        "pip",
        "npm",
        "github-actions",
    }


def test_devcontainer_gives_the_python_node_and_browser_make_needs(site_dir: Path) -> None:
    config = json.loads((ROOT / ".devcontainer" / "devcontainer.json").read_text())
    python = (ROOT / ".python-version").read_text().strip()
    assert f"python:{python}-" in config["image"], "the Python .python-version names"
    node = config["features"]["ghcr.io/devcontainers/features/node:1"]["version"]
    assert int(node) >= 20, "Node.js 20 or newer, as the README says"
    assert "chromium" in config["postCreateCommand"] and "make setup" in config["postCreateCommand"]
    assert config["forwardPorts"] == [8000], "make serve's default port"
    staff = (site_dir / "staff" / "index.html").read_text()
    assert "Codespace" in staff and "<code>.devcontainer/</code>" in staff


def test_the_test_server_sends_packed_files_as_they_are(site_dir: Path) -> None:
    """Tests and `make bench` time the planner against this server, so it must not do work
    GitHub Pages would not: an .xz file is sent with its own type and no gzip on top (Python's
    mimetypes calls a .wasm.xz "application/wasm, encoded with xz"); scripts are still gzipped."""
    runtime = next(site_dir.glob("assets/pyodide/*/pyodide.asm.wasm.xz")).parent
    folder = runtime.relative_to(site_dir).as_posix()
    with serve(site_dir, "/site/") as base:
        for name, kind, encoding in [
            ("pyodide.asm.wasm.xz", "application/x-xz", None),
            ("python_stdlib.zip.xz", "application/x-xz", None),
            ("pyodide.asm.js", "text/javascript; charset=utf-8", "gzip"),
        ]:
            request = urllib.request.Request(
                f"{base}{folder}/{name}", headers={"Accept-Encoding": "gzip"}
            )
            with urllib.request.urlopen(request) as response:
                assert response.headers["Content-Type"] == kind, name
                assert response.headers["Content-Encoding"] == encoding, name
                body = response.read()
            if encoding is None:
                assert body == (runtime / name).read_bytes(), name
