"""Shared fixtures: a built site, a local server for it, and the browser to drive it."""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml

from tests.site_server import serve

ROOT = Path(__file__).resolve().parents[1]
PRODUCT_CONFIG = ROOT / "tests" / "product-site.yml"
# Chrome's omnibox popup is a web page of its own that headless Chromium 156 loads with every new
# window (400+ chrome:// requests, about half a second of CPU): on two cores it slowed each page
# a test or `make bench` opens, the planner and the baseline alike. Puppeteer turns it off by
# default. Chromium keeps only the last --disable-features, so Playwright's own list (1.65: it
# keeps the browser from calling Google at start-up) is given again with it.
DISABLED_FEATURES = [
    "WebUIOmniboxPopup",
    "WebUIOmniboxAimPopup",
    "AimEnabled",
    "AvoidCorsURLLoaderRestartOnRedirect",
    "AvoidUnnecessaryBeforeUnloadCheckSync",
    "DestroyProfileOnBrowserClose",
    "HttpsFirstBalancedModeAutoEnable",
    "HttpsUpgrades",
    "LensOverlay",
    "MediaRouter",
    "NetworkTimeServiceQuerying",
    "OptimizationHints",
    "PaintHolding",
    "PreconnectToSearch",
    "ThirdPartyStoragePartitioning",
]
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-features=" + ",".join(DISABLED_FEATURES),
]


def system_chromium() -> str | None:
    """Debian's Chromium (or $CHROMIUM); None means Playwright's own download is used."""
    for candidate in (os.environ.get("CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser"):
        if candidate and Path(candidate).is_file():
            return candidate
    return shutil.which("chromium")


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict) -> dict:
    args = {**browser_type_launch_args, "args": CHROMIUM_FLAGS}
    executable = system_chromium()
    if executable:
        args["executable_path"] = executable
    return args


def product_config() -> dict:
    """tests/product-site.yml: the site as shipped, whatever a centre does to mkdocs.yml."""
    return yaml.safe_load(PRODUCT_CONFIG.read_text())


def with_absolute_paths(config: Path) -> dict:
    """The keys of `config` that hold paths, made absolute.

    A config that INHERITs another resolves the parent's relative paths against its own
    folder: a variant written elsewhere repeats them, absolute.
    """
    base = yaml.safe_load(config.read_text())
    folder = config.parent

    def where(path: str) -> str:
        return str((folder / path).resolve())

    plugins = []
    for plugin in base.get("plugins", []):
        if isinstance(plugin, dict) and "macros" in plugin:
            macros = plugin["macros"]
            plugin = {"macros": {**macros, "module_name": where(macros["module_name"])}}
        plugins.append(plugin)
    return {
        "INHERIT": str(config),
        "docs_dir": where(base.get("docs_dir", "docs")),
        "theme": {"custom_dir": where(base["theme"]["custom_dir"])},
        "hooks": [where(hook) for hook in base.get("hooks", [])],
        "plugins": plugins,
    }


def mkdocs_build(out: Path, overrides: dict | None = None) -> subprocess.CompletedProcess[str]:
    """Build the product's test site into `out`, `overrides` merged over tests/product-site.yml."""
    config = out.parent / f"{out.name}-mkdocs.yml"
    settings = with_absolute_paths(PRODUCT_CONFIG)
    for key, value in (overrides or {}).items():
        if isinstance(value, dict) and isinstance(settings.get(key), dict):
            settings[key] = {**settings[key], **value}
        else:
            settings[key] = value
    config.write_text(yaml.safe_dump(settings))
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config), "-d", str(out)],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )


@contextmanager
def one_build_at_a_time(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The session's builds wait for each other across make test's workers: on a fresh clone the
    first fills the build cache (build/) and the next find it there, instead of each packing
    the same runtime at once on the cores the other worker's browser tests need."""
    lock = tmp_path_factory.getbasetemp().parent / "site-build.lock"  # shared by the workers
    with lock.open("w") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        yield


@pytest.fixture(scope="session")
def build_site(tmp_path_factory: pytest.TempPathFactory) -> Callable[..., Path]:
    """Build a variant of the product's site (merged over its test config); fails on a warning."""

    def build(overrides: dict | None = None) -> Path:
        out = tmp_path_factory.mktemp("site") / "site"
        with one_build_at_a_time(tmp_path_factory):
            result = mkdocs_build(out, overrides)
        assert result.returncode == 0, result.stderr
        return out

    return build


@pytest.fixture(scope="session")
def site_dir(build_site: Callable[..., Path]) -> Path:
    """The product's site as `mkdocs build --strict` makes it from tests/product-site.yml."""
    return build_site()


@pytest.fixture(scope="session")
def site_url(site_dir: Path) -> Iterator[str]:
    with serve(site_dir) as url:
        yield url


@pytest.fixture
def offsite_requests(context, site_url: str) -> list[str]:
    """Every request the browser makes to a host other than the local server."""
    origin = urlsplit(site_url).netloc
    seen: list[str] = []

    def record(request) -> None:
        parts = urlsplit(request.url)
        if parts.scheme in {"http", "https", "ws", "wss"} and parts.netloc != origin:
            seen.append(request.url)

    context.on("request", record)
    return seen
