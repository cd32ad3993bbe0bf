"""A career centre's copy: the customisations docs/staff.md describes, then the centre's checks.

The copy is edited as a member of staff would edit it (mkdocs.yml by its lines, a sentence in a
page, a new page in the navigation); tests/centre/ then runs on it, and the built pages must
follow the centre's policy: "5 business days", never "a week", and no handwritten note.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_advice import _Text, normalise
from tests.test_build import repo_copy

pytestmark = pytest.mark.build

# mkdocs.yml line as shipped -> the centre's line (docs/staff.md walks through each one).
SETTINGS = {
    "name: Your Career Centre": "name: Careers Hub, University of Example",
    "logo: assets/logo.svg": "logo: assets/our-logo.png",
    "primary: indigo": 'primary: "#003366"',
    "accent: indigo": 'accent: "#b8860b"',
    "email: careers@example.edu": "email: careers@example.ac.uk",
    'phone: "+1 555 0100"': 'phone: "+44 1234 567890"',
    "booking_url: https://example.edu/careers/appointments": (
        "booking_url: https://careers.example.ac.uk/book"
    ),
    "handwritten_note: true": "handwritten_note: false",
    "follow_up_days: 7": "follow_up_days: 5",
    "count_business_days: false": "count_business_days: true",
    "holidays: []": 'holidays: ["2026-12-25", "2026-12-24..2027-01-01"]',
    "  - Privacy: privacy.md": "  - Drop-in hours: drop-in.md\n  - Privacy: privacy.md",
}
EDITED = ("That is all it needs to do.", "One of our advisers can read it over with you first.")
NEW_PAGE = """---
title: Drop-in hours
description: When you can drop in to the careers hub to talk about an interview.
---

# Drop-in hours

Come in any weekday between 10:00 and 16:00. No appointment needed.
"""


def customise(copy: Path) -> None:
    config = copy / "mkdocs.yml"
    text = config.read_text()
    for shipped, ours in SETTINGS.items():
        line = re.compile(rf"^(\s*){re.escape(shipped.strip())}", re.M)
        assert line.search(text), f"mkdocs.yml has no line {shipped!r}"
        text = line.sub(lambda found, ours=ours: found[1] + ours.strip(), text, count=1)
    config.write_text(text)
    shutil.copy2(copy / "docs/assets/favicon.png", copy / "docs/assets/our-logo.png")
    page = copy / "docs" / "following-up.md"
    assert EDITED[0] in page.read_text()
    page.write_text(page.read_text().replace(*EDITED))
    (copy / "docs" / "drop-in.md").write_text(NEW_PAGE)


def visible_text(html: Path) -> str:
    parser = _Text(main_only=False)
    parser.feed(html.read_text(encoding="utf-8"))
    return normalise("".join(parser.parts))


def test_customised_copy_passes_the_centre_checks(tmp_path: Path) -> None:
    copy = repo_copy(tmp_path)
    customise(copy)
    inner = tmp_path / "checks"
    checks = ["tests/centre", "-q", "-p", "no:cacheprovider", f"--basetemp={inner}"]
    # axe in the light scheme only: the centre's colours reach every page's header in it, and
    # the dark scheme's run over every page is `make check`'s and this suite's own (CI time).
    checks += ["-k", "not dark"]
    result = subprocess.run(
        [sys.executable, "-m", "pytest", *checks],
        capture_output=True,
        text=True,
        check=False,
        cwd=copy,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert " passed" in result.stdout and "skipped" not in result.stdout, result.stdout[-500:]

    site = inner / "published0" / "site"
    pages = {
        html.relative_to(site).as_posix(): visible_text(html)
        for html in sorted(site.rglob("*.html"))
        if not html.is_relative_to(site / "assets")
    }
    assert "drop-in/index.html" in pages and "drop in to the careers hub" not in pages["index.html"]
    assert "drop-in hours" in pages["index.html"], "the new page is in the navigation"
    assert normalise(EDITED[1]) in pages["following-up/index.html"]
    assert "after 5 business days" in pages["index.html"]
    assert "5 business days after the interview" in pages["following-up/index.html"]
    assert not (site / "handwritten-note").exists() and not (site / "why-both").exists()
    # The staff page documents the settings, handwritten_note among them; students never see it.
    student_pages = {
        path: text
        for path, text in pages.items()
        if not path.removeprefix("es/").startswith("staff/")  # the staff page in each language
    }
    for path, text in student_pages.items():
        assert "handwritten" not in text, path
        assert not re.search(r"\ba week\b", text), path
        assert "careers hub, university of example" in text, path
