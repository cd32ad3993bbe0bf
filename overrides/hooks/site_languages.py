"""MkDocs hook: the site in every language of `extra.planner.languages` (language_builds.py).

A thin adapter. On `on_config` it gives the templates this build's language: its words (the
catalogue's `PAGE`), the switcher's languages and the path to the site root. The root build
leaves the other languages' folders out, and on `on_post_build` builds each of them into
`site/<code>/`, so plain `mkdocs build`, `mkdocs serve` and `mkdocs gh-deploy` publish them all.
MkDocs loads a hook module once per process, and those builds run inside the root's: so the
hooks keep what a build needs in its own `config`, not in module globals.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

HOOKS = Path(__file__).resolve().parent
ROOT = HOOKS.parents[1]
for folder in (ROOT, HOOKS):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

import language_builds  # noqa: E402
from language_builds import KEY  # noqa: E402

from planner.languages import LANGUAGES, catalogue  # noqa: E402


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    codes = config.extra["planner"]["languages"]  # checked by centre_settings.py
    other = language_builds.this_language(config)
    code = str(other.get("code") or codes[0])
    names = {each: str(catalogue(each).PAGE["language.name"]) for each in codes}
    config.extra[KEY] = {
        **other,
        "code": code,
        "codes": codes,
        "root": language_builds.root_prefix(config),
        "site_url": other.get("site_url", config.site_url),  # the site root's address
        "words": catalogue(code).PAGE,
        "languages": language_builds.alternates(codes, code, names) if len(codes) > 1 else [],
        "twins": language_builds.twins(language_builds.shared_docs(config), codes),
        # GitHub Pages answers every missing address with the root's 404 page, /es/... too:
        # it says so in each other language as well.
        "not_found": [
            {"lang": each, "folder": each + "/", **catalogue(each).PAGE}
            for each in codes[1:]
            if not other
        ],
    }
    config.extra["planner_settings"]["language"] = code
    if len(codes) > 1:  # Material's header shows its language menu (partials/alternate.html)
        config.extra["alternate"] = True
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    codes = config.extra[KEY]["codes"]
    if language_builds.this_language(config):
        return language_builds.shared_files(files, config, codes)
    # Every language folder (docs/es/) but the root's: those listed have builds of their own.
    return language_builds.other_languages_left_out(files, [codes[0], *LANGUAGES])


def on_env(env, config: MkDocsConfig, files: Files):
    env.filters["slots"] = language_builds.slots
    return env


def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav: object) -> dict:
    """This page in each language, for the switcher and the `hreflang` links."""
    language = config.extra[KEY]
    context["page_languages"] = language_builds.page_languages(
        language["languages"], language["twins"], page.file.src_uri, page.url
    )
    return context


def on_post_build(config: MkDocsConfig) -> None:
    if language_builds.this_language(config):
        return
    for code in config.extra[KEY]["codes"][1:]:
        language_builds.build_language(config, code, catalogue(code).PAGE)
