"""A centre's hex brand colours: WCAG contrast, a readable shade, and Material's custom palette.

Material for MkDocs styles 21 named colours; a university's brand colour is a hex code. The
header shows white text on the primary colour, and links in the light scheme are the primary
colour on white, so a primary colour needs a contrast of 4.5:1 against white (WCAG 2.1 AA for
normal text). A colour that fails gets the nearest darker shade that passes, as a suggestion.
"""

from __future__ import annotations

import re

HEX = re.compile(r"#?([0-9a-f]{3}|[0-9a-f]{6})", re.I)
WHITE = (255, 255, 255)
SLATE_BACKGROUND = (0x1E, 0x21, 0x29)  # Material's dark scheme (slate) page background
AA_TEXT = 4.5

type Rgb = tuple[int, int, int]


def parse_hex(text: str) -> Rgb | None:
    """`#003366` or `#036` as red, green, blue; None when `text` is not a hex colour."""
    found = HEX.fullmatch(text.strip())
    if not found:
        return None
    digits = found[1] if len(found[1]) == 6 else "".join(char * 2 for char in found[1])
    return (int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16))


def hex_code(colour: Rgb) -> str:
    return "#{:02x}{:02x}{:02x}".format(*colour)


def luminance(colour: Rgb) -> float:
    """WCAG 2.1 relative luminance."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(value) for value in colour)
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(one: Rgb, other: Rgb) -> float:
    """WCAG 2.1 contrast ratio, from 1 (none) to 21 (black on white)."""
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def mixed(colour: Rgb, towards: Rgb, share: float) -> Rgb:
    """`colour` moved `share` (0 to 1) of the way towards `towards`."""
    return tuple(round(c + (t - c) * share) for c, t in zip(colour, towards, strict=True))  # type: ignore[return-value]


def readable_shade(colour: Rgb, against: Rgb, towards: Rgb, target: float = AA_TEXT) -> Rgb:
    """The least change of `colour` towards `towards` that reaches `target` against `against`."""
    for step in range(101):
        shade = mixed(colour, towards, step / 100)
        if contrast(shade, against) >= target:
            return shade
    return towards


def primary_problem(colour: Rgb) -> str | None:
    """Why white header text is hard to read on `colour`, with a darker shade to use; or None."""
    ratio = contrast(colour, WHITE)
    if ratio >= AA_TEXT:
        return None
    darker = hex_code(readable_shade(colour, WHITE, (0, 0, 0)))
    return (
        f"{hex_code(colour)} is too light for the header's white text (contrast {ratio:.1f}:1,"
        f" WCAG AA needs {AA_TEXT}:1); use a darker shade, e.g. {darker}"
    )


def palette_css(primary: Rgb | None, accent: Rgb | None) -> str:
    """Material's `custom` palette for the centre's hex colours (a stylesheet: the CSP allows no
    inline style). Dark-scheme links get a lighter shade of the primary colour that reads."""
    rules = []
    if primary:
        light = hex_code(mixed(primary, WHITE, 0.2))
        dark = hex_code(mixed(primary, (0, 0, 0), 0.2))
        link = hex_code(readable_shade(primary, SLATE_BACKGROUND, WHITE))
        rules.append(
            "[data-md-color-primary=custom]{"
            f"--md-primary-fg-color:{hex_code(primary)};--md-primary-fg-color--light:{light};"
            f"--md-primary-fg-color--dark:{dark};--md-primary-bg-color:#fff;"
            f"--md-primary-bg-color--light:#ffffffb3;--md-typeset-a-color:{hex_code(primary)}}}"
        )
        rules.append(
            "[data-md-color-scheme=slate][data-md-color-primary=custom]{"
            f"--md-typeset-a-color:{link}}}"
        )
    if accent:
        code = hex_code(accent)
        rules.append(
            "[data-md-color-accent=custom]{"
            f"--md-accent-fg-color:{code};--md-accent-fg-color--transparent:{code}1a;"
            "--md-accent-bg-color:#fff;--md-accent-bg-color--light:#ffffffb3}"
        )
    return "\n".join(rules) + "\n"
