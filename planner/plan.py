"""The plan: the follow-up rules applied to one request under one policy.

`make_plan` is the planner's entry point (the browser and the CLI call it): request and policy
in, `{"today", "steps", "warnings"}` out, every step dated, explained and, for messages, drafted.
Apart from `today` defaulting to the current date, the plan is a pure function of its inputs.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from planner import drafts
from planner.drafts import Draft
from planner.mailto import mailto
from planner.policy import Policy, parse_policy
from planner.problems import PlannerInputError, Problem
from planner.request import Interviewer, Request, parse_request
from planner.schedule import ONE_DAY, later, long_date, next_business_day

# Same-day steps come in this order, the order the advice gives them.
STEP_IDS = (
    "ask-next-steps",
    "thank-you-email",
    "handwritten-note",
    "follow-up",
    "second-follow-up",
    "move-on",
)
MOVE_ON = "Move on if you have not heard back"
# How a warning names an email step's message.
EMAIL_NAMES = {
    "thank-you-email": "thank-you email",
    "follow-up": "follow-up email",
    "second-follow-up": "second follow-up email",
}


@dataclass(frozen=True)
class Step:
    id: str
    due: date
    title: str
    channel: str  # in-person, email, mail, phone or none
    why: str
    recipient: Interviewer | None = None
    draft: Draft | None = None


def make_plan(
    request: Mapping[str, object], policy: Mapping[str, object] | Policy | None = None
) -> dict[str, object]:
    """The dated follow-up plan for `request`, or PlannerInputError naming each bad field.

    `policy` overrides the default timing key by key (a mapping, checked here, or a Policy
    already checked by `planner.policy.parse_policy`).
    """
    problems: list[Problem] = []
    try:
        rules = policy if isinstance(policy, Policy) else parse_policy(policy)
    except PlannerInputError as error:
        problems += error.problems
    try:
        checked = parse_request(request, default_today=date.today())
    except PlannerInputError as error:
        problems += error.problems
    if problems:
        raise PlannerInputError(problems)
    steps = sorted(plan_steps(checked, rules), key=lambda step: (step.due, STEP_IDS.index(step.id)))
    warnings = instruction_warnings(checked, rules)
    rendered = []
    for step, uid in zip(steps, step_uids(checked, steps), strict=True):
        shown, warning = render(step, uid, checked.today)
        rendered.append(shown)
        warnings += [warning] if warning else []
    warnings += overdue_warnings([step for step in steps if step.due < checked.today])
    return {"today": checked.today.isoformat(), "steps": rendered, "warnings": warnings}


def overdue_warnings(overdue: list[Step]) -> list[str]:
    """One warning for what is already late: a panel's steps would otherwise fill the screen."""
    if not overdue:
        return []
    first = overdue[0]
    if len(overdue) == 1:
        return [f"Overdue since {long_date(first.due)}: {first.title[0].lower()}{first.title[1:]}."]
    return [
        f"{len(overdue)} steps are overdue, the first since {long_date(first.due)}: "
        "each is marked in the plan; do the ones that still make sense as soon as you can."
    ]


def plan_steps(request: Request, policy: Policy) -> list[Step]:
    """Every step the advice calls for, in no particular order."""
    interview = request.interview_date
    steps = []
    if interview >= request.today:
        time = f" {request.interview_time}" if request.interview_time else ""
        steps.append(
            Step(
                id="ask-next-steps",
                due=interview,
                title=f"Before the{time} interview ends, ask about the next steps",
                channel="in-person",
                why="Knowing what happens next and when tells you when to follow up, and contact "
                "details let you thank each interviewer.",
                draft=drafts.ask_next_steps(request),
            )
        )
    for person in request.interviewers:
        steps.append(
            Step(
                id="thank-you-email",
                due=interview + timedelta(days=policy.thank_you_email_days),
                title=f"Send a thank-you email to {person.name}",
                channel="email",
                why="An email arrives at once, so your thanks and your case for the job count even "
                "if they decide quickly.",
                recipient=person,
                draft=drafts.thank_you_email(request, person),
            )
        )
        if policy.handwritten_note:
            steps.append(
                Step(
                    id="handwritten-note",
                    due=interview + timedelta(days=policy.handwritten_note_days),
                    title=f"Send a handwritten note to {person.name}",
                    channel="mail",
                    why="Few candidates send a handwritten note, so it makes you stand out and "
                    "reminds them of you if the decision takes a while.",
                    recipient=person,
                    draft=drafts.handwritten_note(request, person),
                )
            )
    return steps + follow_ups(request, policy)


def follow_ups(request: Request, policy: Policy) -> list[Step]:
    """The follow-ups to the main contact and the day to move on, as instructed or by default."""
    said = request.instructions
    decision_by = usable(said.decision_by, request)
    if said.do_not_contact:
        move_on = (
            decision_by + timedelta(days=policy.do_not_contact_after_decision_days)
            if decision_by
            else request.interview_date + timedelta(days=policy.do_not_contact_move_on_days)
        )
        why = (
            "They asked you not to contact them, so there are no follow-ups: if you have not "
            "heard by now, let this one go and put your energy into your next interview."
        )
        return [Step(id="move-on", due=move_on, title=MOVE_ON, channel="none", why=why)]
    contact = request.interviewers[0]
    first = first_follow_up(request, policy)
    second = later(first, policy.second_follow_up_days, policy)
    by_phone = said.follow_up_by == "phone"
    return [
        Step(
            id="follow-up",
            due=first,
            title=f"{'Call' if by_phone else 'Email'} {contact.name} to follow up",
            channel="phone" if by_phone else "email",
            why=follow_up_why(request),
            recipient=contact,
            draft=drafts.follow_up_call(request)
            if by_phone
            else drafts.follow_up_email(request, contact),
        ),
        Step(
            id="second-follow-up",
            due=second,
            title=f"Send a last follow-up email to {contact.name}",
            channel="email",
            why="Hiring decisions are often slow, so one more short email is fine, and it is the "
            "last one.",
            recipient=contact,
            draft=drafts.second_follow_up_email(request, contact),
        ),
        Step(
            id="move-on",
            due=second + timedelta(days=policy.move_on_days),
            title=MOVE_ON,
            channel="none",
            why="Two follow-ups without an answer usually mean no, so let this one go and put "
            "your energy into your next interview.",
        ),
    ]


def usable(instructed: date | None, request: Request) -> date | None:
    """An instructed date, unless it is before the interview (a typo: warned about, ignored)."""
    return instructed if instructed and instructed >= request.interview_date else None


def first_follow_up(request: Request, policy: Policy) -> date:
    """Exactly when instructed, else after the decision date, else after the default delay."""
    follow_up_on = usable(request.instructions.follow_up_on, request)
    decision_by = usable(request.instructions.decision_by, request)
    if follow_up_on:
        return next_business_day(follow_up_on, policy)
    if decision_by:
        return next_business_day(decision_by + ONE_DAY, policy)
    return later(request.interview_date, policy.follow_up_days, policy)


def follow_up_why(request: Request) -> str:
    said = request.instructions
    if usable(said.follow_up_on, request):
        return (
            "They told you when to follow up, so do it then and not before: contacting them "
            "sooner would look pushy."
        )
    decision_by = usable(said.decision_by, request)
    if decision_by:
        return (
            f"They expected to decide by {long_date(decision_by)}, so once that has passed it "
            "is fair to ask, and to say you are still interested."
        )
    if said.follow_up_by == "phone":
        return (
            "They asked you to phone, so if you have not heard back by now, call to say you "
            "are still interested."
        )
    return (
        "If you have not heard back by now, a short email shows you are still interested and "
        "is less intrusive than a call."
    )


def instruction_warnings(request: Request, policy: Policy) -> list[str]:
    """Instructions that look like typos or contradict each other."""
    said = request.instructions
    interview = long_date(request.interview_date)
    warnings = []
    for name, day in (("follow-up", said.follow_up_on), ("decision", said.decision_by)):
        if day and day < request.interview_date:
            warnings.append(
                f"The {name} date you were given ({long_date(day)}) is before the interview "
                f"({interview}), so the plan ignores it: check the date."
            )
    if said.decision_by and (said.decision_by - request.interview_date).days > (
        policy.far_decision_days
    ):
        warnings.append(
            f"The decision date you were given ({long_date(said.decision_by)}) is more than "
            f"{policy.far_decision_days} days after the interview: check the date."
        )
    if said.do_not_contact and (said.follow_up_on or said.follow_up_by):
        warnings.append(
            "You were asked not to contact them, so the plan has no follow-ups, whatever "
            "else was said about following up."
        )
    elif usable(said.follow_up_on, request) and first_follow_up(request, policy) != (
        said.follow_up_on
    ):
        warnings.append(
            f"The follow-up date you were given ({long_date(said.follow_up_on)}) is not a "
            "business day, so the plan moves the follow-up to the next one."
        )
    return warnings


def step_uids(request: Request, steps: list[Step]) -> list[str]:
    """Calendar UIDs: the same interview, step and recipient always give the same UID."""
    seen: dict[str, int] = {}
    uids = []
    for step in steps:
        person = step.recipient
        key = "\x1f".join(
            [
                request.interview_date.isoformat(),
                request.company or "",
                request.position or "",
                request.candidate or "",
                step.id,
                person.name if person else "",
                person.email or "" if person else "",
            ]
        )
        seen[key] = seen.get(key, 0) + 1  # two interviewers with the same name and address
        digest = hashlib.sha256(f"{key}\x1f{seen[key]}".encode()).hexdigest()[:32]
        uids.append(f"{digest}@followup-planner")
    return uids


def render(step: Step, uid: str, today: date) -> tuple[dict[str, object], str | None]:
    """A step as the contract's JSON object, and a warning if its email link lost the body."""
    days = (step.due - today).days
    shown: dict[str, object] = {
        "id": step.id,
        "title": step.title,
        "due": step.due.isoformat(),
        "days_from_today": days,
        "status": "overdue" if days < 0 else "due-today" if days == 0 else "upcoming",
        "channel": step.channel,
        "recipient": step.recipient.name if step.recipient else None,
        "recipient_title": step.recipient.title if step.recipient else None,
        "why": step.why,
    }
    warning = None
    draft = step.draft
    if draft and draft.subject is not None:  # an email
        link = mailto(step.recipient.email if step.recipient else None, draft.subject, draft.body)
        shown.update(subject=draft.subject, body=draft.body, mailto=link.url)
        if link.body_left_out:
            warning = (
                f"The {EMAIL_NAMES[step.id]} to {shown['recipient']} is too long for an email "
                "link, so the link leaves the message out: copy it instead."
            )
    elif draft:
        shown["body"] = draft.body
    shown["uid"] = uid
    return shown, warning
