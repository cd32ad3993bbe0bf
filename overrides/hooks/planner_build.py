"""MkDocs hook: ship the planner and its Python runtime inside the site.

Because this is a hook (not a Makefile step), plain `mkdocs build`, `mkdocs serve` and
`mkdocs gh-deploy` all produce a site whose planner works. On every build it:

1. builds the `planner` package as a pure-Python wheel (pypa/build, from pyproject.toml);
2. adds it to a copy of Pyodide's lock file (`pyodide lockfile add-wheels`), kept down to the
   packages the planner needs, so the page can ask for it by name in `loadPyodide`;
3. byte-compiles wheel and lock together (`pyodide py-compile`) so the browser imports `.pyc`;
4. copies the runtime files the page needs from `node_modules/pyodide` into the site under a
   path that carries the runtime's version, and the wheel under a path that carries its hash,
   so both can be cached for ever and a new release is still fetched.

The wheel is cached by a hash of its sources: `mkdocs serve` rebuilds it only when a file in
`planner/` or `pyproject.toml` changed. Anything missing stops the build with one line that
says what to run.
"""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

log = logging.getLogger("mkdocs.hooks.planner_build")

PACKAGE = "followup-planner"
# What the page loads: the ES module loader, the Emscripten glue, the WebAssembly, the stdlib.
RUNTIME_FILES = ("pyodide.mjs", "pyodide.asm.js", "pyodide.asm.wasm", "python_stdlib.zip")
WASM = "pyodide.asm.wasm"  # shipped only packed (pack_wasm): the page never fetches it as is


@dataclass(frozen=True)
class Runtime:
    """The Pyodide runtime installed by `npm ci`."""

    root: Path
    version: str
    python: str  # CPython version the runtime embeds, e.g. "3.13.2"


@dataclass(frozen=True)
class Bundle:
    """A built planner: a folder with the compiled wheel and its trimmed lock file."""

    folder: Path
    digest: str


# The repository: this file is overrides/hooks/planner_build.py. Not the config file's folder,
# so that a config that INHERITs mkdocs.yml from elsewhere (tests do) builds the same planner.
ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # mkdocs run from elsewhere (a config that INHERITs ours)
    sys.path.insert(0, str(ROOT))

from planner.request import form_limits  # noqa: E402


def find_runtime(root: Path) -> Runtime:
    """Read the pinned runtime from node_modules, or say how to get it."""
    folder = root / "node_modules" / "pyodide"
    try:
        version = json.loads((folder / "package.json").read_text())["version"]
        info = json.loads((folder / "pyodide-lock.json").read_text())["info"]
    except (OSError, ValueError, KeyError):
        raise PluginError(
            "node_modules/pyodide is missing or incomplete: run `npm ci` (or `make serve`)."
        ) from None
    missing = [name for name in RUNTIME_FILES if not (folder / name).is_file()]
    if missing:
        raise PluginError(
            f"node_modules/pyodide lacks {', '.join(missing)}: run `npm ci` (or `make serve`)."
        )
    return Runtime(root=folder, version=version, python=info["python"])


def check_python(runtime: Runtime) -> None:
    """The wheel is byte-compiled by this Python, so its minor must be the runtime's."""
    want = tuple(int(part) for part in runtime.python.split(".")[:2])
    have = sys.version_info[:2]
    if have != want:
        raise PluginError(
            f"Python {have[0]}.{have[1]} cannot build for Pyodide {runtime.version}, which runs "
            f"Python {want[0]}.{want[1]}: run `make serve` (it uses .venv with the Python "
            "that .python-version names)."
        )


def source_digest(root: Path, runtime: Runtime) -> str:
    """Hash of everything that goes into the bundle, so an unchanged planner is not rebuilt."""
    digest = hashlib.sha256()
    files = [*sorted((root / "planner").rglob("*.py")), root / "pyproject.toml"]
    for path in files:
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    digest.update(runtime.version.encode())
    digest.update(f"{sys.version_info[:2]}".encode())
    return digest.hexdigest()[:12]


def run(args: list[str], what: str, fix: str) -> None:
    result = subprocess.run(args, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        lines = (result.stderr + result.stdout).strip().splitlines() or ["no output"]
        # Tools end with generic advice; the line naming the error says more.
        errors = [line for line in lines if "Error:" in line] or lines
        raise PluginError(f"{what} failed ({errors[-1].strip()}): {fix}")


def pyodide_cli() -> str:
    """The `pyodide` command of the Python running MkDocs (pyodide-build installs it)."""
    candidate = Path(sys.executable).parent / "pyodide"
    found = str(candidate) if candidate.exists() else shutil.which("pyodide")
    if not found:
        raise PluginError(
            "the `pyodide` command is missing: run `make serve` to install dev extras."
        )
    return found


def trim_lock(lock_path: Path, keep: str) -> None:
    """Keep only the planner and what it depends on: the full lock is 120 KB of unused entries."""
    lock = json.loads(lock_path.read_text())
    packages = lock["packages"]
    wanted: set[str] = set()
    todo = [keep]
    while todo:
        name = todo.pop()
        if name not in wanted:
            wanted.add(name)
            todo.extend(packages[name]["depends"])
    lock["packages"] = {name: packages[name] for name in sorted(wanted)}
    lock_path.write_text(json.dumps(lock, indent=1, sort_keys=True))


def build_bundle(root: Path, runtime: Runtime, cache: Path) -> Bundle:
    """Wheel, lock entry and byte-compilation, in the order pyodide-build accepts them."""
    digest = source_digest(root, runtime)
    folder = cache / digest
    if (folder / "pyodide-lock.json").is_file():
        return Bundle(folder=folder, digest=digest)
    with tempfile.TemporaryDirectory(dir=cache.parent if cache.parent.exists() else None) as tmp:
        work = Path(tmp)
        run(
            [
                sys.executable,
                "-m",
                "build",
                "--wheel",
                "--no-isolation",
                "--outdir",
                tmp,
                str(root),
            ],
            "building the planner wheel",
            "run `python -m build --wheel --no-isolation` to see why.",
        )
        (wheel,) = work.glob("*.whl")
        # add-wheels wants the pure py3-none-any wheel, so compile after adding it.
        run(
            [
                pyodide_cli(),
                "lockfile",
                "add-wheels",
                "--input",
                str(runtime.root / "pyodide-lock.json"),
                "--output",
                str(work / "pyodide-lock.json"),
                str(wheel),
            ],
            "adding the planner to pyodide-lock.json",
            "run `make serve` to reinstall the dev extras (pyodide-build, pkginfo).",
        )
        trim_lock(work / "pyodide-lock.json", PACKAGE)
        # A folder holding pyodide-lock.json: py-compile rewrites its file names and hashes.
        run(
            [pyodide_cli(), "py-compile", "--silent", tmp],
            "byte-compiling the planner wheel",
            "run `make serve` to reinstall the dev extras (pyodide-build).",
        )
        staged = cache / f".{digest}.partial"
        shutil.rmtree(staged, ignore_errors=True)
        staged.mkdir(parents=True)
        for path in work.iterdir():
            if path.suffix in {".whl", ".json"}:
                shutil.copy2(path, staged / path.name)
        shutil.rmtree(folder, ignore_errors=True)
        staged.rename(folder)
    return Bundle(folder=folder, digest=digest)


SERVING = False


def on_startup(*, command: str, dirty: bool) -> None:
    """Remember whether this is `mkdocs serve`, whose live-reload script is inline."""
    global SERVING
    SERVING = command == "serve"


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    root = ROOT
    runtime = find_runtime(root)
    check_python(runtime)
    cache = root / "build" / "planner"
    cache.mkdir(parents=True, exist_ok=True)
    bundle = build_bundle(root, runtime, cache)
    # Paths relative to the site root; templates prefix them with base_url, so a
    # GitHub Pages project site (served under /REPO/) works as well as a domain root.
    config.extra["planner_build"] = {
        "runtime": f"assets/pyodide/{runtime.version}/",
        "bundle": f"assets/planner/{bundle.digest}/",
        "package": PACKAGE,
        "folder": str(bundle.folder),
        "runtime_folder": str(runtime.root),
        "serving": SERVING,
    }
    # The form's limits (maxlength, interviewers) as the planner checks them, for planner.html.
    config.extra["planner_form"] = form_limits()
    return config


def on_serve(server, config: MkDocsConfig, builder):
    """Rebuild and reload the page when the planner's sources change."""
    server.watch(str(ROOT / "planner"))
    server.watch(str(ROOT / "pyproject.toml"))
    return server


def pack_wasm(source: Path, cache: Path) -> Path:
    """`pyodide.asm.wasm` as an LZMA stream with a 13-byte header (properties, dictionary size,
    unpacked size), which the page's worker (overrides/assets/js/planner-worker.js) unpacks:
    2.05 MB where the server's gzip sends 2.84 MB (GitHub Pages has no Brotli). Made once per
    WebAssembly file, kept in `cache`."""
    import lzma
    import struct

    data = source.read_bytes()
    packed = cache / f"{hashlib.sha256(data).hexdigest()[:16]}.wasm.lzma"
    if not packed.is_file():
        stream = lzma.compress(data, format=lzma.FORMAT_ALONE, preset=9)
        # FORMAT_ALONE writes "size unknown"; the decoder sizes its output from this field.
        staged = packed.with_suffix(".partial")
        staged.write_bytes(stream[:5] + struct.pack("<Q", len(data)) + stream[13:])
        staged.rename(packed)
    return packed


def on_post_build(config: MkDocsConfig) -> None:
    build = config.extra["planner_build"]
    site = Path(config.site_dir)
    runtime_out = site / build["runtime"]
    runtime_out.mkdir(parents=True, exist_ok=True)
    for name in RUNTIME_FILES:
        if name == WASM:
            continue
        source = Path(build["runtime_folder"]) / name
        target = runtime_out / name
        if not target.exists() or target.stat().st_size != source.stat().st_size:
            shutil.copy2(source, target)
    # What the page's worker fetches and unpacks in place of pyodide.asm.wasm.
    cache = ROOT / "build" / "runtime"
    cache.mkdir(parents=True, exist_ok=True)
    packed = pack_wasm(Path(build["runtime_folder"]) / WASM, cache)
    shutil.copy2(packed, runtime_out / f"{WASM}.lzma")
    bundle_out = site / build["bundle"]
    shutil.rmtree(bundle_out, ignore_errors=True)
    shutil.copytree(build["folder"], bundle_out)
