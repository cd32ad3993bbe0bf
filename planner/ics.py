"""The plan as an iCalendar file (RFC 5545) the visitor imports into their calendar.

One all-day event per step (`VALUE=DATE`, exclusive `DTEND`) with a display reminder at 09:00
on the day, titled with the step's `summary`, which names the job, so the events of two
applications can be told apart. Each event's `UID` comes from the plan (the same interview and
step give the same UID), so importing an updated plan updates the events instead of duplicating
them. Visitor text is escaped and folded here, so it can never start a new property or
component.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

from planner.languages import DEFAULT
from planner.problems import is_control
from planner.wording import Words, words_for

LINE_OCTETS = 75  # RFC 5545 3.1: fold lines longer than this, excluding the CRLF


def to_ics(plan: Mapping[str, object], language: str = DEFAULT) -> str:
    """The calendar for a plan made by `make_plan`, with CRLF line endings; `language` is the
    plan's (the step texts already are; it words the labels this adds)."""
    words = words_for(language)
    stamp = date.fromisoformat(str(plan["today"])).strftime("%Y%m%dT000000Z")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//followup-planner//EN",
        "CALSCALE:GREGORIAN",
    ]
    for step in plan["steps"]:  # type: ignore[attr-defined]  # a plan's steps are a list
        lines += event(step, stamp, words)
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def event(step: Mapping[str, object], stamp: str, words: Words) -> list[str]:
    due = date.fromisoformat(str(step["due"]))
    title = str(step["summary"])
    details = [str(step["why"])]
    if step.get("subject"):
        details.append(words.say("subject", subject=str(step["subject"])))
    if step.get("body"):
        details.append(str(step["body"]))
    description = "\n\n".join(details)
    return [
        "BEGIN:VEVENT",
        f"UID:{text(str(step['uid']))}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{due.strftime('%Y%m%d')}",
        f"DTEND;VALUE=DATE:{(due + timedelta(days=1)).strftime('%Y%m%d')}",
        f"SUMMARY:{text(title)}",
        f"DESCRIPTION:{text(description)}",
        "TRANSP:TRANSPARENT",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "TRIGGER;RELATED=START:PT9H",
        f"DESCRIPTION:{text(title)}",
        "END:VALARM",
        "END:VEVENT",
    ]


def text(value: str) -> str:
    """A TEXT value (RFC 5545 3.3.11): escaped, line breaks as `\\n`, no control characters."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    escaped = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    lines = ["".join(char for char in line if not is_control(char)) for line in escaped.split("\n")]
    return "\\n".join(lines)


def fold(line: str) -> str:
    """Fold at 75 octets, never inside a UTF-8 character; continuation lines start with a space."""
    parts: list[str] = []
    current, size = "", 0
    for char in line:
        width = len(char.encode())
        if size + width > LINE_OCTETS:
            parts.append(current)
            current, size = " ", 1
        current += char
        size += width
    parts.append(current)
    return "\r\n".join(parts)
