"""Python decides, the page renders: the app's JavaScript holds no sentence a visitor reads.

Every word about a plan, a step or a problem comes from the planner (planner/bridge.py), and
every other word the planner page shows comes from its template (overrides/planner.html). This
test lists every string literal of three or more words in the app's own scripts (not Material's
copies in overrides/assets/js/material/) and allows only the few below, none of them shown.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "overrides/assets/js"
SCRIPTS = [*sorted(APP.glob("*.js")), ROOT / "overrides/hooks/sw.template.js"]
# Not words for a visitor: the LZMA decoder's error for a corrupt download, shown (if ever) only
# under the failure's "Technical details", as the other technical messages are.
ALLOWED = {"lzma: bad distance"}
# After these, a `/` starts a regular expression rather than a division.
REGEX_AFTER = set("(,=:[!&|?{};+-*%<>~^") | {""}


def literals(source: str) -> list[str]:
    """The string and template literals of a script (a template's `${...}` parts left out)."""
    found: list[str] = []
    i, last = 0, ""
    while i < len(source):
        char = source[i]
        if source.startswith("//", i):
            end = source.find("\n", i)
            i = len(source) if end < 0 else end
        elif source.startswith("/*", i):
            i = source.index("*/", i) + 2
        elif char in "'\"`":
            text, i = read_literal(source, i)
            found.append(text)
            last = "x"
        elif char == "/" and (last in REGEX_AFTER or re.search(r"\breturn\s*$", source[:i])):
            i = skip_regex(source, i)
            last = "x"
        else:
            if not char.isspace():
                last = char
            i += 1
    return found


def read_literal(source: str, start: int) -> tuple[str, int]:
    quote, i, text, depth = source[start], start + 1, [], 0
    while True:
        char = source[i]
        if char == "\\":
            text.append(source[i : i + 2])
            i += 2
        elif depth:
            depth += {"{": 1, "}": -1}.get(char, 0)
            i += 1
            if depth == 0:
                text.append(" ")
        elif quote == "`" and source.startswith("${", i):
            depth, i = 1, i + 2
        elif char == quote:
            return "".join(text), i + 1
        else:
            text.append(char)
            i += 1


def skip_regex(source: str, start: int) -> int:
    i, in_class = start + 1, False
    while True:
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            in_class = True
        elif char == "]":
            in_class = False
        elif char == "/" and not in_class:
            return i + 1
        i += 1


def words(text: str) -> int:
    return sum(1 for token in text.split() if re.search(r"[A-Za-z]", token))


def test_reader_finds_sentences() -> None:
    sample = 'const a = /["]x/g; // "not this"\nsay(`Plan ${n} is ready now`); b = x / 2 / "y z w";'
    assert literals(sample) == ["Plan   is ready now", "y z w"]


def test_the_app_scripts_hold_no_sentences() -> None:
    found = {
        f"{path.name}: {text!r}"
        for path in SCRIPTS
        for text in literals(path.read_text())
        if words(text) >= 3 and text not in ALLOWED
    }
    assert not found, "visitor words in JavaScript (put them in Python or planner.html):\n" + (
        "\n".join(sorted(found))
    )
