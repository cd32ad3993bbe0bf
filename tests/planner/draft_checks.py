"""Checks a draft must pass to be sent after light edits, and the drafts of a plan as text.

Each check takes a draft's text and returns what is wrong with it (empty when nothing is);
test_corpus.py shows that each one catches a bad example. The checks hold for English and
Spanish drafts alike, except the greeting's form, and Spanish drafts must hold no English word
the student did not type.
"""

from __future__ import annotations

import itertools
import re

from planner.plan import WORD_LIMITS

MEANT_TWICE = {"had", "that"}
FORBIDDEN = ("just checking in", "hope this finds you well", "hope this email finds you")
PLACEHOLDER = re.compile(r"\bNone\b|\bnull\b|\bundefined\b|\bnan\b|[{}\[\]<>]|\(\s*\)|\"\"|''")
DOUBLED = re.compile(r"[.,;:!?]{2,}|[ \t]{2,}| [.,;:!?]|\n{3,}|[ \t]\n|\n[ \t]|^\s|\s$")
SENTENCE_START = re.compile(r"(?:^|[.!?][ \n]+)([^\W\d_])", re.MULTILINE)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
# An ordinary free-text field: what the word limits are promised for.
ORDINARY_WORDS = 20


def doubled_words(text: str) -> list[str]:
    found = re.findall(r"\b(\w+)\s+\1\b", text, flags=re.IGNORECASE)
    return [f"doubled word: {word}" for word in found if word.lower() not in MEANT_TWICE]


def colon_fragments(text: str) -> list[str]:
    """A colon followed by more text on its line: the drafts never put a fragment there."""
    return [f"colon mid-line: {line}" for line in text.split("\n") if re.search(r":\s+\S", line)]


# Titles whose full stop does not end a sentence ("Dra. de la Fuente").
ABBREVIATIONS = ("mr", "mrs", "ms", "dr", "sr", "sra", "srta", "dra")


def lower_case_starts(text: str) -> list[str]:
    return [
        f"sentence starts in lower case: {match.group(0).strip()}…"
        for match in SENTENCE_START.finditer(text)
        if match.group(1).islower()
        and not text[: match.start() + 1].lower().endswith(tuple(f" {a}." for a in ABBREVIATIONS))
    ]


def doubled_punctuation(text: str) -> list[str]:
    return [f"doubled punctuation or space: {match.group(0)!r}" for match in DOUBLED.finditer(text)]


def placeholders(text: str) -> list[str]:
    return [
        f"placeholder or empty value: {match.group(0)!r}" for match in PLACEHOLDER.finditer(text)
    ]


def stock_phrases(text: str) -> list[str]:
    return [f"stock phrase: {phrase}" for phrase in FORBIDDEN if phrase in text.lower()]


# How a draft may open, by language: "Dear Ms Lee," or "Estimada Sra. Ortega:" and the like.
GREETINGS = {
    "en": ("Dear {},",),
    "es": ("Estimada {}:", "Estimado {}:", "Hola, {}:", "Buenos días, {}:"),
}


def greeting(body: str, addressed: str, language: str = "en") -> list[str]:
    """The draft opens with the language's greeting of `addressed` (capitalised), then a blank
    line: `Dear {addressed},`, `Estimada {addressed}:`..."""
    first, _, rest = body.partition("\n")
    forms = [form.format(addressed) for form in GREETINGS[language]]
    if first not in forms or not rest.startswith("\n") or not addressed[:1].isupper():
        return [f"greeting {first!r} is not {' or '.join(map(repr, forms))}"]
    return []


# Words of the English catalogue that are not also Spanish words ("a", "no", "me", "he" are).
ENGLISH_WORDS = frozenset(
    {
        "the",
        "and",
        "of",
        "to",
        "you",
        "your",
        "for",
        "with",
        "thank",
        "thanks",
        "dear",
        "regards",
        "best",
        "sincerely",
        "interview",
        "interviewed",
        "position",
        "role",
        "job",
        "email",
        "follow",
        "following",
        "send",
        "call",
        "calling",
        "hello",
        "this",
        "that",
        "is",
        "am",
        "are",
        "was",
        "were",
        "would",
        "about",
        "meeting",
        "meet",
        "next",
        "step",
        "steps",
        "team",
        "still",
        "interested",
        "note",
        "handwritten",
        "subject",
        "today",
        "tomorrow",
        "yesterday",
        "days",
        "weeks",
        "due",
        "write",
        "post",
        "please",
        "fill",
        "not",
        "an",
        "date",
        "offer",
        "another",
        "withdraw",
        "withdrawing",
        "if",
        "they",
        "say",
        "move",
        "heard",
        "back",
        "voicemail",
        "message",
        "again",
        "time",
        "chance",
        "hear",
        "from",
        "my",
        "our",
        "we",
        "it",
        "be",
        "have",
        "has",
        "been",
        "any",
        "more",
        "what",
        "when",
        "how",
        "before",
        "after",
        "ask",
        "first",
        "last",
        "even",
        "keen",
        "keener",
        "glad",
        "enjoyed",
        "especially",
        "conversation",
        "believe",
        "help",
        "well",
        "good",
        "match",
        "reach",
        "number",
        "by",
        "or",
        "at",
        "on",
        "in",
        "out",
        "up",
        "i",
    }
)


def english_words(text: str, typed: str = "") -> list[str]:
    """English words in a Spanish draft that the student did not type themselves."""
    mine = {word.lower() for word in re.findall(r"[^\W\d_]+", typed)}
    found = [word for word in re.findall(r"[^\W\d_]+", text) if word.lower() in ENGLISH_WORDS]
    return [f"English word: {word}" for word in found if word.lower() not in mine]


def too_long(text: str, kind: str) -> list[str]:
    words = len(text.split())
    limit = WORD_LIMITS[kind]
    return [f"{kind} has {words} words (at most {limit})"] if words > limit else []


def repeated_names(text: str, names: list[str]) -> list[str]:
    """A company or position said twice within two running sentences."""
    sentences = [part for paragraph in text.split("\n") for part in SENTENCE_END.split(paragraph)]
    problems = []
    for name in names:
        for first, second in itertools.pairwise(sentences):
            if (first + " " + second).lower().count(name.lower()) > 1:
                problems.append(f"{name!r} twice in: {first} {second}")
    return problems


TEXT_CHECKS = (
    doubled_words,
    colon_fragments,
    lower_case_starts,
    doubled_punctuation,
    placeholders,
    stock_phrases,
)


def text_problems(text: str) -> list[str]:
    return [problem for check in TEXT_CHECKS for problem in check(text)]


def drafts_as_text(name: str, plan: dict) -> str:
    """Every draft of a plan, as a person reads them: for golden files and for review."""
    parts = [f"# {name}"]
    for step in plan["steps"]:
        to = f" to {step['recipient']}" if step["recipient"] else ""
        was = f", was due {step['was_due']}" if "was_due" in step else ""
        parts.append(f"== {step['id']}{to}, due {step['due']}{was} ({step['channel']})")
        parts.append(f"Why: {step['why']}")
        if "subject" in step:
            parts.append(f"Subject: {step['subject']}")
        if "body" in step:
            parts.append(step["body"])
        if "voicemail" in step:
            parts.append(f"-- voicemail\n{step['voicemail']}")
        if "tel" in step:
            parts.append(f"-- call {step['phone']} ({step['tel']})")
    for warning in plan["warnings"]:
        parts.append(f"!! {warning}")
    for message in plan["what_if"]:
        parts.append(f"?? {message['id']}: {message['title']}")
        parts += [f"Why: {message['why']}", f"Subject: {message['subject']}", message["body"]]
    return "\n\n".join(parts) + "\n"
