"""The Spanish pages (docs/es/) against the English ones, from the Markdown alone (no build).

Each English page has a Spanish twin with the same file name, so the language switcher and
every relative link map one-to-one. A twin keeps the page's machinery: the same front matter
keys (a lost `template: planner.html` or `policy_step:` changes what the build does), the same
policy macros (so the Spanish page follows the centre's policy too), and the same heading ids
(the planner links to `when-things-change/#withdrawing` and the like in either language). Its
links must land on Spanish pages and headings that exist, and no paragraph may be left in
English. The helpers are tested on bad examples first, so each check is known to catch one.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path, PurePosixPath

import pytest
import yaml
from markdown.extensions.toc import slugify

DOCS = Path(__file__).resolve().parents[1] / "docs"
SPANISH = DOCS / "es"
ENGLISH_PAGES = sorted(p.name for p in DOCS.glob("*.md"))
SPANISH_PAGES = sorted(p.name for p in SPANISH.glob("*.md"))

# Common English words that are not also Spanish words ("a", "no", "me", "he" are left out).
# fmt: off
ENGLISH_WORDS = frozenset({
    "the", "and", "you", "your", "to", "of", "is", "that", "for", "with", "this", "it", "are",
    "be", "if", "on", "what", "when", "they", "not", "or", "from", "will", "can", "have", "was",
    "we", "our", "their", "them", "an", "at", "by", "do", "does", "would", "should", "which",
    "who", "there", "here", "all", "any", "after", "before", "then", "than", "but", "into",
    "about", "us", "its", "been", "were", "how", "only", "more", "some", "just", "get",
})
# fmt: on
# A paragraph with this many English words, or a short one with two, is taken for English; an
# English interface name in bold (**Build and deployment**) has one or two in a long paragraph.
ENGLISH_LIMIT = 3
ENGLISH_SHARE = 0.2

FENCE = re.compile(r"^(```|~~~).*?^\1", re.M | re.S)
CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+?\1", re.S)
MACRO = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.S)
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*$", re.M)
EXPLICIT_ID = re.compile(r"\{\s*#([\w-]+)[^}]*\}\s*$")
LINK = re.compile(r"\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
MACRO_NAME = re.compile(r"\b((?:advice|centre|way)\.\w+)")


def split_page(text: str) -> tuple[dict[str, object], str]:
    """A page's front matter (as data) and its body."""
    if not text.startswith("---\n"):
        return {}, text
    head, _, body = text[4:].partition("\n---\n")
    return yaml.safe_load(head) or {}, body


def without_code(markdown: str) -> str:
    """The Markdown with fenced blocks and code spans blanked: their words are not prose."""
    return CODE_SPAN.sub(" ", FENCE.sub(" ", markdown))


def macros(markdown: str) -> Counter[str]:
    """How often each policy or centre word (`advice.follow_up`...) is used, code included."""
    return Counter(name for block in MACRO.findall(markdown) for name in MACRO_NAME.findall(block))


def heading_ids(markdown: str) -> list[str]:
    """The ids of a page's headings below the title: `{ #id }` if given, else the toc slug."""
    ids = []
    for level, title in HEADING.findall(without_code(markdown)):
        if len(level) == 1:
            continue
        explicit = EXPLICIT_ID.search(title)
        ids.append(explicit.group(1) if explicit else slugify(MACRO.sub("", title), "-"))
    return ids


def broken_links(page: Path) -> list[str]:
    """The relative links of a page whose file, or heading, does not exist beside it."""
    _, body = split_page(page.read_text(encoding="utf-8"))
    body = MACRO.sub(" ", without_code(body))
    problems = []
    for target in LINK.findall(body):
        if re.match(r"[a-z][a-z0-9+.-]*:", target):  # https:, mailto:
            continue
        path, _, anchor = target.partition("#")
        file = (page.parent / PurePosixPath(path)).resolve() if path else page
        if not file.is_file() or (path.endswith(".md") and file.parent != page.parent):
            problems.append(f"{page.name}: {target}: no such page beside it")
        elif anchor and anchor not in heading_ids(file.read_text(encoding="utf-8")):
            problems.append(f"{page.name}: {target}: no heading #{anchor} in {file.name}")
    return problems


def prose(markdown: str) -> list[str]:
    """The paragraphs a reader reads: no code, macros, tags, link targets, ids or titles."""
    text = MACRO.sub(" ", without_code(markdown))
    text = re.sub(r"<[^>]+>", " ", text)
    text = re.sub(r"\]\([^)]*\)", "]", text)
    text = re.sub(r"\{[^}]*\}", " ", text)
    text = re.sub(r"“[^”]*”", " ", text)  # the article's English title
    return [p for p in re.split(r"\n\s*\n", text) if p.strip()]


def words(paragraph: str) -> list[str]:
    """A paragraph's words, lower-cased; accented letters belong to their word."""
    return re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", paragraph.lower())


def english_paragraphs(markdown: str) -> list[str]:
    """The paragraphs that read as English, by how many common English words they have."""
    found = []
    for paragraph in prose(markdown):
        listed = words(paragraph)
        english = sum(word in ENGLISH_WORDS for word in listed)
        if english >= ENGLISH_LIMIT or (english >= 2 and english >= ENGLISH_SHARE * len(listed)):
            found.append(" ".join(paragraph.split()))
    return found


def copied_paragraphs(english: str, spanish: str) -> list[str]:
    """The Spanish page's paragraphs of two words or more that are the English page's own."""
    same = {" ".join(p.split()) for p in prose(english)}
    return [
        " ".join(p.split())
        for p in prose(spanish)
        if len(words(p)) > 1 and " ".join(p.split()) in same
    ]


# The checks, on bad examples: each must catch what it is for.


def test_an_english_sentence_left_in_a_spanish_page_is_caught() -> None:
    page = "Dé las gracias.\n\nTell us the page and what went wrong.\n\nUse `make serve`."
    assert english_paragraphs(page) == ["Tell us the page and what went wrong."]


def test_a_short_english_line_is_caught_by_its_share_or_as_a_copy() -> None:
    assert english_paragraphs("Siguiente paso.\n\nNext: wait and then follow up.") == [
        "Next: wait and then follow up."
    ]
    english = "# Title\n\nNext: [waiting and following up](following-up.md)."
    spanish = "# Título\n\nNext: [waiting and following up](following-up.md)."
    assert english_paragraphs(spanish) == []
    assert copied_paragraphs(english, spanish) == ["Next: [waiting and following up]."]
    assert copied_paragraphs(english, "# Título\n\nSiguiente: [la espera](following-up.md).") == []


def test_accented_words_are_not_split_into_english_ones() -> None:
    assert words("Envían allí están") == ["envían", "allí", "están"]
    assert english_paragraphs("Pocos candidatos la envían, y desde allí están seguros.") == []


def test_code_macros_links_and_interface_names_are_not_taken_for_english() -> None:
    page = (
        "Pulse **Create codespace on main** y ejecute `make serve ADDR=127.0.0.1:8001`.\n\n"
        "Véase [la lista](checklist.md#follow-up-and-the-rest), al cabo de "
        "{{ advice.follow_up }}{% if advice.handwritten_note and the %}{% endif %}.\n\n"
        "```yaml\nname: Careers Service, and the rest of it\n```\n"
    )
    assert english_paragraphs(page) == []


def test_a_changed_or_lost_macro_is_caught() -> None:
    english = "after {{ advice.follow_up }}, then {{ advice.second_follow_up }} later"
    assert macros(english) == Counter(["advice.follow_up", "advice.second_follow_up"])
    assert macros("al cabo de {{ advice.seguimiento }}") != macros(english)
    assert macros("al cabo de {{ advice.follow_up }}") != macros(english)


def test_heading_ids_are_explicit_ids_or_slugs() -> None:
    page = "# Title\n\n## Después, déjelo ir { #let-go }\n\n## Un ejemplo\n\n```\n## no\n```"
    assert heading_ids(page) == ["let-go", "un-ejemplo"]


def test_links_to_missing_pages_and_headings_are_caught(tmp_path: Path) -> None:
    (tmp_path / "es").mkdir()
    (tmp_path / "es" / "questions.md").write_text("# P\n\n## Pregunta { #panel }\n")
    (tmp_path / "checklist.md").write_text("# English\n")
    page = tmp_path / "es" / "index.md"
    page.write_text(
        "[ok](questions.md#panel) [sin ancla](questions.md#no-such) [falta](planner.md) "
        "[inglés](../checklist.md) [web](https://example.edu) `[code](nowhere.md)`"
    )
    assert broken_links(page) == [
        "index.md: questions.md#no-such: no heading #no-such in questions.md",
        "index.md: planner.md: no such page beside it",
        "index.md: ../checklist.md: no such page beside it",
    ]


# The pages themselves.


def test_every_page_has_its_twin_in_the_other_language() -> None:
    assert SPANISH_PAGES == ENGLISH_PAGES


@pytest.mark.parametrize("name", SPANISH_PAGES)
def test_spanish_page_keeps_the_english_front_matter(name: str) -> None:
    english, _ = split_page((DOCS / name).read_text(encoding="utf-8"))
    spanish, _ = split_page((SPANISH / name).read_text(encoding="utf-8"))
    assert list(spanish) == list(english)
    for key, value in english.items():
        if key in ("title", "description"):
            assert spanish[key] and spanish[key] != value, f"{name}: {key} is not translated"
            assert english_paragraphs(str(spanish[key])) == [], f"{name}: {key} is in English"
        else:
            assert spanish[key] == value, f"{name}: {key} must stay as in English"


@pytest.mark.parametrize("name", SPANISH_PAGES)
def test_spanish_page_uses_the_same_policy_words(name: str) -> None:
    english = (DOCS / name).read_text(encoding="utf-8")
    spanish = (SPANISH / name).read_text(encoding="utf-8")
    assert macros(spanish) == macros(english)
    assert english.count("{% if") == spanish.count("{% if")


@pytest.mark.parametrize("name", SPANISH_PAGES)
def test_spanish_page_keeps_the_heading_ids(name: str) -> None:
    english = heading_ids(split_page((DOCS / name).read_text(encoding="utf-8"))[1])
    spanish = heading_ids(split_page((SPANISH / name).read_text(encoding="utf-8"))[1])
    assert spanish == english


@pytest.mark.parametrize("name", SPANISH_PAGES)
def test_spanish_page_links_to_spanish_pages_that_exist(name: str) -> None:
    assert broken_links(SPANISH / name) == []


@pytest.mark.parametrize("name", SPANISH_PAGES)
def test_spanish_page_has_no_english_paragraph(name: str) -> None:
    _, body = split_page((SPANISH / name).read_text(encoding="utf-8"))
    _, english = split_page((DOCS / name).read_text(encoding="utf-8"))
    assert english_paragraphs(body) == []
    assert copied_paragraphs(english, body) == []
