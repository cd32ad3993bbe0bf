"""Bad input of every kind: a field-named problem, or a plan that is still correct; no crash."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner import PlannerInputError, make_plan

EXAMPLE = json.loads((Path(__file__).parent / "example-request.json").read_text())


def changed(path: str, value: object) -> dict:
    """The example with the value at a dotted path (`interviewers.0.name`) replaced or removed."""
    request = copy.deepcopy(EXAMPLE)
    *parents, last = path.split(".")
    target = request
    for key in parents:
        target = target[int(key)] if isinstance(target, list) else target[key]
    index = int(last) if isinstance(target, list) else last
    if value is REMOVE:
        del target[index]
    else:
        target[index] = value
    return request


REMOVE = object()


def problems(request: object, policy: object = None) -> list[str]:
    with pytest.raises(PlannerInputError) as caught:
        make_plan(request, policy)  # type: ignore[arg-type]
    lines = [str(problem) for problem in caught.value.problems]
    assert str(caught.value) == "\n".join(lines)
    return lines


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        ("interview.date", "2026-02-30", "interview.date: not a date: 2026-02-30"),
        ("interview.date", REMOVE, "interview.date: required (a date as YYYY-MM-DD)"),
        ("interview.date", "", "interview.date: required (a date as YYYY-MM-DD)"),
        ("interview.date", "20/11/2026", "interview.date: not a date (use YYYY-MM-DD): 20/11/2026"),
        ("interview.date", "20261120", "interview.date: not a date (use YYYY-MM-DD): 20261120"),
        (
            "interview.date",
            "\uff12\uff10\uff12\uff16-\uff11\uff11-\uff12\uff10",  # full-width digits
            "interview.date: not a date (use YYYY-MM-DD)",
        ),
        (
            "interview.date",
            20261120,
            "interview.date: expected a date as text (YYYY-MM-DD), got a number",
        ),
        ("interview.date", "9999-12-31", "interview.date: 9999-12-31 is outside 2000-2099"),
        ("interview", REMOVE, "interview.date: required"),
        ("interview", "2026-11-20", "interview: expected an object, got text"),
        ("interview.time", "2pm", "interview.time: not a time (use HH:MM, 24-hour): 2pm"),
        ("interview.time", "24:00", "interview.time: not a time (use HH:MM, 24-hour): 24:00"),
        ("interview.time", 14, "interview.time: not a time (use HH:MM, 24-hour): a number"),
        ("today", "yesterday", "today: not a date (use YYYY-MM-DD): yesterday"),
        ("today", "2026-13-01", "today: not a date: 2026-13-01"),
        ("candidate", ["Sam"], "candidate: expected text, got a list"),
        ("position", {"title": "x"}, "position: expected text, got an object"),
        ("company", True, "company: expected text, got true/false"),
        ("strengths", "x" * 100_000, "strengths: too long (100000 characters; at most 1000)"),
        ("company", "x" * 101, "company: too long (101 characters; at most 100)"),
        ("interviewers", REMOVE, "interviewers: required: at least one interviewer with a name"),
        ("interviewers", [], "interviewers: expected 1 to 20 interviewers, got 0"),
        (
            "interviewers",
            [{"name": "A"}] * 500,
            "interviewers: expected 1 to 20 interviewers, got 500",
        ),
        (
            "interviewers",
            {"name": "Dana"},
            "interviewers: expected a list of interviewers, got an object",
        ),
        ("interviewers", ["Dana Lee"], "interviewers[0]: expected an object, got text"),
        ("interviewers.0.name", REMOVE, "interviewers[0].name: required"),
        ("interviewers.0.name", " \t\n ", "interviewers[0].name: required"),
        ("interviewers.0.name", 7, "interviewers[0].name: expected text, got a number"),
        ("interviewers.0.email", "dana at example", "interviewers[0].email: not an email address"),
        (
            "interviewers.0.email",
            "a@b.c\r\nBcc: x@y.z",
            "interviewers[0].email: not an email address",
        ),
        ("interviewers.0.email", "Dana <d@x.com>", "interviewers[0].email: not an email address"),
        ("interviewers.0.nmae", "Dana", "interviewers[0].nmae: unknown field; did you mean name?"),
        ("interviewers.0.phone", "call me", "interviewers[0].phone: not a phone number: call me"),
        ("interviewers.0.phone", "12", "interviewers[0].phone: not a phone number: 12"),
        ("interviewers.0.phone", "555 0199 ext. two", "interviewers[0].phone: not a phone number"),
        ("interviewers.0.phone", 5550199, "interviewers[0].phone: expected text, got a number"),
        (
            "interviewers.0.greeting",
            ["Ms Lee"],
            "interviewers[0].greeting: expected text, got a list",
        ),
        (
            "interview.format",
            "zoom",
            "interview.format: must be one of in-person, video, phone, got zoom",
        ),
        (
            "instructions.decision_by",
            "soon",
            "instructions.decision_by: not a date (use YYYY-MM-DD)",
        ),
        (
            "instructions.follow_up_on",
            "2026-04-31",
            "instructions.follow_up_on: not a date: 2026-04-31",
        ),
        (
            "instructions.follow_up_by",
            "fax",
            "instructions.follow_up_by: must be one of email, phone, got fax",
        ),
        (
            "instructions.follow_up_by",
            1,
            "instructions.follow_up_by: must be one of email, phone, got a number",
        ),
        (
            "instructions.do_not_contact",
            "false",
            "instructions.do_not_contact: expected true or false, got text",
        ),
        ("instructions", [], "instructions: expected an object, got a list"),
        ("instruction", {}, "instruction: unknown field; did you mean instructions?"),
    ],
)
def test_each_kind_of_bad_input_is_named(path: str, value: object, expected: str) -> None:
    lines = problems(changed(path, value))
    assert len(lines) == 1, lines
    assert lines[0].startswith(expected)


@pytest.mark.parametrize("request_", [None, [], "plan", 3, [EXAMPLE]])
def test_a_request_that_is_not_an_object(request_: object) -> None:
    (line,) = problems(request_)
    assert line.startswith("request: expected an object, got ")


def test_every_problem_is_reported_at_once() -> None:
    request = {
        "interview": {"date": "2026-02-30"},
        "interviewers": [{"name": ""}, {"name": "B", "email": 5}],
        "candidate": 1,
    }
    assert problems(request) == [
        "interview.date: not a date: 2026-02-30",
        "candidate: expected text, got a number",
        "interviewers[0].name: required",
        "interviewers[1].email: expected text, got a number",
    ]


def test_bad_values_are_echoed_short_and_on_one_line() -> None:
    (line,) = problems(changed("interview.date", "2026-\n11-20" + "x" * 500))
    assert "\n" not in line and len(line) < 120
    (line,) = problems(changed("interviewers.0.\u202e\nkey", 1))
    assert "\n" not in line


# --- hostile content that is not wrong: the plan stays correct ------------------------------


def test_html_and_emoji_in_names_are_kept_as_text() -> None:
    name = "<b>Dana</b> 👩🏽‍💻 <script>alert(1)</script>"
    request = changed("interviewers.0.name", name)
    del request["interviewers"][0]["greeting"]  # so the name opens the email
    plan = make_plan(request)
    thanks = next(step for step in plan["steps"] if step["id"] == "thank-you-email")
    assert thanks["recipient"] == name
    assert thanks["body"].startswith(f"Dear {name},")
    assert "<" not in thanks["mailto"] and " " not in thanks["mailto"]
    assert (
        "body=Dear%20%3Cb%3EDana%3C%2Fb%3E%20%F0%9F%91%A9%F0%9F%8F%BD%E2%80%8D" in thanks["mailto"]
    )


def test_control_characters_and_line_breaks_are_cleaned_out_of_text() -> None:
    request = changed("interviewers.0.name", "Dana\x00\x07 \r\nLee\x1b[31m\ud800")
    request["company"] = "North\twind\u2028Trading"
    plan = make_plan(request)
    thanks = next(step for step in plan["steps"] if step["id"] == "thank-you-email")
    assert thanks["recipient"] == "Dana Lee[31m"
    assert "North wind Trading" in thanks["body"]
    text = json.dumps(plan, ensure_ascii=False)
    assert not any(ord(char) < 32 or 0xD800 <= ord(char) <= 0xDFFF for char in text)


def test_long_fields_within_the_limits_still_give_a_plan() -> None:
    request = copy.deepcopy(EXAMPLE)
    request |= {"strengths": "s" * 1000, "forgot_to_mention": "f" * 1000, "company": "c" * 100}
    request["interviewers"] = [
        {"name": f"Person {i}", "email": f"p{i}@example.com", "discussed": "d" * 1000}
        for i in range(20)
    ]
    plan = make_plan(request)
    assert len([step for step in plan["steps"] if step["id"] == "thank-you-email"]) == 20
    assert any("too long for an email link" in warning for warning in plan["warnings"])


# --- anything at all: a plan or a PlannerInputError, never another exception ---------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(), children, max_size=4)
    ),
    max_leaves=20,
)


def plan_or_problems(request: object, policy: object = None) -> None:
    try:
        plan = make_plan(request, policy)  # type: ignore[arg-type]
    except PlannerInputError as error:
        assert error.problems
        for problem in error.problems:
            assert problem.field and problem.message and "\n" not in str(problem)
    else:
        assert json.loads(json.dumps(plan)) == plan


@settings(max_examples=300, deadline=None)
@given(json_values, st.none() | json_values)
def test_any_json_at_all(request: object, policy: object) -> None:
    plan_or_problems(request, policy)


PATHS = [
    "today",
    "interview",
    "interview.date",
    "interview.time",
    "candidate",
    "position",
    "company",
    "interviewers",
    "interviewers.0",
    "interviewers.0.name",
    "interviewers.0.email",
    "interviewers.0.discussed",
    "strengths",
    "forgot_to_mention",
    "instructions",
    "instructions.decision_by",
    "instructions.follow_up_on",
    "instructions.follow_up_by",
    "instructions.do_not_contact",
]


@settings(max_examples=500, deadline=None)
@given(st.sampled_from(PATHS), json_values | st.dates().map(str))
def test_any_value_in_any_field(path: str, value: object) -> None:
    plan_or_problems(changed(path, value))


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("dana o'neill", "Dana O'Neill"),
        ("DR. MARY-JANE LEE", "Dr. Mary-Jane Lee"),
        ("Ms. priya patel", "Ms. Priya Patel"),
        ("dr lee", "Dr Lee"),
        ("Dr. Priya deSouza", "Dr. Priya deSouza"),
        ("dr. Priya Patel", "Dr. Priya Patel"),
        ("Ms", "Ms"),
        ("Ana de la Cruz", "Ana de la Cruz"),
        ("<img src=x onerror=alert(1)>", "<img src=x onerror=alert(1)>"),
        ("zoë 👩🏽‍💻", "zoë 👩🏽‍💻"),
    ],
)
def test_a_name_typed_in_one_case_is_written_as_a_name(typed: str, shown: str) -> None:
    thanks = make_plan(changed("interviewers.0.name", typed))["steps"][0]
    assert thanks["recipient"] == shown


@pytest.mark.parametrize(
    ("language", "typed", "shown"),
    [
        ("en", "northwind trading", "Northwind Trading"),
        ("en", "st mary's hospital", "St Mary's Hospital"),
        ("en", "bank of the west", "Bank of the West"),
        ("en", "baker & lyle llp", "Baker & Lyle LLP"),
        ("en", "coca-cola", "Coca-Cola"),
        ("en", "the parcel co", "The Parcel Co"),
        ("en", "eBay", "eBay"),
        ("en", "KPMG", "KPMG"),
        ("en", "pixel pals 🎮", "pixel pals 🎮"),
        ("es", "banco de la plaza", "Banco de la Plaza"),
        ("es", "ayuntamiento de sevilla", "Ayuntamiento de Sevilla"),
        ("es", "talleres gómez sl", "Talleres Gómez SL"),
    ],
)
def test_an_organisation_typed_in_lower_case_gets_its_capitals(
    language: str, typed: str, shown: str
) -> None:
    """A student in a hurry types "northwind"; the interviewer would read "at northwind"."""
    request = changed("company", typed) | {"language": language}
    thanks = next(s for s in make_plan(request)["steps"] if s["id"] == "thank-you-email")
    assert shown in thanks["body"]
