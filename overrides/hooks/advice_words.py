"""The advice pages' timing words, from the centre's checked policy.

The pages say "after a week" or "after 5 business days" from the same numbers the planner
dates the steps with, so what a student reads and what the planner plans never disagree.
Pure functions over the policy as JSON data (`planner.policy.policy_data`); the macros module
(`advice_macros.py`) hands the result to the pages.
"""

from __future__ import annotations

from collections.abc import Mapping

NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def counted(number: int, unit: str) -> str:
    """`two weeks`, `10 days`, `a week`: words for small numbers, as the pages are written."""
    if number == 1:
        return f"a {unit}"
    amount = NUMBER_WORDS[number] if number < len(NUMBER_WORDS) else str(number)
    return f"{amount} {unit}s"


def duration(days: int, business: bool) -> str:
    """How long `days` is, in the words a student would use ("a week", "5 business days")."""
    if business:
        return "one business day" if days == 1 else f"{days} business days"
    if days % 7 == 0:
        return counted(days // 7, "week")
    return counted(days, "day")


def deadline(days: int) -> str:
    """When a thank-you is due, counted from the interview: "the same day", "within 24 hours"."""
    if days == 0:
        return "the same day"
    if days == 1:
        return "within 24 hours"
    return f"within {counted(days, 'day')}"


def advice_words(policy: Mapping[str, object]) -> dict[str, object]:
    """What the pages may use, as `{{ advice.<name> }}`; every value follows `policy`."""

    def days(key: str) -> int:
        value = policy[key]
        assert isinstance(value, int), key  # a checked policy: every count is a whole number
        return value

    business = bool(policy["count_business_days"])
    return {
        "handwritten_note": bool(policy["handwritten_note"]),
        "thank_you_email": deadline(days("thank_you_email_days")),
        "handwritten_note_when": deadline(days("handwritten_note_days")),
        "follow_up": duration(days("follow_up_days"), business),
        "second_follow_up": duration(days("second_follow_up_days"), business),
    }
