"""The draft messages: short, specific, warm but professional.

Every optional detail (position, company, what was discussed, strengths, what was forgotten,
the candidate's name) changes a phrase when it is given and is left out, with the sentence
still reading naturally, when it is not: a draft never shows an empty placeholder.
"""

from __future__ import annotations

from dataclasses import dataclass

from planner.request import Interviewer, Request
from planner.schedule import long_date


@dataclass(frozen=True)
class Draft:
    body: str
    subject: str | None = None  # email only


def sentence(text: str) -> str:
    """Visitor text as the end of a sentence: one closing full stop, not two."""
    return text if text.endswith((".", "!", "?")) else text.rstrip(",;:") + "."


def the_role(request: Request) -> str:
    """`the Junior Analyst position at Northwind Trading`, or as much of it as is known."""
    position = f"the {request.position} position" if request.position else "the position"
    return f"{position} at {request.company}" if request.company else position


def the_employer(request: Request) -> str:
    return request.company if request.company else "your team"


def letter(person: Interviewer, paragraphs: list[str], closing: str, request: Request) -> str:
    """Greeting, paragraphs, and a closing signed with the candidate's name when known."""
    signature = f"{closing},\n{request.candidate}" if request.candidate else f"{closing},"
    return "\n\n".join([f"Dear {person.name},", *paragraphs, signature])


def ask_next_steps(request: Request) -> Draft:
    """What to ask and collect before the interview ends (a checklist, not a message)."""
    cards = (
        "Ask each interviewer for a business card or their contact details."
        if len(request.interviewers) > 1
        else "Ask for a business card or their contact details."
    )
    return Draft(
        body="\n".join(
            [
                "Before the interview ends, ask:",
                "- What is the next step in the process?",
                "- Do you need anything more from me?",
                "- When can I expect to hear from you?",
                cards,
                "Thank them for their time and the chance to interview.",
            ]
        )
    )


def thank_you_email(request: Request, person: Interviewer) -> Draft:
    """Thanks, a reference to the conversation, and why the candidate fits."""
    position = f" {request.position}" if request.position else ""
    talk = (
        f"I especially enjoyed our conversation about {person.discussed}."
        if person.discussed
        else f"I enjoyed learning more about the role and about {the_employer(request)}."
    )
    fit = (
        f"I believe I would be a strong fit for the role: {sentence(request.strengths)}"
        if request.strengths
        else "Our conversation confirmed my interest, and I believe I would be a strong fit."
    )
    return Draft(
        subject=f"Thank you for the{position} interview",
        body=letter(
            person,
            [
                f"Thank you for taking the time to meet with me about {the_role(request)}. {talk}",
                fit,
                "I look forward to hearing about the next steps.",
            ],
            "Best regards",
            request,
        ),
    )


def handwritten_note(request: Request, person: Interviewer) -> Draft:
    """Thanks, interest, what was forgotten, and the match with the job and the company."""
    company = f" and for {request.company}" if request.company else ""
    match = (
        f"In short, I believe I am a good match for the role{company}: "
        f"{sentence(request.strengths)}"
        if request.strengths
        else f"In short, I believe my skills and enthusiasm make me a good match for the role"
        f"{company}."
    )
    paragraphs = [
        "Thank you again for taking the time to meet with me. "
        f"I remain very interested in {the_role(request)}."
    ]
    if request.forgot_to_mention:
        paragraphs.append(
            "There is one thing I did not get to mention in the interview: "
            f"{sentence(request.forgot_to_mention)}"
        )
    paragraphs.append(match)
    return Draft(body=letter(person, paragraphs, "With thanks", request))


def interviewed_on(request: Request) -> str:
    return f"{the_role(request)}, for which I interviewed on {long_date(request.interview_date)}"


def follow_up_email(request: Request, person: Interviewer) -> Draft:
    """Brief and polite: still interested, asking about the next steps."""
    decision = request.instructions.decision_by
    expected = (
        f" I understand a decision was expected by {long_date(decision)}."
        if decision and not request.instructions.follow_up_on
        else ""
    )
    subject = (
        f"Following up on the {request.position} interview"
        if request.position
        else "Following up on my interview"
    )
    return Draft(
        subject=subject,
        body=letter(
            person,
            [
                f"I am writing about {interviewed_on(request)}.{expected} I am still very "
                "interested in the role, and I would be glad to hear about the next steps or "
                "to send anything else you need from me.",
                "Thank you for your time.",
            ],
            "Best regards",
            request,
        ),
    )


def follow_up_call(request: Request) -> Draft:
    """What to say on the phone: who you are, that you are still interested, one question."""
    hello = f"Hello, this is {request.candidate}. I" if request.candidate else "Hello, I"
    return Draft(
        body=f"{hello} interviewed for {the_role(request)} on {long_date(request.interview_date)}, "
        "and I am calling because I am still very interested in the role. Is there any news "
        "about the next steps, or anything more you need from me?"
    )


def second_follow_up_email(request: Request, person: Interviewer) -> Draft:
    """The last message: still interested, and a graceful way for them to say no."""
    subject = (
        f"Still interested in the {request.position} position"
        if request.position
        else "Still interested in the position"
    )
    return Draft(
        subject=subject,
        body=letter(
            person,
            [
                f"I am writing once more about {interviewed_on(request)}. I am still interested "
                "in the role and would be grateful for any news, even if the position has "
                "been filled.",
                "Thank you again for your time and consideration.",
            ],
            "Best regards",
            request,
        ),
    )
