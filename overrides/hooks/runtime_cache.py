"""A service worker that keeps the planner's Python runtime for repeat visits.

Why: the runtime is ~4 MB over the wire, and a phone on a slow connection takes half a minute
to fetch it. With the files in Cache Storage, a second visit (or a visit offline) downloads
nothing, and a student reading an advice page gets the runtime fetched in the background, so
the planner is ready almost at once when they open it.

What it writes into the site:
- `sw.js` at the site root (so its scope covers every page), from `sw.template.js` beside
  this file. It is given the runtime manifest (runtime_manifest.py, written by
  planner_build.py) and names its cache after the manifest's versioned URLs: a new release has
  new URLs, so a new cache, and the old one is deleted on activation. Runtime files are served
  cache-first; other same-origin GETs go to the network first and fall back to the cache when
  offline.
`overrides/assets/js/runtime-cache.js`, which overrides/main.html adds to every page, registers
the worker after the `load` event (so advice pages fetch no runtime byte before `load`), then
asks it to prefetch the runtime and the planner page's own files, unless the connection has
Save-Data on. Without service workers (old browser, private mode, blocked) nothing changes: the
page loads the runtime from the network as before.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

HOOKS = Path(__file__).resolve().parent
if str(HOOKS) not in sys.path:  # the plain build modules beside the hooks
    sys.path.insert(0, str(HOOKS))

import runtime_manifest  # noqa: E402
from runtime_manifest import Manifest  # noqa: E402

SW_NAME = "sw.js"
SW_TEMPLATE = Path(__file__).with_name("sw.template.js")


def planner_page_files(site: Path) -> list[str]:
    """The planner page and the scripts and stylesheet only it loads (site-relative URLs)."""
    files = ["planner/"] if (site / "planner" / "index.html").is_file() else []
    own = sorted(site.glob("assets/js/planner-*.js")) + sorted(site.glob("assets/css/planner*.css"))
    files += [p.relative_to(site).as_posix() for p in own]
    return files


def write_service_worker(site: Path, manifest: Manifest) -> None:
    data = runtime_manifest.to_json(manifest)
    # Named after the runtime's URLs and this worker's code: a new release gets a new cache.
    urls = [f["url"] for f in data["files"]]
    version = hashlib.sha256("\n".join([*urls, SW_TEMPLATE.read_text()]).encode()).hexdigest()
    sw = (
        SW_TEMPLATE.read_text()
        .replace("__MANIFEST__", json.dumps(data))
        .replace("__PLANNER_PAGE__", json.dumps(planner_page_files(site)))
        .replace("__VERSION__", version[:12])
    )
    (site / SW_NAME).write_text(sw)
