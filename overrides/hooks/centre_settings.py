"""MkDocs hook: the career centre's settings, from `extra.planner` in mkdocs.yml.

Staff edit one section of one file. This hook checks it before anything slow happens (it is
listed first under `hooks:`), then:

- applies the branding to the theme: `primary` and `accent` on every `theme.palette` entry
  (a hex code becomes Material's `custom` colour, styled by a generated stylesheet once its
  contrast with the header's white text passes WCAG AA: brand_colours.py), `theme.logo`, and
  the centre's name as the site's author (`<meta name="author">`);
- hands the rest to the templates as `config.extra.planner`, checked and complete:
  `policy` (every key of the planner's timing policy, as JSON data, with the public holidays of
  `holidays_country` written into `holidays` from the build year for three years:
  planner/public_holidays.py, so the page needs no holidays library) and `centre` (name, logo,
  colours, contact). `overrides/partials/copyright.html` shows the contact in every page's
  footer and `overrides/planner.html` the same links in its contact box (one macro,
  `overrides/partials/centre-contact.html`); the planner page also gets `{"policy": ...}` as a
  JSON data block (`#planner-settings`), which it passes to the planner, so a changed policy
  needs no rebuild of the planner wheel;
- leaves out the pages whose front matter names a `policy_step` the policy turns off, and
  their nav entries (optional_pages.py).

An unknown key, a wrong type, an impossible value, a number in quotes, or a section misspelt or
misplaced under `extra:` (settings_place.py) stops the build with one line per problem, each
naming the key and what is allowed, e.g.
`ERROR - extra.planner.policy.follow_up_days: must be a whole number from 1 to 90, got 0`.

The layout (every key optional; docs/staff.md documents each one):

    extra:
      planner:
        centre: {name, logo, primary, accent, contact: {email, phone, booking_url}}
        policy: {...}   # planner/policy.py documents every key
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import NoReturn
from urllib.parse import urlsplit

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.utils.meta import get_data

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # mkdocs run from elsewhere (a config that INHERITs ours)
    sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(Path(__file__).resolve().parent))

from brand_colours import palette_css, parse_hex, primary_problem  # noqa: E402
from language_builds import root_prefix, shared_docs, this_language  # noqa: E402
from optional_pages import left_out, pruned_nav, step_problem  # noqa: E402
from settings_place import misplaced, quoted_numbers  # noqa: E402

from planner.languages import LANGUAGES, catalogue, untranslated  # noqa: E402
from planner.policy import parse_policy, policy_data  # noqa: E402
from planner.problems import Checks, PlannerInputError, kind, shown  # noqa: E402
from planner.public_holidays import with_public_holidays  # noqa: E402

log = logging.getLogger("mkdocs.hooks.centre_settings")

WHERE = "extra.planner"
SECTIONS = ("centre", "policy", "languages", "site_names")
CENTRE_KEYS = ("name", "logo", "primary", "accent", "contact", "locale")
LOCALES = ("en-US", "en-GB")  # the planner's English: dates and spelling
CONTACT_KEYS = ("email", "phone", "booking_url")

# Material for MkDocs' named colours (its palette stylesheet has a rule for each; a test checks
# these lists against the installed theme). `custom` is left out: it needs a stylesheet of ours.
PRIMARY_COLOURS = (
    "red", "pink", "purple", "deep purple", "indigo", "blue", "light blue", "cyan", "teal",
    "green", "light green", "lime", "yellow", "amber", "orange", "deep orange", "brown", "grey",
    "blue grey", "black", "white",
)  # fmt: skip
ACCENT_COLOURS = (
    "red", "pink", "purple", "deep purple", "indigo", "blue", "light blue", "cyan", "teal",
    "green", "light green", "lime", "yellow", "amber", "orange", "deep orange",
)  # fmt: skip
PALETTE_CSS = "assets/stylesheets/centre-colours.css"  # written by on_files for hex colours
LOGO_TYPES = (".svg", ".png", ".jpg", ".jpeg", ".webp", ".gif")
NAME_LENGTH = 100
EMAIL = re.compile(r"[^@\s<>()\[\]\\,;:\"]{1,64}@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,63}", re.I)
PHONE = re.compile(r"\+?[0-9 ()./-]{3,30}")


def read_settings(
    raw: object, docs_dir: Path, theme_language: str = "en", root: bool = True
) -> dict[str, object]:
    """The checked settings (`centre`, `policy` and `languages`, complete), or PlannerInputError.

    `root` is False in another language's build (language_builds.py), which the root's has
    checked the languages for already.
    """
    checks = Checks()
    section = {} if raw is None else checks.mapping(WHERE, raw, SECTIONS, name="key")
    section = section or {}
    centre = read_centre(checks, section.get("centre"), docs_dir)
    languages = read_languages(checks, section.get("languages"), theme_language, docs_dir, root)
    site_names = read_site_names(checks, section.get("site_names"), languages)
    policy = None
    raw_policy, quoted = quoted_numbers(section.get("policy"), f"{WHERE}.policy")
    for field, fix in quoted:
        checks.add(field, fix)
    try:
        policy = parse_policy(raw_policy, where=f"{WHERE}.policy")  # type: ignore[arg-type]
        policy = with_public_holidays(policy, date.today().year, where=f"{WHERE}.policy")
    except PlannerInputError as error:
        checks.problems.extend(error.problems)
    checks.raise_any()
    return {
        "centre": centre,
        "policy": policy_data(policy),  # type: ignore[arg-type]
        "languages": languages,
        "site_names": site_names,
    }


def read_languages(
    checks: Checks, raw: object, theme_language: str, docs_dir: Path, root: bool
) -> list[str]:
    """The site's languages, the root's first: each needs a planner catalogue (the page's and
    the planner's words, every one translated) and, after the first, its pages in `docs/<code>/`.
    """
    field = f"{WHERE}.languages"
    if raw is None:
        return [theme_language]
    if isinstance(raw, str):
        raw = [raw]
    if not isinstance(raw, list) or not raw or not all(isinstance(code, str) for code in raw):
        checks.add(field, f"expected a list of language codes, e.g. [{theme_language}, es]")
        return [theme_language]
    codes = list(dict.fromkeys(code.strip() for code in raw))
    if root and codes[0] != theme_language:
        checks.add(
            field,
            f"the first language is the site's own, theme.language ({theme_language}):"
            f" list it first, e.g. [{theme_language}, {codes[0]}], or change theme.language",
        )
        return [theme_language]
    for code in codes:
        if code not in LANGUAGES:
            checks.add(
                field,
                f"no planner catalogue for {shown(code)}: copy planner/languages/en.py to"
                f" planner/languages/{code}.py and translate it (there is: {', '.join(LANGUAGES)})",
            )
        elif root:
            for name in untranslated(code):
                checks.add(
                    field,
                    f"planner/languages/{code}.py lacks {name}: add it, translated from en.py",
                )
    for code in codes[1:] if root else ():
        if not (docs_dir / code).is_dir():
            checks.add(
                field,
                f"no folder docs/{code}/ for {shown(code)}: put its pages there, with the same"
                f" file names as in docs/, or take {shown(code)} out of the list",
            )
    return codes


def read_site_names(checks: Checks, raw: object, codes: list[str]) -> dict[str, str]:
    """The site's title in each other language (`{es: Después de la entrevista}`); a language
    without one keeps mkdocs.yml's `site_name`, which is the first language's title. A title
    for a language the list leaves out is kept for when it is back, not a mistake."""
    field = f"{WHERE}.site_names"
    if raw is None:
        return {}
    if not isinstance(raw, Mapping):
        checks.add(field, "expected one title per language, e.g. {es: Después de la entrevista}")
        return {}
    names: dict[str, str] = {}
    for code, title in raw.items():
        if code == codes[0]:
            checks.add(f"{field}.{code}", f"the title in {code}, the first language, is site_name")
        elif code not in LANGUAGES:
            checks.add(
                f"{field}.{shown(code)}",
                f"not a language there is a planner catalogue for ({', '.join(LANGUAGES)})",
            )
        elif text := checks.text(f"{field}.{code}", title, NAME_LENGTH, required=True):
            names[str(code)] = text
    return names


def read_centre(checks: Checks, raw: object, docs_dir: Path) -> dict[str, object]:
    where = f"{WHERE}.centre"
    centre = ({} if raw is None else checks.mapping(where, raw, CENTRE_KEYS, name="key")) or {}
    name = checks.text(f"{where}.name", centre.get("name"), NAME_LENGTH)
    locale = centre.get("locale", LOCALES[0])
    if locale not in LOCALES:
        checks.add(f"{where}.locale", f"must be en-US or en-GB, got {shown(locale)}")
        locale = LOCALES[0]
    return {
        "locale": locale,
        "name": name or "",
        "logo": read_logo(checks, f"{where}.logo", centre.get("logo"), docs_dir),
        "primary": read_colour(checks, f"{where}.primary", centre, PRIMARY_COLOURS),
        "accent": read_colour(checks, f"{where}.accent", centre, ACCENT_COLOURS),
        "contact": read_contact(checks, f"{where}.contact", centre.get("contact")),
    }


def read_colour(
    checks: Checks, field: str, centre: Mapping[str, object], allowed: tuple[str, ...]
) -> str:
    """A hex code (`#003366`) or a Material colour name (`deep-purple` = `Deep Purple`)."""
    key = field.rsplit(".", 1)[-1]
    value = centre.get(key)
    if value is None:
        if key in centre:  # `primary: #003366` without quotes: YAML reads a comment
            checks.add(field, f'empty: put a hex colour in quotes, e.g. {key}: "#003366"')
        return "indigo"
    if isinstance(value, str) and (rgb := parse_hex(value)) and value.strip().startswith("#"):
        problem = primary_problem(rgb) if key == "primary" else None
        if problem:
            checks.add(field, problem)
        return value.strip().lower()
    word = (
        " ".join(value.strip().lower().replace("-", " ").split())
        if isinstance(value, str)
        else None
    )
    if word in allowed:
        return word
    if isinstance(value, str):
        message = (
            f'not a hex colour ("#003366") or one of Material\'s {key} colours: {shown(value)}'
        )
    else:
        message = f"expected a colour (text), got {kind(value)}"
    checks.add(
        field, f'{message}; use a hex code in quotes, e.g. "#003366", or {", ".join(allowed)}'
    )
    return "indigo"


def read_logo(checks: Checks, field: str, value: object, docs_dir: Path) -> str | None:
    """A picture file in docs/, as a path relative to it (the site loads nothing from elsewhere)."""
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        got = "empty text" if isinstance(value, str) else kind(value)
        checks.add(
            field, f"expected the path of a picture in docs/ (e.g. assets/logo.svg), got {got}"
        )
        return None
    path = value.strip()
    if urlsplit(path).scheme or path.startswith(("/", "\\")) or ".." in Path(path).parts:
        checks.add(field, f"must be a file inside docs/ (e.g. assets/logo.svg), not {shown(path)}")
        return None
    if Path(path).suffix.lower() not in LOGO_TYPES:
        checks.add(field, f"must be a picture ({', '.join(LOGO_TYPES)}), got {shown(path)}")
        return None
    if not (docs_dir / path).is_file():
        checks.add(field, f"no such file in docs/: {shown(path)} (put the logo there first)")
        return None
    return path


def read_contact(checks: Checks, field: str, raw: object) -> dict[str, str]:
    contact = ({} if raw is None else checks.mapping(field, raw, CONTACT_KEYS, name="key")) or {}
    found: dict[str, str] = {}
    email = checks.text(f"{field}.email", contact.get("email"), 254)
    if email and EMAIL.fullmatch(email):
        found["email"] = email
    elif email:
        checks.add(
            f"{field}.email", f"not an email address (like careers@example.edu): {shown(email)}"
        )
    phone_raw = contact.get("phone")
    if isinstance(phone_raw, int | float) and not isinstance(phone_raw, bool):
        checks.add(f"{field}.phone", 'expected text: put the number in quotes, e.g. "+1 555 0100"')
    else:
        phone = checks.text(f"{field}.phone", phone_raw, 40)
        if phone and PHONE.fullmatch(phone) and sum(char.isdigit() for char in phone) >= 3:
            found["phone"] = phone
        elif phone:
            message = "not a phone number (digits, spaces, + ( ) . - only)"
            checks.add(f"{field}.phone", f"{message}: {shown(phone)}")
    url = checks.text(f"{field}.booking_url", contact.get("booking_url"), 500)
    parts = urlsplit(url) if url else None
    if parts and parts.scheme in ("http", "https") and "." in parts.netloc and " " not in url:
        found["booking_url"] = url  # type: ignore[assignment]  # url is set when parts is
    elif url:
        message = "not a web address (https://...)"
        checks.add(f"{field}.booking_url", f"{message}: {shown(url)}")
    return found


def report(problems: list[str]) -> NoReturn:
    """Stop the build: one `ERROR - key: what is allowed` line per problem."""
    for problem in problems[:-1]:
        log.error(problem)
    raise PluginError(problems[-1])


def apply_branding(config: MkDocsConfig, centre: Mapping[str, object], root: str = "") -> None:
    """Colours, logo and author on the theme; hex colours become Material's `custom` palette.

    `root` leads from another language's site to the root's, whose logo every language shows.
    """
    colours = {key: str(centre[key]) for key in ("primary", "accent")}
    hex_colours = {key: parse_hex(code) for key, code in colours.items() if code.startswith("#")}
    palette = config.theme.get("palette") or {}
    for entry in palette if isinstance(palette, list) else [palette]:
        for key, code in colours.items():
            entry[key] = "custom" if key in hex_colours else code
    config.theme["palette"] = palette
    if hex_colours:
        config.extra_css.append(PALETTE_CSS)
        config.extra["planner_palette_css"] = palette_css(
            hex_colours.get("primary"), hex_colours.get("accent")
        )
    if centre["logo"]:
        config.theme["logo"] = root + str(centre["logo"])
    if centre["name"] and not config.site_author:
        config.site_author = centre["name"]  # type: ignore[assignment]


def contact_links(contact: Mapping[str, str], book: str) -> list[dict[str, object]]:
    """The footer's links: email, phone (a `tel:` link of digits) and the booking page."""
    ways: list[dict[str, object]] = []
    if "email" in contact:
        ways.append({"href": f"mailto:{contact['email']}", "label": contact["email"]})
    if "phone" in contact:
        digits = "".join(char for char in contact["phone"] if char.isdigit() or char == "+")
        ways.append({"href": f"tel:{digits}", "label": contact["phone"]})
    if "booking_url" in contact:
        ways.append({"href": contact["booking_url"], "label": book, "external": True})
    return ways


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    raw = config.extra.get("planner")
    wrong_place = misplaced(config.extra)
    if wrong_place:
        report(wrong_place)
    other = this_language(config)
    language = str(other.get("code") or config.theme.get("language") or "en")
    try:
        settings = read_settings(raw, shared_docs(config), language, root=not other)
    except PlannerInputError as error:
        report([str(problem) for problem in error.problems])
    centre = settings["centre"]
    book = str(catalogue(language).PAGE["footer.book"])
    centre["ways"] = contact_links(centre["contact"], book)  # type: ignore[index,arg-type]
    apply_branding(config, centre, root_prefix(config))  # type: ignore[arg-type]
    config.extra["planner"] = settings
    if other:  # another language's build: its own title, when the centre gave one
        config.site_name = settings["site_names"].get(language, config.site_name)  # type: ignore[union-attr]
    # What the planner page embeds as #planner-settings (its planner-page.js reads it); the
    # contact is not in it: the template writes the contact box, with the footer's links.
    config.extra["planner_settings"] = {
        "policy": settings["policy"],
        "locale": centre["locale"],  # type: ignore[index]
    }
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Leave out the pages about a step the policy turns off, and their nav entries."""
    steps: dict[str, object] = {}
    for file in files.documentation_pages():
        _, meta = get_data(Path(file.abs_src_path).read_text(encoding="utf-8"))
        steps[file.src_uri] = meta.get("policy_step")
    problems = [line for source, step in steps.items() if (line := step_problem(source, step))]
    if problems:
        report(problems)
    if "planner_palette_css" in config.extra:
        files.append(
            File.generated(config, PALETTE_CSS, content=config.extra["planner_palette_css"])
        )
    gone = left_out(steps, config.extra["planner"]["policy"])
    for source in gone:
        files.remove(files.get_file_from_path(source))
    if config.nav:
        config.nav = pruned_nav(config.nav, gone)
    return files
