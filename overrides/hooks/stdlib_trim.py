"""A standard library cut down to what the planner imports, pre-compiled (a plain module:
planner_bundle.py calls `trim`).

The npm `python_stdlib.zip` is 2.4 MB of `.py` sources, and the server does not gzip `.zip`
files: the browser downloads all of it, then compiles every module it imports. This hook
replaces it, in the site only, with a zip that holds just the modules Pyodide's own start-up
and the planner import, as `.pyc` with one-line line tables, shipped as one xz stream
(`python_stdlib.zip.xz`, which the page's worker unpacks as it arrives with the same decoder as
the WebAssembly; see `build_zip` and `first_line_only`).

Which modules: not a hand-kept list. At build time the pinned runtime runs under Node from
`node_modules/pyodide`, loads the planner bundle exactly as the page's worker does (no
`packages: [...]`: the wheel on sys.path, imported from by zipimport, so loadPackage's tarfile
and importlib.metadata stay out), then imports every
planner module and every module the planner's source names in an `import` statement, runs the
planner over a set of requests (valid, invalid, every option, the calendar, the command line,
an error raised into JavaScript), and reads `sys.modules`: every module that came from the zip
goes in. The same run is repeated on the built zip, which must do everything the full one did.

The runtime's site folder gains the zip's digest (`assets/pyodide/0.29.5-<digest>/`), so a
changed standard library gets a new URL and caches (HTTP, service worker) never serve a stale
one. The result is cached in `build/stdlib/<digest>/` by a hash of its inputs, so
`mkdocs serve` stays quick.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import logging
import lzma
import marshal
import os
import shutil
import subprocess
import sys
import tempfile
import types
import zipfile
from pathlib import Path
from typing import Any

import build_cache
from mkdocs.exceptions import PluginError

log = logging.getLogger("mkdocs.hooks.stdlib_trim")

ROOT = Path(__file__).resolve().parents[2]
STDLIB = "python_stdlib.zip"
PACKED = STDLIB + ".xz"  # what the page's worker fetches (see build_zip)
STORED = "python_stdlib-stored.zip"  # PACKED unpacked: checked at build time, not shipped
ZIP_MOUNT = "/lib/python313.zip/"  # where Pyodide mounts the stdlib zip
# A request with every field (the one planner/request.py documents); example_requests adds
# variants that reach each option and error. The build's own: it reads nothing under tests/.
EXAMPLE = {
    "today": "2026-11-23",
    "interview": {"date": "2026-11-20", "time": "14:00", "format": "video"},
    "candidate": "Sam Rivera",
    "position": "Junior Analyst",
    "company": "Northwind Trading",
    "interviewers": [
        {
            "name": "Dana Lee",
            "title": "Hiring Manager",
            "greeting": "Ms Lee",
            "email": "dana@example.com",
            "phone": "+1 555 010 0199",
            "discussed": "the new reporting dashboard",
        }
    ],
    "strengths": "three years of SQL and a knack for clear charts",
    "forgot_to_mention": "I finished the Tableau certificate last month",
    "instructions": {
        "decision_by": "2026-12-01",
        "follow_up_on": "2026-11-27",
        "follow_up_by": "email",
        "do_not_contact": False,
    },
}
# How the stdlib is compiled (measured with `make bench`, see benchmarks/README.md):
# no column ranges (PEP 657 carets; line numbers stay) and -OO (no docstrings, no asserts)
# take the zip from 1.42 MB to 0.90 MB. The planner's own wheel keeps its docstrings.
COMPILE_ENV = {"PYTHONNODEBUGRANGES": "1", "PYTHONOPTIMIZE": "2"}

# Loads the runtime the way the page's worker does (LOADER), then runs DRIVER; prints its JSON.
LOADER = Path(__file__).with_name("pyodide_node.mjs")
RECORDER_JS = r"""
import { readFileSync } from "node:fs";
const [loader, runtime, bundle, pkg, driverPath, examplesPath, stdlib] = process.argv.slice(2);
const { startPlanner } = await import(loader);
const pyodide = await startPlanner({ runtime, bundle, package: pkg }, {
  _makeSnapshot: true,
  ...(stdlib ? { stdLibURL: stdlib } : {}),
  stdout: () => {},
  stderr: () => {},
});
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


def example_requests() -> list[dict]:
    """The example request, plus variants that reach each option and error."""
    base = EXAMPLE
    return [
        base,
        {**base, "instructions": {"follow_up_by": "phone"}},
        {**base, "instructions": {"do_not_contact": True}},
        {**base, "interview": {"date": "2026-02-30"}},  # invalid: a problem per field
        {"interviewers": "nobody"},
        {},
    ]


def inputs_digest(runtime: Path, bundle_digest: str) -> str:
    """Everything the trimmed zip depends on: the runtime's zip, the planner, this hook."""
    digest = hashlib.sha256()
    digest.update(hashlib.sha256((runtime / STDLIB).read_bytes()).digest())
    digest.update(bundle_digest.encode())
    digest.update(Path(__file__).read_bytes())
    digest.update(LOADER.read_bytes())
    for path in sorted((ROOT / "planner").rglob("*.py")):
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
        "requests": example_requests(),
        "policies": [None, {}],
    }
    (work / "examples.json").write_text(json.dumps(examples))
    result = subprocess.run(
        [
            node,
            str(work / "record.mjs"),
            str(LOADER),
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
    """The `pyodide` command next to the Python running MkDocs (pyodide-build installs it); the
    wheel's build (planner_bundle.py) uses it too."""
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
    """The recorded files from `source`, byte-compiled by pyodide-build, as `out.xz`.

    The server (like GitHub Pages) sends `.zip` and `.xz` files as they are, without gzip. The
    zip's entries are stored and the whole zip is one xz stream, which compresses better than
    entry by entry (modules share names and constants) and than one gzip stream (0.50 MB
    against 0.67 MB); the page's worker unpacks it as it arrives with the xz decoder it already
    loads for the WebAssembly. The unpacked zip is kept beside it as `STORED`, for the build's
    own check. The sizes of the alternatives are returned for the log.
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
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as target:
        for name in sorted(compiled):
            target.writestr(zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)), compiled[name])
    stored = buffer.getvalue()
    # CRC32, as the WebAssembly's stream (planner_bundle.pack_wasm): the decoder checks it.
    packed = lzma.compress(
        stored, format=lzma.FORMAT_XZ, check=lzma.CHECK_CRC32, preset=9 | lzma.PRESET_EXTREME
    )
    out.with_name(PACKED).write_bytes(packed)
    out.with_name(STORED).write_bytes(stored)  # what the worker unpacks: checked
    return {
        "sources_bytes": sum(zipfile.ZipFile(source).getinfo(n).file_size for n in files),
        "pyc_bytes_with_line_tables": full_lines,
        "pyc_bytes": sum(len(data) for data in compiled.values()),
        "stored_bytes": len(stored),
        "stored_xz_bytes": len(packed),
        "stored_gzip_bytes": len(gzip.compress(stored, compresslevel=9, mtime=0)),
        "original_bytes": source.stat().st_size,
    }


def build_stdlib(runtime: Path, bundle: Path, package: str, digest: str, cache: Path) -> Path:
    """The trimmed zip and its record in `cache/<digest>/`, made once per digest."""
    folder = cache / digest
    if all((folder / name).is_file() for name in (PACKED, "record.json")):
        return folder
    cache.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=cache) as tmp:
        work = Path(tmp)
        found = record(runtime, bundle, package, work)
        if not found["files"]:
            raise PluginError("recording the planner's imports found no standard library module")
        sizes = build_zip(runtime / STDLIB, found["files"], work / STDLIB)
        again = record(runtime, bundle, package, work, stdlib=work / STORED)
        if again["errors"] != found["errors"] or again["modules"] != found["modules"]:
            extra = sorted(set(again["errors"]) - set(found["errors"]))
            extra += sorted(set(found["modules"]) - set(again["modules"]))
            raise PluginError(f"the trimmed standard library fails the planner: {extra[:3]}")
        (work / "record.json").write_text(json.dumps({**found, "sizes": sizes}, indent=1))
        staged = work / "entry"
        staged.mkdir()
        for name in (PACKED, "record.json"):
            shutil.copy2(work / name, staged / name)
        build_cache.keep_folder(staged, folder)
    for old in cache.iterdir():
        if old != folder and old.is_dir() and not old.name.startswith("tmp"):
            shutil.rmtree(old, ignore_errors=True)
    sizes = json.loads((folder / "record.json").read_text())["sizes"]
    log.info(
        "standard library for the planner: %d modules, %d bytes packed (npm zip: %d bytes)",
        len(json.loads((folder / "record.json").read_text())["files"]),
        sizes["stored_xz_bytes"],
        sizes["original_bytes"],
    )
    return folder


def trim(runtime: Path, bundle: Any, package: str, cache: Path) -> tuple[Path, str]:
    """The trimmed standard library's folder in `cache`, and its digest (which goes into the
    runtime's site path, so a changed zip gets a new URL). `bundle` is planner_bundle's Bundle."""
    digest = inputs_digest(runtime, bundle.digest)
    return build_stdlib(runtime, bundle.folder, package, digest, cache), digest
