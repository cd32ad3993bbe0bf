"""The timing policy: when each step of the follow-up is due.

The defaults follow the advice the site is based on (thank-you email the same day, handwritten
note within 24 hours, first follow-up after a week, a second one a few weeks later, then move
on). A career centre with different advice overrides any of them, key by key, in `mkdocs.yml`
under `extra: planner: policy:`; keys left out keep their defaults.

Every key, as a Markdown definition list (name, default, what is allowed, then meaning):

`thank_you_email_days`: `0` (0 to 14)
:   Days after the interview the thank-you email is due (0: the same day).

`handwritten_note`: `true` (true or false)
:   Whether to suggest a handwritten note to each interviewer.

`handwritten_note_days`: `1` (0 to 14)
:   Days after the interview the handwritten note is due (1: within 24 hours).

`follow_up_days`: `7` (1 to 90)
:   Days after the interview for the first follow-up, when the employer gave no date.

`count_business_days`: `false` (true or false)
:   Count `follow_up_days` and `second_follow_up_days` in business days ("follow up after 5
    business days") instead of calendar days.

`second_follow_up_days`: `14` (1 to 180)
:   Days after the first follow-up for the second, and last, follow-up email.

`move_on_days`: `7` (0 to 180)
:   Days after the second follow-up to stop waiting and move on.

`do_not_contact_move_on_days`: `21` (1 to 365)
:   When the employer asked not to be contacted and gave no decision date: days after the
    interview to move on.

`do_not_contact_after_decision_days`: `7` (0 to 180)
:   When the employer asked not to be contacted and gave a decision date: days after that date
    to move on.

`late_thank_you_days`: `14` (1 to 90)
:   For a plan made this many days or more after the interview: no separate thank-you email;
    the first follow-up thanks them and follows up at once.

`late_note_days`: `7` (1 to 90)
:   For a plan made this many days or more after the interview: no handwritten note.

`business_days`: `[monday, tuesday, wednesday, thursday, friday]` (weekday names, or `mon` to
`sun`; at least one)
:   Days on which a follow-up may fall.

`holidays`: `[]` (dates `YYYY-MM-DD`, or inclusive ranges `YYYY-MM-DD..YYYY-MM-DD` of at most
366 days; at most 2000 days in all)
:   Days a follow-up skips, e.g. when the employer or the centre is closed.

`holidays_country`: `null` (a two-letter ISO 3166 country code, e.g. `US`, `GB`, `CA`)
:   Add that country's public holidays to `holidays`. The dates are worked out when the site is
    built (and by the command line's `--config`), for the build year and the two after it, so
    rebuild the site at least once a year.

`holidays_subdivision`: `null` (a state, province or nation code, e.g. `ENG`, `ON`, `CA`)
:   With `holidays_country`: add that part of the country's own public holidays as well.

`far_decision_days`: `90` (1 to 3650)
:   A decision date more than this many days after the interview gets a warning (likely a
    typo).

A follow-up that lands on a day that is not a business day, or on a holiday, moves to the next
business day. Thank-you emails, notes and moving on are not contacts with the employer's office
hours, so they keep their dates.

A plan made after the interview starts from the day it is made: no step is dated in the past.

`parse_policy(mapping, where=...)` checks a policy and raises `PlannerInputError` with one
problem per bad key, naming the key (prefixed by `where`) and what is allowed;
`policy_data(policy)` turns a checked policy back into JSON data with every key filled in.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

from planner.frozen import Frozen, field_names
from planner.problems import Checks, kind, shown

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MAX_RANGE_DAYS = 366
MAX_HOLIDAYS = 2000


class Policy(Frozen):
    """When each step is due; see the module docstring for every key."""

    thank_you_email_days: int = 0
    handwritten_note: bool = True
    handwritten_note_days: int = 1
    follow_up_days: int = 7
    count_business_days: bool = False
    second_follow_up_days: int = 14
    move_on_days: int = 7
    do_not_contact_move_on_days: int = 21
    do_not_contact_after_decision_days: int = 7
    late_thank_you_days: int = 14
    late_note_days: int = 7
    business_days: frozenset[int] = frozenset(range(5))  # date.weekday(): Monday is 0
    holidays: frozenset[date] = frozenset()
    holidays_country: str | None = None  # ISO 3166-1 alpha-2, upper case
    holidays_subdivision: str | None = None
    far_decision_days: int = 90


# Allowed range of each whole-number key (its default is on the class).
DAY_COUNTS: dict[str, tuple[int, int]] = {
    "thank_you_email_days": (0, 14),
    "handwritten_note_days": (0, 14),
    "follow_up_days": (1, 90),
    "second_follow_up_days": (1, 180),
    "move_on_days": (0, 180),
    "do_not_contact_move_on_days": (1, 365),
    "do_not_contact_after_decision_days": (0, 180),
    "late_thank_you_days": (1, 90),
    "late_note_days": (1, 90),
    "far_decision_days": (1, 3650),
}
FLAGS = ("handwritten_note", "count_business_days")
REGION_CODES = ("holidays_country", "holidays_subdivision")
KEYS = field_names(Policy)


def parse_policy(data: Mapping[str, object] | None, where: str = "policy") -> Policy:
    """The defaults overridden by `data`, or PlannerInputError naming each bad key.

    `where` prefixes the key names in the problems, so the build hook can say
    `extra.planner.policy.follow_up_days: ...` and the web page `policy.follow_up_days: ...`.
    """
    if data is None:
        return Policy()
    checks = Checks()
    values: dict[str, object] = {}
    for key, value in (checks.mapping(where, data, KEYS, name="key") or {}).items():
        field = f"{where}.{key}"
        if key in DAY_COUNTS:
            values[key] = checks.whole(field, value, *DAY_COUNTS[key])
        elif key in FLAGS:
            values[key] = checks.boolean(field, value)
        elif key == "business_days":
            values[key] = parse_weekdays(checks, field, value)
        elif key == "holidays":
            values[key] = parse_holidays(checks, field, value)
        elif key in REGION_CODES:
            values[key] = parse_region(checks, field, value, key)
    if values.get("holidays_subdivision") and not values.get("holidays_country"):
        checks.add(f"{where}.holidays_subdivision", "needs holidays_country as well")
    checks.raise_any()
    return Policy(**values)  # type: ignore[arg-type]  # each value was checked above


def policy_data(policy: Policy) -> dict[str, object]:
    """Every key of `policy` as plain JSON data (the build hook hands this to the page).

    `parse_policy(policy_data(policy)) == policy`, and YAML's date objects come out as text.
    """
    data: dict[str, object] = {key: getattr(policy, key) for key in KEYS}
    data["business_days"] = [WEEKDAYS[day] for day in sorted(policy.business_days)]
    data["holidays"] = [day.isoformat() for day in sorted(policy.holidays)]
    return data


def parse_region(checks: Checks, field: str, value: object, key: str) -> str | None:
    """A country code (two letters) or a subdivision code (letters or digits), upper-cased;
    only its form is checked here: the build, which has the holidays library, checks that it
    exists."""
    if value is None or value == "":
        return None
    code = value.strip().upper() if isinstance(value, str) else ""
    country = key == "holidays_country"
    if code.isascii() and (
        (code.isalpha() and len(code) == 2) if country else (code.isalnum() and len(code) <= 10)
    ):
        return code
    example = "US, GB or CA" if country else "ENG or ON"
    if isinstance(value, bool):  # YAML reads a bare ON, NO, YES or OFF as true or false
        checks.add(field, f'got true/false: put the code in quotes, e.g. "{example[-2:]}"')
        return None
    got = shown(value) if isinstance(value, str) else kind(value)
    checks.add(field, f"not a code like {example}: {got}")
    return None


def parse_weekdays(checks: Checks, field: str, value: object) -> frozenset[int] | None:
    if not isinstance(value, list) or not value:
        checks.add(field, f"expected a list of at least one weekday name, got {kind(value)}")
        return None
    days: set[int] = set()
    for index, item in enumerate(value):
        name = item.strip().lower() if isinstance(item, str) else ""
        matches = [number for number, day in enumerate(WEEKDAYS) if name in (day, day[:3])]
        if matches:
            days.add(matches[0])
        else:
            got = shown(item) if isinstance(item, str) else kind(item)
            checks.add(f"{field}[{index}]", f"not a weekday: {got}; use {', '.join(WEEKDAYS)}")
    return frozenset(days)


def parse_holidays(checks: Checks, field: str, value: object) -> frozenset[date] | None:
    if not isinstance(value, list):
        checks.add(field, f"expected a list of dates (YYYY-MM-DD), got {kind(value)}")
        return None
    days: set[date] = set()
    for index, item in enumerate(value):
        days.update(parse_holiday(checks, f"{field}[{index}]", item))
    if len(days) > MAX_HOLIDAYS:
        checks.add(field, f"too many days ({len(days)}; at most {MAX_HOLIDAYS})")
    return frozenset(days)


def parse_holiday(checks: Checks, field: str, item: object) -> list[date]:
    """One date, or an inclusive range `first..last` (for a closure between terms)."""
    if not (isinstance(item, str) and ".." in item):
        day = checks.date(field, item)
        return [day] if day else []
    first_text, _, last_text = item.partition("..")
    first = checks.date(field, first_text, required=True)
    last = checks.date(field, last_text, required=True)
    if not (first and last):
        return []
    length = (last - first).days + 1
    if not 1 <= length <= MAX_RANGE_DAYS:
        checks.add(field, f"a range must run forward and span 1 to {MAX_RANGE_DAYS} days")
        return []
    return [first + timedelta(days=offset) for offset in range(length)]
