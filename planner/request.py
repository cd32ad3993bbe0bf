"""The request: what a visitor knows about their interview, checked field by field.

`parse_request` turns the JSON object below into a `Request`, or raises `PlannerInputError`
listing every problem with its field name. Text is cleaned (line breaks and tabs become spaces,
control characters go) and blank optional text counts as missing, so the drafts never show an
empty placeholder. Only `interview.date` and one interviewer's `name` are required:

    {
      "language": "en",                       # en (default) or es: the plan's language
      "today": "2026-11-23",                  # YYYY-MM-DD; default: the current date
      "interview": {
        "date": "2026-11-20",
        "time": "14:00",                      # HH:MM, 24-hour
        "format": "video"                     # in-person (default), video or phone
      },
      "candidate": "Sam Rivera",              # signs the messages
      "position": "Junior Analyst",
      "company": "Northwind Trading",
      "interviewers": [                       # 1 to 20; the first is the main contact
        {
          "name": "Dana Lee",
          "title": "Hiring Manager",
          "greeting": "Ms Lee",               # opens each message: "Dear Ms Lee,"
          "email": "dana@example.com",
          "phone": "+1 555 010 0199",         # for the call link of a phone follow-up
          "discussed": "the new reporting dashboard"
        }
      ],
      "strengths": "three years of SQL and a knack for clear charts",
      "forgot_to_mention": "I finished the Tableau certificate last month",
      "instructions": {
        "decision_by": "2026-12-01",
        "follow_up_on": "2026-11-27",
        "follow_up_by": "email",              # email or phone
        "do_not_contact": false
      }
    }

Names typed all in lower or upper case ("dana lee", "DANA LEE") are written "Dana Lee"; a
greeting typed with its "Dear" (Spanish "Estimada", "Hola"...) or comma keeps neither, and the
opening word typed picks the greeting the drafts use. The free-text fields (`discussed`,
`strengths`, `forgot_to_mention`) each finish a sentence of the drafts: `field_sentences()`
in `planner.drafts` says which, for the form to show beside the field. `language` picks the
catalogue (`planner.languages`) every word of the plan comes from; English's regional variant
(`en-US` or `en-GB`) is the career centre's choice, not the visitor's, so it is an argument of
`parse_request`, not a field.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from planner.frozen import Frozen
from planner.languages import DEFAULT, LANGUAGES
from planner.phrasing import position
from planner.problems import Checks, PlannerInputError, Problem, kind, kind_key, shown
from planner.tel import tel_uri
from planner.wording import DEFAULT_LOCALE, Words, words_for

MAX_INTERVIEWERS = 20
NAME_LENGTH = 100  # names, job titles, positions, companies: short, they go into subject lines
PHONE_LENGTH = 40
EMAIL_LENGTH = 254  # RFC 5321's limit on a forward path
NOTE_LENGTH = 1000  # what was discussed, strengths, what was forgotten: a few sentences
# Characters an address can only have inside quotes, which no one types in a form: mostly a
# sign that two addresses or a display name were pasted (mailto.py encodes what remains).
NAME_MARKS = frozenset(" .-'\u2019")  # "Dr. Mary-Jane O'Neill"
NOT_IN_EMAIL = frozenset(' <>()[]\\,;:"')

REQUEST_FIELDS = (
    "language",
    "today",
    "interview",
    "candidate",
    "position",
    "company",
    "interviewers",
    "strengths",
    "forgot_to_mention",
    "instructions",
)
INTERVIEW_FIELDS = ("date", "time", "format")
INTERVIEW_FORMATS = ("in-person", "video", "phone")
INTERVIEWER_FIELDS = ("name", "title", "greeting", "email", "phone", "discussed")
INSTRUCTION_FIELDS = ("decision_by", "follow_up_on", "follow_up_by", "do_not_contact")
FOLLOW_UP_CHANNELS = ("email", "phone")


class Interviewer(Frozen):
    name: str
    title: str | None = None
    greeting: str | None = None  # "Ms Okafor": how the candidate addresses them
    email: str | None = None
    phone: str | None = None  # as typed, checked by `planner.tel`
    discussed: str | None = None
    opening: str | None = None  # the greeting's catalogue key, from what the student typed

    @property
    def addressed(self) -> str:
        """What follows "Dear": the greeting the candidate chose, else the full name."""
        return self.greeting or self.name


class Instructions(Frozen):
    """What the employer said about hearing back; all optional."""

    decision_by: date | None = None
    follow_up_on: date | None = None
    follow_up_by: str | None = None  # "email" or "phone"
    do_not_contact: bool = False


ENGLISH = words_for()


class Request(Frozen):
    today: date
    interview_date: date
    interviewers: tuple[Interviewer, ...]  # at least one; the first is the main contact
    interview_time: str | None = None  # "HH:MM"
    interview_format: str = "in-person"  # or "video" or "phone"
    candidate: str | None = None
    position: str | None = None
    company: str | None = None
    strengths: str | None = None
    forgot_to_mention: str | None = None
    instructions: Instructions = Instructions()
    words: Words = ENGLISH  # the language (and English variant) the plan is written in


def parse_request(data: object, default_today: date, locale: str = DEFAULT_LOCALE) -> Request:
    """A checked Request from the contract's JSON object, or PlannerInputError; `locale` is
    the centre's English variant (one of `planner.wording.LOCALES`, checked by the caller)."""
    if not isinstance(data, Mapping):
        message = f"expected an object, got {kind(data)}"
        values = (("expected", "kind.object"), ("got", kind_key(data)))
        raise PlannerInputError([Problem("request", message, "expected", values)])
    checks = Checks()
    checks.mapping("", data, REQUEST_FIELDS)
    language = DEFAULT
    if data.get("language") not in (None, ""):
        language = checks.choice("language", data.get("language"), LANGUAGES) or DEFAULT
    words = words_for(language, locale)
    interview = checks.mapping("interview", data.get("interview") or {}, INTERVIEW_FIELDS)
    interview_date = interview_time = interview_format = None
    if interview is not None:
        interview_date = checks.date("interview.date", interview.get("date"), required=True)
        interview_time = parse_time(checks, interview.get("time"))
        if interview.get("format") not in (None, ""):
            interview_format = checks.choice(
                "interview.format", interview.get("format"), INTERVIEW_FORMATS
            )
    request = Request(
        today=checks.date("today", data.get("today")) or default_today,
        interview_date=interview_date or default_today,
        interview_time=interview_time,
        interview_format=interview_format or INTERVIEW_FORMATS[0],
        candidate=person_name(checks.text("candidate", data.get("candidate"), NAME_LENGTH), words),
        position=job_title(
            phrase(checks.text("position", data.get("position"), NAME_LENGTH)), words
        ),
        company=organisation(
            phrase(checks.text("company", data.get("company"), NAME_LENGTH)), words
        ),
        interviewers=parse_interviewers(checks, data.get("interviewers"), words),
        strengths=checks.text("strengths", data.get("strengths"), NOTE_LENGTH),
        forgot_to_mention=checks.text(
            "forgot_to_mention", data.get("forgot_to_mention"), NOTE_LENGTH
        ),
        instructions=parse_instructions(checks, data.get("instructions")),
        words=words,
    )
    checks.raise_any()
    return request


def phrase(text: str | None) -> str | None:
    """Text the drafts put mid-sentence, without the full stop it may have been typed with."""
    return text.rstrip(".,;: ") or None if text else None


def organisation(text: str | None, words: Words) -> str | None:
    """An organisation typed all in lower case ("northwind trading", "st mary's hospital") with
    the capitals it is written with ("Northwind Trading", "St Mary's Hospital"). A name typed
    with any capital ("eBay", "KPMG") is the organisation's own spelling, kept; so is one with
    characters a name does not have."""
    if not text or text != text.lower():
        return text
    if not all(char.isalnum() or char in NAME_MARKS or char == "&" for char in text):
        return text
    first, *rest = text.split(" ")
    return " ".join(
        [capitalised(first, words), *(capitalised(w, words, inside=True) for w in rest)]
    )


def capitalised(word: str, words: Words, *, inside: bool = False) -> str:
    """One word of an organisation's name as it is written: "LLP", "of" inside a name,
    "Coca-Cola"."""
    if word in words.lists.CAPITALS:
        return word.upper()
    if inside and word in words.lists.SMALL_WORDS:
        return word
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))


def job_title(text: str | None, words: Words) -> str | None:
    """A position as the drafts use it: "the Junior Designer role" as "Junior Designer"."""
    return position(text, words.lists) if text else None


def person_name(text: str | None, words: Words) -> str | None:
    """A name typed all in one case ("dana lee", "DANA O'NEILL") as it is written, with the
    language's particles in lower case ("maria de la fuente" -> "Maria de la Fuente"). A
    courtesy title before it does not count as a capital ("Ms. priya patel" -> "Ms. Priya
    Patel"), and is written with one itself ("dr. Priya Patel" -> "Dr. Priya Patel").

    Only text made of letters and the marks names have is changed: anything else is shown
    exactly as typed.
    """
    if not text or not all(char.isalpha() or char in NAME_MARKS for char in text):
        return text
    title, _, rest = text.partition(" ")
    if rest.strip() and title.lower() in words.lists.NAME_TITLES:
        named = one_case_name(rest, words, titled=True) or rest
        return f"{title[:1].upper()}{title[1:].lower()} {named}"
    return one_case_name(text, words) or text


def one_case_name(text: str, words: Words, *, titled: bool = False) -> str | None:
    """`text`, typed all in one case, with each part capitalised but the language's particles
    (a leading one too after a title: "Dra. de la Fuente"); None if it has both cases."""
    if text != text.lower() and text != text.upper():
        return None
    particles = words.lists.NAME_PARTICLES
    parts = [
        part.lower() if part.lower() in particles and (titled or index) else part
        for index, part in enumerate(text.title().split(" "))
    ]
    return " ".join(parts)


def greeting(text: str | None, words: Words) -> tuple[str | None, str | None]:
    """How to address someone, without the opening word ("Dear", "Estimada") or closing
    punctuation typed with it; and the greeting's catalogue key that opening word asks for."""
    if not text:
        return None, None
    parts = text.split()
    opening = words.lists.OPENINGS.get(parts[0].lower().rstrip(",:"))
    if opening:
        parts = parts[1:]
    return person_name(" ".join(parts).strip(",;:! ") or None, words), opening


def parse_time(checks: Checks, value: object) -> str | None:
    """A 24-hour `HH:MM`, kept as text: it is only shown, never computed with."""
    if value is None or value == "":
        return None
    text = value.strip() if isinstance(value, str) else ""
    hours, colon, minutes = text.partition(":")
    if (
        colon
        and text.isascii()
        and len(minutes) == 2
        and hours.isdigit()
        and minutes.isdigit()
        and len(hours) <= 2
        and int(hours) < 24
        and int(minutes) < 60
    ):
        return f"{int(hours):02d}:{minutes}"
    got = shown(value) if isinstance(value, str) else kind(value)
    said = shown(value) if isinstance(value, str) else kind_key(value)
    checks.add(
        "interview.time", f"not a time (use HH:MM, 24-hour): {got}", "not_a_time", value=said
    )
    return None


def parse_interviewers(checks: Checks, value: object, words: Words) -> tuple[Interviewer, ...]:
    if value is None:
        checks.add("interviewers", "required: at least one interviewer with a name", "required")
        return ()
    if not isinstance(value, list):
        message = f"expected a list of interviewers, got {kind(value)}"
        got = kind_key(value)
        checks.add("interviewers", message, "expected", expected="kind.interviewers", got=got)
        return ()
    if not 1 <= len(value) <= MAX_INTERVIEWERS:
        checks.add(
            "interviewers",
            f"expected 1 to {MAX_INTERVIEWERS} interviewers, got {len(value)}",
            "interviewer_count",
            most=str(MAX_INTERVIEWERS),
            count=str(len(value)),
        )
        return ()
    people = []
    for index, item in enumerate(value):
        field = f"interviewers[{index}]"
        person = checks.mapping(field, item, INTERVIEWER_FIELDS)
        if person is None:
            continue
        name = checks.text(f"{field}.name", person.get("name"), NAME_LENGTH, required=True)
        addressed, opening = greeting(
            checks.text(f"{field}.greeting", person.get("greeting"), NAME_LENGTH), words
        )
        people.append(
            Interviewer(
                name=person_name(name, words) or "",
                title=checks.text(f"{field}.title", person.get("title"), NAME_LENGTH),
                greeting=addressed,
                opening=opening,
                email=parse_email(checks, f"{field}.email", person.get("email")),
                phone=parse_phone(checks, f"{field}.phone", person.get("phone")),
                discussed=phrase(
                    checks.text(f"{field}.discussed", person.get("discussed"), NOTE_LENGTH)
                ),
            )
        )
    return tuple(people)


def parse_email(checks: Checks, field: str, value: object) -> str | None:
    """A plausible address (one @, something either side, no spaces or link syntax)."""
    address = checks.text(field, value, EMAIL_LENGTH)
    if address is None:
        return None
    local, at, domain = address.rpartition("@")
    if at and local and domain and "@" not in local and not NOT_IN_EMAIL.intersection(address):
        return address
    checks.add(field, f"not an email address: {address[:60]}", "email", value=address[:60])
    return None


def parse_phone(checks: Checks, field: str, value: object) -> str | None:
    """A number a phone can dial (digits, spaces, + ( ) - . and an optional extension)."""
    number = checks.text(field, value, PHONE_LENGTH)
    if number is None or tel_uri(number):
        return number
    checks.add(field, f"not a phone number: {number[:60]}", "phone", value=number[:60])
    return None


def parse_instructions(checks: Checks, value: object) -> Instructions:
    if value is None:
        return Instructions()
    said = checks.mapping("instructions", value, INSTRUCTION_FIELDS)
    if said is None:
        return Instructions()
    follow_up_by = said.get("follow_up_by")
    do_not_contact = said.get("do_not_contact")
    return Instructions(
        decision_by=checks.date("instructions.decision_by", said.get("decision_by")),
        follow_up_on=checks.date("instructions.follow_up_on", said.get("follow_up_on")),
        follow_up_by=None
        if follow_up_by in (None, "")
        else checks.choice("instructions.follow_up_by", follow_up_by, FOLLOW_UP_CHANNELS),
        do_not_contact=False
        if do_not_contact is None
        else bool(checks.boolean("instructions.do_not_contact", do_not_contact)),
    )


def form_limits() -> dict[str, object]:
    """What the planner page's form allows, by request field (an interviewer's by key), so the
    template's `maxlength`s and interviewer count are these checks' limits, never a copy."""
    return {
        "max_interviewers": MAX_INTERVIEWERS,
        "maxlength": {
            "candidate": NAME_LENGTH,
            "position": NAME_LENGTH,
            "company": NAME_LENGTH,
            "strengths": NOTE_LENGTH,
            "forgot_to_mention": NOTE_LENGTH,
            "name": NAME_LENGTH,
            "title": NAME_LENGTH,
            "greeting": NAME_LENGTH,
            "email": EMAIL_LENGTH,
            "phone": PHONE_LENGTH,
            "discussed": NOTE_LENGTH,
        },
    }
