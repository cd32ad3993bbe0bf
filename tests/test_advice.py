"""The advice pages: every fact stated, in the article's order, in our own words; links intact."""

from __future__ import annotations

import os
import re
import unicodedata
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from tests.conftest import ROOT, mkdocs_build, product_config

# The reference material lives beside the repository (../shared/reference), not in it: the
# article is someone else's text. REFERENCE_DIR points elsewhere; without it these tests skip.
REFERENCE = Path(os.environ.get("REFERENCE_DIR", ROOT.parent / "shared" / "reference"))
README = REFERENCE / "README.md"
ARTICLE = REFERENCE / "interview-follow-up-article.txt"


def reference(path: Path) -> str:
    if not path.is_file():
        pytest.skip(f"no reference material at {path} (set REFERENCE_DIR)")
    return path.read_text(encoding="utf-8")


SHINGLE = 12  # a run of this many identical words counts as copying

# Each numbered fact of the reference README -> the page that states it, and phrases that must
# appear in that page's rendered text (normalised: lower case, plain apostrophes, single spaces).
# Every part of a fact has its own phrase, so dropping any part of it fails.
FACTS: dict[int, tuple[str, list[str]]] = {
    1: (
        "before-you-leave.md",
        [
            "what is the next step in the hiring process?",
            "do you need anything else from me?",
            "when can i expect to hear from you?",
            "ask each person who interviewed you for a business card",
            "on a panel, collect details for every member",
            "thank them for giving up their time and for the chance to interview",
        ],
    ),
    2: (
        "thank-you-email.md",
        [
            "as soon as you can after the interview",
            "every interviewer, each in a separate email",
            "thank them for the chance to interview",
            "mention one thing you talked about",
            "say again why you are a good candidate",
        ],
    ),
    3: (
        "handwritten-note.md",
        [
            "within 24 hours of the interview",
            "every interviewer, as well as the email",
            "thank them again",
            "say you are still keen on the job",
            "add anything you forgot to mention",
            "sum up why you are a good match, both for the job and for the organisation",
            "keeps you in mind if hiring is delayed",
            "few candidates send one",
            "employers who chose between candidates on whether or not they sent a handwritten note",
        ],
    ),
    4: (
        "why-both.md",
        [
            "decisions can be fast",
            "the email lands straight away",
            "the note stands out",
        ],
    ),
    5: (
        "following-up.md",
        [
            "be realistic",
            "for the person hiring it is one task among many",
            "the decision can be slow to arrive",
        ],
    ),
    6: (
        "following-up.md",
        [
            "if you were told how and when to get in touch, follow that to the letter",
            "phoning the next day when you were told to email on friday makes you look pushy",
        ],
    ),
    7: (
        "following-up.md",
        [
            "no instructions, and still no word a week after the interview? send a short email",
            "email is less intrusive than a phone call",
            "say you are checking in and that you are still interested",
        ],
    ),
    8: (
        "following-up.md",
        [
            "no reply two weeks after that? you can send one more short email",
            "silence is probably not a good sign",
            "let this one go and move on to your next interview",
        ],
    ),
    9: (
        "index.md",
        [
            "you can't decide what the employer does next",
            "you can decide how you follow up",
            "plan your follow-up before the interview is over",
        ],
    ),
}

# --------------------------------------------------------------------------- helpers


class _Text(HTMLParser):
    """Visible text of a page; with `main_only`, only the article (not header, nav, footer)."""

    SKIP = frozenset({"script", "style", "noscript", "template", "svg"})
    VOID = frozenset(
        {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "wbr"}
    )

    BLOCK = frozenset(
        {"p", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "tr", "div"}
        | {"blockquote", "pre", "table", "nav", "header", "footer", "section", "details", "summary"}
        | {"dl", "dt", "dd", "label", "button", "form", "article", "aside", "main", "option"}
    )

    def __init__(self, main_only: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.main_only = main_only
        self.depth_main = 0  # >0 while inside <article class="md-content__inner">
        self.skip = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")
        if tag in self.VOID:
            return
        if self.depth_main:
            self.depth_main += 1
        elif tag == "article" and "md-content__inner" in (dict(attrs).get("class") or ""):
            self.depth_main = 1
        if tag in self.SKIP or self.skip:
            self.skip += 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.VOID:
            return
        if self.skip:
            self.skip -= 1
        if self.depth_main:
            self.depth_main -= 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.skip or (self.main_only and not self.depth_main):
            return
        self.parts.append(data)


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"')
    text = text.replace("\u201d", '"').replace("\u00b6", " ")
    return re.sub(r"\s+", " ", text).strip().lower()


def page_file(site: Path, source: str) -> Path:
    """The built HTML of a Markdown source (use_directory_urls: foo.md -> foo/index.html)."""
    stem = source.removesuffix(".md")
    return site / "index.html" if stem == "index" else site / stem / "index.html"


def page_text(site: Path, source: str, main_only: bool = True) -> str:
    parser = _Text(main_only)
    parser.feed(page_file(site, source).read_text(encoding="utf-8"))
    return normalise("".join(parser.parts))


def words(text: str) -> list[str]:
    """Words for the copying check: case, punctuation and whitespace do not count."""
    text = normalise(text).replace("'", "")
    return re.findall(r"[a-z0-9]+", text)


def shingles(tokens: list[str], n: int = SHINGLE) -> set[tuple[str, ...]]:
    return {tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1)}


def copied_runs(text: str, source: set[tuple[str, ...]]) -> list[str]:
    tokens = words(text)
    return [
        " ".join(tokens[i : i + SHINGLE])
        for i in range(len(tokens) - SHINGLE + 1)
        if tuple(tokens[i : i + SHINGLE]) in source
    ]


def nav_sources() -> list[str]:
    """The Markdown files in the order the navigation (and the footer's next link) reads them."""
    config = product_config()

    def walk(items: object) -> list[str]:
        found: list[str] = []
        for item in items if isinstance(items, list) else [items]:
            if isinstance(item, str):
                found.append(item)
            elif isinstance(item, dict):
                for value in item.values():
                    found += walk(value)
        return found

    return walk(config["nav"])


def readme_fact_numbers() -> list[int]:
    return [int(n) for n in re.findall(r"^(\d+)\. ", reference(README), flags=re.M)]


def front_matter(source: str) -> dict[str, str]:
    """Top-level `key: value` lines of a page's front matter (enough for title and description)."""
    text = (ROOT / "docs" / source).read_text(encoding="utf-8")
    match = re.match(r"^---\n(.*?)\n---\n", text, flags=re.S)
    lines = match.group(1).splitlines() if match else []
    pairs = (re.match(r"^(\w+):\s*(.*)$", line) for line in lines)
    return {m.group(1): m.group(2).strip("\"' ") for m in pairs if m}


# --------------------------------------------------------------------------- the facts


def test_fact_map_covers_every_fact_in_the_readme() -> None:
    numbers = readme_fact_numbers()
    assert numbers == list(range(1, len(numbers) + 1)), "the README's facts are numbered 1..n"
    assert sorted(FACTS) == numbers, "every fact of the README is mapped to a page"


@pytest.mark.parametrize("number", sorted(FACTS))
def test_fact_is_stated_on_its_page(site_dir: Path, number: int) -> None:
    source, phrases = FACTS[number]
    assert source in nav_sources(), f"{source} is reachable from the navigation"
    text = page_text(site_dir, source)
    missing = [p for p in phrases if normalise(p) not in text]
    assert not missing, f"fact {number}: {source} no longer says {missing}"


def test_facts_follow_the_articles_order(site_dir: Path) -> None:
    """Read in navigation order, the site states the facts in the order the article does."""
    article = normalise(reference(ARTICLE))
    # Where the article makes each point: a distinctive phrase of the article per fact.
    anchors = {
        1: "before your interview is concluded",
        2: "as soon as possible, send an email",
        3: "within 24 hours, you should also send a handwritten note",
        4: "why send both an email and a handwritten note",
        5: "realistically, you should keep in mind",
        6: "if you were given direction as to when and how",
        7: "otherwise, if you haven't heard anything in a week",
        8: "if after a number of weeks there has still been no response",
        9: "you cannot control what they do",
    }
    assert sorted(anchors) == sorted(FACTS)
    article_order = sorted(anchors, key=lambda n: article.index(anchors[n]))

    order = nav_sources()
    texts = {source: page_text(site_dir, source) for source in {s for s, _ in FACTS.values()}}

    def position(number: int) -> tuple[int, int]:
        source, phrases = FACTS[number]
        return order.index(source), texts[source].index(normalise(phrases[0]))

    site_order = sorted(FACTS, key=position)
    assert site_order == article_order, "the pages state the facts in the article's order"


def test_home_is_a_timeline_linking_each_step_and_the_planner(site_dir: Path) -> None:
    html = page_file(site_dir, "index.md").read_text(encoding="utf-8")
    timeline = html[html.index('class="timeline"') :]
    timeline = timeline[: timeline.index("</ol>")]
    steps = re.findall(r"<li>(.*?)</li>", timeline, flags=re.S)
    when = [normalise(re.sub(r"<[^>]+>", "", w)) for w in re.findall(r'class="when">(.*?)<', html)]
    assert len(steps) == 6 == len(when)
    assert when[0] == "before you leave" and "24 hours" in when[2] and "week" in when[3]
    # The first link of each step goes to the page for that step, in this order.
    first_links = [re.search(r'href="([^"]+)"', step).group(1) for step in steps]
    expected = [
        "before-you-leave/",
        "thank-you-email/",
        "handwritten-note/",
        "following-up/#do-what-they-said",
        "following-up/#second-email",
        "following-up/#let-go",
    ]
    assert first_links == expected
    buttons = re.findall(r'<a[^>]*class="md-button md-button--primary"[^>]*>', html)
    assert any('href="planner/"' in b for b in buttons), "a prominent button opens the planner"


@pytest.mark.parametrize(
    "source",
    ["before-you-leave.md", "thank-you-email.md", "handwritten-note.md", "following-up.md"],
)
def test_examples_are_marked_as_examples(site_dir: Path, source: str) -> None:
    html = page_file(site_dir, source).read_text(encoding="utf-8")
    titles = re.findall(
        r'class="admonition example">\s*<p class="admonition-title">(.*?)</p>', html
    )
    assert titles, f"{source} shows its examples in an 'example' admonition"
    assert all("example" in t.lower() for t in titles), titles


def test_staff_page_covers_customising_and_publishing(site_dir: Path) -> None:
    text = page_text(site_dir, "staff.md")
    for needle in [
        "site_name",
        "logo",
        "palette",
        "copyright",
        "edit a page",
        "make serve",
        "github pages",
        ".github/workflows/pages.yml",
        "make build",
        "github actions",
    ]:
        assert needle in text, f"staff page mentions {needle!r}"
    assert re.search(r'<h2 id="planner-settings"', page_file(site_dir, "staff.md").read_text())


# --------------------------------------------------------------------------- our own words


def test_copy_detector_catches_a_copied_sentence() -> None:
    """The check below must be able to fail: an article sentence, re-punctuated, is caught."""
    article = shingles(words(reference(ARTICLE)))
    sentence = "Sometimes decisions are made very quickly; email provides for immediate impact, and"
    assert copied_runs(f"<p>{sentence.upper()}!</p>", article)
    assert not copied_runs("Decisions can be fast, so the email lands straight away.", article)


def test_no_sentence_of_the_article_is_copied(site_dir: Path) -> None:
    article = shingles(words(reference(ARTICLE)))
    assert len(article) > 300, "the article was read"
    pages = sorted(p for p in site_dir.rglob("*.html") if not p.is_relative_to(site_dir / "assets"))
    assert len(pages) >= 10
    copied = {}
    for html in pages:
        parser = _Text(main_only=False)
        parser.feed(html.read_text(encoding="utf-8"))
        runs = copied_runs("".join(parser.parts), article)
        if runs:
            copied[html.relative_to(site_dir).as_posix()] = runs[:3]
    assert not copied, f"runs of {SHINGLE}+ words copied from the article: {copied}"


# --------------------------------------------------------------------------- build and links


@pytest.mark.build
def test_strict_build_passes_without_warnings(tmp_path: Path) -> None:
    result = mkdocs_build(tmp_path / "site")
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr, result.stderr


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        for key in ("id", "name") if tag == "a" else ("id",):
            if a.get(key):
                self.ids.add(a[key])
        for key in ("href", "src"):
            if a.get(key) and tag in {"a", "link", "script", "img", "source"}:
                self.links.append(a[key])


def _parse(path: Path) -> _Links:
    parser = _Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def test_no_broken_internal_links_or_anchors(site_dir: Path) -> None:
    checked, broken = broken_links(site_dir, product_config()["site_url"])
    assert checked > 200, "links were found and checked"
    assert not broken, "\n".join(broken)


def broken_links(site_dir: Path, site_url: str) -> tuple[int, list[str]]:
    """How many links and anchors of the built site were checked, and those that go nowhere."""
    prefix = urlsplit(site_url).path  # absolute paths (the 404 page) start with this
    pages = sorted(p for p in site_dir.rglob("*.html") if not p.is_relative_to(site_dir / "assets"))
    parsed = {p: _parse(p) for p in pages}
    broken: list[str] = []
    checked = 0
    for page, links in parsed.items():
        here = "/" + page.relative_to(site_dir).as_posix()
        for link in links.links:
            if link.startswith(site_url):
                link = prefix + link[len(site_url) :]
            parts = urlsplit(link)
            if parts.scheme or parts.netloc:
                continue  # another site (e.g. the theme's credit), or mailto:/data:
            if not parts.path and not parts.fragment:
                continue
            if parts.path.startswith("/"):
                if not parts.path.startswith(prefix):
                    broken.append(f"{here}: {link} is outside the site's path {prefix}")
                    continue
                target_path = "/" + parts.path[len(prefix) :]
            else:
                target_path = urlsplit(urljoin(here, parts.path or here)).path
            target = site_dir / unquote(target_path).lstrip("/")
            if target.is_dir() or target_path.endswith("/"):
                target = target / "index.html"
            checked += 1
            if not target.is_file():
                broken.append(f"{here}: {link} -> missing {target.relative_to(site_dir)}")
                continue
            if parts.fragment and target.suffix == ".html":
                ids = parsed[target].ids if target in parsed else _parse(target).ids
                if unquote(parts.fragment) not in ids:
                    broken.append(f"{here}: {link} -> no #{parts.fragment}")
    return checked, broken


# --------------------------------------------------------------------------- page metadata


def test_every_page_has_a_title_and_description(site_dir: Path) -> None:
    default = product_config()["site_description"]
    problems = []
    for source in nav_sources():
        meta = front_matter(source)
        if not meta.get("title") or not meta.get("description"):
            problems.append(f"{source}: front matter needs a title and a real description")
            continue
        html = page_file(site_dir, source).read_text(encoding="utf-8")
        found = re.search(r'<meta name="description" content="([^"]*)"', html)
        if not found or found.group(1) == default:
            problems.append(f"{source}: the page's own description is not in its meta tag")
        title = re.search(r"<title>(.*?)</title>", html, flags=re.S).group(1)
        if normalise(meta["title"]) not in normalise(title):
            problems.append(f"{source}: <title> is {title!r}")
    assert not problems, problems


def test_sitemap_lists_every_page(site_dir: Path) -> None:
    sitemap = (site_dir / "sitemap.xml").read_text(encoding="utf-8")
    site_url = product_config()["site_url"]
    for source in nav_sources():
        stem = source.removesuffix(".md")
        url = site_url + ("" if stem == "index" else stem + "/")
        assert f"<loc>{url}</loc>" in sitemap, f"{url} missing from sitemap.xml"


def test_favicon_and_logo_are_local_files(site_dir: Path) -> None:
    html = page_file(site_dir, "index.md").read_text(encoding="utf-8")
    icon = re.search(r'<link rel="icon" href="([^"]+)"', html).group(1)
    logo = re.search(r'<a [^>]*class="md-header__button md-logo"[^>]*>\s*<img src="([^"]+)"', html)
    for ref in (icon, logo.group(1)):
        assert not urlsplit(ref).scheme, f"{ref} must be served by the site itself"
        assert (site_dir / ref).is_file(), ref
    assert (site_dir / icon).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_404_page_helps_the_reader_back(site_dir: Path) -> None:
    parser = _Text(main_only=True)
    parser.feed((site_dir / "404.html").read_text(encoding="utf-8"))
    text = normalise("".join(parser.parts))
    assert "page not found" in text
    assert "checklist" in text and "plan your follow-up" in text


# --------------------------------------------------------------------------- the checklist on paper


@pytest.mark.browser
@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_checklist_prints_on_one_page(page, site_url: str, paper: str) -> None:
    page.goto(site_url + "checklist/")
    page.emulate_media(media="print")
    hidden = page.evaluate(
        "() => ['.md-header', '.md-sidebar--primary', '.md-footer', '.screen-only']"
        ".map(s => document.querySelector(s))"
        ".filter(e => e && getComputedStyle(e).display !== 'none').map(e => e.className)"
    )
    assert not hidden, f"shown on paper: {hidden}"
    boxes = page.evaluate(
        "() => [...document.querySelectorAll('.checklist li')]"
        ".map(li => getComputedStyle(li, '::before').borderTopStyle)"
    )
    assert len(boxes) >= 10 and set(boxes) == {"solid"}, "every item has a box to tick"
    pdf = page.pdf(format=paper)
    pages = len(re.findall(rb"/Type\s*/Page(?!s)", pdf))
    assert pages == 1, f"the checklist takes {pages} {paper} pages"


@pytest.mark.browser
def test_search_finds_the_advice(page, site_url: str) -> None:
    page.goto(site_url + "why-both/")
    page.locator(".md-search__input").click()
    page.keyboard.type("handwritten note")
    first = page.locator(".md-search-result__item a").first
    first.wait_for(timeout=10000)
    hrefs = page.locator(".md-search-result__item > a").evaluate_all("a => a.map(e => e.href)")
    assert any(urlsplit(h).path == "/handwritten-note/" for h in hrefs), hrefs
