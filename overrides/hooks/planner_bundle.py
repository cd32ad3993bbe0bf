"""The planner and its Python runtime, ready to ship inside the site (a plain module: the
hook `planner_build.py` puts this folder on sys.path, calls `prepare` and hands the result on).

1. builds the `planner` package as a pure-Python wheel (pypa/build, from pyproject.toml);
2. adds it to a copy of Pyodide's lock file (`pyodide lockfile add-wheels`), kept down to the
   packages the planner needs, so the page can ask for it by name in `loadPyodide`;
3. byte-compiles wheel and lock together (`pyodide py-compile`) so the browser imports `.pyc`;
4. cuts the standard library down to what the planner imports (stdlib_trim.py) and packs the
   WebAssembly with xz;
5. lists every file, with the site path it is published under, in the runtime manifest
   (runtime_manifest.py): the runtime's path carries its version and the standard library's
   digest, the wheel's its hash, so both can be cached for ever and a new release is still
   fetched.

The wheel is cached by a hash of its sources: `mkdocs serve` rebuilds it only when a file in
`planner/` or `pyproject.toml` changed. Anything missing stops the build with one line that
says what to run.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import build_cache
import runtime_manifest
import stdlib_trim
from mkdocs.exceptions import PluginError
from runtime_manifest import Manifest

PACKAGE = "followup-planner"
LOADER = "pyodide.mjs"  # the ES module the worker imports
GLUE = "pyodide.asm.js"  # Emscripten's glue, which the loader imports
WASM = "pyodide.asm.wasm"  # shipped only packed (pack_wasm): the page never fetches it as is
STDLIB = "python_stdlib.zip"  # replaced in the site by stdlib_trim.py's
RUNTIME_FILES = (LOADER, GLUE, WASM, STDLIB)
# The WebAssembly's decoder: xz-embedded in WebAssembly, streaming (npm xz-decompress, pinned in
# package-lock.json). Its licence is the banner at the top of the file, copied with it.
DECODER = Path("node_modules/xz-decompress/dist/package/xz-decompress.min.js")
DECODER_URL = "assets/vendor/xz-decompress.min.js"


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


# The repository: this file is overrides/hooks/planner_bundle.py. Not the config file's folder,
# so that a config that INHERITs mkdocs.yml from elsewhere (tests do) builds the same planner.
ROOT = Path(__file__).resolve().parents[2]


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
    with tempfile.TemporaryDirectory(dir=cache) as tmp:
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
                stdlib_trim.pyodide_cli(),
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
            [stdlib_trim.pyodide_cli(), "py-compile", "--silent", tmp],
            "byte-compiling the planner wheel",
            "run `make serve` to reinstall the dev extras (pyodide-build).",
        )
        staged = work / "bundle"
        staged.mkdir()
        for path in work.iterdir():
            if path.suffix in {".whl", ".json"}:
                shutil.copy2(path, staged / path.name)
        build_cache.keep_folder(staged, folder)
    return Bundle(folder=folder, digest=digest)


def pack_wasm(source: Path, cache: Path) -> Path:
    """`pyodide.asm.wasm` as an xz stream (LZMA2, CRC32 check), which the page's worker unpacks
    as it arrives (overrides/assets/js/planner-runtime.js): 2.06 MB where the server's gzip
    sends 2.83 MB (GitHub Pages has no Brotli). Made once per WebAssembly file, kept in
    `cache` (xz's strongest preset takes most of a minute)."""
    import lzma

    data = source.read_bytes()
    packed = cache / f"{hashlib.sha256(data).hexdigest()[:16]}.wasm.xz"
    if not packed.is_file():
        stream = lzma.compress(
            data, format=lzma.FORMAT_XZ, check=lzma.CHECK_CRC32, preset=9 | lzma.PRESET_EXTREME
        )
        build_cache.keep_file(stream, packed)
    return packed


def collect(runtime: Runtime, bundle: Bundle, stdlib: Path, stdlib_digest: str) -> Manifest:
    """Every runtime file the site serves, under the paths the page and the caches use."""
    npm = runtime.root
    # A new URL whenever the standard library changes: "assets/pyodide/0.29.5-<digest>/".
    site_runtime = f"assets/pyodide/{runtime.version}-{stdlib_digest}/"
    site_bundle = f"assets/planner/{bundle.digest}/"
    cache = ROOT / "build" / "runtime"
    cache.mkdir(parents=True, exist_ok=True)
    entry = runtime_manifest.entry
    files = [
        entry(site_runtime + LOADER, npm / LOADER, "loader"),
        entry(site_runtime + GLUE, npm / GLUE, "glue"),
        entry(site_runtime + WASM + ".xz", pack_wasm(npm / WASM, cache), "wasm"),
        entry(DECODER_URL, ROOT / DECODER, "decoder"),
        entry(site_runtime + stdlib_trim.PACKED, stdlib / stdlib_trim.PACKED, "stdlib"),
    ]
    for path in sorted(bundle.folder.iterdir()):
        role = "lock" if path.name == "pyodide-lock.json" else "wheel"
        files.append(entry(site_bundle + path.name, path, role))
    return Manifest(
        runtime=site_runtime,
        bundle=site_bundle,
        package=PACKAGE,
        wasm_bytes=(npm / WASM).stat().st_size,
        files=tuple(files),
    )


def prepare(root: Path = ROOT) -> Manifest:
    """The whole build of the planner's files, each step cached by a hash of its inputs."""
    runtime = find_runtime(root)
    check_python(runtime)
    if not (root / DECODER).is_file():
        raise PluginError(f"{DECODER} is missing: run `npm ci` (or `make serve`).")
    cache = root / "build" / "planner"
    cache.mkdir(parents=True, exist_ok=True)
    bundle = build_bundle(root, runtime, cache)
    stdlib, digest = stdlib_trim.trim(runtime.root, bundle, PACKAGE, root / "build" / "stdlib")
    return collect(runtime, bundle, stdlib, digest)
