"""MkDocs hook: ship the planner and its Python runtime inside the site.

A thin adapter: the work is planner_bundle.py's (wheel, lock file, trimmed standard library,
packed WebAssembly, all listed in one runtime manifest), runtime_manifest.py's (copying the
files) and runtime_cache.py's (the service worker). Because this is a hook (not a Makefile
step), plain `mkdocs build`, `mkdocs serve` and `mkdocs gh-deploy` all produce a site whose
planner works. Templates read `config.extra.planner_build` (the page's paths and download
total) and `config.extra.planner_form` (the form's limits); no other hook reads or writes them.
The other languages' builds (language_builds.py) reuse the root build's runtime: written once.
MkDocs loads a hook module once per process, so those builds (run from the root's
`on_post_build`) share this module: they leave `built` as the root build set it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig

HOOKS = Path(__file__).resolve().parent
ROOT = HOOKS.parents[1]
for folder in (ROOT, HOOKS):  # the planner package, and the plain build modules beside this one
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

import planner_bundle  # noqa: E402
import runtime_cache  # noqa: E402
import runtime_manifest  # noqa: E402
from runtime_manifest import Manifest  # noqa: E402

from planner import field_sentences  # noqa: E402
from planner.request import form_limits  # noqa: E402

serving = False
built: Manifest | None = None  # this build's runtime files, from on_config to on_post_build


def on_startup(*, command: str, dirty: bool) -> None:
    """Remember whether this is `mkdocs serve`, whose live-reload script is inline."""
    global serving
    serving = command == "serve"


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    global built
    language = config.extra["planner_language"]
    # The form's limits (maxlength, interviewers) as the planner checks them, for planner.html.
    # And the sentence each free-text field finishes, shown beside it, in this build's language.
    config.extra["planner_form"] = {
        **form_limits(),
        "sentences": field_sentences(language["code"]),
    }
    if language.get("planner_build"):  # another language's build: the root's runtime, shared
        config.extra["planner_build"] = language["planner_build"]
        return config
    built = planner_bundle.prepare()
    # Paths relative to the site root; templates prefix them with base_url, so a
    # GitHub Pages project site (served under /REPO/) works as well as a domain root.
    config.extra["planner_build"] = {
        "runtime": built.runtime,
        "bundle": built.bundle,
        "package": built.package,
        "download_bytes": built.download_bytes,
        "serving": serving,
    }
    return config


def on_serve(server, config: MkDocsConfig, builder):
    """Rebuild and reload the page when the planner's sources change."""
    server.watch(str(ROOT / "planner"))
    server.watch(str(ROOT / "pyproject.toml"))
    return server


def on_post_build(config: MkDocsConfig) -> None:
    if config.extra["planner_language"].get("planner_build"):  # the root's build writes it
        return
    site = Path(config.site_dir)
    runtime_manifest.publish(built, site)
    runtime_cache.write_service_worker(site, built)
