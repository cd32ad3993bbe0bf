"""The drafts: specific, short, and natural whatever optional details are missing.

The full text of the drafts is in the golden files (test_golden.py); the messy input students
type is in the corpus (test_corpus.py).
"""

from __future__ import annotations

import itertools
import re

import pytest

from planner import make_plan

OPTIONAL = {
    "candidate": "Sam Rivera",
    "position": "Junior Analyst",
    "company": "Northwind Trading",
    "strengths": "three years of SQL and a knack for clear charts",
    "forgot_to_mention": "I finished the Tableau certificate last month",
}
PERSON_OPTIONAL = {
    "title": "Hiring Manager",
    "email": "dana@example.com",
    "discussed": "the new reporting dashboard",
}
INSTRUCTIONS = [
    None,
    {"follow_up_by": "phone"},
    {"decision_by": "2026-12-01"},
    {"follow_up_on": "2026-11-27", "follow_up_by": "email"},
]
# What a draft must never contain: leftovers of a template, or doubled punctuation and spaces.
BAD = re.compile(r"None|null|\{|\}|\[|\]|  | ,| \.|\.\.|,\.|:\.|\.,|\n\n\n| \n|\n |^\s|\s$")


def chosen(values: dict, keep: tuple[bool, ...]) -> dict:
    return {key: value for (key, value), wanted in zip(values.items(), keep, strict=True) if wanted}


def combinations() -> list[dict]:
    cases = []
    for given, person_given, instructions in itertools.product(
        itertools.product([False, True], repeat=len(OPTIONAL)),
        itertools.product([False, True], repeat=len(PERSON_OPTIONAL)),
        INSTRUCTIONS,
    ):
        request = {
            "today": "2026-11-16",
            "interview": {"date": "2026-11-18"},
            "interviewers": [{"name": "Dana Lee"} | chosen(PERSON_OPTIONAL, person_given)],
            **chosen(OPTIONAL, given),
        }
        if instructions:
            request["instructions"] = instructions
        cases.append(request)
    return cases


CASES = combinations()


def test_the_combinations_cover_everything_missing_and_everything_given() -> None:
    assert len(CASES) == 2**5 * 2**3 * 4
    assert CASES[0].keys() == {"today", "interview", "interviewers"}
    assert CASES[-1]["interviewers"][0].keys() == {"name", *PERSON_OPTIONAL}


@pytest.mark.parametrize("request_", CASES[:: len(CASES) // 8] + CASES[-1:])
def test_a_sample_of_drafts_reads_naturally(request_: dict) -> None:
    """A few cases on their own, so a failure names one request."""
    check_drafts(request_)


def test_every_combination_of_missing_details_reads_naturally() -> None:
    for request in CASES:
        check_drafts(request)


def check_drafts(request: dict) -> None:
    person = request["interviewers"][0]
    for step in make_plan(request)["steps"]:
        texts = [step["title"], step["why"], step.get("subject", ""), step.get("body", "")]
        for text in texts:
            assert not BAD.search(text), (step["id"], text)
            assert "just checking in" not in text.lower()
        if step["id"] in ("ask-next-steps", "move-on"):
            continue
        body = step["body"]
        if step["channel"] == "phone":
            assert ("Sam Rivera" in body) == ("candidate" in request)
        else:
            assert body.startswith("Dear Dana Lee,\n\n")
            signature = body.rsplit("\n\n", 1)[1]
            expected = [signature.split(",")[0] + ","]
            if "candidate" in request:
                expected.append("Sam Rivera")
            assert signature.split("\n") == expected
        for key in ("position", "company"):
            assert (OPTIONAL[key] in body) == (key in request), (step["id"], key)
        if step["id"] == "thank-you-email":
            assert (PERSON_OPTIONAL["discussed"] in body) == ("discussed" in person)
            assert (OPTIONAL["strengths"] in body) == ("strengths" in request)
            assert ("Junior Analyst" in step["subject"]) == ("position" in request)
        if step["id"] == "handwritten-note":
            assert (OPTIONAL["forgot_to_mention"] in body) == ("forgot_to_mention" in request)
            assert (OPTIONAL["strengths"] in body) == ("strengths" in request)
            assert "interested" in body
        if step["id"] in ("follow-up", "second-follow-up"):
            assert "still" in body and "interested" in body
            assert len(body.split()) < 90, "a follow-up is brief"


def test_visitor_punctuation_is_not_doubled() -> None:
    request = {
        **CASES[-1],
        "position": "Analyst.",
        "strengths": "I love data!",
        "forgot_to_mention": "my portfolio link;",
    }
    request["interviewers"] = [{"name": "Dana Lee", "discussed": "dashboards."}]
    bodies = [step["body"] for step in make_plan(request)["steps"] if "body" in step]
    joined = "\n".join(bodies)
    assert "Analyst position" in joined and "about dashboards." in joined
    assert "on the role. I love data!\n" in joined and "mention is my portfolio link.\n" in joined
    assert not [body for body in bodies if BAD.search(body)]
