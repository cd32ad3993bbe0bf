"""MkDocs hook: ship a standard library cut down to what the planner imports, pre-compiled.

The npm `python_stdlib.zip` is 2.4 MB of `.py` sources, and the server does not gzip `.zip`
files: the browser downloads all of it, then compiles every module it imports. This hook
replaces it, in the site only, with a zip that holds just the modules Pyodide's own start-up
and the planner import, as `.pyc` with one-line line tables, shipped as one gzip stream
(`python_stdlib.zip.gz`, which the page's worker unpacks) and as a deflated zip for browsers
without DecompressionStream (see `build_zip` and `first_line_only`).

Which modules: not a hand-kept list. At build time the pinned runtime runs under Node from
`node_modules/pyodide`, loads the planner bundle exactly as the page's worker does (no
`packages: [...]`: the wheel unpacked into site-packages with `zipfile`, which Pyodide's start-up
imports anyway, so loadPackage's tarfile and importlib.metadata stay out), then imports every
planner module and every module the planner's source names in an `import` statement, runs the
planner over a set of requests (valid, invalid, every option, the calendar, the command line,
an error raised into JavaScript), and reads `sys.modules`: every module that came from the zip
goes in. The same run is repeated on both built zips, which must do everything the full one did.

It runs after planner_build.py and reads `config.extra.planner_build`. The runtime's site
folder gains the zip's digest (`assets/pyodide/0.29.5-<digest>/`), so a changed standard
library gets a new URL and caches (HTTP, service worker) never serve a stale one. The result
is cached in `build/stdlib/<digest>/` by a hash of its inputs, so `mkdocs serve` stays quick.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import logging
import marshal
import os
import shutil
import subprocess
import sys
import tempfile
import types
import zipfile
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

log = logging.getLogger("mkdocs.hooks.stdlib_trim")

ROOT = Path(__file__).resolve().parents[2]
STDLIB = "python_stdlib.zip"
PACKED = STDLIB + ".gz"  # what the page's worker fetches (see build_zip)
STORED = "python_stdlib-stored.zip"  # PACKED unpacked: checked at build time, not shipped
ZIP_MOUNT = "/lib/python313.zip/"  # where Pyodide mounts the stdlib zip
EXAMPLES = ROOT / "tests" / "planner"
# How the stdlib is compiled (measured with `make bench`, see benchmarks/README.md):
# no column ranges (PEP 657 carets; line numbers stay) and -OO (no docstrings, no asserts)
# take the zip from 1.42 MB to 0.90 MB. The planner's own wheel keeps its docstrings.
COMPILE_ENV = {"PYTHONNODEBUGRANGES": "1", "PYTHONOPTIMIZE": "2"}

# Loads the runtime the way the page's worker does, then runs DRIVER; prints its JSON.
RECORDER_JS = r"""
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
const [runtime, bundle, pkg, driverPath, examplesPath, stdlib] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const { loadPyodide } = require(`${runtime}/pyodide.js`);
const lock = JSON.parse(readFileSync(`${bundle}/pyodide-lock.json`, "utf8"));
const pyodide = await loadPyodide({
  indexURL: `${runtime}/`,
  lockFileContents: lock,
  packageBaseUrl: `${bundle}/`,
  _makeSnapshot: true,
  ...(stdlib ? { stdLibURL: stdlib } : {}),
  stdout: () => {},
  stderr: () => {},
});
// The wheel goes in as the page's planner-worker.js puts it there (install()), not loadPackage.
pyodide.FS.writeFile("/tmp/planner.whl", readFileSync(`${bundle}/${lock.packages[pkg].file_name}`));
pyodide.runPython(`
import sys, zipfile
_site = next(p for p in sys.path if p.endswith("site-packages"))
with zipfile.ZipFile("/tmp/planner.whl") as _wheel:
    _wheel.extractall(_site)
del _site, _wheel
`);
// An exception raised into JavaScript: Pyodide formats its traceback with modules of its own.
try { pyodide.runPython("raise ValueError('recorded')"); } catch (error) {}
pyodide.globals.set("EXAMPLES", readFileSync(examplesPath, "utf8"));
process.stdout.write(pyodide.runPython(readFileSync(driverPath, "utf8")));
"""

# Runs inside Pyodide. Uses only modules Pyodide has already imported at start-up (sys, json
# and what they import), so the driver adds nothing of its own to the record.
DRIVER_PY = r"""
import json
import sys

import planner

errors = []


def attempt(what, fn, *args):
    try:
        return fn(*args)
    except BaseException as error:  # noqa: BLE001 - bad input is a path to record too
        errors.append(f"{what}: {type(error).__name__}: {error}")


# Every planner module, and every module its source names in an import statement (including
# imports inside functions, which a single run may not reach).
for name in json.loads(EXAMPLES)["import"]:
    attempt(f"import {name}", __import__, name)

examples = json.loads(EXAMPLES)
for request in examples["requests"]:
    for policy in examples["policies"]:
        plan = attempt("make_plan", planner.make_plan, request, policy)
        if isinstance(plan, dict):
            attempt("to_ics", planner.to_ics, plan)
            attempt("json", json.dumps, plan)

# The command line, with its output kept out of the way.
if "planner.cli" in sys.modules:
    import io

    for number, request in enumerate(examples["requests"]):
        path = f"/tmp/request-{number}.json"
        with open(path, "w") as handle:
            handle.write(json.dumps(request))
        for verb in ("plan", "ics"):
            saved = sys.stdout, sys.stderr
            sys.stdout = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
            sys.stderr = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
            try:
                attempt("cli", sys.modules["planner.cli"].main, [verb, path])
            finally:
                sys.stdout, sys.stderr = saved

json.dumps({
    "modules": sorted(
        name for name, module in sys.modules.items()
        if str(getattr(module, "__file__", "") or "").startswith(ZIP_MOUNT)
    ),
    "files": sorted({
        module.__file__[len(ZIP_MOUNT):] for module in list(sys.modules.values())
        if str(getattr(module, "__file__", "") or "").startswith(ZIP_MOUNT)
    }),
    "errors": errors,
})
""".replace("ZIP_MOUNT", repr(ZIP_MOUNT))


def planner_imports(root: Path) -> list[str]:
    """Every module named in an import statement of the planner's source, and its modules."""
    import ast

    names: set[str] = set()
    package = root / "planner"
    for path in sorted(package.rglob("*.py")):
        module = ".".join(path.relative_to(root).with_suffix("").parts)
        if module.endswith(".__main__"):
            continue  # importing it runs the command line and exits
        names.add(module.removesuffix(".__init__"))
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
    return sorted(names)


def example_requests(root: Path) -> list[dict]:
    """The planner's own example requests, plus variants that reach each option and error."""
    requests: list[dict] = []
    for path in sorted((root / "tests" / "planner").glob("*.json")):
        try:
            data = json.loads(path.read_text())
        except ValueError:
            continue
        if isinstance(data, dict):
            requests.append(data)
    base = requests[0] if requests else {"interview": {"date": "2026-11-18"}}
    variants = [
        {**base, "instructions": {"follow_up_by": "phone"}},
        {**base, "instructions": {"do_not_contact": True}},
        {**base, "interview": {"date": "2026-02-30"}},  # invalid: a problem per field
        {"interviewers": "nobody"},
        {},
    ]
    return requests + variants


def inputs_digest(runtime: Path, bundle_digest: str) -> str:
    """Everything the trimmed zip depends on: the runtime's zip, the planner, this hook."""
    digest = hashlib.sha256()
    digest.update(hashlib.sha256((runtime / STDLIB).read_bytes()).digest())
    digest.update(bundle_digest.encode())
    digest.update(Path(__file__).read_bytes())
    for path in sorted((ROOT / "planner").rglob("*.py")):
        digest.update(path.read_bytes())
    for path in sorted(EXAMPLES.glob("*.json")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def record(
    runtime: Path, bundle: Path, package: str, work: Path, stdlib: Path | None = None
) -> dict:
    """Run the planner in the pinned runtime under Node; return the zip files it imported.

    With `stdlib`, the same run uses that zip instead of the runtime's: a check that the
    trimmed, compiled zip does everything the full one did.
    """
    node = shutil.which("node")
    if not node:
        raise PluginError("node is missing: install Node.js 20 or newer (it runs `npm ci` too).")
    (work / "record.mjs").write_text(RECORDER_JS)
    (work / "driver.py").write_text(DRIVER_PY)
    examples = {
        "import": planner_imports(ROOT),
        "requests": example_requests(ROOT),
        "policies": [None, {}],
    }
    (work / "examples.json").write_text(json.dumps(examples))
    result = subprocess.run(
        [
            node,
            str(work / "record.mjs"),
            str(runtime),
            str(bundle),
            package,
            str(work / "driver.py"),
            str(work / "examples.json"),
            *([str(stdlib)] if stdlib else []),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    if result.returncode != 0:
        tail = (result.stderr or result.stdout).strip().splitlines()[-3:]
        raise PluginError(f"recording the planner's imports under Node failed: {' '.join(tail)}")
    return json.loads(result.stdout)


def pyodide_cli() -> str:
    """The `pyodide` command next to the Python running MkDocs (pyodide-build installs it)."""
    candidate = Path(sys.executable).parent / "pyodide"
    found = str(candidate) if candidate.exists() else shutil.which("pyodide")
    if not found:
        raise PluginError("the `pyodide` command is missing: run `make serve` to install it.")
    return found


def first_line_only(pyc: bytes) -> bytes:
    """A `.pyc` whose line table puts every instruction on its function's first line.

    Line tables are about a sixth of the compiled standard library. With this one, a traceback
    through the standard library names the function (`def` line) rather than the exact line;
    the planner's own wheel keeps its real line tables. Exception tables are untouched."""

    def rewrite(code: types.CodeType) -> types.CodeType:
        units = len(code.co_code) // 2  # code units, inline caches included
        table = bytearray()
        while units > 0:  # "no column" entries (code 13), up to 8 units each, line delta 0
            span = min(units, 8)
            table += bytes((0x80 | 13 << 3 | (span - 1), 0))
            units -= span
        consts = tuple(rewrite(c) if isinstance(c, types.CodeType) else c for c in code.co_consts)
        return code.replace(co_linetable=bytes(table), co_consts=consts)

    return pyc[:16] + marshal.dumps(rewrite(marshal.loads(pyc[16:])))


def build_zip(source: Path, files: list[str], out: Path) -> dict[str, int]:
    """The recorded files from `source`, byte-compiled by pyodide-build, in two forms.

    The server (like GitHub Pages) sends `.zip` and `.gz` files as they are, without gzip:
    - `out.gz`: the zip with stored entries, gzipped as one stream, which compresses better
      than entry by entry (modules share names and constants); the page's worker unpacks it
      with DecompressionStream as it arrives;
    - `out`: the same modules in deflated entries, for browsers without DecompressionStream.
    The sizes of the alternatives are returned for the log.
    """
    with tempfile.TemporaryDirectory() as tmp:
        plain = Path(tmp) / STDLIB
        with zipfile.ZipFile(source) as original, zipfile.ZipFile(plain, "w") as trimmed:
            for name in files:
                trimmed.writestr(original.getinfo(name), original.read(name))
        result = subprocess.run(
            [pyodide_cli(), "py-compile", "--silent", str(plain)],
            capture_output=True,
            text=True,
            check=False,
            env={**os.environ, **COMPILE_ENV},
        )
        if result.returncode != 0:
            raise PluginError(
                "byte-compiling the trimmed standard library failed: run `make serve` to "
                f"reinstall the dev extras (pyodide-build). {result.stderr.strip()[-300:]}"
            )
        with zipfile.ZipFile(plain) as built:
            compiled = {n: built.read(n) for n in built.namelist()}
    full_lines = sum(len(data) for data in compiled.values())
    compiled = {n: first_line_only(d) if n.endswith(".pyc") else d for n, d in compiled.items()}
    variants = {}
    for label, method in (("stored", zipfile.ZIP_STORED), ("deflated", zipfile.ZIP_DEFLATED)):
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", method, compresslevel=9) as target:
            for name in sorted(compiled):
                info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
                info.compress_type = method
                target.writestr(info, compiled[name])
        variants[label] = buffer.getvalue()
    packed = gzip.compress(variants["stored"], compresslevel=9, mtime=0)
    out.write_bytes(variants["deflated"])
    out.with_name(out.name + ".gz").write_bytes(packed)
    out.with_name(STORED).write_bytes(variants["stored"])  # what the worker unpacks: checked
    return {
        "sources_bytes": sum(zipfile.ZipFile(source).getinfo(n).file_size for n in files),
        "pyc_bytes_with_line_tables": full_lines,
        "pyc_bytes": sum(len(data) for data in compiled.values()),
        "stored_bytes": len(variants["stored"]),
        "stored_gzip_bytes": len(packed),
        "deflated_bytes": len(variants["deflated"]),
        "deflated_gzip_bytes": len(gzip.compress(variants["deflated"], 6)),
        "original_bytes": source.stat().st_size,
    }


def build_stdlib(runtime: Path, bundle: Path, package: str, digest: str, cache: Path) -> Path:
    """The trimmed zip and its record in `cache/<digest>/`, made once per digest."""
    folder = cache / digest
    if all((folder / name).is_file() for name in (STDLIB, PACKED, "record.json")):
        return folder
    cache.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=cache) as tmp:
        work = Path(tmp)
        found = record(runtime, bundle, package, work)
        if not found["files"]:
            raise PluginError("recording the planner's imports found no standard library module")
        sizes = build_zip(runtime / STDLIB, found["files"], work / STDLIB)
        for variant in (STORED, STDLIB):
            again = record(runtime, bundle, package, work, stdlib=work / variant)
            if again["errors"] != found["errors"] or again["modules"] != found["modules"]:
                extra = sorted(set(again["errors"]) - set(found["errors"]))
                extra += sorted(set(found["modules"]) - set(again["modules"]))
                raise PluginError(f"the trimmed standard library fails the planner: {extra[:3]}")
        (work / "record.json").write_text(json.dumps({**found, "sizes": sizes}, indent=1))
        staged = cache / f".{digest}.partial"
        shutil.rmtree(staged, ignore_errors=True)
        staged.mkdir()
        for name in (STDLIB, PACKED, "record.json"):
            shutil.copy2(work / name, staged / name)
        shutil.rmtree(folder, ignore_errors=True)
        staged.rename(folder)
    for old in cache.iterdir():
        if old != folder and old.is_dir() and not old.name.startswith("tmp"):
            shutil.rmtree(old, ignore_errors=True)
    sizes = json.loads((folder / "record.json").read_text())["sizes"]
    log.info(
        "standard library for the planner: %d modules, %d bytes gzipped (npm zip: %d bytes)",
        len(json.loads((folder / "record.json").read_text())["files"]),
        sizes["stored_gzip_bytes"],
        sizes["original_bytes"],
    )
    return folder


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    build = config.extra.get("planner_build")
    if not build:
        raise PluginError("stdlib_trim.py runs after planner_build.py: list it second in hooks.")
    runtime = Path(build["runtime_folder"])
    bundle = Path(build["folder"])
    digest = inputs_digest(runtime, bundle.name)
    folder = build_stdlib(runtime, bundle, build["package"], digest, ROOT / "build" / "stdlib")
    # A new URL whenever the zip changes: "assets/pyodide/0.29.5/" -> ".../0.29.5-<digest>/".
    build["runtime"] = build["runtime"].rstrip("/") + f"-{digest}/"
    build["stdlib_folder"] = str(folder)
    return config


def on_post_build(config: MkDocsConfig) -> None:
    """Put the trimmed zip where the runtime's zip was (planner_build.py copied it first),
    and its gzipped stored form next to it."""
    build = config.extra["planner_build"]
    folder = Path(config.site_dir) / build["runtime"]
    folder.mkdir(parents=True, exist_ok=True)
    for name in (STDLIB, PACKED):
        shutil.copy2(Path(build["stdlib_folder"]) / name, folder / name)
