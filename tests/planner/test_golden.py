"""The full drafts of named scenarios, kept as text so every change of wording shows in review.

Each file in tests/planner/golden/ holds every step's reason and draft (subject, body,
voicemail, call link) and the warnings of one corpus scenario, as `drafts_as_text` writes them;
the Spanish scenarios' files (`es-*.txt`) sit next to the English ones.
After changing the wording on purpose, regenerate the files and read the diff:

    UPDATE_GOLDEN=1 .venv/bin/pytest tests/planner/test_golden.py
"""

from __future__ import annotations

import os
from pathlib import Path

import drafts_corpus_es
import pytest
from draft_checks import drafts_as_text
from drafts_corpus import CORPUS
from drafts_corpus import GOLDEN as ENGLISH

from planner import make_plan

FOLDER = Path(__file__).parent / "golden"
REQUESTS = dict(CORPUS + drafts_corpus_es.CORPUS)
GOLDEN = ENGLISH + drafts_corpus_es.GOLDEN


def test_there_are_golden_files_for_every_scenario_and_no_others() -> None:
    assert len(ENGLISH) >= 8 and len(drafts_corpus_es.GOLDEN) >= 5
    assert sorted(path.stem for path in FOLDER.glob("*.txt")) == sorted(GOLDEN)


@pytest.mark.parametrize("name", GOLDEN)
def test_the_drafts_are_word_for_word_the_golden_ones(name: str) -> None:
    text = drafts_as_text(name, make_plan(REQUESTS[name]))
    path = FOLDER / f"{name}.txt"
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert path.read_text(encoding="utf-8") == text, f"regenerate: UPDATE_GOLDEN=1 ({path.name})"
