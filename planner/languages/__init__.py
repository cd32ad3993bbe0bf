"""The planner's words: one catalogue module per language (`en.py`, `es.py`), same names in each.

A catalogue is data only, so a career centre adds a language by copying one module (say `es.py`
to `pt.py`) and translating its strings: every module in this folder is a language, named by
its code, and nothing else in the planner names a language. `untranslated` says what a copy
still lacks, so the build can name each missing string instead of a draft showing a gap.
"""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType

DEFAULT = "en"
# Every module here, as source or compiled alone (the site's wheel holds `es.pyc`, not `es.py`,
# and the page imports it from the zip itself: pkgutil lists a folder and a zip alike).
LANGUAGES: tuple[str, ...] = (
    DEFAULT,
    *sorted(
        module.name
        for module in pkgutil.iter_modules(__path__)
        if not module.ispkg and not module.name.startswith("_") and module.name != DEFAULT
    ),
)


def catalogue(language: str) -> ModuleType:
    """The catalogue module of `language` (a code of LANGUAGES)."""
    if language not in LANGUAGES:
        raise ValueError(
            f"no planner catalogue for language {language!r}; there is: {', '.join(LANGUAGES)}"
        )
    return importlib.import_module(f"{__name__}.{language}")


def untranslated(language: str) -> list[str]:
    """Every name, and every key of a keyed dict, the English catalogue has and `language` lacks:
    `TEXT['thanks.subject']`. Word lists keyed by a language's own words (its pronouns, its
    verbs), which the English module lists in `OWN_WORDS`, are compared by name only."""
    english, other = catalogue(DEFAULT), catalogue(language)
    own = set(getattr(english, "OWN_WORDS", ()))
    missing: list[str] = []
    for name in sorted(vars(english)):
        if not name.isupper():
            continue
        if not hasattr(other, name):
            missing.append(name)
        elif name not in own:
            missing += missing_keys(name, getattr(english, name), getattr(other, name))
    return missing


def missing_keys(where: str, english: object, other: object) -> list[str]:
    """The keys of `english` (a dict, nested dicts too) that `other` lacks."""
    if not isinstance(english, dict):
        return []
    if not isinstance(other, dict):
        return [where]
    missing = []
    for key, value in english.items():
        place = f"{where}[{key!r}]"
        missing += missing_keys(place, value, other[key]) if key in other else [place]
    return missing
