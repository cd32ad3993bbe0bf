"""Every draft for the corpus of realistic requests passes the checks a recipient would make.

The corpus (drafts_corpus.py) is what students really type: lead-ins, full stops, pasted sentences,
one-case names, pronouns, emoji, long text, empty fields, panels, every interview format and
every kind of instruction; the Spanish corpus (drafts_corpus_es.py) is the same in Spanish, with
accents missing. Every request of both runs through the same checks, the greeting in its
language's form, and a Spanish draft holds no English word the student did not type. Each check
is shown to catch a bad example first, so none of them can pass by accident.
"""

from __future__ import annotations

import itertools
import json

import draft_checks as check
import drafts_corpus_es
import pytest
from drafts_corpus import CORPUS

from planner import make_plan

MESSAGES = ("thank-you-email", "handwritten-note", "follow-up", "second-follow-up")
FORMATS = {"in-person", "video", "phone"}
WHAT_IF = ("another-offer", "withdraw", "after-a-no")
WHAT_IF_WORDS = 120  # a short email: read in under a minute, whatever the names
SPANISH = drafts_corpus_es.CORPUS
BOTH = CORPUS + SPANISH
IDS = [name for name, _ in BOTH]
# What a student may type before the name in the greeting field, left out of the greeting.
OPENINGS = ("dear", "estimada", "estimado", "hola")


def addressed_as(person: dict, name: str) -> str:
    """Who the draft greets, from what the student typed, independently of the planner."""
    words = " ".join(person.get("greeting", "").split()).rstrip(",:").split(" ")
    if words[0].lower() in OPENINGS:
        words = words[1:]
    addressed = " ".join(words).strip() or " ".join(name.split())
    if addressed.islower() or addressed.isupper():
        addressed = " ".join(
            part.lower() if part.lower() in ("de", "la", "del") and index else part
            for index, part in enumerate(addressed.title().split())
        )
    return addressed


def language_problems(request: dict, texts: list[str]) -> list[str]:
    """For a Spanish request: the English words in its texts the student did not type."""
    if request.get("language") != "es":
        return []
    typed = json.dumps(request, ensure_ascii=False)
    return [problem for text in texts for problem in check.english_words(text, typed)]


def test_the_corpus_covers_what_students_type() -> None:
    requests = [request for _, request in CORPUS]
    assert len(CORPUS) >= 40 and len({name for name, _ in CORPUS}) == len(CORPUS)
    formats = {request.get("interview", {}).get("format", "in-person") for request in requests}
    assert formats == FORMATS
    panels = {len(request["interviewers"]) for request in requests}
    assert {2, 3, 4, 5} <= panels
    said = [request.get("instructions", {}) for request in requests]
    for kind in ("decision_by", "follow_up_on", "follow_up_by", "do_not_contact"):
        assert any(kind in instructions for instructions in said), kind
    assert any(instructions.get("follow_up_by") == "phone" for instructions in said)
    assert any(not instructions for instructions in said)
    people = [person for request in requests for person in request["interviewers"]]
    texts = [person.get("discussed", "") for person in people]
    assert any(text.lower().startswith("we talked about") for text in texts)
    assert any(text.endswith(".") for text in texts)
    assert any(" her " in f" {text} " or " his " in f" {text} " for text in texts)
    assert any(person["name"].islower() for person in people)
    assert any(person["name"].isupper() for person in people)
    assert any(max(json.dumps(request, ensure_ascii=False)) > "\uffff" for request in requests)
    assert any(len(request.get("strengths", "").split()) > 30 for request in requests)
    assert any(request.get("candidate") == "" for request in requests)


def test_the_spanish_corpus_covers_what_students_type() -> None:
    requests = [request for _, request in SPANISH]
    assert len(SPANISH) >= 20 and len({name for name, _ in BOTH}) == len(BOTH)
    assert all(request["language"] == "es" for request in requests)
    formats = {request.get("interview", {}).get("format", "in-person") for request in requests}
    assert formats == FORMATS
    assert {2, 3, 4, 5} <= {len(request["interviewers"]) for request in requests}
    said = [request.get("instructions", {}) for request in requests]
    for kind in ("decision_by", "follow_up_on", "follow_up_by", "do_not_contact"):
        assert any(kind in instructions for instructions in said), kind
    people = [person for request in requests for person in request["interviewers"]]
    texts = [person.get("discussed", "") for person in people]
    assert any(text.lower().startswith("hablamos") for text in texts)
    assert any(text.lower().startswith(("ella ", "él ")) for text in texts)
    assert any(text.endswith(".") and text.count(".") > 1 for text in texts)  # two sentences
    assert any(person["name"].islower() for person in people)
    assert any(person["name"].isupper() for person in people)
    greetings = [person.get("greeting", "") for person in people]
    assert any(g.lower().startswith("sra") for g in greetings)
    assert any(g.lower().startswith("sr.") for g in greetings)
    assert any(g.lower().startswith("estimad") for g in greetings)
    typed = json.dumps(requests, ensure_ascii=False)
    assert "enfermeria" in typed and "formacion" in typed  # accents missing
    assert any(request["today"] > request["interview"]["date"] for request in requests)  # late
    assert any(request.get("candidate") == "" for request in requests)


@pytest.mark.parametrize(("name", "request_"), BOTH, ids=IDS)
def test_every_draft_reads_as_written_by_hand(name: str, request_: dict) -> None:
    plan = make_plan(request_)
    problems = []
    ordinary = all(
        len(str(text).split()) <= check.ORDINARY_WORDS
        for text in [request_.get("strengths"), request_.get("forgot_to_mention")]
        + [person.get("discussed") for person in request_["interviewers"]]
        if text
    )
    typed = " ".join(
        str(text)
        for text in [request_.get("strengths"), request_.get("forgot_to_mention")]
        + [person.get("discussed") for person in request_["interviewers"]]
        if text
    ).lower()
    # The planner says each name once in two running sentences; a student may say it again.
    names = [
        str(request_[key]).strip().rstrip(".")
        for key in ("company", "position")
        if str(request_.get(key) or "").strip()
    ]
    repeatable = [name for name in names if name.lower() not in typed]
    language = request_.get("language", "en")
    problems += language_problems(request_, plan["warnings"])
    for step in plan["steps"]:
        texts = [step.get("subject", ""), step.get("body", ""), step.get("voicemail", "")]
        problems += language_problems(request_, [*texts, step["title"], step["why"]])
        for text in filter(None, texts):
            problems += [f"{step['id']}: {problem}" for problem in check.text_problems(text)]
        if step["id"] not in MESSAGES:
            continue
        person = next(
            (p for p in request_["interviewers"] if p["name"].lower() == step["recipient"].lower()),
            {},
        )
        if step["channel"] != "phone":
            addressed = addressed_as(person, step["recipient"])
            problems += check.greeting(step["body"], addressed, language)
        if ordinary:
            problems += check.too_long(step["body"], step["id"])
            if "voicemail" in step:
                problems += check.too_long(step["voicemail"], "voicemail")
        problems += check.repeated_names(step["body"], repeatable)
        if step.get("subject") and names and request_.get("position", "").strip():
            position = names[-1].removeprefix("the ").removesuffix(" role")
            assert position.lower() in step["subject"].lower(), step["subject"]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(("name", "request_"), BOTH, ids=IDS)
def test_the_messages_for_when_things_change_read_as_written_by_hand(
    name: str, request_: dict
) -> None:
    """Another offer, withdrawing, a no: to the main contact, passing the same checks."""
    plan = make_plan(request_)
    assert [message["id"] for message in plan["what_if"]] == list(WHAT_IF)
    contact = request_["interviewers"][0]
    addressed = addressed_as(contact, contact["name"])
    language = request_.get("language", "en")
    names = [
        str(request_[key]).strip().rstrip(".")
        for key in ("company", "position")
        if str(request_.get(key) or "").strip()
    ]
    problems = []
    for message in plan["what_if"]:
        texts = [message["title"], message["why"], message["subject"], message["body"]]
        for text in texts:
            problems += [f"{message['id']}: {p}" for p in check.text_problems(text)]
        problems += language_problems(request_, [*texts, message["more"]["text"]])
        problems += check.greeting(message["body"], addressed, language)
        problems += check.repeated_names(message["body"], names)
        words = len(message["body"].split())
        if words > WHAT_IF_WORDS:
            problems.append(f"{message['id']}: {words} words (at most {WHAT_IF_WORDS})")
        if contact.get("email"):
            assert message["mailto"].startswith(f"mailto:{contact['email'].split('@')[0]}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(("name", "request_"), BOTH, ids=IDS)
def test_panel_messages_differ_from_each_other(name: str, request_: dict) -> None:
    plan = make_plan(request_)
    for step_id in ("thank-you-email", "handwritten-note"):
        bodies = [s["body"].partition("\n")[2] for s in plan["steps"] if s["id"] == step_id]
        for first, second in itertools.combinations(bodies, 2):
            assert first != second, (step_id, first)
    assert not [w for w in plan["warnings"] if "say the same thing" in w or "dicen lo mismo" in w]


def test_phone_steps_carry_a_voicemail_and_a_call_link() -> None:
    calls = [
        step
        for _, request in CORPUS
        for step in make_plan(request)["steps"]
        if step["channel"] == "phone"
    ]
    assert len(calls) >= 4
    for step in calls:
        assert 20 <= len(step["voicemail"].split()) <= 80
        assert ("tel" in step) == ("phone" in step)
    links = {step["tel"] for step in calls if "tel" in step}
    assert links == {"tel:+15550100199", "tel:02079460000;ext=214", "tel:01614960000"}


def test_two_messages_that_would_be_the_same_are_warned_about() -> None:
    request = {
        "today": "2026-11-16",
        "interview": {"date": "2026-11-18"},
        "interviewers": [{"name": "Dana Lee"}, {"name": "Raj Patel"}, {"name": "Kim Ho"}],
        "candidate": "Sam Rivera",
    }
    warnings = make_plan(request)["warnings"]
    assert warnings == [
        "Your thank-you emails to Dana Lee, Raj Patel and Kim Ho say the same thing: add what "
        "you discussed with each of them, so that none reads like a copy.",
        "Your handwritten notes to Dana Lee, Raj Patel and Kim Ho say the same thing: add what "
        "you discussed with each of them, so that none reads like a copy.",
    ]
    request["interviewers"][1]["discussed"] = "the Leeds office"
    request["interviewers"][2]["title"] = "Team Lead"
    assert make_plan(request)["warnings"] == []


def test_a_draft_over_its_word_limit_is_warned_about() -> None:
    request = {
        "today": "2026-11-16",
        "interview": {"date": "2026-11-18"},
        "interviewers": [{"name": "Dana Lee", "discussed": "the budget " * 60}],
    }
    warnings = make_plan(request)["warnings"]
    assert any(w.startswith("The thank-you email to Dana Lee is") for w in warnings)
    assert any("cut it to 100 or fewer (it has to fit on a card)" in w for w in warnings)


# Each check, and a draft it must catch.
BAD_EXAMPLES = [
    (check.doubled_words, "I especially enjoyed our conversation about the the scheme."),
    (check.colon_fragments, "I believe I would be a strong fit for the role: running a society."),
    (check.lower_case_starts, "Thank you for your time. we talked about the scheme."),
    (check.doubled_punctuation, "I especially enjoyed our conversation about dashboards.."),
    (check.doubled_punctuation, "Thank you for  meeting with me."),
    (check.doubled_punctuation, "Thank you , Dana."),
    (check.placeholders, "I especially enjoyed our conversation about None."),
    (check.placeholders, "Thank you for the {position} interview"),
    (check.placeholders, "I enjoyed our chat about ()."),
    (check.stock_phrases, "I hope this finds you well. I am just checking in."),
]


@pytest.mark.parametrize(("found", "bad"), BAD_EXAMPLES)
def test_each_check_catches_a_bad_draft(found: object, bad: str) -> None:
    assert found(bad)  # type: ignore[operator]
    assert not found("Thank you for meeting with me about the role. I enjoyed it, Dana.")  # type: ignore[operator]


def test_the_greeting_length_and_name_checks_catch_bad_drafts() -> None:
    good = "Dear Ms Okafor,\n\nThank you.\n\nBest regards,"
    assert check.greeting(good, "Ms Okafor") == []
    assert check.greeting("Dear Grace Okafor,\n\nThank you.", "Ms Okafor")
    assert check.greeting("Dear ms okafor,\n\nThank you.", "ms okafor")
    assert check.greeting("Dear Ms Okafor\n\nThank you.", "Ms Okafor")
    assert check.too_long("word " * 81, "voicemail") and not check.too_long(
        "word " * 80, "voicemail"
    )
    assert check.too_long("word " * 101, "handwritten-note")
    assert check.too_long("word " * 151, "thank-you-email")
    assert check.too_long("word " * 91, "follow-up")
    twice = "I remain interested in the role at Baker & Lyle LLP. It suits Baker & Lyle LLP well."
    assert check.repeated_names(twice, ["Baker & Lyle LLP"])
    apart = "I applied to Baker & Lyle LLP. I like it. I met Baker & Lyle LLP staff."
    assert not check.repeated_names(apart, ["Baker & Lyle LLP"])


def test_the_spanish_greeting_and_english_word_checks_catch_bad_drafts() -> None:
    good = "Estimada Sra. Ortega:\n\nMuchas gracias.\n\nAtentamente,"
    assert check.greeting(good, "Sra. Ortega", "es") == []
    assert check.greeting("Buenos días, Lucía Ortega:\n\nGracias.", "Lucía Ortega", "es") == []
    assert check.greeting("Dear Sra. Ortega,\n\nGracias.", "Sra. Ortega", "es")
    assert check.greeting("Estimada sra. ortega:\n\nGracias.", "sra. ortega", "es")
    assert check.greeting("Estimada Sra. Ortega,\n\nGracias.", "Sra. Ortega", "es")
    assert check.english_words("Estimada Sra. Ortega:\n\nThank you for meeting with me.")
    assert check.english_words("Gracias por la entrevista. Best regards,")
    assert not check.english_words("No, a mí me he dado cuenta: gracias a usted.")
    typed = '{"position": "Community Manager", "discussed": "the big data team"}'
    assert not check.english_words("el puesto de Community Manager sobre the big data team", typed)
    assert check.lower_case_starts("Gracias. de nuevo")
    assert not check.lower_case_starts("Estimada Dra. de la Fuente:")


def test_an_english_string_left_in_the_spanish_catalogue_is_caught(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The English-word check on a whole Spanish plan, with one string left untranslated."""
    from planner.languages import en, es

    request = SPANISH[0][1]
    assert language_problems(request, [make_plan(request)["what_if"][0]["body"]]) == []
    monkeypatch.setitem(es.TEXT, "thanks.close", en.TEXT["thanks.close"])
    monkeypatch.setattr("planner.wording.CACHE", {})  # the catalogue is read afresh
    steps = make_plan(request)["steps"]
    body = next(step["body"] for step in steps if step["id"] == "thank-you-email")
    assert "I look forward to hearing from you" in body
    found = language_problems(request, [body])
    assert {"English word: from", "English word: you", "English word: the"} <= set(found)
