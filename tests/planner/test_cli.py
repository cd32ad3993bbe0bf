"""`python -m planner`: the plan, the calendar, `--config`, and exit 2 for any bad input."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import icalendar
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner import PlannerInputError, make_plan
from planner.cli import render
from planner.languages import LANGUAGES

HERE = Path(__file__).parent
ROOT = HERE.parents[1]
EXAMPLE_FILE = HERE / "example-request.json"
EXAMPLE = json.loads(EXAMPLE_FILE.read_text())
MKDOCS_YML = """\
site_name: Test Centre
theme:
  name: material
markdown_extensions:
  - pymdownx.emoji:
      emoji_index: !!python/name:material.extensions.emoji.twemoji
      emoji_generator: !!python/name:material.extensions.emoji.to_svg
  - pymdownx.superfences:
      custom_fences:
        - name: mermaid
          format: !!python/name:pymdownx.superfences.fence_code_format
extra:
  analytics_key: !ENV [ANALYTICS_KEY, "none"]
  planner:
{policy}
"""


def run(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "planner", *args],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )


def fails(result: subprocess.CompletedProcess[bytes]) -> list[str]:
    """The problem lines of a run that must have failed with status 2 and no traceback."""
    err = result.stderr.decode()
    assert result.returncode == 2, err
    assert result.stdout == b""
    assert "Traceback" not in err
    return err.splitlines()


def config(tmp_path: Path, policy: str) -> str:
    path = tmp_path / "mkdocs.yml"
    path.write_text(MKDOCS_YML.format(policy=policy))
    return str(path)


def test_plan_prints_the_example_plan() -> None:
    result = run("plan", str(EXAMPLE_FILE))
    assert result.returncode == 0, result.stderr.decode()
    assert json.loads(result.stdout) == make_plan(EXAMPLE)
    assert result.stderr == b""


def test_plan_reads_stdin() -> None:
    for args in (("plan",), ("plan", "-")):
        result = run(*args, stdin=EXAMPLE_FILE.read_bytes())
        assert result.returncode == 0
        assert json.loads(result.stdout) == make_plan(EXAMPLE)


def test_ics_prints_the_calendar_and_the_warnings_on_stderr() -> None:
    result = run("ics", str(EXAMPLE_FILE))
    assert result.returncode == 0
    assert result.stdout.startswith(b"BEGIN:VCALENDAR\r\n")
    calendar = icalendar.Calendar.from_ical(result.stdout)
    assert len(list(calendar.walk("VEVENT"))) == 5
    assert result.stderr.decode().splitlines() == [
        f"warning: {warning}" for warning in make_plan(EXAMPLE)["warnings"]
    ]


def test_invalid_request_exits_2_with_one_line_per_problem() -> None:
    request = {"interview": {"date": "2026-02-30"}, "interviewers": [{"email": "x"}]}
    lines = fails(run("plan", stdin=json.dumps(request).encode()))
    assert lines == [
        "interview.date: not a date: 2026-02-30",
        "interviewers[0].name: required",
        "interviewers[0].email: not an email address: x",
    ]
    assert fails(run("ics", stdin=json.dumps(request).encode())) == lines


@pytest.mark.parametrize(
    ("stdin", "expected"),
    [
        (b"", "input: not valid JSON: Expecting value: line 1 column 1 (char 0)"),
        (b"{", "input: not valid JSON: Expecting property name enclosed in double quotes"),
        (b"[1, 2]", "request: expected an object, got a list"),
        (b"null", "request: expected an object, got null"),
        (b'"plan"', "request: expected an object, got text"),
        (b"\xff\xfe{}", "input: not UTF-8 text"),
        (b"[" * 100_000, "input: not valid JSON: nested too deeply"),
        (b'{"a": 1' + b" " * 1_000_000 + b"}", "input: larger than 1000 kB"),
        (b"1" * 5000, "input: not valid JSON: Exceeds the limit (4300 digits)"),
    ],
)
def test_bad_json_exits_2(stdin: bytes, expected: str) -> None:
    (line,) = fails(run("plan", stdin=stdin))
    assert line.startswith(expected)


def test_a_byte_order_mark_is_fine() -> None:
    result = run("plan", stdin=b"\xef\xbb\xbf" + EXAMPLE_FILE.read_bytes())
    assert result.returncode == 0


def test_unreadable_files_exit_2(tmp_path: Path) -> None:
    missing = tmp_path / "missing.json"
    assert fails(run("plan", str(missing))) == [
        f"input: cannot read {missing}: No such file or directory"
    ]
    (line,) = fails(run("plan", str(tmp_path)))
    assert line.startswith(f"input: cannot read {tmp_path}: ")


def test_usage_errors_exit_2_without_a_traceback() -> None:
    for args in ((), ("frobnicate",), ("plan", "a.json", "b.json"), ("plan", "--config")):
        result = run(*args)
        assert result.returncode == 2
        assert b"usage: python -m planner" in result.stderr
        assert b"Traceback" not in result.stderr


def test_config_takes_the_policy_from_mkdocs_yml(tmp_path: Path) -> None:
    """Issue 6's case: follow up after 5 business days, with a holiday on the computed date."""
    path = config(
        tmp_path,
        "    policy:\n      follow_up_days: 5\n      count_business_days: true\n"
        "      holidays: [2026-11-26, '2026-12-24..2026-12-26']\n",
    )
    request = EXAMPLE | {"instructions": {}}
    result = run("plan", "--config", path, stdin=json.dumps(request).encode())
    assert result.returncode == 0, result.stderr.decode()
    plan = json.loads(result.stdout)
    policy = {
        "follow_up_days": 5,
        "count_business_days": True,
        "holidays": ["2026-11-26", "2026-12-24..2026-12-26"],
    }
    assert plan == make_plan(request, policy)
    follow_up = next(step for step in plan["steps"] if step["id"] == "follow-up")
    assert follow_up["due"] == "2026-11-30"  # Friday 20th + 5 business days, skipping the 26th
    ics = run("ics", "--config", path, stdin=json.dumps(request).encode())
    assert b"DTSTART;VALUE=DATE:20261130" in ics.stdout


def thanksgiving(year: int) -> date:
    """The fourth Thursday of November."""
    first = date(year, 11, 1)
    return first + timedelta(days=(3 - first.weekday()) % 7 + 21)


def next_weekday(day: date, skip: set[date]) -> date:
    day += timedelta(days=1)
    while day.weekday() >= 5 or day in skip:
        day += timedelta(days=1)
    return day


def test_config_holidays_country_moves_follow_ups_off_public_holidays(tmp_path: Path) -> None:
    """A week after the interview lands on Thanksgiving, or on Christmas Day: with
    holidays_country US the follow-up moves to the next business day, without it it does not.
    The dates are expanded from this year, as the site's build does."""
    year = date.today().year
    christmas = next(
        date(y, 12, 25) for y in range(year, year + 3) if date(y, 12, 25).weekday() < 5
    )
    us = config(tmp_path, "    policy:\n      holidays_country: US\n")
    plain = str(tmp_path / "plain.yml")
    Path(plain).write_text(MKDOCS_YML.format(policy="    policy:\n"))
    for holiday in (thanksgiving(year), christmas):
        interview = holiday - timedelta(days=7)
        request = EXAMPLE | {
            "today": interview.isoformat(),
            "interview": {"date": interview.isoformat()},
            "instructions": {},
        }
        stdin = json.dumps(request).encode()
        found = {}
        for name, path in (("us", us), ("plain", plain)):
            result = run("plan", "--config", path, stdin=stdin)
            assert result.returncode == 0, result.stderr.decode()
            steps = json.loads(result.stdout)["steps"]
            found[name] = next(s["due"] for s in steps if s["id"] == "follow-up")
        assert found["plain"] == holiday.isoformat()
        observed = {holiday, christmas + timedelta(days=1)} if holiday == christmas else set()
        assert found["us"] == next_weekday(holiday, observed).isoformat()
        ics = run("ics", "--config", us, stdin=stdin).stdout.decode()
        assert f"DTSTART;VALUE=DATE:{found['us'].replace('-', '')}" in ics
        assert f"DTSTART;VALUE=DATE:{holiday:%Y%m%d}" not in ics


def test_config_holidays_subdivision_adds_regional_days(tmp_path: Path) -> None:
    """Easter Monday is a holiday in England (GB-ENG), not in Scotland (GB-SCT)."""
    year = date.today().year + 1
    from holidays import country_holidays

    easter_monday = next(
        day
        for day, name in country_holidays("GB", subdiv="ENG", years=year).items()
        if name == "Easter Monday"
    )
    interview = easter_monday - timedelta(days=7)
    request = EXAMPLE | {
        "today": interview.isoformat(),
        "interview": {"date": interview.isoformat()},
        "instructions": {},
    }
    dues = {}
    for subdivision in ("ENG", "SCT"):
        path = config(
            tmp_path,
            f"    policy:\n      holidays_country: gb\n      holidays_subdivision: {subdivision}\n",
        )
        result = run("plan", "--config", path, stdin=json.dumps(request).encode())
        assert result.returncode == 0, result.stderr.decode()
        dues[subdivision] = next(
            s["due"] for s in json.loads(result.stdout)["steps"] if s["id"] == "follow-up"
        )
    assert dues == {
        "ENG": (easter_monday + timedelta(days=1)).isoformat(),
        "SCT": easter_monday.isoformat(),
    }


def test_config_without_a_policy_uses_the_defaults(tmp_path: Path) -> None:
    for section in ("    contact: {email: help@example.com}\n", "    policy:\n"):
        result = run("plan", str(EXAMPLE_FILE), "--config", config(tmp_path, section))
        assert result.returncode == 0, result.stderr.decode()
        assert json.loads(result.stdout) == make_plan(EXAMPLE)


def test_the_projects_own_mkdocs_yml_is_readable() -> None:
    result = run("plan", str(EXAMPLE_FILE), "--config", str(ROOT / "mkdocs.yml"))
    assert result.returncode == 0, result.stderr.decode()


@pytest.mark.parametrize(
    ("policy", "expected"),
    [
        (
            "    policy:\n      follow_up_days: 0\n      handwritten_note: maybe\n",
            [
                "extra.planner.policy.follow_up_days: must be a whole number from 1 to 90, got 0",
                "extra.planner.policy.handwritten_note: expected true or false, got text",
            ],
        ),
        (
            "    policy:\n      followup_days: 5\n",
            [
                "extra.planner.policy.followup_days: unknown key; did you mean follow_up_days? "
                "allowed: thank_you_email_days, handwritten_note, handwritten_note_days, "
                "follow_up_days, count_business_days, second_follow_up_days, move_on_days, "
                "do_not_contact_move_on_days, do_not_contact_after_decision_days, "
                "late_thank_you_days, late_note_days, business_days, holidays, holidays_country, "
                "holidays_subdivision, far_decision_days"
            ],
        ),
        (
            "    policy: [1, 2]\n",
            ["extra.planner.policy: expected an object, got a list"],
        ),
        (
            "    policy:\n      holidays: [2026-02-30]\n",
            ["extra.planner.policy.holidays[0]: not a date: 2026-02-30"],
        ),
        (
            "    policy:\n      holidays_country: USA\n",
            ["extra.planner.policy.holidays_country: not a code like US, GB or CA: USA"],
        ),
        (
            "    policy:\n      holidays_country: ZZ\n",
            [
                "extra.planner.policy.holidays_country: not a country the holidays library "
                "knows: ZZ (e.g. US, GB, CA)"
            ],
        ),
        (
            "    policy:\n      holidays_country: CA\n      holidays_subdivision: ON\n",
            [
                "extra.planner.policy.holidays_subdivision: got true/false: put the code in "
                'quotes, e.g. "ON"'
            ],
        ),
        (
            "    policy:\n      holidays_country: CA\n      holidays_subdivision: ENG\n",
            [
                "extra.planner.policy.holidays_subdivision: not a subdivision of CA: ENG; use "
                "one of AB, BC, MB, NB, NL, NS, NT, NU, ON, PE, QC, SK, YT"
            ],
        ),
        (
            "    policy:\n      holidays_subdivision: '01'\n",
            ["extra.planner.policy.holidays_subdivision: needs holidays_country as well"],
        ),
    ],
)
def test_bad_config_exits_2_naming_the_key(tmp_path: Path, policy: str, expected: list) -> None:
    result = run("plan", str(EXAMPLE_FILE), "--config", config(tmp_path, policy))
    assert fails(result) == expected


def test_unreadable_or_invalid_config_exits_2(tmp_path: Path) -> None:
    missing = tmp_path / "nope.yml"
    assert fails(run("plan", str(EXAMPLE_FILE), "--config", str(missing))) == [
        f"--config: cannot read {missing}: No such file or directory"
    ]
    broken = tmp_path / "broken.yml"
    broken.write_text("site_name: x\nextra:\n  planner: [\n")
    (line,) = fails(run("plan", str(EXAMPLE_FILE), "--config", str(broken)))
    assert line.startswith("--config: not valid YAML (line 4): ")


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300) | st.text(max_size=300).map(str.encode))
def test_any_bytes_give_output_or_named_problems(raw: bytes) -> None:
    for verb in ("plan", "ics"):
        try:
            output, warnings = render(verb, raw)
        except PlannerInputError as error:
            assert all(problem.field for problem in error.problems)
        else:
            assert output and all(isinstance(warning, str) for warning in warnings)


def test_importing_the_planner_stays_light() -> None:
    """The browser imports the package: no CLI, JSON, YAML, email or URL machinery, and no
    `dataclasses` (its generated code was half of the import in Pyodide: planner/frozen.py)."""
    code = "import sys, planner; print(' '.join(sorted(sys.modules)))"
    modules = set(subprocess.check_output([sys.executable, "-c", code], cwd=ROOT).split())
    heavy = {b"argparse", b"json", b"yaml", b"email", b"urllib", b"difflib", b"planner.cli"}
    heavy |= {b"holidays", b"planner.public_holidays", b"dataclasses"}
    assert not modules & heavy


# ---- Plans made after the interview start from today -------------------------------------------
# The example interview was on Friday 20 November 2026; each case plans it 3, 10, 20 and 60 days
# later (Monday 23 November, Monday 30 November, Thursday 10 December, Tuesday 19 January), as
# instructed, without instructions, and when asked not to make contact.

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
    # From 7 days: no handwritten note. The thank-you is late and the follow-up due: one
    # message to Dana Lee does both, not two the same day.
    (10, "instructed"): [
        ("follow-up", "2026-11-30", "2026-11-27"),
        ("second-follow-up", "2026-12-14", None),  # 14 days after the moved follow-up
        ("move-on", "2026-12-21", None),
    ],
    (10, "no-instructions"): [
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
    10: "It is not too late: email Dana Lee to say thank you and follow up today.",
    20: "It is not too late: email Dana Lee to say thank you and follow up today.",
    60: "Today, let this application go and turn to your next one.",
}


def cli(verb: str, request: dict, *options: str) -> bytes:
    result = run(verb, *options, stdin=json.dumps(request).encode())
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
    thanked_apart = days < 7 or (days < 14 and said == "do-not-contact")
    assert ("thank-you-email" in ids) == thanked_apart
    follow_up = [step for step in steps if step["id"] == "follow-up"]
    if days >= 7 and follow_up:
        body = follow_up[0]["body"]
        assert follow_up[0]["title"] == "Email Dana Lee to say thank you and follow up"
        assert body.split("\n\n")[1].startswith("Thank you for meeting with me about")
        assert "still very interested" in body
    elif follow_up:
        assert not follow_up[0]["body"].split("\n\n")[1].startswith("Thank you")
    if ids == ["move-on"] and "was_due" in steps[0]:
        assert steps[0]["why"].startswith("It has been")
        assert "usually means they have chosen someone else" in steps[0]["why"]
    late = [w for w in plan["warnings"] if w.startswith(("It is not too late", "Today, let"))]
    if said == "do-not-contact" and days in (10, 20):
        expected = {10: ["It is not too late: send your thank-you email today."], 20: []}
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
    today = INTERVIEW + timedelta(days=days)
    request = EXAMPLE | {"today": today.isoformat()}
    calendar = icalendar.Calendar.from_ical(cli("ics", request))
    starts = [event.decoded("DTSTART") for event in calendar.walk("VEVENT")]
    assert starts and min(starts) == today
    assert len(starts) == len(EXPECTED[days, "instructed"])


def test_a_follow_up_moved_at_a_weekend_goes_to_monday() -> None:
    """Planned on Saturday 28 November: the follow-up moves to Monday, and as a thank-you
    written today would be read on Monday too, that one message also says thank you."""
    request = EXAMPLE | {"today": "2026-11-28"}
    steps = json.loads(cli("plan", request))["steps"]
    assert [(s["id"], s["due"], s["status"]) for s in steps[:1]] == [
        ("follow-up", "2026-11-30", "upcoming"),
    ]
    assert steps[0]["was_due"] == "2026-11-27"
    assert steps[0]["title"] == "Email Dana Lee to say thank you and follow up"


def test_a_late_thank_you_is_kept_apart_from_a_follow_up_days_later() -> None:
    """Planned on Saturday 21 November, the day after the interview: the thank-you today (read
    on Monday), the follow-up as instructed on Friday 27, four business days later."""
    steps = json.loads(cli("plan", EXAMPLE | {"today": "2026-11-21"}))["steps"]
    assert [s["id"] for s in steps[:3]] == ["thank-you-email", "handwritten-note", "follow-up"]
    assert steps[2]["title"] == "Email Dana Lee to follow up"


def test_an_on_time_thank_you_stays_apart_from_a_follow_up_the_next_day() -> None:
    """Told at the interview to follow up the next day: today's thank-you is not late, so it
    stays its own email."""
    request = EXAMPLE | {
        "today": "2026-11-20",
        "instructions": {"follow_up_on": "2026-11-23", "follow_up_by": "email"},
    }
    steps = json.loads(cli("plan", request))["steps"]
    assert [s["id"] for s in steps] == [
        "ask-next-steps",
        "thank-you-email",
        "handwritten-note",
        "follow-up",
        "second-follow-up",
        "move-on",
    ]


def test_a_late_panel_thanks_the_others_and_the_main_contact_once() -> None:
    """Ten days late with a panel: Dana Lee (the main contact) gets one message that thanks
    and follows up; the others their own thank-you emails, the same day."""
    request = copy.deepcopy(EXAMPLE) | {"today": "2026-11-30"}
    request["interviewers"].append({"name": "Raj Patel", "email": "raj@example.com"})
    plan = json.loads(cli("plan", request))
    steps = plan["steps"]
    assert [(s["id"], s["recipient"], s["due"]) for s in steps[:2]] == [
        ("thank-you-email", "Raj Patel", "2026-11-30"),
        ("follow-up", "Dana Lee", "2026-11-30"),
    ]
    assert steps[1]["why"].startswith("You have not thanked them yet and it is time to follow up")
    assert "It is not too late: send your thank-you email and email Dana Lee to say thank you" in (
        " ".join(plan["warnings"])
    )


def test_the_late_thresholds_are_policy_keys(tmp_path: Path) -> None:
    path = tmp_path / "mkdocs.yml"
    path.write_text(
        "site_name: x\nextra:\n  planner:\n    policy:\n"
        "      late_thank_you_days: 30\n      late_note_days: 20\n"
    )
    # 20 days: thanks kept (the follow-up, on 18 December, is not due yet), note dropped
    instructions = {"follow_up_on": "2026-12-18", "follow_up_by": "email"}
    request = EXAMPLE | {"today": "2026-12-10", "instructions": instructions}
    plan = json.loads(cli("plan", request, "--config", str(path)))
    ids = [step["id"] for step in plan["steps"]]
    assert ids == ["thank-you-email", "follow-up", "second-follow-up", "move-on"]
    path.write_text(path.read_text().replace("late_note_days: 20", "late_note_days: 21"))
    plan = json.loads(cli("plan", request, "--config", str(path)))
    ids = [step["id"] for step in plan["steps"]]
    assert ids == [
        "thank-you-email",
        "handwritten-note",
        "follow-up",
        "second-follow-up",
        "move-on",
    ]


# ---- Languages: the request's language, the centre's English -------------------------------


def test_plan_in_spanish_prints_the_spanish_plan() -> None:
    request = EXAMPLE | {
        "language": "es",
        "position": "Analista Junior",
        "interviewers": [EXAMPLE["interviewers"][0] | {"greeting": "Sra. Lee"}],
    }
    result = run("plan", stdin=json.dumps(request).encode())
    assert result.returncode == 0, result.stderr.decode()
    plan = json.loads(result.stdout)
    assert plan == make_plan(request)
    first = plan["steps"][0]
    assert first["title"] == "Envíe un correo de agradecimiento a Dana Lee"
    assert first["subject"] == "Gracias por la entrevista para el puesto de Analista Junior"
    assert first["body"].startswith("Estimada Sra. Lee:\n\nMuchas gracias por reunirse conmigo")
    assert plan["warnings"] == [
        "Todavía está a tiempo: envíe su correo de agradecimiento y mande por correo postal su "
        "nota escrita a mano hoy."
    ]
    assert plan["what_if"][0]["title"] == "Si recibe otra oferta de trabajo"
    ics = run("ics", stdin=json.dumps(request).encode()).stdout.decode()
    assert "Asunto: Gracias por la entrevista" in ics.replace("\r\n ", "")


def test_config_takes_the_centres_english_from_mkdocs_yml(tmp_path: Path) -> None:
    request = json.dumps(EXAMPLE | {"instructions": {"decision_by": "2026-12-01"}}).encode()
    us = json.loads(run("plan", stdin=request).stdout)
    gb_config = config(tmp_path, "    centre:\n      locale: en-GB\n")
    gb = json.loads(run("plan", "--config", gb_config, stdin=request).stdout)
    follow_up = next(step for step in us["steps"] if step["id"] == "follow-up")
    assert "decide by Tuesday, December 1, 2026," in follow_up["why"]
    follow_up = next(step for step in gb["steps"] if step["id"] == "follow-up")
    assert "decide by Tuesday 1 December 2026," in follow_up["why"]
    note = next(step for step in gb["steps"] if step["id"] == "handwritten-note")
    assert "organisation's address" in note["why"]
    note = next(step for step in us["steps"] if step["id"] == "handwritten-note")
    assert "organization's address" in note["why"]
    bad = config(tmp_path, "    centre:\n      locale: en-AU\n")
    assert fails(run("plan", "--config", bad, stdin=request)) == [
        "extra.planner.centre.locale: must be one of en-US, en-GB, got en-AU"
    ]


def test_a_language_there_is_no_catalogue_for_is_one_line() -> None:
    request = EXAMPLE | {"language": "fr"}
    assert fails(run("plan", stdin=json.dumps(request).encode())) == [
        f"language: must be one of {', '.join(LANGUAGES)}, got fr"
    ]
