"""The advice pages' timing words, from the centre's checked policy, in the page's language.

The pages say "after a week" or "after 5 business days" from the same numbers the planner
dates the steps with, so what a student reads and what the planner plans never disagree.
Pure functions over the policy as JSON data (`planner.policy.policy_data`) and the language's
words (the `advice.` entries of `PAGE` in planner/languages/<code>.py); the macros module
(`advice_macros.py`) hands the result to the pages.
"""

from __future__ import annotations

from collections.abc import Mapping

from planner.languages import catalogue


def counted(number: int, unit: str, words: Mapping[str, object]) -> str:
    """`two weeks`, `10 days`, `a week`: words for small numbers, as the pages are written."""
    if number == 1:
        return str(words[f"advice.{unit}"])
    names = words["advice.numbers"]
    assert isinstance(names, tuple)
    amount = names[number] if number < len(names) else str(number)
    return str(words[f"advice.{unit}s"]).format(count=amount)


def duration(days: int, business: bool, words: Mapping[str, object]) -> str:
    """How long `days` is, in the words a student would use ("a week", "5 business days")."""
    if business:
        if days == 1:
            return str(words["advice.business_day"])
        return str(words["advice.business_days"]).format(count=days)
    if days % 7 == 0:
        return counted(days // 7, "week", words)
    return counted(days, "day", words)


def deadline(days: int, words: Mapping[str, object]) -> str:
    """When a thank-you is due, counted from the interview: "the same day", "within 24 hours"."""
    if days == 0:
        return str(words["advice.same_day"])
    if days == 1:
        return str(words["advice.next_day"])
    return str(words["advice.within"]).format(time=counted(days, "day", words))


def advice_words(
    policy: Mapping[str, object], words: Mapping[str, object] | None = None
) -> dict[str, object]:
    """What the pages may use, as `{{ advice.<name> }}`; every value follows `policy`."""
    words = catalogue("en").PAGE if words is None else words

    def days(key: str) -> int:
        value = policy[key]
        assert isinstance(value, int), key  # a checked policy: every count is a whole number
        return value

    business = bool(policy["count_business_days"])
    return {
        "handwritten_note": bool(policy["handwritten_note"]),
        "thank_you_email": deadline(days("thank_you_email_days"), words),
        "handwritten_note_when": deadline(days("handwritten_note_days"), words),
        "follow_up": duration(days("follow_up_days"), business, words),
        "second_follow_up": duration(days("second_follow_up_days"), business, words),
    }
