"""The README's commands and example stay true."""

from __future__ import annotations

import json
import re
import subprocess
import sys

from tests.conftest import ROOT

README = (ROOT / "README.md").read_text()


def test_readme_example_plan_is_what_the_cli_prints() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "planner", "plan", "tests/planner/example-request.json"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    printed = [(s["id"], s["due"], s["status"]) for s in json.loads(result.stdout)["steps"]]
    shown = re.findall(r'"id": "([a-z-]+)", "due": "([\d-]+)", "status": "([a-z-]+)"', README)
    assert shown and shown == printed


def test_readme_names_the_make_targets_that_exist() -> None:
    makefile = (ROOT / "Makefile").read_text()
    for target in set(re.findall(r"`make (\w+)", README)):
        assert re.search(rf"^{target}:", makefile, re.M), f"make {target} is in the README only"
    assert "make test" in (ROOT / ".ci" / "run").read_text()
