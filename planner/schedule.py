"""Date arithmetic under a policy: business days, holidays, and dates as people write them."""

from __future__ import annotations

from datetime import date, timedelta

from planner.policy import Policy

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
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


def long_date(day: date) -> str:
    """`Friday 20 November 2026`: unambiguous in every English-speaking country."""
    return f"{spoken_date(day)} {day.year}"


def spoken_date(day: date) -> str:
    """`Friday 20 November`: a recent date as it is said on the phone, without the year."""
    return f"{DAY_NAMES[day.weekday()]} {day.day} {MONTHS[day.month - 1]}"
