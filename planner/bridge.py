"""The planner page's one door into the planner: a JSON call in, a JSON answer out.

The browser worker hands every call to `answer` and posts back what it returns, so the envelope
(a plan, or problems as field + message) and every word the page shows about a plan, a step or
a problem are decided here, in Python, and tested natively; the page's script only draws them.

A student is usually mid-way through typing something: one bad field (an email address without
its domain yet) must not stop the plan from following the others. So a plan is made with the
bad optional fields left out, and their problems come back beside it; only a problem the plan
cannot do without (a missing interview date or name) leaves no plan.

Every word comes from the request's language (`language` in the request; English when it is
missing or bad), and a call payload may carry the centre's English variant at its top level
(`locale`: `en-US`, the default, or `en-GB`), next to `request` and `policy` (a `plan` call) or
`plan` and `language` (an `ics` call).
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Mapping, Sequence
from datetime import date

from planner.ics import to_ics
from planner.languages import DEFAULT, LANGUAGES
from planner.mailto import MAX_LENGTH
from planner.plan import make_plan
from planner.problems import PlannerInputError, Problem
from planner.schedule import short_date
from planner.wording import DEFAULT_LOCALE, LOCALES, Words, words_for

# Fields the planner form has a control for; a problem in any other field is shown on its own.
FORM_FIELDS = ("interview", "candidate", "position", "company", "interviewers", "strengths")
FORM_FIELDS += ("forgot_to_mention", "instructions")
# A field the plan can be made without: a leaf of the request, e.g. `interviewers[1].email`.
OPTIONAL_LEAF = re.compile(r"(?:interviewers\[(\d+)\]\.(\w+)|(\w+)\.(\w+)|(\w+))")
KEPT = ("today", "interview.date", "interviewers", "request")


def answer(kind: str, payload: str) -> str:
    """`plan` or `ics` for a JSON payload, as JSON: `{ok, plan, view, problems}`, `{ok, ics}`,
    `{ok: false, problems: [{field, message, required}]}` or `{ok: false, error}`.
    Never raises: the worker has no way to show a Python traceback to a visitor."""
    words = words_for()
    try:
        data = json.loads(payload)
        locale = data.get("locale") or DEFAULT_LOCALE
        words = call_words(data, locale)
        if kind == "plan":
            plan, problems = plan_around_problems(data["request"], data.get("policy"), locale)
            shown = [problem_view(p, words) for p in problems]
            view = plan_view(plan, words)
            return json.dumps({"ok": True, "plan": plan, "view": view, "problems": shown})
        if kind == "ics":
            return json.dumps({"ok": True, "ics": to_ics(data["plan"], words.language)})
        raise ValueError(f"no such call: {kind}")
    except PlannerInputError as error:
        shown = [problem_view(p, words) for p in error.problems]
        return json.dumps({"ok": False, "problems": shown})
    except Exception as error:  # a bug, not the visitor's input: reported as a failure
        return json.dumps({"ok": False, "error": f"{type(error).__name__}: {error}"})


def call_words(data: object, locale: object) -> Words:
    """The words of a call: the request's (or, for `ics`, the payload's) language, English
    when it is missing or not one there is a catalogue for (its problem says so)."""
    if not isinstance(data, Mapping):
        return words_for()
    request = data.get("request")
    language = request.get("language") if isinstance(request, Mapping) else data.get("language")
    return words_for(
        language if language in LANGUAGES else DEFAULT,
        locale if locale in LOCALES else DEFAULT_LOCALE,
    )


def plan_around_problems(
    request: object, policy: object = None, locale: str = DEFAULT_LOCALE
) -> tuple[dict[str, object], list[Problem]]:
    """The plan for `request` without its bad optional fields, and the problems that left them
    out; raises PlannerInputError (with every problem found) when no plan can be made."""
    problems: list[Problem] = []
    current = request
    while True:
        try:
            return make_plan(current, policy, locale), problems
        except PlannerInputError as error:
            problems += [p for p in error.problems if p not in problems]
            smaller = without(current, error.problems)
            if smaller is None:
                raise PlannerInputError(problems) from None
            current = smaller


def without(request: object, problems: Sequence[Problem]) -> object | None:
    """`request` with each problem's field removed, or None when one of them cannot be left out
    (a required field, the interview date, the list of interviewers, the centre's policy)."""
    if not isinstance(request, Mapping):
        return None
    smaller = copy.deepcopy(dict(request))
    for problem in problems:
        if problem.message.startswith("required") or problem.field in KEPT:
            return None
        leaf = OPTIONAL_LEAF.fullmatch(problem.field)
        if not leaf:
            return None
        index, key, group, name, top = leaf.groups()
        if top:
            holder: object = smaller
            key = top
        elif group:
            holder = smaller.get(group)
            key = name
        else:
            people = smaller.get("interviewers")
            ok = isinstance(people, list) and int(index) < len(people)
            holder = people[int(index)] if ok else None
        if not isinstance(holder, dict) or key not in holder:
            return None
        del holder[key]
    return smaller


def problem_view(problem: Problem, words: Words | None = None) -> dict[str, object]:
    """A problem as the page shows it, the same words in the error summary and by the field,
    in the visitor's language; the centre's settings problems keep their English detail, for
    the staff who fix them."""
    words = words or words_for()
    required = problem.message.startswith("required")
    if problem.field.startswith("policy"):
        message = words.say("problem.policy", problem=str(problem))
    elif required:
        message = words.say("problem.required")
    elif problem.field.split(".")[0].split("[")[0] in FORM_FIELDS:
        message = said(problem, words) if problem.key else sentence(problem.message)
    else:
        message = sentence(str(problem))
    return {"field": problem.field, "message": message, "required": required}


def said(problem: Problem, words: Words) -> str:
    """A problem's message from the catalogue; a value naming a `kind.` key is said too."""
    values = {
        name: words.say(value) if value.startswith("kind.") else value
        for name, value in problem.values
    }
    return words.say(f"problem.{problem.key}", **values)


def sentence(text: str) -> str:
    """`not a date: 2026-02-30` -> `Not a date: 2026-02-30.`"""
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else f"{text}."


def plan_view(plan: Mapping[str, object], words: Words | None = None) -> dict[str, object]:
    """What the page writes beside each step (its date, distance and status) and announces."""
    words = words or words_for()
    today = date.fromisoformat(str(plan["today"]))
    steps: Sequence[Mapping[str, object]] = plan["steps"]  # type: ignore[assignment]
    count = len(steps)
    messages: Sequence[Mapping[str, object]] = plan["what_if"]  # type: ignore[assignment]
    announced = "view.announcement.one" if count == 1 else "view.announcement"
    return {
        "steps": [step_view(step, today, words) for step in steps],
        "announcement": words.say(announced, count=str(count)),
        "what_if": [
            {"subject": words.say("subject", subject=str(message["subject"]))}
            for message in messages
        ],
    }


def step_view(step: Mapping[str, object], today: date, words: Words) -> dict[str, object]:
    due = date.fromisoformat(str(step["due"]))
    shown = short_date(due, today, words)
    view: dict[str, object] = {
        "date": shown,
        "distance": distance((due - today).days, words),
        "status": words.say(f"view.status.{step['status']}"),
    }
    if step.get("was_due"):
        was = short_date(date.fromisoformat(str(step["was_due"])), today, words)
        view["was_due"] = words.say("view.was_due", date=was)
    if step.get("subject"):
        view["subject"] = words.say("subject", subject=str(step["subject"]))
    if step.get("mailto"):
        # The longest link the page may make when the student edits the draft.
        view["mailto_limit"] = MAX_LENGTH
    if step["id"] == "handwritten-note":
        view["print_when"] = words.say("view.print_when", date=shown)
    return view


def distance(days: int, words: Words | None = None) -> str:
    """`today`, `tomorrow`, `in 3 days`, `yesterday`, `2 days ago`."""
    words = words or words_for()
    if -1 <= days <= 1:
        return words.say(("view.yesterday", "view.today", "view.tomorrow")[days + 1])
    if days > 0:
        return words.say("view.in_days", count=str(days))
    return words.say("view.days_ago", count=str(-days))
