"""The timing policy: defaults, key-by-key overrides, and one named problem per bad key."""

from __future__ import annotations

import json
import re
from datetime import date, datetime

import pytest

from planner import PlannerInputError, policy
from planner.frozen import field_names, replace
from planner.policy import Policy, parse_policy, policy_data
from planner.public_holidays import with_public_holidays


def problems(data: object, where: str = "policy") -> list[str]:
    with pytest.raises(PlannerInputError) as caught:
        parse_policy(data, where=where)  # type: ignore[arg-type]
    return [str(problem) for problem in caught.value.problems]


def test_defaults_follow_the_advice_and_the_issue() -> None:
    assert parse_policy(None) == parse_policy({}) == Policy()
    defaults = Policy()
    assert (defaults.thank_you_email_days, defaults.handwritten_note_days) == (0, 1)
    assert (defaults.follow_up_days, defaults.second_follow_up_days, defaults.move_on_days) == (
        7,
        14,
        7,
    )
    assert defaults.do_not_contact_move_on_days == 21
    assert defaults.do_not_contact_after_decision_days == 7
    assert defaults.handwritten_note is True and defaults.count_business_days is False
    assert defaults.business_days == {0, 1, 2, 3, 4}
    assert defaults.holidays == frozenset()


def test_overrides_are_key_by_key() -> None:
    changed = parse_policy({"follow_up_days": 5, "count_business_days": True})
    assert changed == replace(Policy(), follow_up_days=5, count_business_days=True)


def test_every_key_is_documented_with_its_default() -> None:
    doc = policy.__doc__ or ""
    for name in field_names(Policy):
        match = re.search(rf"^`{name}`: `([^`]*)`", doc, re.MULTILINE)
        assert match, f"{name} is not documented"
        default = getattr(Policy(), name)
        if isinstance(default, bool):
            assert match[1] == str(default).lower()
        elif isinstance(default, int):
            assert match[1] == str(default)
    assert re.findall(r"^`(\w+)`:", doc, re.MULTILINE) == list(field_names(Policy))


def test_weekday_names_and_abbreviations() -> None:
    assert parse_policy({"business_days": ["Sun", "monday", " TUE "]}).business_days == {6, 0, 1}


def test_holidays_from_json_text_yaml_dates_and_ranges() -> None:
    parsed = parse_policy({"holidays": ["2026-12-25", date(2027, 1, 1), "2026-12-28..2026-12-30"]})
    assert parsed.holidays == {
        date(2026, 12, 25),
        date(2027, 1, 1),
        date(2026, 12, 28),
        date(2026, 12, 29),
        date(2026, 12, 30),
    }


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (
            {"folow_up_days": 5},
            "policy.folow_up_days: unknown key; did you mean follow_up_days? allowed: "
            "thank_you_email_days, handwritten_note,",
        ),
        (
            {"follow_up_days": "seven"},
            "policy.follow_up_days: must be a whole number from 1 to 90, got seven",
        ),
        (
            {"follow_up_days": 7.5},
            "policy.follow_up_days: must be a whole number from 1 to 90, got 7.5",
        ),
        (
            {"follow_up_days": True},
            "policy.follow_up_days: must be a whole number from 1 to 90, got True",
        ),
        (
            {"follow_up_days": 0},
            "policy.follow_up_days: must be a whole number from 1 to 90, got 0",
        ),
        ({"move_on_days": -1}, "policy.move_on_days: must be a whole number from 0 to 180, got -1"),
        (
            {"move_on_days": None},
            "policy.move_on_days: must be a whole number from 0 to 180, got null",
        ),
        ({"handwritten_note": "no"}, "policy.handwritten_note: expected true or false, got text"),
        (
            {"count_business_days": 1},
            "policy.count_business_days: expected true or false, got a number",
        ),
        (
            {"business_days": []},
            "policy.business_days: expected a list of at least one weekday name",
        ),
        (
            {"business_days": "monday"},
            "policy.business_days: expected a list of at least one weekday",
        ),
        (
            {"business_days": ["funday"]},
            "policy.business_days[0]: not a weekday: funday; use monday,",
        ),
        (
            {"holidays": "2026-12-25"},
            "policy.holidays: expected a list of dates (YYYY-MM-DD), got text",
        ),
        ({"holidays": ["2026-02-30"]}, "policy.holidays[0]: not a date: 2026-02-30"),
        (
            {"holidays": ["25/12/2026"]},
            "policy.holidays[0]: not a date (use YYYY-MM-DD): 25/12/2026",
        ),
        ({"holidays": [datetime(2026, 12, 25, 9)]}, "policy.holidays[0]: expected a date as text"),
        ({"holidays": ["2026-12-30..2026-12-20"]}, "policy.holidays[0]: a range must run forward"),
        ({"holidays": ["2026-01-01..2027-12-31"]}, "policy.holidays[0]: a range must run forward"),
        ({"holidays": ["1999-12-31"]}, "policy.holidays[0]: 1999-12-31 is outside 2000-2099"),
        (["follow_up_days"], "policy: expected an object, got a list"),
        (
            {"late_thank_you_days": 0},
            "policy.late_thank_you_days: must be a whole number from 1 to 90, got 0",
        ),
        ({"late_note_days": 91}, "policy.late_note_days: must be a whole number from 1 to 90"),
        ({"holidays_country": "U.S."}, "policy.holidays_country: not a code like US, GB or CA"),
        ({"holidays_country": 1}, "policy.holidays_country: not a code like US, GB or CA: a num"),
        (
            {"holidays_country": False},
            'policy.holidays_country: got true/false: put the code in quotes, e.g. "CA"',
        ),
        (
            {"holidays_country": "CA", "holidays_subdivision": "O N"},
            "policy.holidays_subdivision: not a code like ENG or ON: O N",
        ),
        (
            {"holidays_subdivision": "ENG"},
            "policy.holidays_subdivision: needs holidays_country as well",
        ),
    ],
)
def test_each_kind_of_bad_value_gets_one_line_naming_the_key(data: object, expected: str) -> None:
    (line,) = problems(data)
    assert line.startswith(expected)


def test_every_bad_key_is_reported_at_once_with_the_callers_prefix() -> None:
    lines = problems(
        {"follow_up_days": 0, "handwritten_note": "yes", "extra": 1},
        where="extra.planner.policy",
    )
    assert [line.split(":")[0] for line in lines] == [
        "extra.planner.policy.extra",
        "extra.planner.policy.follow_up_days",
        "extra.planner.policy.handwritten_note",
    ]


def test_too_many_holidays() -> None:
    ranges = [f"20{year:02d}-01-01..20{year:02d}-12-31" for year in range(30, 37)]
    assert problems({"holidays": ranges}) == ["policy.holidays: too many days (2557; at most 2000)"]


def test_policy_data_is_json_and_round_trips() -> None:
    checked = parse_policy(
        {
            "follow_up_days": 5,
            "business_days": ["fri", "Monday"],
            "holidays": [date(2026, 12, 25), "2026-12-31..2027-01-01"],
        }
    )
    data = policy_data(checked)
    assert json.loads(json.dumps(data)) == data
    assert data["business_days"] == ["monday", "friday"]
    assert data["holidays"] == ["2026-12-25", "2026-12-31", "2027-01-01"]
    assert parse_policy(data) == checked
    assert list(data) == list(field_names(Policy))
    assert parse_policy(policy_data(Policy())) == Policy()


def test_a_country_code_is_upper_cased_and_kept_as_data() -> None:
    checked = parse_policy({"holidays_country": " gb ", "holidays_subdivision": "eng"})
    assert (checked.holidays_country, checked.holidays_subdivision) == ("GB", "ENG")
    assert checked.holidays == frozenset(), "the planner itself expands nothing"
    assert parse_policy(policy_data(checked)) == checked
    assert parse_policy({"holidays_country": None}) == Policy()


def test_public_holidays_are_merged_for_three_years_from_the_first() -> None:
    checked = parse_policy({"holidays_country": "US", "holidays": ["2026-12-24"]})
    expanded = with_public_holidays(checked, 2026)
    assert date(2026, 12, 24) in expanded.holidays
    assert {date(2026, 12, 25), date(2028, 12, 25), date(2028, 7, 4)} <= expanded.holidays
    assert date(2027, 12, 24) in expanded.holidays  # Christmas 2027 observed on the Friday
    assert date(2026, 11, 26) in expanded.holidays  # Thanksgiving
    assert not [day for day in expanded.holidays if day.year not in (2026, 2027, 2028)]
    assert with_public_holidays(Policy(), 2026) == Policy()
    canada = with_public_holidays(parse_policy({"holidays_country": "CA"}), 2026).holidays
    ontario = parse_policy({"holidays_country": "CA", "holidays_subdivision": "ON"})
    assert date(2026, 2, 16) in with_public_holidays(ontario, 2026).holidays - canada  # Family


def test_a_country_or_subdivision_the_library_does_not_know_is_named() -> None:
    for data, expected in (
        ({"holidays_country": "ZZ"}, "x.holidays_country: not a country the holidays library"),
        (
            {"holidays_country": "US", "holidays_subdivision": "ON"},
            "x.holidays_subdivision: not a subdivision of US: ON; use one of AK, AL,",
        ),
    ):
        with pytest.raises(PlannerInputError) as caught:
            with_public_holidays(parse_policy(data), 2026, where="x")
        (problem,) = caught.value.problems
        assert str(problem).startswith(expected)
