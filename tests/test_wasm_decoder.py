"""The browser's WebAssembly decoding, the very files the planner's worker and the service
worker load (the site's copy of npm xz-decompress, then overrides/assets/js/planner-runtime.js),
run under Node on the packed runtime the site ships: it must give back node_modules'
pyodide.asm.wasm byte for byte."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / "overrides/assets/js/planner-runtime.js"
WASM = ROOT / "node_modules/pyodide/pyodide.asm.wasm"
# An ES module, so that no CommonJS `module` is about: the scripts see a worker's globals.
CHECK = """
import { readFileSync } from "node:fs";
import vm from "node:vm";
const [decoder, shared, packed, wasm] = process.argv.slice(1);
globalThis.self = globalThis;
for (const script of [decoder, shared]) vm.runInThisContext(readFileSync(script, "utf8"));
const body = new Blob([readFileSync(packed)]).stream();
const got = Buffer.from(await new Response(self.plannerRuntime.unpack(body)).arrayBuffer());
const want = readFileSync(wasm);
console.log(JSON.stringify({ same: got.equals(want), got: got.length, want: want.length }));
"""


def test_browser_decoder_unpacks_the_shipped_runtime(site_dir: Path) -> None:
    manifest = json.loads((site_dir / "assets/planner-runtime.json").read_text())
    urls = {f["role"]: f["url"] for f in manifest["files"]}
    result = subprocess.run(
        [
            "node",
            "-e",
            CHECK,
            str(site_dir / urls["decoder"]),
            str(SHARED),
            str(site_dir / urls["wasm"]),
            str(WASM),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    size = WASM.stat().st_size
    assert json.loads(result.stdout) == {"same": True, "got": size, "want": size}
    assert manifest["wasm_bytes"] == size
