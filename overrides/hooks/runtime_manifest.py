"""The one list of the planner's runtime files (not a hook: the hooks import it).

planner_bundle.py makes it (`collect`) once every file is built; the hook copies the files
from it (`publish`), the service worker is given it (runtime_cache.py), the page is given
`download_bytes`, and `make bench` reads the copy published with the site
(`assets/planner-runtime.json`). So a runtime file's name lives here and nowhere else.
"""

from __future__ import annotations

import gzip
import json
import shutil
from dataclasses import asdict, dataclass
from pathlib import Path

PUBLISHED = "assets/planner-runtime.json"
# What the server (like GitHub Pages) sends gzipped: text and WebAssembly; archives go as they are.
GZIPPED_ON_THE_WIRE = (".js", ".mjs", ".json", ".wasm")


@dataclass(frozen=True)
class RuntimeFile:
    """One file the site serves for the planner's Python."""

    url: str  # relative to the site root
    source: str  # where the build copies it from
    role: str  # loader, glue, wasm, stdlib, lock, wheel, decoder
    bytes: int  # as stored
    wire_bytes: int  # as the server sends it


@dataclass(frozen=True)
class Manifest:
    runtime: str  # site-relative folder of the runtime, e.g. "assets/pyodide/0.29.5-<digest>/"
    bundle: str  # site-relative folder of the planner's lock file and wheel
    package: str
    wasm_bytes: int  # pyodide.asm.wasm once unpacked
    files: tuple[RuntimeFile, ...]

    @property
    def download_bytes(self) -> int:
        """What a first visit to the planner page downloads for Python, as the server sends it:
        the page's progress bar says "1.2 of 3.1 MB" from it."""
        return sum(f.wire_bytes for f in self.files)

    def urls(self) -> list[str]:
        return [f.url for f in self.files]

    def url(self, role: str) -> str:
        (found,) = [f.url for f in self.files if f.role == role]
        return found


def wire_bytes(path: Path) -> int:
    data = path.read_bytes()
    if path.suffix in GZIPPED_ON_THE_WIRE:
        return len(gzip.compress(data, compresslevel=6, mtime=0))
    return len(data)


def entry(url: str, source: Path, role: str) -> RuntimeFile:
    return RuntimeFile(
        url=url,
        source=str(source),
        role=role,
        bytes=source.stat().st_size,
        wire_bytes=wire_bytes(source),
    )


def to_json(manifest: Manifest) -> dict:
    """As published: site paths and sizes, not where the build found the files."""
    files = [asdict(f) for f in manifest.files]
    for f in files:
        del f["source"]
    return {
        "runtime": manifest.runtime,
        "bundle": manifest.bundle,
        "package": manifest.package,
        "wasm_bytes": manifest.wasm_bytes,
        "download_bytes": manifest.download_bytes,
        "files": files,
    }


def publish(manifest: Manifest, site: Path) -> None:
    """Copy every file into the site (unchanged ones are left alone) and the manifest with them."""
    shutil.rmtree(site / manifest.bundle, ignore_errors=True)
    for f in manifest.files:
        target = site / f.url
        target.parent.mkdir(parents=True, exist_ok=True)
        if not target.exists() or target.stat().st_size != f.bytes:
            shutil.copy2(f.source, target)
    (site / PUBLISHED).write_text(json.dumps(to_json(manifest)))
