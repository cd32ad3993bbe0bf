"""MkDocs hook: a service worker that keeps the planner's Python runtime for repeat visits.

Why: the runtime is ~4 MB over the wire, and a phone on a slow connection takes half a minute
to fetch it. With the files in Cache Storage, a second visit (or a visit offline) downloads
nothing, and a student reading an advice page gets the runtime fetched in the background, so
the planner is ready almost at once when they open it.

What it writes into the site:
- `sw.js` at the site root (so its scope covers every page), from `sw.template.js` beside
  this file. It lists the runtime's versioned URLs (`config.extra.planner_build`, after
  stdlib_trim.py) and names its cache after them: a new release has new URLs, so a new cache,
  and the old one is deleted on activation. Runtime files are served cache-first; other
  same-origin GETs go to the network first and fall back to the cache when offline.
`overrides/assets/js/runtime-cache.js`, which overrides/main.html adds to every page, registers
the worker after the `load` event (so advice pages fetch no runtime byte before `load`), then
asks it to prefetch the runtime and the planner page's own files, unless the connection has
Save-Data on. Without service workers (old browser, private mode, blocked) nothing changes: the
page loads the runtime from the network as before.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig

SW_NAME = "sw.js"
# The runtime as the worker fetches it: WebAssembly packed with LZMA (planner_build.py) and the
# standard library as one gzip stream (stdlib_trim.py); the worker unpacks both.
RUNTIME_FILES = ("pyodide.mjs", "pyodide.asm.js", "pyodide.asm.wasm.lzma", "python_stdlib.zip.gz")

SW_TEMPLATE = Path(__file__).with_name("sw.template.js")


def planner_page_files(site: Path) -> list[str]:
    """The planner page and the scripts and stylesheet only it loads (site-relative URLs)."""
    files = ["planner/"] if (site / "planner" / "index.html").is_file() else []
    own = sorted(site.glob("assets/js/planner-*.js")) + sorted(site.glob("assets/css/planner*.css"))
    files += [p.relative_to(site).as_posix() for p in own]
    return files


def cache_version(config: MkDocsConfig) -> tuple[str, list[str]]:
    """The runtime's URLs (relative to the site root) and a version named after them."""
    build = config.extra["planner_build"]
    bundle = Path(build["folder"])
    files = [build["runtime"] + name for name in RUNTIME_FILES]
    files += [build["bundle"] + path.name for path in sorted(bundle.iterdir()) if path.is_file()]
    digest = hashlib.sha256("\n".join([*files, SW_TEMPLATE.read_text()]).encode()).hexdigest()[:12]
    return digest, files


def on_post_build(config: MkDocsConfig) -> None:
    site = Path(config.site_dir)
    version, files = cache_version(config)
    sw = (
        SW_TEMPLATE.read_text()
        .replace("__RUNTIME__", json.dumps(files))
        .replace("__PLANNER_PAGE__", json.dumps(planner_page_files(site)))
        .replace("__VERSION__", version)
    )
    (site / SW_NAME).write_text(sw)
