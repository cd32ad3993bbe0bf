"""The browser's WebAssembly decoder (overrides/assets/js/planner-lzma.js, the very file the
planner's worker and the service worker load), run under Node on the packed runtime the site
ships: it must give back node_modules' pyodide.asm.wasm byte for byte."""

from __future__ import annotations

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DECODER = ROOT / "overrides/assets/js/planner-lzma.js"
WASM = ROOT / "node_modules/pyodide/pyodide.asm.wasm"
CHECK = """
const { readFileSync } = require("node:fs");
const [decoder, packed, wasm] = process.argv.slice(1);
require(decoder);
const got = globalThis.lzmaDecode(new Uint8Array(readFileSync(packed)));
const want = readFileSync(wasm);
const same = Buffer.from(got.buffer, got.byteOffset, got.length).equals(want);
console.log(JSON.stringify({ same, got: got.length, want: want.length }));
"""


def test_browser_decoder_unpacks_the_shipped_runtime(site_dir: Path) -> None:
    [packed] = site_dir.glob("assets/pyodide/*/pyodide.asm.wasm.lzma")
    result = subprocess.run(
        ["node", "-e", CHECK, str(DECODER), str(packed), str(WASM)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == (
        f'{{"same":true,"got":{WASM.stat().st_size},"want":{WASM.stat().st_size}}}'
    )
