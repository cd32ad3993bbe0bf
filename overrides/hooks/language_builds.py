"""The site in every language the centre lists: one MkDocs build per language, Material's way.

The first language of `extra.planner.languages` is the site root, built from `docs/`; each other
one is built after it into `site/<code>/` from `docs/<code>/` (same file names), from the same
mkdocs.yml with that language's `theme.language`, folders and navigation titles. The other
builds load nothing the root build wrote twice: the planner's runtime, scripts, styles,
pictures and logo are the root's, reached through `../` (same origin, so the root's service
worker covers them). site_languages.py is the hook that calls this module; nothing here
patches MkDocs.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from urllib.parse import urlsplit

from markupsafe import Markup, escape
from mkdocs.commands.build import build
from mkdocs.config.base import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

log = logging.getLogger("mkdocs.hooks.site_languages")

KEY = "planner_language"  # config.extra[KEY]: which language this build is, set before it runs
UP = "../"  # from a language's own root to the site root


def this_language(config: MkDocsConfig) -> Mapping[str, object]:
    """The other build's settings (`code`, `docs`: the root's docs folder...), or {} at the root."""
    found = config.extra.get(KEY)
    return found if isinstance(found, Mapping) and found.get("root") else {}


def shared_docs(config: MkDocsConfig) -> Path:
    """The folder that holds the pictures and logo every language shows: the root's `docs/`."""
    return Path(str(this_language(config).get("docs") or config.docs_dir))


def root_prefix(config: MkDocsConfig) -> str:
    """How this build's pages reach the site root's files: "" at the root, "../" elsewhere."""
    return str(this_language(config).get("root") or "")


def alternates(
    codes: Sequence[str], current: str, names: Mapping[str, str]
) -> list[dict[str, str]]:
    """Each language with the path from `current`'s root to its own, for the switcher."""
    up = "" if current == codes[0] else UP

    def prefix(code: str) -> str:
        if code == current:
            return ""
        return up + ("" if code == codes[0] else code + "/")

    return [
        {
            "lang": code,
            "name": names[code],
            "prefix": prefix(code),  # from this language's root
            "folder": "" if code == codes[0] else code + "/",  # from the site root
        }
        for code in codes
    ]


def twins(docs: Path, codes: Sequence[str]) -> dict[str, set[str]]:
    """Every page source of each language (`thank-you-email.md`...), for the switcher's links."""
    found: dict[str, set[str]] = {}
    for code in codes:
        folder = docs if code == codes[0] else docs / code
        pages = {path.relative_to(folder).as_posix() for path in folder.rglob("*.md")}
        found[code] = {page for page in pages if page.split("/", 1)[0] not in codes[1:]}
    return found


def other_languages_left_out(files: Files, codes: Sequence[str]) -> Files:
    """The root build (`codes[0]`) without the other languages' folders (`docs/es/`)."""
    for file in list(files):
        top = file.src_uri.split("/", 1)[0]
        if top in codes and top != codes[0] and not file.generated_by:
            files.remove(file)
    return files


def shared_files(files: Files, config: MkDocsConfig, codes: Sequence[str]) -> Files:
    """Another language's build: the root's pictures, reachable as `../assets/team.jpg`.

    Its pages link pictures the way the files sit (`docs/es/x.md` -> `../assets/team.jpg`), and
    those links reach the root's copies; the theme's own files of overrides/assets/ (the planner's
    scripts and styles) are the root's too, so they are left out here.
    """
    docs = shared_docs(config)
    own = Path(str(config.theme.custom_dir or "")).resolve() / "assets"
    for file in list(files):
        theirs = file.abs_src_path and Path(file.abs_src_path).resolve().is_relative_to(own)
        if theirs and not file.src_uri.startswith("assets/js/material/"):
            files.remove(file)
    for path in sorted(docs.rglob("*")):
        relative = path.relative_to(docs).as_posix()
        if path.is_file() and path.suffix != ".md" and relative.split("/", 1)[0] not in codes:
            files.append(
                File(
                    UP + relative,
                    src_dir=config.docs_dir,
                    dest_dir=config.site_dir,
                    use_directory_urls=config.use_directory_urls,
                )
            )
    return files


def translated_nav(
    nav: object, titles: Mapping[str, object], docs: Path, missing: list[str]
) -> object:
    """mkdocs.yml's navigation with this language's titles (`nav.` + the English title in the
    catalogue, else the page's own title); a page this language lacks is left out, and named."""
    if isinstance(nav, list):
        entries = [translated_nav(entry, titles, docs, missing) for entry in nav]
        return [entry for entry in entries if entry is not None]
    if isinstance(nav, str):
        if urlsplit(nav).scheme or (docs / nav).is_file():
            return nav
        missing.append(nav)
        return None
    if isinstance(nav, dict) and len(nav) == 1:
        ((title, target),) = nav.items()
        inner = translated_nav(target, titles, docs, missing)
        if inner is None or inner == []:
            return None
        own = titles.get(f"nav.{title}")
        if own is None and isinstance(inner, str):
            return inner  # the page's own title
        return {str(own or title): inner}
    return nav


def language_config(
    root: MkDocsConfig, code: str, titles: Mapping[str, object]
) -> tuple[MkDocsConfig, list[str]]:
    """The configuration that builds `code` into `site/<code>/`, and the nav pages it lacks."""
    docs = Path(root.docs_dir) / code
    config = load_config(
        root.config_file_path,
        docs_dir=str(docs),
        site_dir=str(Path(root.site_dir) / code),
        site_url=(root.site_url + code + "/") if root.site_url else None,
        strict=root.strict,
    )
    config.theme["language"] = code
    favicon = config.theme.get("favicon")
    if favicon and not urlsplit(favicon).scheme and not favicon.startswith("/"):
        config.theme["favicon"] = UP + favicon
    config.extra_css = [
        path if urlsplit(path).scheme or path.startswith("/") else UP + path
        for path in config.extra_css
    ]
    missing: list[str] = []
    if config.nav:
        config.nav = translated_nav(config.nav, titles, docs, missing)  # type: ignore[assignment]
    config.extra[KEY] = {
        "code": code,
        "root": UP,
        "docs": str(root.docs_dir),
        "site_url": root.site_url,
        "planner_build": root.extra["planner_build"],  # paths from the site root
    }
    return config, missing


def build_language(root: MkDocsConfig, code: str, titles: Mapping[str, object]) -> None:
    """Build `code`'s site after the root's (same strictness: a warning stops both)."""
    config, missing = language_config(root, code, titles)
    for page in missing:
        log.info(f"{code}: no docs/{code}/{page} yet, so the {code} site leaves it out of its menu")
    build(config)


def page_languages(
    languages: Sequence[Mapping[str, str]],
    twins: Mapping[str, set[str]],
    source: str | None,
    url: str,
) -> list[dict[str, str]]:
    """This page in each language (`path` from the site root), or that language's home page."""
    return [
        {
            **language,
            "path": language["prefix"] + (url if source in twins[language["lang"]] else ""),
        }
        for language in languages
    ]


def slots(text: str) -> Markup:
    """A catalogue sentence as a `planner-say-...` template: `{count}` becomes the element
    `<span data-slot="count">` that the page script fills in; the words are escaped."""
    parts = re.split(r"\{(\w+)\}", text)
    return Markup("").join(
        Markup('<span data-slot="{}"></span>').format(part) if index % 2 else escape(part)
        for index, part in enumerate(parts)
    )
