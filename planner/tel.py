"""`tel:` links (RFC 3966) that dial an interviewer's number from a phone.

A number is written any way people write one ("+44 20 7946 0000", "(555) 010-0199 ext. 12");
the link keeps its digits, a leading `+`, and the extension as `;ext=`.
"""

from __future__ import annotations

SEPARATORS = frozenset(" -.()/")
EXTENSION_WORDS = ("extension", "ext.", "ext", "x")
MIN_DIGITS = 3  # emergency and short numbers; anything shorter is a typo


def tel_uri(number: str) -> str | None:
    """The `tel:` link for a number as typed, or None when it is not a phone number."""
    main, extension = split_extension(number.strip().lower())
    body = main[1:] if main.startswith("+") else main
    if not body or any(not (char.isdigit() or char in SEPARATORS) for char in body):
        return None
    digits = "".join(char for char in body if char.isdigit())
    if len(digits) < MIN_DIGITS or not digits.isascii():
        return None
    plus = "+" if main.startswith("+") else ""
    return f"tel:{plus}{digits}" + (f";ext={extension}" if extension else "")


def split_extension(number: str) -> tuple[str, str]:
    """("020 7946 0000", "12") from "020 7946 0000 ext. 12"; a bad extension spoils the number."""
    for word in EXTENSION_WORDS:
        main, found, extension = number.rpartition(word)
        if found and main.strip():
            extension = extension.strip()
            ok = extension.isdigit() and extension.isascii()
            return (main.strip(), extension) if ok else ("?", "")
    return number, ""
