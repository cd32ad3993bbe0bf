"""The calendar: RFC 5545 as the `icalendar` library reads it, whatever the visitor typed."""

from __future__ import annotations

import copy
import json
from datetime import date, timedelta
from pathlib import Path

import icalendar
from hypothesis import given, settings
from hypothesis import strategies as st

from planner import make_plan, to_ics

EXAMPLE = json.loads((Path(__file__).parent / "example-request.json").read_text())
HOSTILE = (
    'Dana\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:pwned; x=1, y\\n "quoted" '
    "\nBEGIN:VCALENDAR\r\nATTACH:http://evil.example/"
)


def events(calendar_text: str) -> list[icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(calendar_text)
    return list(calendar.walk("VEVENT"))


def test_one_all_day_event_per_step_with_the_right_dates() -> None:
    plan = make_plan(EXAMPLE)
    found = events(to_ics(plan))
    assert len(found) == len(plan["steps"])
    for step, event in zip(plan["steps"], found, strict=True):
        due = date.fromisoformat(step["due"])
        assert event.decoded("DTSTART") == due
        assert event.decoded("DTEND") == due + timedelta(days=1)  # exclusive end
        assert event["DTSTART"].params["VALUE"] == "DATE"
        assert str(event["SUMMARY"]) == step["summary"]
        assert str(event["SUMMARY"]).endswith(" (Junior Analyst, Northwind Trading)")
        assert str(event["UID"]) == step["uid"]
        description = str(event["DESCRIPTION"])
        assert description.startswith(step["why"])
        assert step.get("body", "") in description
        (alarm,) = event.walk("VALARM")
        assert str(alarm["ACTION"]) == "DISPLAY"
        assert alarm.decoded("TRIGGER") == timedelta(hours=9)


def test_the_file_is_crlf_folded_and_versioned() -> None:
    text = to_ics(make_plan(EXAMPLE))
    assert text.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")
    assert text.endswith("END:VCALENDAR\r\n")
    assert "\n" not in text.replace("\r\n", "")
    lines = text.split("\r\n")[:-1]
    assert all(len(line.encode()) <= 75 for line in lines)
    assert any(line.startswith(" ") for line in lines), "long descriptions are folded"
    assert "DTSTAMP:20261123T000000Z" in lines  # from `today`: deterministic


def test_hostile_text_stays_inside_its_property() -> None:
    request = copy.deepcopy(EXAMPLE)
    request["interviewers"][0] |= {"name": HOSTILE[:60], "discussed": HOSTILE}
    request["strengths"] = HOSTILE
    plan = make_plan(request)
    text = to_ics(plan)
    lines = text.split("\r\n")
    assert lines.count("BEGIN:VEVENT") == len(plan["steps"])  # only the planner's own
    assert lines.count("BEGIN:VCALENDAR") == 1
    assert not [line for line in lines if line.startswith(("ATTACH", "SUMMARY:pwned"))]
    found = events(text)
    assert len(found) == len(plan["steps"])
    for step, event in zip(plan["steps"], found, strict=True):
        assert str(event["SUMMARY"]) == step["summary"]
        assert "ATTACH" not in event
        assert step.get("body", "") in str(event["DESCRIPTION"])
    name = " ".join(HOSTILE[:60].split())
    assert str(found[0]["SUMMARY"]) == (
        f"Send a thank-you email to {name} (Junior Analyst, Northwind Trading)"
    )
    assert ";" in name and "," in name and "\\" in name  # kept, as text


def test_utf8_is_never_split_when_folding() -> None:
    request = copy.deepcopy(EXAMPLE)
    request["interviewers"][0]["name"] = "Zoë 👩🏽‍💻 " * 8
    text = to_ics(make_plan(request))
    for line in text.encode().split(b"\r\n"):
        assert len(line) <= 75
        line.decode()  # each physical line is valid UTF-8 on its own


def test_reimporting_an_updated_plan_keeps_the_uids() -> None:
    """Ten days later the note is dropped, the thank-you goes with the follow-up and the rest
    moves: the same events, updated."""
    later = copy.deepcopy(EXAMPLE) | {"today": "2026-11-30"}
    first = {str(event["UID"]) for event in events(to_ics(make_plan(EXAMPLE)))}
    second = {str(event["UID"]) for event in events(to_ics(make_plan(later)))}
    assert second < first and len(first) == 5 and len(second) == 3


def test_two_applications_give_events_told_apart() -> None:
    """Imported into one calendar, two plans' events differ in UID and in summary."""
    other = copy.deepcopy(EXAMPLE) | {"company": "Southwind Shipping", "position": None}
    bare = copy.deepcopy(EXAMPLE) | {"company": None, "position": None}
    calendars = [events(to_ics(make_plan(request))) for request in (EXAMPLE, other, bare)]
    summaries = [[str(event["SUMMARY"]) for event in found] for found in calendars]
    assert (
        summaries[0][-1] == "Move on if you have not heard back (Junior Analyst, Northwind Trading)"
    )
    assert summaries[1][-1] == "Move on if you have not heard back (Southwind Shipping)"
    assert (
        summaries[2][-1] == "Move on if you have not heard back (interview on Friday, November 20)"
    )
    assert summaries[0][2] == "Email Dana Lee to follow up (Junior Analyst, Northwind Trading)"
    for one, two in [(0, 1), (0, 2), (1, 2)]:
        assert not set(summaries[one]) & set(summaries[two])
        uids = [{str(event["UID"]) for event in calendars[k]} for k in (one, two)]
        assert not uids[0] & uids[1]


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=99), st.text(max_size=999))
def test_any_text_round_trips_through_icalendar(name: str, discussed: str) -> None:
    request = copy.deepcopy(EXAMPLE)
    request["interviewers"][0] |= {"name": name + "x", "discussed": discussed}
    plan = make_plan(request)
    text = to_ics(plan)
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    found = events(text)
    assert [str(event["SUMMARY"]) for event in found] == [step["summary"] for step in plan["steps"]]
    thanks = found[0]
    assert plan["steps"][0]["body"] in str(thanks["DESCRIPTION"])
