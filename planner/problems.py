"""Field-named input problems, and the checks that find them.

The planner takes untrusted data (a web form, a JSON file, a career centre's mkdocs.yml), so
every value goes through one of the checks below. A check returns the clean value, or records a
`Problem` naming the field (`interview.date`, `interviewers[2].email`, `policy.follow_up_days`)
and returns None; the caller then raises one `PlannerInputError` with every problem, so a person
fixing their input sees all of it at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from planner.frozen import Frozen

# Dates outside this range are typing mistakes, and keeping them in it means no date arithmetic
# the planner does (at most a few years forward) can overflow.
FIRST_DATE = date(2000, 1, 1)
LAST_DATE = date(2099, 12, 31)


class Problem(Frozen):
    """One thing wrong with the input: the field it is in, and what is wrong.

    `message` is English, for the command line and the centre's staff; `key` and `values`
    (name, value pairs) say the same to a visitor in their language, from the catalogue
    (`problem.<key>`); a value naming a `kind.` key is said in that language too.
    """

    field: str
    message: str
    key: str | None = None
    values: tuple[tuple[str, str], ...] = ()

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class PlannerInputError(ValueError):
    """The input cannot be planned; `problems` says why, one field at a time."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__("\n".join(str(problem) for problem in self.problems))


KINDS = {
    "kind.null": "null",
    "kind.boolean": "true/false",
    "kind.number": "a number",
    "kind.text": "text",
    "kind.object": "an object",
    "kind.list": "a list",
}


def kind(value: object) -> str:
    """The JSON (or YAML) name of a value's type, for messages a non-programmer reads."""
    key = kind_key(value)
    return KINDS.get(key, key)


def kind_key(value: object) -> str:
    """The catalogue key (`kind.text`) of a value's type, for the same message in any language."""
    if value is None:
        return "kind.null"
    if isinstance(value, bool):
        return "kind.boolean"
    if isinstance(value, int | float):
        return "kind.number"
    if isinstance(value, str):
        return "kind.text"
    if isinstance(value, Mapping):
        return "kind.object"
    if isinstance(value, list | tuple):
        return "kind.list"
    return type(value).__name__


def shown(value: object, limit: int = 40) -> str:
    """A short, printable rendering of a bad value, safe to echo into a one-line message."""
    text = value.isoformat() if isinstance(value, date) else str(value)
    cut = text[:limit]
    safe = "".join(char if char.isprintable() else f"\\u{ord(char):04x}" for char in cut)
    return safe + ("..." if len(text) > limit else "")


def is_control(char: str) -> bool:
    """C0 and C1 control characters and lone surrogates: never wanted in any output."""
    code = ord(char)
    return code < 32 or 127 <= code < 160 or 0xD800 <= code <= 0xDFFF


def clean_text(text: str) -> str:
    """One line of text: runs of whitespace (line breaks, tabs) become one space, controls go."""
    return "".join(char for char in " ".join(text.split()) if not is_control(char))


class Checks:
    """Collects problems while values are checked; `raise_any` ends the checking."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(self, field: str, message: str, key: str | None = None, **values: str) -> None:
        """Record a problem: `message` in English, `key` and `values` for the catalogue."""
        self.problems.append(Problem(field, message, key, tuple(values.items())))

    def raise_any(self) -> None:
        if self.problems:
            raise PlannerInputError(self.problems)

    def mapping(
        self, field: str, value: object, allowed: Iterable[str], name: str = "field"
    ) -> Mapping[str, object] | None:
        """An object whose keys are all known (unknown keys are problems, so typos show).

        None when `value` is not an object at all: its fields then go unchecked, as one
        problem says all there is to say.
        """
        if not isinstance(value, Mapping):
            self.add(
                field,
                f"expected an object, got {kind(value)}",
                "expected",
                expected="kind.object",
                got=kind_key(value),
            )
            return None
        allowed = tuple(allowed)
        for key in value:
            if key not in allowed:
                label = shown(key) or '""'
                where = f"{field}.{label}" if field else label
                self.add(
                    where,
                    f"unknown {name}; {suggest(str(key), allowed)}",
                    "unknown",
                    allowed=", ".join(allowed),
                )
        return value

    def text(self, field: str, value: object, limit: int, *, required: bool = False) -> str | None:
        """Cleaned text, or None when missing or blank (optional fields then read without it)."""
        if value is None:
            cleaned = ""
        elif isinstance(value, str):
            cleaned = clean_text(value)
        else:
            self.add(
                field,
                f"expected text, got {kind(value)}",
                "expected",
                expected="kind.text",
                got=kind_key(value),
            )
            return None
        if len(cleaned) > limit:
            message = f"too long ({len(cleaned)} characters; at most {limit})"
            self.add(field, message, "too_long", length=str(len(cleaned)), limit=str(limit))
            return None
        if not cleaned and required:
            self.add(field, "required", "required")
        return cleaned or None

    def date(self, field: str, value: object, *, required: bool = False) -> date | None:
        """An ISO `YYYY-MM-DD` date (or a YAML date); impossible dates are named as such."""
        if value is None or value == "":
            if required:
                self.add(field, "required (a date as YYYY-MM-DD)", "required")
            return None
        if type(value) is date:
            day = value
        elif isinstance(value, str):
            text = value.strip()
            if not (len(text) == 10 and text[4] == text[7] == "-" and text.isascii()):
                message = f"not a date (use YYYY-MM-DD): {shown(value)}"
                self.add(field, message, "not_a_date", value=shown(value))
                return None
            try:
                day = date.fromisoformat(text)
            except ValueError:
                message = f"not a date: {shown(value)}"
                self.add(field, message, "impossible_date", value=shown(value))
                return None
        else:
            self.add(
                field,
                f"expected a date as text (YYYY-MM-DD), got {kind(value)}",
                "expected",
                expected="kind.date",
                got=kind_key(value),
            )
            return None
        if not FIRST_DATE <= day <= LAST_DATE:
            self.add(
                field,
                f"{day.isoformat()} is outside {FIRST_DATE.year}-{LAST_DATE.year}",
                "date_range",
                value=day.isoformat(),
                first=str(FIRST_DATE.year),
                last=str(LAST_DATE.year),
            )
            return None
        return day

    def boolean(self, field: str, value: object) -> bool | None:
        if isinstance(value, bool):
            return value
        self.add(
            field,
            f"expected true or false, got {kind(value)}",
            "expected",
            expected="kind.boolean",
            got=kind_key(value),
        )
        return None

    def whole(self, field: str, value: object, low: int, high: int) -> int | None:
        if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high:
            return value
        got = shown(value) if isinstance(value, int | float | str) else kind(value)
        self.add(field, f"must be a whole number from {low} to {high}, got {got}")
        return None

    def choice(self, field: str, value: object, options: tuple[str, ...]) -> str | None:
        word = value.strip().lower() if isinstance(value, str) else None
        if word in options:
            return word
        got = shown(value) if isinstance(value, str) else kind(value)
        choices = ", ".join(options)
        said = shown(value) if isinstance(value, str) else kind_key(value)
        self.add(
            field, f"must be one of {choices}, got {got}", "choice", options=choices, value=said
        )
        return None


def suggest(key: str, allowed: tuple[str, ...]) -> str:
    """What to say about an unknown key: the likely intended one first, then all of them."""
    from difflib import get_close_matches  # only loaded when someone mistypes a key

    close = get_close_matches(key, allowed, n=1)
    hint = f"did you mean {close[0]}? " if close else ""
    return f"{hint}allowed: {', '.join(allowed)}"
