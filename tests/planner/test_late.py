"""Plans made after the interview, through the command line: they start from today.

The example interview was on Friday 20 November 2026; each case plans it 3, 10, 20 and 60 days
later (Monday 23 November, Monday 30 November, Thursday 10 December, Tuesday 19 January), as
instructed, without instructions, and when asked not to make contact.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

HERE = Path(__file__).parent
ROOT = HERE.parents[1]
EXAMPLE = json.loads((HERE / "example-request.json").read_text())
INTERVIEW = date(2026, 11, 20)
INSTRUCTIONS = {
    "instructed": EXAMPLE["instructions"],  # follow up on Friday 27 November, by email
    "no-instructions": {},
    "do-not-contact": {"do_not_contact": True},
}
# What each plan holds, by days since the interview and instructions: (id, due, was_due).
EXPECTED = {
    (3, "instructed"): [
        ("thank-you-email", "2026-11-23", "2026-11-20"),
        ("handwritten-note", "2026-11-23", "2026-11-21"),
        ("follow-up", "2026-11-27", None),
        ("second-follow-up", "2026-12-11", None),
        ("move-on", "2026-12-18", None),
    ],
    (3, "no-instructions"): [
        ("thank-you-email", "2026-11-23", "2026-11-20"),
        ("handwritten-note", "2026-11-23", "2026-11-21"),
        ("follow-up", "2026-11-27", None),
        ("second-follow-up", "2026-12-11", None),
        ("move-on", "2026-12-18", None),
    ],
    (3, "do-not-contact"): [
        ("thank-you-email", "2026-11-23", "2026-11-20"),
        ("handwritten-note", "2026-11-23", "2026-11-21"),
        ("move-on", "2026-12-11", None),
    ],
    # From 7 days: no handwritten note.
    (10, "instructed"): [
        ("thank-you-email", "2026-11-30", "2026-11-20"),
        ("follow-up", "2026-11-30", "2026-11-27"),
        ("second-follow-up", "2026-12-14", None),  # 14 days after the moved follow-up
        ("move-on", "2026-12-21", None),
    ],
    (10, "no-instructions"): [
        ("thank-you-email", "2026-11-30", "2026-11-20"),
        ("follow-up", "2026-11-30", "2026-11-27"),
        ("second-follow-up", "2026-12-14", None),
        ("move-on", "2026-12-21", None),
    ],
    (10, "do-not-contact"): [
        ("thank-you-email", "2026-11-30", "2026-11-20"),
        ("move-on", "2026-12-11", None),
    ],
    # From 14 days: no separate thank-you; the first follow-up thanks them.
    (20, "instructed"): [
        ("follow-up", "2026-12-10", "2026-11-27"),
        ("second-follow-up", "2026-12-24", None),
        ("move-on", "2026-12-31", None),
    ],
    (20, "no-instructions"): [
        ("follow-up", "2026-12-10", "2026-11-27"),
        ("second-follow-up", "2026-12-24", None),
        ("move-on", "2026-12-31", None),
    ],
    (20, "do-not-contact"): [("move-on", "2026-12-11", None)],
    # Even the day to move on has passed: that is the plan, today.
    (60, "instructed"): [("move-on", "2027-01-19", "2026-12-18")],
    (60, "no-instructions"): [("move-on", "2027-01-19", "2026-12-18")],
    (60, "do-not-contact"): [("move-on", "2027-01-19", "2026-12-11")],
}
WARNINGS = {
    3: "It is not too late: send your thank-you email and post your handwritten note today.",
    10: "It is not too late: send your thank-you email and email Dana Lee to follow up today.",
    20: "It is not too late: email Dana Lee to say thank you and follow up today.",
    60: "Today, let this application go and turn to your next one.",
}


def cli(verb: str, request: dict, *options: str) -> bytes:
    result = subprocess.run(
        [sys.executable, "-m", "planner", verb, *options],
        input=json.dumps(request).encode(),
        capture_output=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode()
    return result.stdout


@pytest.mark.parametrize(("days", "said"), list(EXPECTED), ids=[f"{d}-{s}" for d, s in EXPECTED])
def test_a_late_plan_starts_today(days: int, said: str) -> None:
    today = INTERVIEW + timedelta(days=days)
    request = EXAMPLE | {"today": today.isoformat(), "instructions": INSTRUCTIONS[said]}
    plan = json.loads(cli("plan", request))
    steps = plan["steps"]
    assert [(s["id"], s["due"], s.get("was_due")) for s in steps] == EXPECTED[days, said]
    for step in steps:
        assert step["due"] >= today.isoformat()
        moved = "was_due" in step
        assert step["status"] == ("due-today" if moved else "upcoming")
    ids = [step["id"] for step in steps]
    assert ("handwritten-note" in ids) == (days < 7)
    assert ("thank-you-email" in ids) == (days < 14 and ids != ["move-on"])
    follow_up = [step for step in steps if step["id"] == "follow-up"]
    if days >= 14 and follow_up:
        body = follow_up[0]["body"]
        assert follow_up[0]["title"] == "Email Dana Lee to say thank you and follow up"
        assert body.split("\n\n")[1].startswith("Thank you for meeting with me on Friday 20")
        assert "still very interested" in body
    elif follow_up:
        assert not follow_up[0]["body"].split("\n\n")[1].startswith("Thank you")
    if ids == ["move-on"] and "was_due" in steps[0]:
        assert steps[0]["why"].startswith("It has been")
        assert "usually means they have chosen someone else" in steps[0]["why"]
    late = [w for w in plan["warnings"] if w.startswith(("It is not too late", "Today, let"))]
    if said == "do-not-contact" and days in (10, 20):
        expected = {10: [WARNINGS[3].replace(" and post your handwritten note", "")], 20: []}
        assert late == expected[days]
    elif said == "do-not-contact" and days == 3:
        assert late == [WARNINGS[3]]
    else:
        assert late == [WARNINGS[days]]
    assert [message["id"] for message in plan["what_if"]] == [
        "another-offer",
        "withdraw",
        "after-a-no",
    ]


@pytest.mark.parametrize("days", [3, 10, 20, 60])
def test_the_calendar_of_a_late_plan_holds_nothing_before_today(days: int) -> None:
    import icalendar

    today = INTERVIEW + timedelta(days=days)
    request = EXAMPLE | {"today": today.isoformat()}
    calendar = icalendar.Calendar.from_ical(cli("ics", request))
    starts = [event.decoded("DTSTART") for event in calendar.walk("VEVENT")]
    assert starts and min(starts) == today
    assert len(starts) == len(EXPECTED[days, "instructed"])


def test_a_follow_up_moved_at_a_weekend_goes_to_monday() -> None:
    """Planned on Saturday 28 November: the thank-you is today, the follow-up on Monday."""
    request = EXAMPLE | {"today": "2026-11-28"}
    steps = json.loads(cli("plan", request))["steps"]
    assert [(s["id"], s["due"], s["status"]) for s in steps[:2]] == [
        ("thank-you-email", "2026-11-28", "due-today"),
        ("follow-up", "2026-11-30", "upcoming"),
    ]
    assert steps[1]["was_due"] == "2026-11-27"


def test_the_late_thresholds_are_policy_keys(tmp_path: Path) -> None:
    config = tmp_path / "mkdocs.yml"
    config.write_text(
        "site_name: x\nextra:\n  planner:\n    policy:\n"
        "      late_thank_you_days: 30\n      late_note_days: 20\n"
    )
    request = EXAMPLE | {"today": "2026-12-10"}  # 20 days: thanks kept, note dropped
    plan = json.loads(cli("plan", request, "--config", str(config)))
    ids = [step["id"] for step in plan["steps"]]
    assert ids == ["thank-you-email", "follow-up", "second-follow-up", "move-on"]
    config.write_text(config.read_text().replace("late_note_days: 20", "late_note_days: 21"))
    plan = json.loads(cli("plan", request, "--config", str(config)))
    ids = [step["id"] for step in plan["steps"]]
    assert ids == [
        "thank-you-email",
        "handwritten-note",
        "follow-up",
        "second-follow-up",
        "move-on",
    ]
