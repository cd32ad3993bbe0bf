"""What visitors type, made to fit the sentence it finishes.

Students write "We talked about the graduate scheme.", "The graduate scheme." or "her team's
move to hybrid working" where a draft needs "the graduate scheme" or "your team's move to
hybrid working". These functions tidy the usual misfits (a lead-in that repeats the sentence,
a closing full stop, a capital letter mid-sentence, doubled words and punctuation, a colon)
and tell a phrase ("my portfolio") from a clause ("I speak Spanish"), which needs other words
around it. The word lists are the language's, from its catalogue module (`words`).
"""

from __future__ import annotations

import re
from types import ModuleType

from planner.frozen import Frozen

APOSTROPHES = "'\u2019"  # typed straight, or curly by a phone's keyboard
WORD = re.compile(rf"[^\W\d_][\w{APOSTROPHES}-]*")
REPEATED_PUNCTUATION = re.compile(r"([.!?,;])\1+")
SPACE_BEFORE_PUNCTUATION = re.compile(r"\s+([.!?,;])")
SENTENCE_START = re.compile(r"([.!?]\s+)([a-z])")
# Repeated words a writer may mean ("had had", "that that").
MEANT_TWICE = frozenset({"had", "that", "is"})


class Fitted(Frozen):
    """Visitor text ready to finish a sentence.

    `kind` says which words it needs around it: a `phrase` ("my portfolio") follows a
    preposition or verb, a `clause` ("I speak Spanish") is a sentence of its own, and `news`
    ("the team is growing", typed as "she said the team is growing") follows "hear that".
    """

    text: str
    kind: str = "phrase"


def fitted(text: str, field: str, words: ModuleType) -> Fitted:
    """`text` typed into `field` (a key of the catalogue's LEADS), as the draft needs it."""
    text = tidy(without_lead(text, words.LEADS.get(field, ()), words.CONTRACTIONS))
    if field == "discussed":
        news = without_lead(text, words.NEWS_LEADS)
        if news != text and news:
            return Fitted(mid_sentence(news, words), "news")
        if first_word(text) in words.NEWS_STARTS:  # Spanish "ella dirige ...": "saber que ..."
            return Fitted(mid_sentence(text, words), "news")
        if states(text, words):  # "the internship is 12 weeks": "glad to hear that ..."
            return Fitted(mid_sentence(text, words), "news")
    first = first_word(text)
    ending = first.endswith(words.CLAUSE_ENDINGS) and first not in words.NOT_CLAUSES
    if first in words.CLAUSE_STARTS or ending:
        return Fitted(capitalised(text), "clause")
    lead = words.VERB_PHRASES.get(field)
    if lead and first.endswith(words.INFINITIVE_ENDINGS) and first not in words.NOT_INFINITIVES:
        return Fitted(f"{lead} {mid_sentence(text[:1].lower() + text[1:], words)}")
    return Fitted(mid_sentence(text, words))


def states(text: str, words: ModuleType) -> bool:
    """Whether `text` says something about a thing ("the internship is 12 weeks"), which is
    news to hear, rather than naming it ("the project they are starting"), which is a topic:
    a word of STATEMENT_STARTS, one to three words none of which starts a clause of its own,
    then a linking verb."""
    parts = [part.strip(",.!?;:").lower() for part in text.split()]
    if not parts or parts[0] not in words.STATEMENT_STARTS:
        return False
    for index, part in enumerate(parts[1:5], start=1):
        if part in words.RELATIVE_WORDS:
            return False
        if part in words.LINKING_VERBS:
            return index > 1
    return False


def tidy(text: str) -> str:
    """One space between words, no doubled punctuation or words, no colon, no closing stop."""
    text = " ".join(text.split())
    text = REPEATED_PUNCTUATION.sub(r"\1", text.replace("…", "..."))
    text = SPACE_BEFORE_PUNCTUATION.sub(r"\1", text)
    text = text.replace(": ", ", ").replace(" - ", ", ")
    text = undoubled(text)
    text = re.sub(rf"(^|\s)i(?=$|[\s,;.!?{APOSTROPHES}])", r"\1I", text)
    return text.strip(" .,;:-").strip()


def undoubled(text: str) -> str:
    """ "the the new office" as "the new office" (a slip when editing on a phone)."""
    out: list[str] = []
    for token in text.split(" "):
        previous = out[-1].lower() if out else ""
        if token.lower() == previous and previous.isalpha() and previous not in MEANT_TWICE:
            continue
        out.append(token)
    return " ".join(out)


def without_lead(
    text: str, leads: tuple[str, ...], contractions: dict[str, str] | None = None
) -> str:
    """Text after a lead-in the draft's sentence already says ("We talked about ..."); a lead
    ending in a contraction keeps its article (`contractions`: "del" -> "el")."""
    text = text.strip()
    changed = True
    while changed:
        changed = False
        lowered = text.lower()
        for lead in leads:
            rest = text[len(lead) :]
            # "About" alone is what they discussed, not a lead-in.
            follows = rest[:1] in (" ", ",", ":", ";", "-") and rest.strip(" ,:;-.")
            if lowered.startswith(lead) and follows:
                text, changed = rest.strip(" ,:;-"), True
                article = (contractions or {}).get(lead.rsplit(" ", 1)[-1])
                text = f"{article} {text}" if article else text
                break
    return text


def first_word(text: str) -> str:
    match = WORD.match(text)
    return match.group(0).lower().replace("\u2019", "'") if match else ""


def capitalised(text: str) -> str:
    """A sentence (or several) with a capital at the start of each."""
    text = text[:1].upper() + text[1:]
    return SENTENCE_START.sub(lambda match: match.group(1) + match.group(2).upper(), text)


def mid_sentence(text: str, words: ModuleType) -> str:
    """A phrase to go after other words: "The graduate scheme" as "the graduate scheme".

    Only a capitalised common word is lowered; "Python", "IT" and "Dr Lee" keep their capitals.
    Any sentences typed after the phrase keep theirs.
    """
    first = WORD.match(text)
    word = first.group(0).lower() if first else ""
    common = word in words.COMMON_STARTS or (  # "Working with tenants" -> "working with..."
        word.endswith(words.GERUND_ENDINGS) and len(word) > 5 and word not in words.GERUND_NAMES
    )
    if first and common and first.group(0).istitle():
        text = text[:1].lower() + text[1:]
    return text[:1] + capitalised(text)[1:] if text else text


def position(text: str, words: ModuleType) -> str:
    """A job title as the drafts use it: "the Junior Designer role" as "Junior Designer"
    (Spanish "el puesto de Analista" as "Analista")."""
    lowered = text.lower()
    for starts in (words.POSITION_ARTICLES, words.POSITION_PREFIXES):
        for article in starts:
            if lowered.startswith(article) and len(text) > len(article):
                text, lowered = text[len(article) :], lowered[len(article) :]
                break
    for noun in words.POSITION_NOUNS:
        if lowered.endswith(noun) and len(text) > len(noun):
            text = text[: -len(noun)]
            break
    return text


def to_them(text: str, names: tuple[str, ...], words: ModuleType) -> str:
    """What a student wrote about an interviewer, as it reads to them: "her team" as "your team".

    `names` are theirs ("Dana Lee", "Dana"), so "Dana's plans" becomes "your plans".
    """
    for name in sorted(names, key=len, reverse=True):
        if name:
            text = re.sub(rf"\b{re.escape(name)}[{APOSTROPHES}]s\b", "your", text)
    for pronoun, yours in words.PRONOUNS.items():
        pattern = re.escape(pronoun).replace("'", f"([{APOSTROPHES}])")
        text = re.sub(
            rf"\b{pattern}\b",
            lambda match, yours=yours: like(match.group(0), curly_as_typed(match, yours)),
            text,
            flags=re.IGNORECASE,
        )
    tokens = re.split(r"(\W+)", text)
    out = list(tokens)
    for index, token in enumerate(tokens):
        lowered = token.lower()
        following = next_word(tokens, index)
        if words.HER and lowered == words.HER[0]:
            possessive = following and following.lower() not in words.AFTER_OBJECT
            out[index] = like(token, words.HER[1] if possessive else words.HER[2])
        elif lowered in words.SUBJECTS and following:
            out[index] = like(token, words.SUBJECTS[lowered])
            verb = index + 2
            while tokens[verb].lower() in words.NOT_VERBS and next_word(tokens, verb):
                verb += 2  # "she always says": the verb is further on
            out[verb] = like(tokens[verb], with_you(tokens[verb].lower(), words))
    return "".join(out)


def with_you(verb: str, words: ModuleType) -> str:
    """A verb that followed "she" or "he", as it follows "you": "is" -> "are", "runs" -> "run"."""
    if verb in words.VERBS:
        return words.VERBS[verb]
    for ending, replacement in words.VERB_ENDINGS:
        if verb.endswith(ending) and len(verb) > len(ending) + 2:
            return verb[: -len(ending)] + replacement
    return verb


def curly_as_typed(match: re.Match[str], replacement: str) -> str:
    """`replacement` with the apostrophe the student typed: curly from a phone stays curly."""
    typed = match.group(1) if match.groups() else "'"
    return replacement.replace("'", typed)


def next_word(tokens: list[str], index: int) -> str:
    """The word after tokens[index] when only a space separates them (not "her." or "her, ")."""
    if index + 2 < len(tokens) and tokens[index + 1] == " ":
        return tokens[index + 2]
    return ""


def like(original: str, replacement: str) -> str:
    """`replacement` with the capital of `original` ("Her" -> "Your")."""
    return replacement[:1].upper() + replacement[1:] if original[:1].isupper() else replacement


def sentence(text: str) -> str:
    """Text as the end of a sentence: one closing full stop, not two."""
    return text if text.endswith((".", "!", "?")) else text + "."


def word_count(text: str) -> int:
    return len(text.split())
