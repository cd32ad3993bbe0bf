"""Named cases for every scheduling rule of issue 3, under the default and changed policies."""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path

import pytest

from planner import make_plan

EXAMPLE = json.loads((Path(__file__).parent / "example-request.json").read_text())
CONTRACT_FIELDS = {"id", "due", "channel", "recipient", "status", "why"}


def request(**changes: object) -> dict:
    """A plain request (interview Wednesday 2026-11-18, today the Monday before), changed."""
    base = {
        "today": "2026-11-16",
        "interview": {"date": "2026-11-18"},
        "interviewers": [{"name": "Dana Lee", "email": "dana@example.com"}],
        "candidate": "Sam Rivera",
    }
    base.update(changes)
    return base


def dues(plan: dict) -> list[tuple[str, str]]:
    return [(step["id"], step["due"]) for step in plan["steps"]]


def by_id(plan: dict, step_id: str) -> list[dict]:
    return [step for step in plan["steps"] if step["id"] == step_id]


def test_default_plan_follows_the_advice_in_order() -> None:
    plan = make_plan(request())
    assert dues(plan) == [
        ("ask-next-steps", "2026-11-18"),
        ("thank-you-email", "2026-11-18"),
        ("handwritten-note", "2026-11-19"),
        ("follow-up", "2026-11-25"),
        ("second-follow-up", "2026-12-09"),
        ("move-on", "2026-12-16"),
    ]
    assert plan["warnings"] == []
    assert {step["status"] for step in plan["steps"]} == {"upcoming"}
    channels = [step["channel"] for step in plan["steps"]]
    assert channels == ["in-person", "email", "mail", "email", "email", "none"]
    recipients = [step["recipient"] for step in plan["steps"]]
    assert recipients == [None, "Dana Lee", "Dana Lee", "Dana Lee", "Dana Lee", None]
    for step in plan["steps"]:
        assert step.keys() >= CONTRACT_FIELDS
        assert step["why"].endswith(".") and step["why"].count(". ") == 0  # one sentence
        assert step["title"]
    assert [step["days_from_today"] for step in plan["steps"]] == [2, 2, 3, 9, 23, 30]


def test_the_issue_example() -> None:
    """Told to email on the 27th: exactly that; the decision date does not move it."""
    plan = make_plan(EXAMPLE)
    assert dues(plan) == [
        ("thank-you-email", "2026-11-23"),
        ("handwritten-note", "2026-11-23"),
        ("follow-up", "2026-11-27"),
        ("second-follow-up", "2026-12-11"),
        ("move-on", "2026-12-18"),
    ]
    assert [step.get("was_due") for step in plan["steps"]] == ["2026-11-20", "2026-11-21"] + [
        None
    ] * 3
    assert [step["status"] for step in plan["steps"]] == ["due-today"] * 2 + ["upcoming"] * 3
    assert plan["warnings"] == [
        "It is not too late: send your thank-you email and post your handwritten note today."
    ]
    follow_up = by_id(plan, "follow-up")[0]
    assert follow_up["channel"] == "email"
    assert "told you when" in follow_up["why"]


def test_ask_next_steps_only_while_the_interview_is_ahead() -> None:
    on_the_day = make_plan(request(today="2026-11-18"))
    assert on_the_day["steps"][0]["id"] == "ask-next-steps"
    assert on_the_day["steps"][0]["status"] == "due-today"
    assert on_the_day["steps"][1]["status"] == "due-today"
    assert "business card" in on_the_day["steps"][0]["body"]
    assert not by_id(make_plan(request(today="2026-11-19")), "ask-next-steps")


def test_interview_time_is_in_the_first_title() -> None:
    plan = make_plan(request(interview={"date": "2026-11-18", "time": "9:30"}))
    assert plan["steps"][0]["title"] == "Before the 09:30 interview ends, ask about the next steps"


def test_follow_up_landing_on_a_weekend_moves_to_monday() -> None:
    plan = make_plan(request(interview={"date": "2026-11-21"}))  # a Saturday
    assert by_id(plan, "follow-up")[0]["due"] == "2026-11-30"  # the 28th is a Saturday
    assert by_id(plan, "second-follow-up")[0]["due"] == "2026-12-14"
    assert by_id(plan, "move-on")[0]["due"] == "2026-12-21"
    assert by_id(plan, "thank-you-email")[0]["due"] == "2026-11-21"  # not a follow-up


def test_decision_date_only_means_the_first_business_day_after_it() -> None:
    tuesday = make_plan(request(instructions={"decision_by": "2026-12-01"}))
    assert by_id(tuesday, "follow-up")[0]["due"] == "2026-12-02"
    assert "decide by Tuesday, December 1, 2026" in by_id(tuesday, "follow-up")[0]["why"]
    assert (
        "decision was expected by Tuesday, December 1, 2026"
        in (by_id(tuesday, "follow-up")[0]["body"])
    )
    friday = make_plan(request(instructions={"decision_by": "2026-12-04"}))
    assert by_id(friday, "follow-up")[0]["due"] == "2026-12-07"


def test_instructed_date_on_a_saturday_moves_forward_with_a_warning() -> None:
    plan = make_plan(request(instructions={"follow_up_on": "2026-11-28"}))
    assert by_id(plan, "follow-up")[0]["due"] == "2026-11-30"
    assert plan["warnings"] == [
        "The follow-up date you were given (Saturday, November 28, 2026) is not a business day, "
        "so the plan moves the follow-up to the next one."
    ]


def test_phone_instruction_makes_the_first_follow_up_a_call() -> None:
    plan = make_plan(request(candidate="Sam Rivera", instructions={"follow_up_by": "phone"}))
    call = by_id(plan, "follow-up")[0]
    assert call["channel"] == "phone"
    assert call["title"] == "Call Dana Lee to follow up"
    assert call["due"] == "2026-11-25"
    assert "subject" not in call and "mailto" not in call
    assert call["body"].startswith("Hello, this is Sam Rivera.")
    assert by_id(plan, "second-follow-up")[0]["channel"] == "email"


def test_do_not_contact_keeps_the_thanks_and_drops_the_follow_ups() -> None:
    plan = make_plan(request(instructions={"do_not_contact": True}))
    assert dues(plan) == [
        ("ask-next-steps", "2026-11-18"),
        ("thank-you-email", "2026-11-18"),
        ("handwritten-note", "2026-11-19"),
        ("move-on", "2026-12-09"),  # 21 days after the interview
    ]
    assert "not to contact" in plan["steps"][-1]["why"]
    with_date = make_plan(
        request(instructions={"do_not_contact": True, "decision_by": "2026-12-01"})
    )
    assert dues(with_date)[-1] == ("move-on", "2026-12-08")  # 7 days after the decision


def test_do_not_contact_wins_over_follow_up_instructions_with_a_warning() -> None:
    plan = make_plan(request(instructions={"do_not_contact": True, "follow_up_on": "2026-11-25"}))
    assert not by_id(plan, "follow-up") and not by_id(plan, "second-follow-up")
    assert len(plan["warnings"]) == 1 and "not to contact" in plan["warnings"][0]


def test_dates_before_the_interview_are_ignored_with_a_warning() -> None:
    plan = make_plan(
        request(instructions={"follow_up_on": "2026-11-10", "decision_by": "2026-11-11"})
    )
    assert by_id(plan, "follow-up")[0]["due"] == "2026-11-25"  # the default
    assert plan["warnings"] == [
        "The follow-up date you were given (Tuesday, November 10, 2026) is before the interview "
        "(Wednesday, November 18, 2026), so the plan ignores it: check the date.",
        "The decision date you were given (Wednesday, November 11, 2026) is before the interview "
        "(Wednesday, November 18, 2026), so the plan ignores it: check the date.",
    ]


def test_a_far_decision_date_is_warned_about_but_followed() -> None:
    plan = make_plan(request(instructions={"decision_by": "2027-06-01"}))
    assert by_id(plan, "follow-up")[0]["due"] == "2027-06-02"
    assert plan["warnings"] == [
        "The decision date you were given (Tuesday, June 1, 2027) is more than 90 days after "
        "the interview: check the date."
    ]
    near = make_plan(request(instructions={"decision_by": "2027-02-16"}))  # exactly 90 days
    assert near["warnings"] == []
    assert make_plan(
        request(instructions={"decision_by": "2027-02-16"}), {"far_decision_days": 60}
    )["warnings"]


def test_a_panel_gets_one_thank_you_and_one_note_each_and_one_follow_up() -> None:
    names = ["Dana Lee", "Ravi Patel", "Mo Chen"]
    plan = make_plan(request(interviewers=[{"name": name} for name in names]))
    assert [step["recipient"] for step in by_id(plan, "thank-you-email")] == names
    assert [step["recipient"] for step in by_id(plan, "handwritten-note")] == names
    assert [step["recipient"] for step in by_id(plan, "follow-up")] == ["Dana Lee"]
    assert [step["recipient"] for step in by_id(plan, "second-follow-up")] == ["Dana Lee"]
    assert "Ask each interviewer" in plan["steps"][0]["body"]
    assert len({step["uid"] for step in plan["steps"]}) == len(plan["steps"])


def test_a_plan_made_after_moving_on_is_to_move_on_today() -> None:
    plan = make_plan(request(today="2027-01-01"))
    assert dues(plan) == [("move-on", "2027-01-01")]
    (step,) = plan["steps"]
    assert step["was_due"] == "2026-12-16" and step["status"] == "due-today"
    assert step["why"].startswith("It has been 6 weeks since the interview without news")
    assert plan["warnings"] == ["Today, let this application go and turn to your next one."]


def test_the_day_after_the_interview_the_thank_you_is_today() -> None:
    plan = make_plan(request(today="2026-11-19"))
    assert [(s["id"], s["due"], s.get("was_due")) for s in plan["steps"][:2]] == [
        ("thank-you-email", "2026-11-19", "2026-11-18"),
        ("handwritten-note", "2026-11-19", None),
    ]
    assert plan["warnings"] == ["It is not too late: send your thank-you email today."]


@pytest.mark.parametrize("candidate", [None, "", "   "])
def test_drafts_that_would_go_unsigned_are_warned_about_once(candidate: str | None) -> None:
    """A student who skips "Your name" gets drafts ending "Best regards," and nothing more."""
    unsigned = request(candidate=candidate)
    english = make_plan(unsigned)
    assert english["warnings"] == [
        "Your messages end without your name: add it under “Your name” so each one is signed."
    ]
    emails = [s for s in english["steps"] if "subject" in s]
    assert emails and all(s["body"].endswith("Best regards,") for s in emails)
    spanish = make_plan(unsigned | {"language": "es"})
    assert spanish["warnings"] == [
        "Sus mensajes terminan sin su nombre: escríbalo en «Su nombre» para que todos vayan "
        "firmados."
    ]
    signed = make_plan(request())
    assert signed["warnings"] == []
    assert all(
        s["body"].endswith("Best regards,\nSam Rivera") for s in signed["steps"] if "subject" in s
    )
    # Nothing left to send, nothing to sign.
    too_late = make_plan(unsigned | {"today": "2027-03-01"})
    assert [s["id"] for s in too_late["steps"]] == ["move-on"]
    assert not any("name" in warning for warning in too_late["warnings"])


def test_today_defaults_to_the_current_date() -> None:
    plan = make_plan({key: value for key, value in request().items() if key != "today"})
    assert plan["today"] == date.today().isoformat()


# --- the policy, key by key -------------------------------------------------------------


def test_five_business_days_skipping_a_holiday() -> None:
    """Issue 6's example: follow up after 5 business days, with a holiday on the way."""
    policy = {"follow_up_days": 5, "count_business_days": True}
    friday = request(interview={"date": "2026-11-20"})
    assert by_id(make_plan(friday, policy), "follow-up")[0]["due"] == "2026-11-27"
    with_holiday = make_plan(friday, {**policy, "holidays": ["2026-11-26"]})
    assert by_id(with_holiday, "follow-up")[0]["due"] == "2026-11-30"
    # The second follow-up counts 14 business days from there, skipping weekends.
    assert by_id(with_holiday, "second-follow-up")[0]["due"] == "2026-12-18"


def test_a_follow_up_on_a_holiday_moves_to_the_next_business_day() -> None:
    plan = make_plan(request(), {"holidays": ["2026-11-25", "2026-11-26"]})
    assert by_id(plan, "follow-up")[0]["due"] == "2026-11-27"
    closure = make_plan(request(), {"holidays": ["2026-11-23..2026-12-06"]})
    assert by_id(closure, "follow-up")[0]["due"] == "2026-12-07"


def test_other_business_days() -> None:
    sunday_to_thursday = ["sunday", "monday", "tuesday", "wednesday", "thursday"]
    plan = make_plan(
        request(interview={"date": "2026-11-20"}), {"business_days": sunday_to_thursday}
    )
    assert by_id(plan, "follow-up")[0]["due"] == "2026-11-29"  # Friday the 27th -> Sunday


def test_note_can_be_left_out_and_offsets_changed() -> None:
    policy = {
        "handwritten_note": False,
        "thank_you_email_days": 1,
        "follow_up_days": 10,
        "second_follow_up_days": 21,
        "move_on_days": 0,
    }
    plan = make_plan(request(), policy)
    assert dues(plan) == [
        ("ask-next-steps", "2026-11-18"),
        ("thank-you-email", "2026-11-19"),
        ("follow-up", "2026-11-30"),  # the 28th is a Saturday
        ("second-follow-up", "2026-12-21"),
        ("move-on", "2026-12-21"),
    ]
    note_later = make_plan(request(), {"handwritten_note_days": 2})
    assert by_id(note_later, "handwritten-note")[0]["due"] == "2026-11-20"


def test_do_not_contact_policy_keys() -> None:
    policy = {"do_not_contact_move_on_days": 30, "do_not_contact_after_decision_days": 3}
    quiet = make_plan(request(instructions={"do_not_contact": True}), policy)
    assert dues(quiet)[-1] == ("move-on", "2026-12-18")
    decided = make_plan(
        request(instructions={"do_not_contact": True, "decision_by": "2026-12-01"}), policy
    )
    assert dues(decided)[-1] == ("move-on", "2026-12-04")


def test_uids_stay_the_same_for_the_same_interview_and_step() -> None:
    first = make_plan(request())
    later = make_plan(request(today="2026-11-20"), {"follow_up_days": 10})
    uids = {step["id"]: step["uid"] for step in first["steps"]}
    assert {step["id"]: step["uid"] for step in later["steps"]}.items() <= uids.items()
    other = make_plan(request(company="Contoso"))
    assert not {step["uid"] for step in other["steps"]} & set(uids.values())


def test_same_name_twice_still_gets_distinct_uids() -> None:
    twins = request(interviewers=[{"name": "Alex Kim"}, {"name": "Alex Kim"}])
    plan = make_plan(twins)
    assert len(by_id(plan, "thank-you-email")) == 2
    assert len({step["uid"] for step in plan["steps"]}) == len(plan["steps"])


def test_the_plan_is_plain_json_and_the_input_is_not_changed() -> None:
    original = request(instructions={"decision_by": "2026-12-01"})
    kept = copy.deepcopy(original)
    plan = make_plan(original)
    assert original == kept
    assert json.loads(json.dumps(plan)) == plan


@pytest.mark.parametrize(
    ("policy", "field"),
    [({"follow_up_days": 0}, "policy.follow_up_days"), ({"nope": 1}, "policy.nope")],
)
def test_a_bad_policy_is_named_with_the_request_problems(policy: dict, field: str) -> None:
    from planner import PlannerInputError

    with pytest.raises(PlannerInputError) as caught:
        make_plan({"interviewers": []}, policy)
    fields = [problem.field for problem in caught.value.problems]
    assert fields == [field, "interview.date", "interviewers"]
