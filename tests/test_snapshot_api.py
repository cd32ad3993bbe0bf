"""The memory snapshot rests on Pyodide's private API; this fails loudly, naming the call, when
the pinned runtime (node_modules/pyodide) stops declaring one of them, and keeps its use in the
one place (the worker's SNAPSHOT_API) that an upgrade has to look at."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TYPES = ROOT / "node_modules/pyodide/pyodide.d.ts"
WORKER = ROOT / "overrides/assets/js/planner-worker.js"
# What the worker uses, as the runtime's type declarations must declare it.
CALLS = {
    "_loadSnapshot": r"\b_loadSnapshot\?: Uint8Array\b",
    "_makeSnapshot": r"\b_makeSnapshot\?: boolean;",
    "makeMemorySnapshot": r"\bmakeMemorySnapshot\(",
}


@pytest.mark.parametrize("name", CALLS)
def test_pinned_runtime_still_has_the_snapshot_call(name: str) -> None:
    assert re.search(CALLS[name], TYPES.read_text()), (
        f"the pinned Pyodide no longer declares {name} (private snapshot API): update "
        f"SNAPSHOT_API in {WORKER.relative_to(ROOT)} for the new runtime, or drop the snapshot"
    )


def test_snapshot_calls_are_in_one_place() -> None:
    text = WORKER.read_text()
    start = text.index("const SNAPSHOT_API = {")
    block = text[start : text.index("};", start)]
    for name in CALLS:
        assert text.count(name) == 1 and name in block, f"{name} outside SNAPSHOT_API"
    for path in (ROOT / "overrides/assets/js").glob("*.js"):
        if path != WORKER:
            assert not any(name in path.read_text() for name in CALLS), path
