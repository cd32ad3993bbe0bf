"""The career centre's own site, built from its mkdocs.yml and docs/ as `make build` does."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from planner.cli import read_config
from tests.conftest import ROOT, one_build_at_a_time
from tests.site_server import serve

CENTRE_CONFIG = ROOT / "mkdocs.yml"


def centre_setting(key: str) -> object:
    """A top-level setting of the centre's mkdocs.yml (read as the planner's CLI reads it)."""
    config = read_config(CENTRE_CONFIG)
    assert isinstance(config, dict)
    return config.get(key)


@pytest.fixture(scope="session")
def published_build(tmp_path_factory: pytest.TempPathFactory) -> subprocess.CompletedProcess[str]:
    """`mkdocs build --strict` of the centre's mkdocs.yml, into a folder of its own."""
    out = tmp_path_factory.mktemp("published") / "site"
    build = ["build", "--strict", "-f", str(CENTRE_CONFIG), "-d", str(out)]
    with one_build_at_a_time(tmp_path_factory):
        return subprocess.run(
            [sys.executable, "-m", "mkdocs", *build],
            capture_output=True,
            text=True,
            check=False,
            cwd=ROOT,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        )


@pytest.fixture(scope="session")
def published_site(published_build: subprocess.CompletedProcess[str]) -> Path:
    assert published_build.returncode == 0, published_build.stderr
    return Path(published_build.args[published_build.args.index("-d") + 1])


@pytest.fixture(scope="session")
def published_site_url(published_site: Path) -> Iterator[str]:
    """The site under the path of its site_url, as GitHub Pages serves a project site."""
    with serve(published_site, prefix=urlsplit(str(centre_setting("site_url") or "/")).path) as url:
        yield url
