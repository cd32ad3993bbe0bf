"""The plan: the follow-up rules applied to one request under one policy.

`make_plan` is the planner's entry point (the browser and the CLI call it): request and policy
in, `{"today", "steps", "warnings"}` out, every step dated, explained and, for messages, drafted.
Apart from `today` defaulting to the current date, the plan is a pure function of its inputs.
A phone step carries the `voicemail` to leave if nobody answers, and a `tel` link when the
interviewer's number is known. The warnings also say when two messages of a panel would be
the same, or a draft is too long for what it is.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from planner import drafts
from planner.drafts import Draft, say
from planner.mailto import mailto
from planner.phrasing import word_count
from planner.policy import Policy, parse_policy
from planner.problems import PlannerInputError, Problem
from planner.request import Interviewer, Request, parse_request
from planner.schedule import ONE_DAY, later, long_date, next_business_day
from planner.tel import tel_uri

# Same-day steps come in this order, the order the advice gives them.
STEP_IDS = (
    "ask-next-steps",
    "thank-you-email",
    "handwritten-note",
    "follow-up",
    "second-follow-up",
    "move-on",
)
# The most words each message may have for input of ordinary length.
WORD_LIMITS = {
    "thank-you-email": 150,
    "handwritten-note": 100,
    "follow-up": 90,
    "second-follow-up": 90,
    "voicemail": 80,
}
# Messages to each member of a panel, which must not be copies of each other.
PANEL_MESSAGES = ("thank-you-email", "handwritten-note")


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
    warnings = instruction_warnings(checked, rules) + same_messages(steps) + too_long(steps)
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
        title = f"{first.title[0].lower()}{first.title[1:]}"
        return [say("warn.overdue.one", date=long_date(first.due), title=title)]
    return [say("warn.overdue.many", count=str(len(overdue)), date=long_date(first.due))]


def same_messages(steps: list[Step]) -> list[str]:
    """Panel messages that would read alike (apart from the greeting), and what to add."""
    warnings = []
    for step_id in PANEL_MESSAGES:
        groups: dict[str, list[str]] = {}
        for step in steps:
            if step.id == step_id and step.draft and step.recipient:
                after_greeting = step.draft.body.partition("\n")[2]
                groups.setdefault(after_greeting, []).append(step.recipient.name)
        for names in groups.values():
            if len(names) > 1:
                listed = say("list.comma").join(names[:-1]) + say("and") + names[-1]
                warnings.append(
                    say("warn.same_messages", messages=say(f"message.{step_id}s"), names=listed)
                )
    return warnings


def too_long(steps: list[Step]) -> list[str]:
    """Drafts over their word limit (long pasted text): what to cut, and why it matters."""
    warnings = []
    for step in steps:
        if not (step.draft and step.recipient):
            continue
        texts = [(step.id, step.draft.body)]
        if step.draft.voicemail:
            texts = [("voicemail", step.draft.voicemail)]
        for kind, text in texts:
            limit = WORD_LIMITS.get(kind)
            words = word_count(text)
            if limit and words > limit:
                warnings.append(
                    say(
                        "warn.too_long",
                        message=say(f"message.{kind}"),
                        name=step.recipient.name,
                        words=str(words),
                        limit=str(limit),
                        reason=say(f"reason.{kind}"),
                    )
                )
    return warnings


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
                title=say("step.ask.title", time=time),
                channel="in-person",
                why=say("step.ask.why"),
                draft=drafts.ask_next_steps(request),
            )
        )
    for person in request.interviewers:
        steps.append(
            Step(
                id="thank-you-email",
                due=interview + timedelta(days=policy.thank_you_email_days),
                title=say("step.thanks.title", name=person.name),
                channel="email",
                why=say("step.thanks.why"),
                recipient=person,
                draft=drafts.thank_you_email(request, person),
            )
        )
        if policy.handwritten_note:
            steps.append(
                Step(
                    id="handwritten-note",
                    due=interview + timedelta(days=policy.handwritten_note_days),
                    title=say("step.note.title", name=person.name),
                    channel="mail",
                    why=say(
                        "step.note.why.in-person"
                        if request.interview_format == "in-person"
                        else "step.note.why.remote",
                        name=person.name,
                    ),
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
        why = say("step.move_on.why.do_not_contact")
        title = say("step.move_on.title")
        return [Step(id="move-on", due=move_on, title=title, channel="none", why=why)]
    contact = request.interviewers[0]
    first = first_follow_up(request, policy)
    second = later(first, policy.second_follow_up_days, policy)
    by_phone = said.follow_up_by == "phone"
    return [
        Step(
            id="follow-up",
            due=first,
            title=say(
                f"step.follow_up.title.{'phone' if by_phone else 'email'}", name=contact.name
            ),
            channel="phone" if by_phone else "email",
            why=follow_up_why(request),
            recipient=contact,
            draft=drafts.follow_up_call(request, contact)
            if by_phone
            else drafts.follow_up_email(request, contact),
        ),
        Step(
            id="second-follow-up",
            due=second,
            title=say("step.second.title", name=contact.name),
            channel="email",
            why=say("step.second.why"),
            recipient=contact,
            draft=drafts.second_follow_up_email(request, contact),
        ),
        Step(
            id="move-on",
            due=second + timedelta(days=policy.move_on_days),
            title=say("step.move_on.title"),
            channel="none",
            why=say("step.move_on.why"),
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
        return say("why.follow_up_on")
    decision_by = usable(said.decision_by, request)
    if decision_by:
        return say("why.decision_by", date=long_date(decision_by))
    return say("why.phone" if said.follow_up_by == "phone" else "why.email")


def instruction_warnings(request: Request, policy: Policy) -> list[str]:
    """Instructions that look like typos or contradict each other."""
    said = request.instructions
    interview = long_date(request.interview_date)
    warnings = []
    for which, day in (("follow_up", said.follow_up_on), ("decision", said.decision_by)):
        if day and day < request.interview_date:
            warnings.append(
                say(
                    "warn.date_before_interview",
                    which=say(f"warn.which.{which}"),
                    date=long_date(day),
                    interview=interview,
                )
            )
    if said.decision_by and (said.decision_by - request.interview_date).days > (
        policy.far_decision_days
    ):
        warnings.append(
            say(
                "warn.far_decision",
                date=long_date(said.decision_by),
                days=str(policy.far_decision_days),
            )
        )
    if said.do_not_contact and (said.follow_up_on or said.follow_up_by):
        warnings.append(say("warn.do_not_contact"))
    elif usable(said.follow_up_on, request) and first_follow_up(request, policy) != (
        said.follow_up_on
    ):
        warnings.append(say("warn.not_business_day", date=long_date(said.follow_up_on)))
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
            warning = say(
                "warn.link_too_long",
                message=say(f"message.{step.id}"),
                name=str(shown["recipient"]),
            )
    elif draft:
        shown["body"] = draft.body
    if draft and draft.voicemail is not None:
        shown["voicemail"] = draft.voicemail
        phone = step.recipient.phone if step.recipient else None
        if phone:
            shown.update(phone=phone, tel=tel_uri(phone))
    shown["uid"] = uid
    return shown, warning
