"""The planner gives the same answers in the pinned Pyodide (under Node) as here.

One Node process loads Pyodide once, copies `planner/*.py` into its file system and runs every
case; CPython runs the same cases with the same code, and the outputs must be identical. The
cases are in English (US and British, the centre's `locale`) and in Spanish, the Spanish drafts
corpus among them, and the bridge's answers (the page's words) are compared too.
"""

from __future__ import annotations

import copy
import itertools
import json
import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path

import drafts_corpus_es
import pytest
from drafts_corpus import CORPUS

HERE = Path(__file__).parent
ROOT = HERE.parents[1]
PYODIDE = ROOT / "node_modules" / "pyodide"
NODE = shutil.which("node")
EXAMPLE = json.loads((HERE / "example-request.json").read_text())

# Run by both runtimes: each case's plan and calendar, or its problems.
RUNNER = """
import json
import sys


def run_all(text):
    import planner
    from planner.bridge import answer

    results = []
    for case in json.loads(text):
        request, locale = case["request"], case.get("locale", "en-US")
        language = request.get("language", "en") if isinstance(request, dict) else "en"
        try:
            plan = planner.make_plan(request, case.get("policy"), locale)
        except planner.PlannerInputError as error:
            results.append({"problems": [str(problem) for problem in error.problems]})
        else:
            results.append({"plan": plan, "ics": planner.to_ics(plan, language)})
        if case.get("bridge"):
            results[-1]["answer"] = answer("plan", json.dumps(case))
    where = planner.__file__.rsplit("/", 2)[-2:]
    return json.dumps(
        {
            "python": list(sys.version_info[:2]),
            "where": where,
            "results": results,
            "field_sentences": {code: planner.field_sentences(code) for code in ("en", "es")},
        }
    )
"""


def cases() -> list[dict]:
    """Named cases from the other tests' themes, the drafts corpus, and a grid of dates and
    instructions."""
    named = [
        {"request": EXAMPLE},
        {"request": EXAMPLE | {"instructions": {"follow_up_by": "phone"}}},
        {"request": EXAMPLE | {"instructions": {"do_not_contact": True}}},
        {"request": EXAMPLE | {"instructions": {"decision_by": "2027-06-01"}}},
        {
            "request": EXAMPLE | {"instructions": {}},
            "policy": {
                "follow_up_days": 5,
                "count_business_days": True,
                "holidays": ["2026-11-26", "2026-12-24..2026-12-31"],
                "business_days": ["sun", "mon", "tue", "wed", "thu"],
                "handwritten_note": False,
            },
        },
        {
            "request": EXAMPLE
            | {
                "strengths": "é" * 600,
                "interviewers": [
                    {"name": "<b>Zoë</b> 👩🏽‍💻", "email": "zoë+x@example.com"},
                    {"name": "Dana\r\nEND:VEVENT;a,b\\", "discussed": "BEGIN:VEVENT\r\n"},
                ],
            }
        },
        {"request": {"interview": {"date": "2026-02-30"}, "interviewers": [{"nme": 1}]}},
        {"request": [1, 2, 3]},
        {"request": EXAMPLE, "policy": {"follow_up_days": "7", "bogus": True}},
    ]
    grid = []
    start = date(2026, 12, 14)
    for offset, instructions in itertools.product(
        range(0, 21, 3),
        [
            {},
            {"decision_by": "2026-12-24"},
            {"follow_up_on": "2027-01-02"},
            {"follow_up_by": "phone"},
        ],
    ):
        request = copy.deepcopy(EXAMPLE)
        request["today"] = "2026-12-20"
        request["interview"] = {"date": (start + timedelta(days=offset)).isoformat()}
        request["instructions"] = instructions
        grid.append({"request": request})
    late = []  # planned 0 to 70 days after the interview (Friday 20 November 2026)
    for days, instructions in itertools.product(
        range(0, 71, 5), [{}, EXAMPLE["instructions"], {"do_not_contact": True}]
    ):
        today = (date(2026, 11, 20) + timedelta(days=days)).isoformat()
        late.append({"request": EXAMPLE | {"today": today, "instructions": instructions}})
    late.append(
        {
            "request": EXAMPLE | {"today": "2026-12-12"},
            "policy": {"late_thank_you_days": 30, "late_note_days": 25},
        }
    )
    corpus = [{"request": request} for _, request in CORPUS]
    spanish = [{"request": request, "bridge": True} for _, request in drafts_corpus_es.CORPUS]
    british = [{"request": request, "locale": "en-GB"} for _, request in CORPUS[:10]]
    for case in named[:4] + late[::6]:
        british.append(case | {"locale": "en-GB", "bridge": True})
        spanish.append({"request": case["request"] | {"language": "es"}, "bridge": True})
    spanish.append({"request": EXAMPLE | {"language": "es", "interviewers": [{"name": ""}]}})
    return named + corpus + grid + late + spanish + british


def run_in_cpython(text: str) -> dict:
    namespace: dict = {}
    exec(RUNNER, namespace)
    return json.loads(namespace["run_all"](text))


def run_in_pyodide(text: str, tmp_path: Path) -> dict:
    runner = tmp_path / "runner.py"
    runner.write_text(RUNNER)
    cases_file = tmp_path / "cases.json"
    cases_file.write_text(text)
    script = str(HERE / "pyodide_runner.mjs")
    result = subprocess.run(
        [NODE or "node", script, str(ROOT / "planner"), str(runner), str(cases_file)],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.skipif(NODE is None, reason="node is not installed: Pyodide cannot run")
@pytest.mark.skipif(
    not (PYODIDE / "pyodide.js").is_file(),
    reason="node_modules/pyodide is missing: run `npm ci`",
)
def test_pyodide_gives_the_same_plans_as_cpython(tmp_path: Path) -> None:
    text = json.dumps(cases())
    expected = run_in_cpython(text)
    found = run_in_pyodide(text, tmp_path)
    assert found["python"] == expected["python"] == [3, 13]
    assert found["where"] == ["planner", "__init__.py"]
    assert len(found["results"]) == len(cases())
    assert found["field_sentences"] == expected["field_sentences"]
    assert [len(found["field_sentences"][code]) for code in ("en", "es")] == [4, 4]
    for case, mine, theirs in zip(cases(), expected["results"], found["results"], strict=True):
        assert theirs == mine, case
    kinds = [("plan" in result, "problems" in result) for result in found["results"]]
    assert kinds.count((True, False)) > 30 + len(CORPUS) and kinds.count((False, True)) == 4
    calls = [s for r in found["results"] if "plan" in r for s in r["plan"]["steps"] if "tel" in s]
    assert len(calls) >= 3, "the call links and voicemails are compared too"
    plans = [result["plan"] for result in found["results"] if "plan" in result]
    moved = [step for plan in plans for step in plan["steps"] if "was_due" in step]
    assert len({step["id"] for step in moved}) == 4, "late plans are compared too"
    assert all(len(plan["what_if"]) == 3 for plan in plans), "and the what_if messages"
    spanish = [
        result
        for case, result in zip(cases(), found["results"], strict=True)
        if isinstance(case["request"], dict) and case["request"].get("language") == "es"
    ]
    bodies = [s["body"] for r in spanish if "plan" in r for s in r["plan"]["steps"] if "body" in s]
    assert len(spanish) >= len(drafts_corpus_es.CORPUS) + 10 and any(
        b.startswith("Estimada Sra.") for b in bodies
    ), "Spanish"
    assert any("Asunto: " in r["ics"] for r in spanish if "ics" in r)
    assert any('"view"' in r.get("answer", "") and "Hoy" in r["answer"] for r in spanish)
    british = [r for c, r in zip(cases(), found["results"], strict=True) if c.get("locale")]
    assert any("November 2026" in json.dumps(r) and ", 2026" not in json.dumps(r) for r in british)
