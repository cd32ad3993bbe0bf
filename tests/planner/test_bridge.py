"""The page's door into the planner (planner/bridge.py): the answers the worker posts back and
every word the page shows about a plan or a problem, checked natively."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from planner import make_plan, to_ics
from planner.bridge import answer, distance, short_date

EXAMPLE = json.loads((Path(__file__).with_name("example-request.json")).read_text())


def call(kind: str, payload: dict) -> dict:
    return json.loads(answer(kind, json.dumps(payload)))


def test_plan_answer_is_the_plan_and_the_words_beside_each_step() -> None:
    got = call("plan", {"request": EXAMPLE})
    assert got["ok"] is True
    assert got["plan"] == make_plan(EXAMPLE)
    assert got["problems"] == []
    view = got["view"]
    assert len(view["steps"]) == len(got["plan"]["steps"])
    first, note = view["steps"][0], view["steps"][1]
    assert first == {
        "date": "Mon, Nov 23",
        "distance": "today",
        "status": "Today",
        "was_due": "was due Fri, Nov 20",
        "subject": "Subject: " + got["plan"]["steps"][0]["subject"],
        "mailto_limit": 1800,
    }
    assert note["print_when"] == "Write and post it by Mon, Nov 23."
    assert "was_due" not in view["steps"][2]
    assert view["what_if"] == [
        {"subject": "Subject: " + message["subject"]} for message in got["plan"]["what_if"]
    ]
    assert view["announcement"] == f"Plan updated: {len(view['steps'])} steps."


def test_a_bad_optional_field_is_left_out_and_the_plan_follows_the_rest() -> None:
    person = {**EXAMPLE["interviewers"][0], "email": "dana@"}
    request = {**EXAMPLE, "position": "Data Analyst", "interviewers": [person]}
    got = call("plan", {"request": request})
    assert got["ok"] is True
    assert got["problems"] == [
        {
            "field": "interviewers[0].email",
            "message": "Not an email address: dana@.",
            "required": False,
        }
    ]
    without_email = {k: v for k, v in person.items() if k != "email"}
    assert got["plan"] == make_plan({**request, "interviewers": [without_email]})
    subjects = [s["subject"] for s in got["plan"]["steps"] if s.get("subject")]
    assert subjects and all("Data Analyst" in s for s in subjects)


def test_every_bad_optional_field_is_left_out_at_once() -> None:
    request = {
        **EXAMPLE,
        "interview": {**EXAMPLE["interview"], "format": "zoom"},
        "instructions": {**EXAMPLE["instructions"], "decision_by": "2026-13-01"},
    }
    got = call("plan", {"request": request})
    assert got["ok"] is True
    assert {p["field"] for p in got["problems"]} == {"interview.format", "instructions.decision_by"}


def test_no_plan_without_a_field_it_needs_and_every_problem_is_listed() -> None:
    person = {"name": "", "email": "dana@"}
    got = call("plan", {"request": {**EXAMPLE, "interviewers": [person]}})
    assert got["ok"] is False
    assert {p["field"] for p in got["problems"]} == {
        "interviewers[0].name",
        "interviewers[0].email",
    }


def test_ics_answer() -> None:
    plan = make_plan(EXAMPLE)
    assert call("ics", {"plan": plan}) == {"ok": True, "ics": to_ics(plan)}


@pytest.mark.parametrize(
    ("change", "field", "message", "required"),
    [
        ({"interview": {}}, "interview.date", "Please fill this in.", True),
        (
            {"interview": {"date": "2026-02-30"}},
            "interview.date",
            "Not a date: 2026-02-30.",
            False,
        ),
        ({"today": "soon"}, "today", "Today: not a date (use YYYY-MM-DD): soon.", False),
    ],
)
def test_problems_are_sentences_naming_their_field(
    change: dict, field: str, message: str, required: bool
) -> None:
    got = call("plan", {"request": {**EXAMPLE, **change}})
    assert got["ok"] is False
    assert {"field": field, "message": message, "required": required} in got["problems"]


def test_policy_problem_says_it_is_the_centres() -> None:
    got = call("plan", {"request": EXAMPLE, "policy": {"follow_up_days": -1}})
    [problem] = got["problems"]
    assert problem["field"] == "policy.follow_up_days"
    assert problem["message"].startswith("The career center's planner settings have a problem (")
    assert problem["message"].endswith(").")


def test_a_bug_is_an_error_answer_not_an_exception() -> None:
    got = call("plan", {})
    assert got["ok"] is False
    assert got["error"].startswith("KeyError")
    assert call("nothing", {})["error"].startswith("ValueError")


@pytest.mark.parametrize(
    ("days", "words"),
    [(-3, "3 days ago"), (-1, "yesterday"), (0, "today"), (1, "tomorrow"), (7, "in 7 days")],
)
def test_distance(days: int, words: str) -> None:
    assert distance(days) == words


def test_short_date_has_the_year_only_when_it_is_another() -> None:
    today = date(2026, 11, 23)
    assert short_date(date(2026, 11, 26), today) == "Thu, Nov 26"
    assert short_date(date(2027, 1, 4), today) == "Mon, Jan 4, 2027"
