"""Settings that YAML read without complaint but that are in the wrong place or of the wrong kind.

MkDocs keeps any key under `extra:`, so `planer:` (misspelt) or `policy:` indented one level too
little (it becomes `extra.policy`) would build with the demo's branding or the default policy,
and say nothing. A number in quotes is text to YAML, and the message must show the quotes.
"""

from __future__ import annotations

from collections.abc import Mapping
from difflib import get_close_matches

from planner.policy import DAY_COUNTS

# The keys that belong under `extra: planner:` and the sections under them.
PLACES = {"planner": "extra:", "centre": "extra: planner:", "policy": "extra: planner:"}


def misplaced(extra: Mapping[str, object]) -> list[str]:
    """One line for each key under `extra:` that is a misspelt or misplaced centre setting."""
    problems = []
    for key in extra:
        if key == "planner" or not isinstance(key, str):
            continue
        if key in PLACES:
            problems.append(
                f"extra.{key}: belongs under {PLACES[key]} (indent `{key}:` two more spaces,"
                f" level with the other keys under `{PLACES[key].split()[-1]}`)"
            )
        elif close := get_close_matches(key, PLACES, n=1, cutoff=0.75):
            problems.append(
                f"extra.{key}: unknown key; did you mean {close[0]}? (it goes under"
                f" {PLACES[close[0]]})"
            )
    return problems


def quoted_numbers(policy: object, where: str) -> tuple[object, list[tuple[str, str]]]:
    """`policy` without its whole numbers written in quotes, and (key, what to do) for each."""
    if not isinstance(policy, Mapping):
        return policy, []
    problems = []
    kept = dict(policy)
    for key, value in policy.items():
        if key in DAY_COUNTS and isinstance(value, str) and value.strip().isdigit():
            fix = f'"{value}" is in quotes, so it is text: write {value.strip()} without the quotes'
            problems.append((f"{where}.{key}", fix))
            del kept[key]
    return kept, problems
