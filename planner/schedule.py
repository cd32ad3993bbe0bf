"""Date arithmetic under a policy: business days, holidays, and dates as people write them.

Dates are written the language's way, from its catalogue's `date.*` patterns and names:
"Friday, November 20, 2026" (en-US), "Friday 20 November 2026" (en-GB), "viernes 20 de
noviembre de 2026" (es); never with the platform's locale, which the browser does not have.
"""

from __future__ import annotations

from datetime import date, timedelta

from planner.policy import Policy
from planner.wording import Words, words_for

ONE_DAY = timedelta(days=1)


def is_business_day(day: date, policy: Policy) -> bool:
    """A day the employer's office is open: a business weekday that is not a holiday."""
    return day.weekday() in policy.business_days and day not in policy.holidays


def next_business_day(day: date, policy: Policy) -> date:
    """`day` itself if it is a business day, else the first one after it.

    Terminates: at least one weekday is a business day and the holidays are finite.
    """
    while not is_business_day(day, policy):
        day += ONE_DAY
    return day


def later(start: date, days: int, policy: Policy) -> date:
    """The business day `days` after `start`, counted as the policy says (calendar or business)."""
    if not policy.count_business_days:
        return next_business_day(start + timedelta(days=days), policy)
    day = start
    for _ in range(days):
        day = next_business_day(day + ONE_DAY, policy)
    return next_business_day(day, policy)


def long_date(day: date, words: Words) -> str:
    """`Friday, November 20, 2026`: the weekday, so a date is never misread as another."""
    return written(day, words, "date.long")


def spoken_date(day: date, words: Words) -> str:
    """`Friday, November 20`: a recent date as it is said on the phone, without the year."""
    return written(day, words, "date.spoken")


def short_date(day: date, today: date, words: Words | None = None) -> str:
    """`Thu, Nov 26` beside a step, with the year when it is not this year's."""
    key = "date.short" if day.year == today.year else "date.short.year"
    return written(day, words or words_for(), key, short=True)


def written(day: date, words: Words, key: str, *, short: bool = False) -> str:
    lists = words.lists
    days, months = (
        (lists.DAYS_SHORT, lists.MONTHS_SHORT) if short else (lists.DAY_NAMES, lists.MONTHS)
    )
    return words.say(
        key,
        weekday=days[day.weekday()],
        day=str(day.day),
        month=months[day.month - 1],
        year=str(day.year),
    )
