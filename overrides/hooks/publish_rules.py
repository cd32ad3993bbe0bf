"""MkDocs hook: what the published site may hold and load.

- Files under overrides/hooks/ (build code and templates such as sw.template.js) are never
  published: MkDocs would copy any non-Python file of the theme folder into the site.
- The project's LICENSE is published as LICENSE.txt, for the footer's link.
- A page that loads a picture, script, frame or media from another site stops the build with
  one line per address (offsite_refs.py), before anything is written.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

HOOKS = Path(__file__).resolve().parent
ROOT = HOOKS.parents[1]
sys.path.insert(0, str(HOOKS))

from offsite_refs import offsite_loads, offsite_problem  # noqa: E402

log = logging.getLogger("mkdocs.hooks.publish_rules")
LICENSE = "LICENSE.txt"
problems: list[str] = []


def on_pre_build(config: MkDocsConfig) -> None:
    problems.clear()  # `mkdocs serve` builds again in the same process


def on_files(files: Files, config: MkDocsConfig) -> Files:
    build_code = Path(config.theme.custom_dir or HOOKS.parent).resolve() / "hooks"
    for file in list(files):
        if file.abs_src_path and Path(file.abs_src_path).resolve().is_relative_to(build_code):
            files.remove(file)
    if (ROOT / "LICENSE").is_file():
        files.append(File.generated(config, LICENSE, abs_src_path=str(ROOT / "LICENSE")))
    return files


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    problems.extend(offsite_problem(page.file.src_uri, url) for url in offsite_loads(html))
    return html


def on_env(env: object, config: MkDocsConfig, files: Files) -> object:
    """After every page is read and before any is written: one ERROR line per address."""
    if problems:
        for problem in problems[:-1]:
            log.error(problem)
        raise PluginError(problems[-1])
    return env
