"""What the published site holds and loads: no build code, the licence, nothing from elsewhere."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tests.conftest import ROOT, mkdocs_build

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
