"""The drafts: specific, short, and natural whatever optional details are missing.

The full text of the drafts is in the golden files (test_golden.py); the messy input students
type is in the corpus (test_corpus.py).
"""

from __future__ import annotations

import itertools
import re

import pytest

from planner import field_sentences, make_plan
from planner.languages import en
from planner.phrasing import to_them

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


def test_each_free_text_field_finishes_the_sentence_the_form_shows() -> None:
    """The sentence beside a field is the one the text lands in, word for word."""
    sentences = field_sentences()
    assert set(sentences) == {"greeting", "discussed", "strengths", "forgot_to_mention"}
    request = {
        **CASES[-1],
        "strengths": "STRENGTHS",
        "forgot_to_mention": "FORGOT",
        "interviewers": [{"name": "Dana Lee", "greeting": "Ms GreetingX", "discussed": "TOPIC"}],
    }
    bodies = "\n".join(step.get("body", "") for step in make_plan(request)["steps"])
    for field, value in [
        ("greeting", "Ms GreetingX"),
        ("discussed", "TOPIC"),
        ("forgot_to_mention", "FORGOT"),
    ]:
        before, _, after = sentences[field].partition("…")
        assert f"{before}{value}{after}" in bodies, field
    before, _, after = sentences["strengths"].partition("…")
    assert f"{before}STRENGTHS{after.removesuffix('.')}" in bodies
    sentences["discussed"] = "changed"
    assert field_sentences()["discussed"] != "changed", "a copy, not the catalogue itself"


@pytest.mark.parametrize(
    ("typed", "fits"),
    [
        ("We talked about the new graduate scheme.", "about the new graduate scheme."),
        ("we discussed latte art", "about latte art."),
        ("About podcasts", "about podcasts."),
        ("The new warehouse in Leeds.", "about the new warehouse in Leeds."),
        ("Python and data pipelines", "about Python and data pipelines."),
        ("her team's move to hybrid working", "about your team's move to hybrid working."),
        ("his plans and how he is hiring", "about your plans and how you are hiring."),
        ("I asked her about it", "conversation. I asked you about it."),
        ("she said the team is growing", "glad to hear that the team is growing."),
        ("the internship is 12 weeks", "glad to hear that the internship is 12 weeks."),
        ("her team is hiring", "glad to hear that your team is hiring."),
        ("the project they are starting", "about the project they are starting."),
        ("the project that is late", "about the project that is late."),
        ("Dana's code reviews", "about your code reviews."),
        ("the the launch!!", "about the launch!"),
        ("re: the survey data", "about the survey data."),
        ("the roadmap: Q3 launch", "about the roadmap, Q3 launch."),
    ],
)
def test_what_was_discussed_is_fitted_to_the_sentence(typed: str, fits: str) -> None:
    request = {**CASES[0], "interviewers": [{"name": "Dana Lee", "discussed": typed}]}
    email = next(s for s in make_plan(request)["steps"] if s["id"] == "thank-you-email")
    assert fits in email["body"]


@pytest.mark.parametrize(
    ("typed", "fits"),
    [
        ("la pasantía es de 12 semanas", "saber que la pasantía es de 12 semanas."),
        ("el proyecto que están empezando", "sobre el proyecto que están empezando."),
    ],
)
def test_what_was_discussed_is_fitted_to_a_spanish_sentence(typed: str, fits: str) -> None:
    request = {
        **CASES[0],
        "language": "es",
        "interviewers": [{"name": "Lucía Ortega", "discussed": typed}],
    }
    email = next(s for s in make_plan(request)["steps"] if s["id"] == "thank-you-email")
    assert fits in email["body"]


@pytest.mark.parametrize(
    ("interview_format", "met", "contact", "note_why"),
    [
        ("in-person", "meeting with me", "business card", "Few candidates"),
        ("video", "meeting with me", "meeting chat", "never visited their office"),
        ("phone", "speaking with me", "spell their name back", "never visited their office"),
    ],
)
def test_the_drafts_fit_the_interview_format(
    interview_format: str, met: str, contact: str, note_why: str
) -> None:
    request = {**CASES[-1], "interview": {"date": "2026-11-18", "format": interview_format}}
    steps = {step["id"]: step for step in make_plan(request)["steps"]}
    assert contact in steps["ask-next-steps"]["body"]
    assert f"Thank you for {met} about" in steps["thank-you-email"]["body"]
    assert f"Thank you again for {met} about" in steps["handwritten-note"]["body"]
    assert note_why in steps["handwritten-note"]["why"]
    assert "business card" not in str(steps) or interview_format == "in-person"


def test_a_greeting_opens_every_message_to_that_person() -> None:
    request = {
        **CASES[-1],
        "interviewers": [{"name": "helen o'neill", "greeting": "dear DR. O'NEILL,"}],
        "instructions": {"follow_up_by": "phone"},
    }
    steps = make_plan(request)["steps"]
    letters = [step["body"] for step in steps if step["channel"] in ("email", "mail")]
    assert len(letters) == 3
    assert all(body.startswith("Dear Dr. O'Neill,\n\n") for body in letters)
    call = next(step for step in steps if step["channel"] == "phone")
    assert call["voicemail"].startswith("Hello Dr. O'Neill, this is Sam Rivera.")
    assert call["recipient"] == "Helen O'Neill"
    assert "tel" not in call and "phone" not in call


@pytest.mark.parametrize(
    ("typed", "reads"),
    [
        ("she manages the night team", "you manage the night team"),
        ("he watches the markets closely", "you watch the markets closely"),
        ("she carries the on-call phone", "you carry the on-call phone"),
        ("he has a plan for it", "you have a plan for it"),
        ("she always says yes", "you always say yes"),
        ("I asked her about her team", "I asked you about your team"),
        ("Dana's plans", "your plans"),
        (
            "she\u2019s hiring for her agency\u2019s team",
            "you\u2019re hiring for your agency\u2019s team",
        ),
    ],
)
def test_what_a_student_says_about_an_interviewer_reads_right_to_them(
    typed: str, reads: str
) -> None:
    assert to_them(typed, ("Dana Lee", "Dana"), en) == reads
