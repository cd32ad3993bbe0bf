"""The planner's words, one catalogue module per language (`en`, `es`), each with the same names.

A catalogue is data only, so a career centre adds a language by copying one module and
translating its strings; nothing else in the planner names a language.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType

LANGUAGES: tuple[str, ...] = tuple(
    sorted(
        (path.stem for path in Path(__file__).parent.glob("*.py") if path.stem != "__init__"),
        key=lambda code: (code != "en", code),
    )
)


def catalogue(language: str) -> ModuleType:
    """The catalogue module of `language`."""
    if language not in LANGUAGES:
        raise ValueError(f"no planner catalogue for language {language!r}")
    return importlib.import_module(f"{__name__}.{language}")


def untranslated(language: str) -> list[str]:
    """Every name, and key of a dict, the English catalogue has and `language` lacks."""
    english, other = catalogue("en"), catalogue(language)
    missing: list[str] = []
    for name, value in vars(english).items():
        if not name.isupper():
            continue
        if not hasattr(other, name):
            missing.append(name)
        elif isinstance(value, dict):
            missing += [f"{name}[{key!r}]" for key in value if key not in getattr(other, name)]
    return missing
