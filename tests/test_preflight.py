"""Mistakes in mkdocs.yml that MkDocs meets before any hook: one line, with the line number.

`make serve`, `make build`, `make test` and `make check` run overrides/hooks/settings_preflight.py
first; each test edits a copy of the shipped mkdocs.yml as a member of staff might.
"""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

PREFLIGHT = ROOT / "overrides" / "hooks" / "settings_preflight.py"
SHIPPED = ROOT / "mkdocs.yml"


def preflight(tmp_path: Path, edit: tuple[str, str]) -> subprocess.CompletedProcess[str]:
    text = SHIPPED.read_text()
    assert edit[0] in text, edit[0]
    config = tmp_path / "mkdocs.yml"
    config.write_text(text.replace(edit[0], edit[1], 1))
    return subprocess.run(
        [sys.executable, str(PREFLIGHT), str(config)], capture_output=True, text=True, check=False
    )


def line_of(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if needle in line)


MISTAKES = {
    "indentation": (
        ("    policy:\n", "     policy:\n"),
        "policy:",
        "expected <block end>, but found '<block mapping start>'; check the indentation: line the"
        " key up with the keys around it",
    ),
    "impossible-date-without-quotes": (
        ("holidays: []", "holidays: [2027-02-30]"),
        "holidays:",
        "2027-02-30 is not a date; check the day and month (and put dates in quotes, e.g."
        ' "2027-02-28")',
    ),
    "colon-in-a-value": (
        ("site_name: After the Interview", "site_name: Careers: after the interview"),
        "site_name:",
        "mapping values are not allowed here; check the value: one containing ': ' needs quotes",
    ),
    "tab": (
        ("      name: Your", "\tname: Your"),
        "name: Your",
        "found character '\\t' that cannot start any token; check for a tab: indent with spaces"
        " only",
    ),
}


@pytest.mark.parametrize(("edit", "where", "message"), MISTAKES.values(), ids=MISTAKES.keys())
def test_yaml_mistake_gives_one_line_with_its_line_number(
    tmp_path: Path, edit: tuple[str, str], where: str, message: str
) -> None:
    result = preflight(tmp_path, edit)
    assert result.returncode == 1
    (line,) = result.stderr.splitlines()
    number = line_of((tmp_path / "mkdocs.yml").read_text(), where)
    assert line == f"error: mkdocs.yml line {number}: {message}"


def test_shipped_settings_pass_with_a_warning_about_the_example_site_url(tmp_path: Path) -> None:
    result = preflight(tmp_path, ("site_name:", "site_name:"))
    assert result.returncode == 0
    assert result.stderr.splitlines() == [
        "warning: mkdocs.yml: site_url is still the example address: set it to your GitHub Pages"
        " address before publishing (the 404 page, canonical links and sitemap use it)"
    ]
    published = ("example.github.io/interview-follow-up/", "careers-ox.github.io/follow-up/")
    assert preflight(tmp_path, published).stderr == ""


def test_make_runs_it_before_mkdocs() -> None:
    for target in ("serve", "build", "test", "check"):
        plan = subprocess.run(
            ["make", "-n", target], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout
        assert "settings_preflight.py mkdocs.yml" in plan, target
        assert plan.index("settings_preflight.py") < max(plan.find("mkdocs "), plan.find("pytest"))


def test_make_serve_on_a_busy_port_says_what_to_use() -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        address = f"127.0.0.1:{busy.getsockname()[1]}"
        result = subprocess.run(
            ["make", "serve", f"ADDR={address}"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
            timeout=600,
        )
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert (
        f"error: {address} is busy (another preview?): stop it, or use another port:"
        " make serve ADDR=127.0.0.1:8001"
    ) in result.stderr.splitlines()


def test_make_serve_stops_on_broken_links_as_the_build_does() -> None:
    plan = subprocess.run(
        ["make", "-n", "serve"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    assert "mkdocs serve --strict" in plan
