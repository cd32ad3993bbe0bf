"""The advice pages' timing words (overrides/hooks/advice_words.py) for a range of policies."""

from __future__ import annotations

import sys

import pytest

from planner.policy import parse_policy, policy_data
from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "overrides" / "hooks"))
from advice_words import advice_words
from optional_pages import pruned_nav


@pytest.mark.parametrize(
    ("policy", "follow_up", "second"),
    [
        ({}, "a week", "two weeks"),
        ({"follow_up_days": 5, "count_business_days": True}, "5 business days", "14 business days"),
        (
            {"follow_up_days": 1, "count_business_days": True},
            "one business day",
            "14 business days",
        ),
        ({"follow_up_days": 10, "second_follow_up_days": 21}, "10 days", "three weeks"),
        ({"follow_up_days": 3}, "three days", "two weeks"),
    ],
)
def test_follow_up_words(policy: dict, follow_up: str, second: str) -> None:
    words = advice_words(policy_data(parse_policy(policy)))
    assert (words["follow_up"], words["second_follow_up"]) == (follow_up, second)


@pytest.mark.parametrize(
    ("days", "when"), [(0, "the same day"), (1, "within 24 hours"), (3, "within three days")]
)
def test_thank_you_words(days: int, when: str) -> None:
    policy = {"thank_you_email_days": days, "handwritten_note_days": days}
    words = advice_words(policy_data(parse_policy(policy)))
    assert words["thank_you_email"] == words["handwritten_note_when"] == when


def test_nav_without_the_note_pages() -> None:
    nav = [
        {"Home": "index.md"},
        {"The follow-up": [{"Note": "handwritten-note.md"}, {"Why both": "why-both.md"}]},
        {"Waiting": "following-up.md"},
        {"Notes only": [{"Note": "handwritten-note.md"}]},
    ]
    assert pruned_nav(nav, {"handwritten-note.md", "why-both.md"}) == [
        {"Home": "index.md"},
        {"Waiting": "following-up.md"},
    ]
