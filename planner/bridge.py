"""The planner page's one door into the planner: a JSON call in, a JSON answer out.

The browser worker hands every call to `answer` and posts back what it returns, so the envelope
(a plan, or problems as field + message) and every word the page shows about a plan, a step or
a problem are decided here, in Python, and tested natively; the page's script only draws them.

A student is usually mid-way through typing something: one bad field (an email address without
its domain yet) must not stop the plan from following the others. So a plan is made with the
bad optional fields left out, and their problems come back beside it; only a problem the plan
cannot do without (a missing interview date or name) leaves no plan.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Mapping, Sequence
from datetime import date

from planner.ics import to_ics
from planner.mailto import MAX_LENGTH
from planner.plan import make_plan
from planner.problems import PlannerInputError, Problem
from planner.schedule import MONTHS

STATUS_WORDS = {"due-today": "Today", "upcoming": "Upcoming"}
DAY_ABBREVIATIONS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
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
    try:
        data = json.loads(payload)
        if kind == "plan":
            plan, problems = plan_around_problems(data["request"], data.get("policy"))
            shown = [problem_view(p) for p in problems]
            return json.dumps(
                {"ok": True, "plan": plan, "view": plan_view(plan), "problems": shown}
            )
        if kind == "ics":
            return json.dumps({"ok": True, "ics": to_ics(data["plan"])})
        raise ValueError(f"no such call: {kind}")
    except PlannerInputError as error:
        return json.dumps({"ok": False, "problems": [problem_view(p) for p in error.problems]})
    except Exception as error:  # a bug, not the visitor's input: reported as a failure
        return json.dumps({"ok": False, "error": f"{type(error).__name__}: {error}"})


def plan_around_problems(
    request: object, policy: object = None
) -> tuple[dict[str, object], list[Problem]]:
    """The plan for `request` without its bad optional fields, and the problems that left them
    out; raises PlannerInputError (with every problem found) when no plan can be made."""
    problems: list[Problem] = []
    current = request
    while True:
        try:
            return make_plan(current, policy), problems
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


def problem_view(problem: Problem) -> dict[str, object]:
    """A problem as the page shows it, the same words in the error summary and by the field."""
    required = problem.message.startswith("required")
    if problem.field.startswith("policy"):
        message = (
            "The career centre's planner settings have a problem "
            f"({problem.field}: {problem.message})."
        )
    elif required:
        message = "Please fill this in."
    elif problem.field.split(".")[0].split("[")[0] in FORM_FIELDS:
        message = sentence(problem.message)
    else:
        message = sentence(str(problem))
    return {"field": problem.field, "message": message, "required": required}


def sentence(text: str) -> str:
    """`not a date: 2026-02-30` -> `Not a date: 2026-02-30.`"""
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else f"{text}."


def plan_view(plan: Mapping[str, object]) -> dict[str, object]:
    """What the page writes beside each step (its date, distance and status) and announces."""
    today = date.fromisoformat(str(plan["today"]))
    steps: Sequence[Mapping[str, object]] = plan["steps"]  # type: ignore[assignment]
    count = len(steps)
    messages: Sequence[Mapping[str, object]] = plan["what_if"]  # type: ignore[assignment]
    return {
        "steps": [step_view(step, today) for step in steps],
        "announcement": f"Plan updated: {count} {'step' if count == 1 else 'steps'}.",
        "what_if": [{"subject": f"Subject: {message['subject']}"} for message in messages],
    }


def step_view(step: Mapping[str, object], today: date) -> dict[str, object]:
    due = date.fromisoformat(str(step["due"]))
    shown = short_date(due, today)
    view: dict[str, object] = {
        "date": shown,
        "distance": distance((due - today).days),
        "status": STATUS_WORDS[str(step["status"])],
    }
    if step.get("was_due"):
        view["was_due"] = f"was due {short_date(date.fromisoformat(str(step['was_due'])), today)}"
    if step.get("subject"):
        view["subject"] = f"Subject: {step['subject']}"
    if step.get("mailto"):
        # The longest link the page may make when the student edits the draft.
        view["mailto_limit"] = MAX_LENGTH
    if step["id"] == "handwritten-note":
        view["print_when"] = f"Write and post it by {shown}."
    return view


def short_date(day: date, today: date) -> str:
    """`Thu 26 Nov`, with the year when it is not this year's."""
    text = f"{DAY_ABBREVIATIONS[day.weekday()]} {day.day} {MONTHS[day.month - 1][:3]}"
    return text if day.year == today.year else f"{text} {day.year}"


def distance(days: int) -> str:
    """`today`, `tomorrow`, `in 3 days`, `yesterday`, `2 days ago`."""
    if -1 <= days <= 1:
        return ("yesterday", "today", "tomorrow")[days + 1]
    return f"in {days} days" if days > 0 else f"{-days} days ago"
