"""Property-based tests (hypothesis): the rules hold for any request under any valid policy."""

from __future__ import annotations

import copy
from datetime import date, timedelta

import icalendar
from hypothesis import given, settings
from hypothesis import strategies as st

from planner import make_plan, to_ics
from planner.mailto import MAX_LENGTH
from planner.plan import STEP_IDS
from planner.policy import DAY_COUNTS, FLAGS, WEEKDAYS

FOLLOW_UPS = ("follow-up", "second-follow-up")
WHAT_IF = ["another-offer", "withdraw", "after-a-no"]
# Names as visitors type them: any Unicode (emoji, HTML, control characters), with a letter.
names = st.text(st.characters(codec="utf-8"), min_size=1, max_size=30).filter(
    lambda name: any(char.isalnum() for char in name)
)


def day(value: str) -> date:
    return date.fromisoformat(value)


@st.composite
def cases(draw: st.DrawFn) -> tuple[dict, dict]:
    """A valid request, and a valid policy whose holidays fall near the interview."""
    interview = draw(st.dates(date(2020, 1, 1), date(2030, 12, 31)))

    def near(low: int, high: int) -> str:
        return (interview + timedelta(days=draw(st.integers(low, high)))).isoformat()

    people = [
        {"name": draw(names)}
        | draw(
            st.fixed_dictionaries(
                {},
                optional={
                    "email": st.emails(),
                    "title": names,
                    "greeting": names,
                    "phone": st.from_regex(
                        r"\+?[0-9]{3}[0-9 ()-]{0,17}( ext\. [0-9]{1,4})?", fullmatch=True
                    ),
                    "discussed": st.text(max_size=200),
                },
            )
        )
        for _ in range(draw(st.integers(1, 5)))
    ]
    instructions = draw(
        st.fixed_dictionaries(
            {},
            optional={
                "decision_by": st.builds(near, st.just(-10), st.just(200)),
                "follow_up_on": st.builds(near, st.just(-10), st.just(60)),
                "follow_up_by": st.sampled_from(["email", "phone"]),
                "do_not_contact": st.booleans(),
            },
        )
    )
    request = {
        "today": near(-60, 120),
        "interview": {
            "date": interview.isoformat(),
            "format": draw(st.sampled_from(["in-person", "video", "phone", ""])),
        },
        "interviewers": people,
        "instructions": instructions,
    }
    for key in ("candidate", "position", "company", "strengths", "forgot_to_mention"):
        if draw(st.booleans()):
            request[key] = draw(names)
    policy: dict[str, object] = {}
    for key, (low, high) in DAY_COUNTS.items():
        if draw(st.booleans()):
            policy[key] = draw(st.integers(low, high))
    for key in FLAGS:
        if draw(st.booleans()):
            policy[key] = draw(st.booleans())
    if draw(st.booleans()):
        policy["business_days"] = sorted(draw(st.sets(st.sampled_from(WEEKDAYS), min_size=1)))
    if draw(st.booleans()):
        policy["holidays"] = draw(st.lists(st.builds(near, st.just(0), st.just(120))))
    return request, policy


def business_days(policy: dict) -> set[int]:
    return {WEEKDAYS.index(name) for name in policy.get("business_days", WEEKDAYS[:5])}


@settings(max_examples=150, deadline=None)
@given(cases())
def test_steps_are_sorted_by_date_then_by_the_order_of_the_advice(case: tuple[dict, dict]) -> None:
    steps = make_plan(*case)["steps"]
    keys = [(step["due"], STEP_IDS.index(step["id"])) for step in steps]
    assert keys == sorted(keys)


@settings(max_examples=150, deadline=None)
@given(cases())
def test_no_follow_up_before_an_instructed_date(case: tuple[dict, dict]) -> None:
    request, policy = case
    said = request["instructions"]
    interview = day(request["interview"]["date"])
    follow_ups = [
        day(s["due"]) for s in make_plan(request, policy)["steps"] if s["id"] in FOLLOW_UPS
    ]
    if said.get("do_not_contact"):
        assert follow_ups == []
        return
    if not follow_ups:  # too late for them: the plan is to move on, today
        assert [step["id"] for step in make_plan(request, policy)["steps"]] == ["move-on"]
        return
    assert len(follow_ups) == 2
    follow_up_on = said.get("follow_up_on") and day(said["follow_up_on"])
    decision_by = said.get("decision_by") and day(said["decision_by"])
    assert all(due >= interview for due in follow_ups)
    if follow_up_on and follow_up_on >= interview:
        assert all(due >= follow_up_on for due in follow_ups)
    elif decision_by and decision_by >= interview:
        assert all(due > decision_by for due in follow_ups)


@settings(max_examples=150, deadline=None)
@given(cases())
def test_follow_ups_fall_on_business_days_only(case: tuple[dict, dict]) -> None:
    request, policy = case
    holidays = {day(text) for text in policy.get("holidays", [])}
    for step in make_plan(request, policy)["steps"]:
        if step["id"] in FOLLOW_UPS:
            due = day(step["due"])
            assert due.weekday() in business_days(policy) and due not in holidays


@settings(max_examples=100, deadline=None)
@given(cases())
def test_never_on_a_weekend_by_default(case: tuple[dict, dict]) -> None:
    request, _ = case
    for step in make_plan(request)["steps"]:
        if step["id"] in FOLLOW_UPS:
            assert day(step["due"]).weekday() < 5


@settings(max_examples=150, deadline=None)
@given(cases())
def test_one_thank_you_and_one_note_per_interviewer(case: tuple[dict, dict]) -> None:
    request, policy = case
    steps = make_plan(request, policy)["steps"]
    names = [" ".join(person["name"].split()) for person in request["interviewers"]]
    thanks = [step for step in steps if step["id"] == "thank-you-email"]
    notes = [step for step in steps if step["id"] == "handwritten-note"]
    assert len([step for step in steps if step["id"] == "move-on"]) == 1
    since = (day(request["today"]) - day(request["interview"]["date"])).days
    if len(steps) == 1:  # too late for anything but moving on
        return
    late_thanks = since >= policy.get("late_thank_you_days", 14)
    late_note = since >= policy.get("late_note_days", 7)
    follow_up = [step for step in steps if step["id"] == "follow-up"]
    thanked_in_follow_up = bool(follow_up) and "thank" in follow_up[0]["title"]
    if late_thanks:
        assert not thanks
    else:  # everyone thanked once: the main contact perhaps in the follow-up
        assert len(thanks) + thanked_in_follow_up == len(names)
    wanted = policy.get("handwritten_note", True) and not late_note
    assert len(notes) == (len(names) if wanted else 0)
    if late_thanks and follow_up:
        assert "thank" in follow_up[0]["title"]
    for step in thanks + notes:
        assert step["recipient"]  # a cleaned name, never empty


@settings(max_examples=100, deadline=None)
@given(cases())
def test_the_same_request_always_gives_the_same_plan(case: tuple[dict, dict]) -> None:
    request, policy = case
    plan = make_plan(request, policy)
    again = make_plan(copy.deepcopy(request), copy.deepcopy(policy))
    assert plan == again
    assert to_ics(plan) == to_ics(again)


@settings(max_examples=150, deadline=None)
@given(cases())
def test_every_step_keeps_the_contract(case: tuple[dict, dict]) -> None:
    request, policy = case
    plan = make_plan(request, policy)
    today = day(request["today"])
    interview = day(request["interview"]["date"])
    assert set(plan) == {"today", "steps", "warnings", "what_if"}
    assert [s["id"] for s in plan["steps"]].count("ask-next-steps") == (interview >= today)
    for step in plan["steps"]:
        assert step["id"] in STEP_IDS
        assert step["channel"] in {"in-person", "email", "mail", "phone", "none"}
        days = (day(step["due"]) - today).days
        assert days >= 0, "no step before today"
        assert step["days_from_today"] == days
        assert step["status"] == ("due-today" if days == 0 else "upcoming")
        if "was_due" in step:
            assert day(step["was_due"]) < today
            assert step["status"] == "due-today" or step["id"] == "follow-up"
        assert ("subject" in step) == ("mailto" in step) == (step["channel"] == "email")
        assert ("voicemail" in step) == (step["channel"] == "phone")
        if "tel" in step:
            assert step["tel"].startswith("tel:") and step["phone"]
        if step["channel"] == "email":
            assert step["mailto"].startswith("mailto:") and len(step["mailto"]) <= MAX_LENGTH
    moved = [step for step in plan["steps"] if "was_due" in step]
    late = [w for w in plan["warnings"] if w.startswith(("It is not too late", "Today, let"))]
    assert len(late) == (1 if moved else 0), "one sentence on what to do today"
    assert [message["id"] for message in plan["what_if"]] == WHAT_IF
    for message in plan["what_if"]:
        assert message.keys() == {"id", "title", "why", "subject", "body", "mailto", "more"}
        assert message["mailto"].startswith("mailto:") and len(message["mailto"]) <= MAX_LENGTH


@settings(max_examples=150, deadline=None)
@given(cases())
def test_no_step_and_no_calendar_event_before_today(case: tuple[dict, dict]) -> None:
    request, policy = case
    plan = make_plan(request, policy)
    today = day(request["today"])
    assert all(day(step["due"]) >= today for step in plan["steps"])
    calendar = icalendar.Calendar.from_ical(to_ics(plan))
    starts = [event.decoded("DTSTART") for event in calendar.walk("VEVENT")]
    assert len(starts) == len(plan["steps"]) and all(start >= today for start in starts)


@settings(max_examples=100, deadline=None)
@given(cases(), st.sampled_from([("es", "en-US"), ("es", "en-GB"), ("en", "en-GB")]))
def test_the_language_changes_the_words_never_the_plan(
    case: tuple[dict, dict], language: tuple[str, str]
) -> None:
    """The same steps on the same days, whatever the language and the centre's English; only
    the words differ, and every email link still fits."""
    request, policy = case
    code, locale = language
    english = make_plan(request, policy)
    other = make_plan(request | {"language": code}, policy, locale)

    def shape(plan: dict) -> list:
        keys = ("id", "due", "was_due", "channel", "recipient", "status", "uid", "tel")
        return [[step.get(key) for key in keys] for step in plan["steps"]]

    assert shape(other) == shape(english)
    assert len(other["warnings"]) == len(english["warnings"])
    for step in other["steps"]:
        if step["channel"] == "email":
            assert len(step["mailto"]) <= MAX_LENGTH
    if code == "es":
        texts = [s["title"] for s in other["steps"]] + [m["body"] for m in other["what_if"]]
        assert not set(texts) & {s["title"] for s in english["steps"]}
        assert to_ics(other, code).count("BEGIN:VEVENT") == len(other["steps"])
