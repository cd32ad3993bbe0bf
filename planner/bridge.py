"""The planner page's one door into the planner: a JSON call in, a JSON answer out.

The browser worker hands every call to `answer` and posts back what it returns, so the envelope
(a plan, or problems as field + message) and every word the page shows about a plan, a step or
a problem are decided here, in Python, and tested natively; the page's script only draws them.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import date

from planner.ics import to_ics
from planner.plan import make_plan
from planner.problems import PlannerInputError, Problem
from planner.schedule import MONTHS

STATUS_WORDS = {"due-today": "Today", "upcoming": "Upcoming"}
DAY_ABBREVIATIONS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
# Fields the planner form has a control for; a problem in any other field is shown on its own.
FORM_FIELDS = ("interview", "candidate", "position", "company", "interviewers", "strengths")
FORM_FIELDS += ("forgot_to_mention", "instructions")


def answer(kind: str, payload: str) -> str:
    """`plan` or `ics` for a JSON payload, as JSON: `{ok, plan, view}`, `{ok, ics}`,
    `{ok: false, problems: [{field, message, required}]}` or `{ok: false, error}`.
    Never raises: the worker has no way to show a Python traceback to a visitor."""
    try:
        data = json.loads(payload)
        if kind == "plan":
            plan = make_plan(data["request"], data.get("policy"))
            return json.dumps({"ok": True, "plan": plan, "view": plan_view(plan)})
        if kind == "ics":
            return json.dumps({"ok": True, "ics": to_ics(data["plan"])})
        raise ValueError(f"no such call: {kind}")
    except PlannerInputError as error:
        return json.dumps({"ok": False, "problems": [problem_view(p) for p in error.problems]})
    except Exception as error:  # a bug, not the visitor's input: reported as a failure
        return json.dumps({"ok": False, "error": f"{type(error).__name__}: {error}"})


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
