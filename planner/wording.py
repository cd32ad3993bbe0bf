"""The words of one request: its language's catalogue, with the centre's regional variant.

Every function that writes for a visitor takes a `Words`, so a plan is written in one language
from start to finish. English has variants (`en-US`, the default, and `en-GB`) that override a
few strings (date order, spelling); other languages have one form and ignore the locale.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import ModuleType

from planner.frozen import Frozen
from planner.languages import DEFAULT, catalogue

LOCALES: tuple[str, ...] = tuple(catalogue(DEFAULT).VARIANTS)
DEFAULT_LOCALE = LOCALES[0]


class Words(Frozen):
    """A catalogue module (`lists`: the word lists phrasing uses) and its strings (`text`)."""

    language: str
    locale: str
    text: Mapping[str, str]
    lists: ModuleType

    def __repr__(self) -> str:  # the catalogue itself is thousands of lines
        return f"Words(language={self.language!r}, locale={self.locale!r})"

    def say(self, key: str, **values: str) -> str:
        """The catalogue's text for `key` with `values` filled in, and the contractions the
        language makes where a value meets the frame (Spanish "de el puesto" -> "del puesto")."""
        text = self.text[key].format(**values)
        for apart, joined in self.lists.JOINED.items():
            text = text.replace(apart, joined)
        return text


CACHE: dict[tuple[str, str], Words] = {}


def words_for(language: str = DEFAULT, locale: str = DEFAULT_LOCALE) -> Words:
    """The words for `language` (a code of `planner.languages.LANGUAGES`) under `locale` (one
    of LOCALES); each pair is built once."""
    if locale not in LOCALES:
        raise ValueError(f"no such locale {locale!r}; there is: {', '.join(LOCALES)}")
    module = catalogue(language)
    variant = module.VARIANTS.get(locale, {})
    key = (language, locale if module.VARIANTS else "")
    if key not in CACHE:
        CACHE[key] = Words(language, key[1], {**module.TEXT, **variant}, module)
    return CACHE[key]
