"""The plan: the follow-up rules applied to one request under one policy.

`make_plan` is the planner's entry point (the browser and the CLI call it): request and policy
in, `{"today", "steps", "warnings", "what_if"}` out, every step dated, explained and, for
messages, drafted; `what_if` holds ready messages for when things change (another offer,
withdrawing, a no). Apart from `today` defaulting to the current date, the plan is a pure
function of its inputs.

A plan starts where the student is: no step is dated before `today`. A step whose day has
passed moves to today (a follow-up to the next business day) and keeps that day as `was_due`;
the later follow-ups keep their spacing from the moved first one. From `late_thank_you_days`
after the interview there is no separate thank-you (the first follow-up thanks them), nor
when a late thank-you would be read a day or less before the first follow-up (one message to
the main contact does both; the rest of a panel get their thank-yous), from
`late_note_days` no handwritten note, and once even the day to move on has passed, the plan is
to move on, today.
A phone step carries the `voicemail` to leave if nobody answers, and a `tel` link when the
interviewer's number is known. The warnings also say when two messages of a panel would be
the same, or a draft is too long for what it is.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from datetime import date, timedelta

from planner import drafts
from planner.drafts import Draft
from planner.frozen import Frozen, replace
from planner.mailto import mailto
from planner.phrasing import word_count
from planner.policy import Policy, parse_policy
from planner.problems import PlannerInputError, Problem
from planner.request import Interviewer, Request, parse_request
from planner.schedule import ONE_DAY, later, long_date, next_business_day, spoken_date
from planner.tel import tel_uri
from planner.wording import DEFAULT_LOCALE, LOCALES, Words

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
# Advice pages the plan links to (`more`), as paths from the site's root: MkDocs' directory URLs
# of docs/video-and-phone-interviews.md and docs/when-things-change.md.
REMOTE = {
    "ask-next-steps": "video-and-phone-interviews/#before-it-ends",
    "handwritten-note": "video-and-phone-interviews/#handwritten-note",
    "follow-up": "video-and-phone-interviews/#phoning",
}
CHANGES = {
    "another-offer": "when-things-change/#another-offer",
    "withdraw": "when-things-change/#withdrawing",
    "after-a-no": "when-things-change/#after-a-no",
}
# A late thank-you, read on the first business day from today, and a first follow-up due
# within this many business days after that become one message to the main contact.
CLOSE_BUSINESS_DAYS = 1
# From this many days, time since the interview is said in weeks.
IN_WEEKS = 14
# Messages to each member of a panel, which must not be copies of each other.
PANEL_MESSAGES = ("thank-you-email", "handwritten-note")


class Step(Frozen):
    id: str
    due: date
    title: str
    channel: str  # in-person, email, mail, phone or none
    why: str
    recipient: Interviewer | None = None
    draft: Draft | None = None
    was_due: date | None = None  # the day it was due, when that had passed and it moved
    more: str | None = None  # an advice page on this step: its path from the site's root


def make_plan(
    request: Mapping[str, object],
    policy: Mapping[str, object] | Policy | None = None,
    locale: str = DEFAULT_LOCALE,
) -> dict[str, object]:
    """The dated follow-up plan for `request`, or PlannerInputError naming each bad field.

    `policy` overrides the default timing key by key (a mapping, checked here, or a Policy
    already checked by `planner.policy.parse_policy`); `locale` is the centre's English
    (`en-US` or `en-GB`: dates and spelling); the request's `language` picks the language.
    """
    problems: list[Problem] = []
    if locale not in LOCALES:
        choices = ", ".join(LOCALES)
        message = f"must be one of {choices}, got {locale}"
        values = (("options", choices), ("value", str(locale)))
        problems.append(Problem("locale", message, "choice", values))
        locale = DEFAULT_LOCALE
    try:
        rules = policy if isinstance(policy, Policy) else parse_policy(policy)
    except PlannerInputError as error:
        problems += error.problems
    try:
        checked = parse_request(request, default_today=date.today(), locale=locale)
    except PlannerInputError as error:
        problems += error.problems
    if problems:
        raise PlannerInputError(problems)
    steps = sorted(plan_steps(checked, rules), key=lambda step: (step.due, STEP_IDS.index(step.id)))
    words = checked.words
    warnings = instruction_warnings(checked, rules)
    warnings += same_messages(steps, words) + too_long(steps, words)
    rendered = []
    job = job_name(checked)
    for step, uid in zip(steps, step_uids(checked, steps), strict=True):
        shown, warning = render(step, uid, checked.today, job, words)
        rendered.append(shown)
        warnings += [warning] if warning else []
    thanked = follow_up_thanks(checked, rules) is not None
    warnings += late_warnings(steps, checked.today, words, thanked=thanked)
    warnings += unsigned(checked, steps)
    return {
        "today": checked.today.isoformat(),
        "steps": rendered,
        "warnings": warnings,
        "what_if": what_if(checked),
    }


def late_warnings(steps: list[Step], today: date, words: Words, *, thanked: bool) -> list[str]:
    """One plain sentence on what to do today, when the plan starts late: a panel's moved
    steps listed one by one would fill a phone's screen."""
    say = words.say
    moved = [step for step in steps if step.was_due]
    if not moved:
        return []
    if [step.id for step in steps] == ["move-on"]:
        return [say("warn.late.move_on")]
    parts = []
    for due in sorted({step.due for step in moved}):
        todo = []
        for step_id in STEP_IDS:
            same = [step for step in moved if step.due == due and step.id == step_id]
            todo += [late_todo(same, words, thanked=thanked)] if same else []
        when = {"date": long_date(due, words)} if due != today else {}
        parts.append(say("late.on" if when else "late.today", todo=listed(todo, words), **when))
    return [say("warn.late", todo=listed(parts, words, say("list.and")))]


def late_todo(steps: list[Step], words: Words, *, thanked: bool) -> str:
    """What to do for moved steps of one kind: "send your thank-you emails"."""
    say = words.say
    first = steps[0]
    if first.id == "follow-up" and first.recipient:
        thanks = ".thanks" if thanked else ""
        return say(f"late.follow-up.{first.channel}{thanks}", name=first.recipient.name)
    return say(f"late.{first.id}{'s' if len(steps) > 1 else ''}")


def listed(items: list[str], words: Words, last: str | None = None) -> str:
    """`a, b and c`."""
    say = words.say
    if len(items) == 1:
        return items[0]
    return say("list.comma").join(items[:-1]) + (last or say("and")) + items[-1]


def what_if(request: Request) -> list[dict[str, object]]:
    """Ready messages to the main contact for when things change."""
    contact = request.interviewers[0]
    say = request.words.say
    messages = []
    for which in drafts.WHAT_IF:
        draft = drafts.what_if(request, contact, which)
        link = mailto(contact.email, draft.subject or "", draft.body)
        messages.append(
            {
                "id": which,
                "title": say(f"what_if.{which}.title"),
                "why": say(f"what_if.{which}.why"),
                "subject": draft.subject,
                "body": draft.body,
                "mailto": link.url,
                "more": more(CHANGES[which], request.words),
            }
        )
    return messages


def more(path: str, words: Words) -> dict[str, str]:
    """A link to an advice page: its path from the site's root, and the page's title."""
    return {"href": path, "text": words.say(f"more.{path.partition('#')[0]}")}


def same_messages(steps: list[Step], words: Words) -> list[str]:
    """Panel messages that would read alike (apart from the greeting), and what to add."""
    say = words.say
    warnings = []
    for step_id in PANEL_MESSAGES:
        groups: dict[str, list[str]] = {}
        for step in steps:
            if step.id == step_id and step.draft and step.recipient:
                after_greeting = step.draft.body.partition("\n")[2]
                groups.setdefault(after_greeting, []).append(step.recipient.name)
        for names in groups.values():
            if len(names) > 1:
                warnings.append(
                    say(
                        "warn.same_messages",
                        messages=say(f"message.{step_id}s"),
                        names=listed(names, words),
                    )
                )
    return warnings


def unsigned(request: Request, steps: list[Step]) -> list[str]:
    """Without the candidate's name every draft ends with a bare "Best regards,": a message a
    student in a hurry could send unsigned, so the plan says so once, above the drafts."""
    if request.candidate or not any(step.draft for step in steps):
        return []
    words = request.words
    # The form's own label for the field (the page catalogue's), so the warning names it exactly.
    return [words.say("warn.unsigned", field=str(words.lists.PAGE["planner.candidate"]))]


def too_long(steps: list[Step], words: Words) -> list[str]:
    """Drafts over their word limit (long pasted text): what to cut, and why it matters."""
    say = words.say
    warnings = []
    for step in steps:
        if not (step.draft and step.recipient):
            continue
        texts = [(step.id, step.draft.body)]
        if step.draft.voicemail:
            texts = [("voicemail", step.draft.voicemail)]
        for kind, text in texts:
            limit = WORD_LIMITS.get(kind)
            count = word_count(text)
            if limit and count > limit:
                warnings.append(
                    say(
                        "warn.too_long",
                        message=say(f"message.{kind}"),
                        name=step.recipient.name,
                        words=str(count),
                        limit=str(limit),
                        reason=say(f"reason.{kind}"),
                    )
                )
    return warnings


def plan_steps(request: Request, policy: Policy) -> list[Step]:
    """Every step the advice calls for from today, in no particular order."""
    say = request.words.say
    since = (request.today - request.interview_date).days
    planned = first_follow_up(request, policy)
    if move_on_day(request, policy, planned) < request.today:
        return [too_late(request, policy, planned, since)]
    thanks = follow_up_thanks(request, policy, planned)
    steps = []
    interview = request.interview_date
    if interview >= request.today:
        time = say("step.ask.time", time=request.interview_time) if request.interview_time else ""
        steps.append(
            Step(
                id="ask-next-steps",
                due=interview,
                title=say("step.ask.title", time=time),
                channel="in-person",
                why=say("step.ask.why"),
                draft=drafts.ask_next_steps(request),
                more=None if request.interview_format == "in-person" else REMOTE["ask-next-steps"],
            )
        )
    for index, person in enumerate(request.interviewers):
        # The main contact (the first) is thanked in the follow-up when both are due.
        if not thanks or (thanks == "why.thanked.due" and index > 0):
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
        if policy.handwritten_note and since < policy.late_note_days:
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
                    more=None
                    if request.interview_format == "in-person"
                    else REMOTE["handwritten-note"],
                )
            )
    moved = [moved_to(step, request.today) for step in steps]
    return moved + follow_ups(request, policy, planned, thanks=thanks)


def follow_up_thanks(request: Request, policy: Policy, planned: date | None = None) -> str | None:
    """Why the first follow-up also thanks the main contact (the key of that sentence), or
    None when a thank-you email goes first. From `late_thank_you_days` after the interview a
    thank-you would arrive late, so there is none; and when the thank-you is already late and
    the first follow-up would be read within CLOSE_BUSINESS_DAYS of it (a thank-you written on
    Saturday is read on Monday), one message does both rather than two a day apart (the rest
    of a panel still get their thank-you emails)."""
    if (request.today - request.interview_date).days >= policy.late_thank_you_days:
        return "why.thanked"
    thanks_due = request.interview_date + timedelta(days=policy.thank_you_email_days)
    if thanks_due >= request.today or request.instructions.do_not_contact:
        return None
    close = next_business_day(request.today, policy)  # when a thank-you sent today is read
    for _ in range(CLOSE_BUSINESS_DAYS):
        close = next_business_day(close + ONE_DAY, policy)
    return "why.thanked.due" if (planned or first_follow_up(request, policy)) <= close else None


def moved_to(step: Step, today: date) -> Step:
    """A step whose day has passed, due today instead, remembering when it was due."""
    return replace(step, due=today, was_due=step.due) if step.due < today else step


def move_on_day(request: Request, policy: Policy, first: date) -> date:
    """When to stop waiting, with the first follow-up on `first` (unless asked not to contact
    them: then from the decision date, else from the interview)."""
    said = request.instructions
    if said.do_not_contact:
        decision_by = usable(said.decision_by, request)
        if decision_by:
            return decision_by + timedelta(days=policy.do_not_contact_after_decision_days)
        return request.interview_date + timedelta(days=policy.do_not_contact_move_on_days)
    return later(first, policy.second_follow_up_days, policy) + timedelta(days=policy.move_on_days)


def too_late(request: Request, policy: Policy, planned: date, since: int) -> Step:
    """The whole plan once even the day to move on has passed: move on, kindly, today."""
    say = request.words.say
    if since >= IN_WEEKS:
        count = {"count": str(since // 7)}
        how_long = say("since.weeks", **count)
    else:
        how_long = say("since.days", count=str(since)) if since > 1 else say("since.one_day")
    return Step(
        id="move-on",
        due=request.today,
        title=say("step.move_on.title"),
        channel="none",
        why=say("step.move_on.why.late", since=how_long),
        was_due=move_on_day(request, policy, planned),
    )


def follow_ups(
    request: Request, policy: Policy, planned: date, *, thanks: str | None
) -> list[Step]:
    """The follow-ups to the main contact and the day to move on, as instructed or by default,
    the first on `planned` or, when that has passed, on the first business day from today.
    `thanks`: the first follow-up also thanks them, for this reason (follow_up_thanks)."""
    say = request.words.say
    said = request.instructions
    if said.do_not_contact:
        why = say("step.move_on.why.do_not_contact")
        title = say("step.move_on.title")
        due = move_on_day(request, policy, planned)
        return [Step(id="move-on", due=due, title=title, channel="none", why=why)]
    contact = request.interviewers[0]
    first = planned if planned >= request.today else next_business_day(request.today, policy)
    second = later(first, policy.second_follow_up_days, policy)
    by_phone = said.follow_up_by == "phone"
    channel = "phone" if by_phone else "email"
    thanked = thanks is not None
    why = (
        say("why.moved", date=long_date(planned, request.words))
        if first != planned
        else follow_up_why(request)
    )
    return [
        Step(
            id="follow-up",
            due=first,
            title=say(
                f"step.follow_up.title.{channel}{'.thanks' if thanked else ''}", name=contact.name
            ),
            channel=channel,
            why=f"{say(thanks)} {why}" if thanks else why,
            recipient=contact,
            draft=drafts.follow_up_call(request, contact, thanked=thanked)
            if by_phone
            else drafts.follow_up_email(request, contact, thanked=thanked),
            was_due=planned if first != planned else None,
            more=REMOTE["follow-up"] if by_phone else None,
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
    say = request.words.say
    said = request.instructions
    if usable(said.follow_up_on, request):
        return say("why.follow_up_on")
    decision_by = usable(said.decision_by, request)
    if decision_by:
        return say("why.decision_by", date=long_date(decision_by, request.words))
    return say("why.phone" if said.follow_up_by == "phone" else "why.email")


def instruction_warnings(request: Request, policy: Policy) -> list[str]:
    """Instructions that look like typos or contradict each other."""
    say, words = request.words.say, request.words
    said = request.instructions
    interview = long_date(request.interview_date, words)
    warnings = []
    for which, day in (("follow_up", said.follow_up_on), ("decision", said.decision_by)):
        if day and day < request.interview_date:
            warnings.append(
                say(
                    "warn.date_before_interview",
                    which=say(f"warn.which.{which}"),
                    date=long_date(day, words),
                    interview=interview,
                )
            )
    if said.decision_by and (said.decision_by - request.interview_date).days > (
        policy.far_decision_days
    ):
        warnings.append(
            say(
                "warn.far_decision",
                date=long_date(said.decision_by, words),
                days=str(policy.far_decision_days),
            )
        )
    if said.do_not_contact and (said.follow_up_on or said.follow_up_by):
        warnings.append(say("warn.do_not_contact"))
    elif (
        usable(said.follow_up_on, request)
        and said.follow_up_on >= request.today
        and first_follow_up(request, policy) != said.follow_up_on
    ):
        day = long_date(said.follow_up_on, words)
        warnings.append(say("warn.not_business_day", date=day))
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


def job_name(request: Request) -> str:
    """What a calendar event adds to a step's title so two applications' events differ:
    `Junior Analyst, Northwind Trading`, or as much as is known, else the interview's date."""
    say = request.words.say
    if request.position and request.company:
        return say(
            "calendar.job.position_company", position=request.position, company=request.company
        )
    return (
        request.position
        or request.company
        or say("calendar.job.interview", date=spoken_date(request.interview_date, request.words))
    )


def render(
    step: Step, uid: str, today: date, job: str, words: Words
) -> tuple[dict[str, object], str | None]:
    """A step as the contract's JSON object, and a warning if its email link lost the body."""
    say = words.say
    days = (step.due - today).days
    shown: dict[str, object] = {
        "id": step.id,
        "title": step.title,
        "summary": say("calendar.summary", title=step.title, job=job),
        "due": step.due.isoformat(),
        "days_from_today": days,
        "status": "due-today" if days == 0 else "upcoming",
        "channel": step.channel,
        "recipient": step.recipient.name if step.recipient else None,
        "recipient_title": step.recipient.title if step.recipient else None,
        "why": step.why,
    }
    if step.was_due:
        shown["was_due"] = step.was_due.isoformat()
    if step.more:
        shown["more"] = more(step.more, words)
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
