"""The draft messages: what a careful career adviser would help a student write.

Each draft is short, specific and plain, and reads naturally whatever optional details are
missing: an absent detail changes a phrase, never leaves an empty placeholder. What the student
typed is fitted to the sentence it finishes (`planner.phrasing`), each interviewer's messages
use what was discussed with that person, and a name (company, position) is said once per
paragraph, not in two sentences running. Every word comes from the catalogue
of the request's language (`request.words`).
"""

from __future__ import annotations

from planner.frozen import Frozen
from planner.languages import DEFAULT, catalogue
from planner.phrasing import fitted, sentence, to_them
from planner.request import Interviewer, Request
from planner.schedule import long_date, spoken_date
from planner.wording import Words


class Draft(Frozen):
    body: str
    subject: str | None = None  # email only
    voicemail: str | None = None  # phone only: what to say if nobody answers


def field_sentences(language: str = DEFAULT) -> dict[str, str]:
    """The sentence each free-text field finishes, for the form to show beside the field."""
    return dict(catalogue(language).FIELD_SENTENCES)


def the_role(request: Request) -> str:
    """`the Junior Analyst position at Northwind Trading`, or as much of it as is known."""
    say = request.words.say
    if request.position and request.company:
        return say("role.position_company", position=request.position, company=request.company)
    if request.position:
        return say("role.position", position=request.position)
    if request.company:
        return say("role.company", company=request.company)
    return say("role")


def subject(request: Request, key: str) -> str:
    """A subject naming the position (else the company), so it is found in a full inbox."""
    say = request.words.say
    if request.position:
        return say(key, position=request.position)
    if request.company:
        return say(f"{key}.company", company=request.company)
    return say(f"{key}.bare")


def letter(person: Interviewer, paragraphs: list[str], closing: str, request: Request) -> str:
    """Greeting, paragraphs, and a closing signed with the candidate's name when known."""
    say = request.words.say
    signature = (
        say("signature", closing=closing, candidate=request.candidate)
        if request.candidate
        else say("signature.unsigned", closing=closing)
    )
    opening = say(greeting_key(person, request.words), addressed=person.addressed)
    return "\n\n".join([opening, *paragraphs, signature])


def greeting_key(person: Interviewer, words: Words) -> str:
    """The greeting the student typed ("Estimada ..."), else the one the title asks for
    ("Sra. Ortega": "Estimada Sra. Ortega:"), else the language's plain one."""
    if person.opening:
        return person.opening
    first = person.addressed.split()[0].lower() if person.addressed.split() else ""
    return words.lists.TITLES.get(first, "greeting")


def talk(person: Interviewer, message: str, words: Words) -> str | None:
    """The sentence on what was discussed with `person`, as it reads to them ("her team" ->
    "your team"); else one on their job title; else None."""
    say = words.say
    if person.discussed:
        first = person.name.split()[0] if person.name.split() else ""
        said = fitted(person.discussed, "discussed", words.lists)
        text = to_them(said.text, (person.name, first, person.greeting or ""), words.lists)
        if text:
            return sentence(say(f"{message}.talk.{said.kind}", discussed=text))
    if person.title:
        return say(f"{message}.talk.title", title=person.title)
    return None


def ask_next_steps(request: Request) -> Draft:
    """What to ask and collect before the interview ends (a checklist, not a message)."""
    say = request.words.say
    panel = ".panel" if len(request.interviewers) > 1 else ""
    contact = say(f"ask.contact.{request.interview_format}{panel}")
    return Draft(
        body="\n".join([say("ask.intro"), say("ask.questions"), contact, say("ask.thanks")])
    )


def thank_you_email(request: Request, person: Interviewer) -> Draft:
    """Thanks, the conversation with this person, and why the candidate fits."""
    say = request.words.say
    met = say(f"met.{request.interview_format}")
    conversation = talk(person, "thanks", request.words) or say("thanks.talk.none")
    fit = why_they_fit(request, "thanks.fit")
    return Draft(
        subject=subject(request, "thanks.subject"),
        body=letter(
            person,
            [
                f"{say('thanks.opening', met=met, role=the_role(request))} {conversation}",
                fit,
                say("thanks.close"),
            ],
            say("thanks.closing"),
            request,
        ),
    )


def handwritten_note(request: Request, person: Interviewer) -> Draft:
    """Thanks, interest, what was forgotten, and the match with the job and the team."""
    say = request.words.say
    met = say(f"met.{request.interview_format}")
    opening = [
        say("note.opening", met=met, role=the_role(request)),
        talk(person, "note", request.words) or "",
    ]
    if request.forgot_to_mention:
        forgot = fitted(request.forgot_to_mention, "forgot_to_mention", request.words.lists)
        clause = forgot.kind == "clause"
        key = "note.forgot.clause" if clause else "note.forgot.phrase"
        text = i_stays_upper(forgot.text[:1].lower() + forgot.text[1:]) if clause else forgot.text
        opening.append(sentence(say(key, forgot=text)))
    match = why_they_fit(request, "note.match")
    return Draft(
        body=letter(person, [" ".join(filter(None, opening)), match], say("note.closing"), request)
    )


def why_they_fit(request: Request, key: str) -> str:
    """The sentence on why the candidate fits, worded for what the student typed (nothing, a
    whole clause or a phrase): the email's `thanks.fit` and the note's `note.match` differ in
    their words only."""
    say = request.words.say
    strengths = (
        fitted(request.strengths, "strengths", request.words.lists) if request.strengths else None
    )
    if strengths is None:
        return say(f"{key}.none")
    if strengths.kind == "clause":
        return say(f"{key}.clause", strengths=sentence(strengths.text))
    return say(f"{key}.phrase", strengths=strengths.text)


def i_stays_upper(text: str) -> str:
    """A clause lowered to follow "that", except the pronoun "I" ("i speak" -> "I speak")."""
    return "I" + text[1:] if text[:1] == "i" and text[1:2] in ("", " ", "'", "\u2019") else text


def interview_on(request: Request) -> dict[str, str]:
    return {"role": the_role(request), "date": long_date(request.interview_date, request.words)}


def follow_up_email(request: Request, person: Interviewer, *, thanked: bool = False) -> Draft:
    """Brief and polite: still interested, asking about the next steps. `thanked`: no
    thank-you email went (the plan starts too late for one), so this one thanks them first."""
    say = request.words.say
    decision = request.instructions.decision_by
    expected = decision and not request.instructions.follow_up_on
    if thanked:
        met = say(f"met.{request.interview_format}")
        opening = [
            say("follow_up.thanked.opening", met=met, **interview_on(request)),
            talk(person, "thanks", request.words) or "",
            say("follow_up.thanked.expected", date=long_date(decision, request.words))
            if expected
            else "",
        ]
        paragraphs = [" ".join(filter(None, opening)), say("follow_up.thanked.body")]
    else:
        later = (
            say("follow_up.expected", date=long_date(decision, request.words)) if expected else ""
        )
        paragraphs = [
            say("follow_up.body", expected=later, **interview_on(request)),
            say("follow_up.thanks"),
        ]
    return Draft(
        subject=subject(request, "follow_up.subject"),
        body=letter(person, paragraphs, say("closing"), request),
    )


def follow_up_call(request: Request, person: Interviewer, *, thanked: bool = False) -> Draft:
    """What to say on the phone, and a shorter message to leave if nobody answers; `thanked`
    as for `follow_up_email`."""
    say = request.words.say
    spoken = {"role": the_role(request), "date": spoken_date(request.interview_date, request.words)}
    thanks = ".thanks" if thanked else ""
    body = say(f"call.body{thanks}", **spoken)
    call = (
        say("call.hello", candidate=request.candidate, body=body)
        if request.candidate
        else say("call.hello.anonymous", body=body)
    )
    if person.greeting and request.candidate:
        greeting = say(
            "voicemail.hello.greeting", addressed=person.greeting, candidate=request.candidate
        )
    elif request.candidate:
        greeting = say("voicemail.hello", candidate=request.candidate, name=person.name)
    else:
        greeting = say("voicemail.hello.anonymous", name=person.name)
    return Draft(
        body=call,
        voicemail=f"{greeting} {say(f'voicemail.body{thanks}', **spoken)}",
    )


def second_follow_up_email(request: Request, person: Interviewer) -> Draft:
    """The last message: still interested, and a graceful way for them to say no."""
    say = request.words.say
    return Draft(
        subject=subject(request, "second.subject"),
        body=letter(
            person,
            [say("second.body", **interview_on(request)), say("second.thanks")],
            say("closing"),
            request,
        ),
    )


# Ready messages for when things change, in the order the page shows them.
WHAT_IF = ("another-offer", "withdraw", "after-a-no")


def what_if(request: Request, person: Interviewer, which: str) -> Draft:
    """The message for `which` (one of WHAT_IF) to the main contact: the job and the
    interview named once, one plain request, and no reason the student did not give."""
    say = request.words.say
    met = say(f"met.{request.interview_format}")
    opening = say(
        f"what_if.{which}.body",
        met=met,
        met_you=say(f"met_you.{request.interview_format}"),
        **interview_on(request),
    )
    return Draft(
        subject=subject(request, f"what_if.{which}.subject"),
        body=letter(person, [opening, say(f"what_if.{which}.close")], say("closing"), request),
    )
