"""The site in every language the centre lists: English at the root, Spanish under es/.

One build per language (overrides/hooks/site_languages.py, language_builds.py): each page has
its twin in the other language, a language menu that leads to it, `<html lang>` and hreflang
alternates; the page words, footer and 404 page come from each language's catalogue (`PAGE`);
the planner's runtime is written once; a one-language centre builds one language.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import time
from collections.abc import Callable
from html import unescape
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from playwright.sync_api import Page, Route, expect

from planner.languages import catalogue
from tests.conftest import mkdocs_build, product_config
from tests.test_build import error_lines, mkdocs, repo_copy
from tests.test_planner_page import REQUEST, cli_plan, open_planner, rendered_steps, wait_for_plan

pytestmark = pytest.mark.build

EN, ES = catalogue("en").PAGE, catalogue("es").PAGE


def pages(site: Path) -> set[str]:
    """A language's pages (`thank-you-email/`), without the other languages' folders."""
    found = set()
    for html in site.rglob("index.html"):
        relative = html.relative_to(site).as_posix().removesuffix("index.html")
        if not relative.startswith(("assets/", "es/")):
            found.add(relative)
    return found


def html_of(site: Path, path: str) -> str:
    return (site / path / "index.html").read_text(encoding="utf-8")


def switcher(html: str) -> dict[str, str]:
    """The language menu's links: hreflang -> href."""
    menu = html[html.index('class="md-select__list"') :]
    menu = menu[: menu.index("</ul>")]
    return {lang: href for href, lang in re.findall(r'<a href="([^"]+)" hreflang="([^"]+)"', menu)}


def alternates(html: str, here: str) -> dict[str, str]:
    """The page's `<link rel="alternate" hreflang>`: hreflang -> site path."""
    found = re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html)
    return {lang: resolved(here, href) for lang, href in found}


def resolved(page: str, href: str) -> str:
    """Where `href` on the page at site path `page` leads, as a site path."""
    return urlsplit(urljoin("/" + page, href)).path.lstrip("/")


def text(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def test_every_page_has_its_twin_and_the_menu_leads_to_it(site_dir: Path) -> None:
    english, spanish = pages(site_dir), pages(site_dir / "es")
    assert len(english) >= 12 and "planner/" in english
    assert english == spanish, "every English page has its Spanish twin and vice versa"
    for path in sorted(english):
        en, es = html_of(site_dir, path), html_of(site_dir / "es", path)
        assert '<html lang="en"' in en and '<html lang="es"' in es, path
        assert resolved(path, switcher(en)["es"]) == "es/" + path, path
        assert resolved(path, switcher(en)["en"]) == path, path
        assert resolved("es/" + path, switcher(es)["en"]) == path, path
        assert resolved("es/" + path, switcher(es)["es"]) == "es/" + path, path
        # Material's way: each language's home page (its script reads the sitemap beside it to
        # keep the reader on the same page); the sitemaps pair the pages themselves (below).
        for html, here in ((en, path), (es, "es/" + path)):
            assert alternates(html, here) == {"en": "", "x-default": "", "es": "es/"}, here


def test_the_sitemaps_pair_each_page_with_its_twins(site_dir: Path) -> None:
    site_url = product_config()["site_url"]
    for folder, own in ((site_dir, ""), (site_dir / "es", "es/")):
        sitemap = (folder / "sitemap.xml").read_text(encoding="utf-8")
        entries = re.findall(r"<url>(.*?)</url>", sitemap, re.S)
        assert len(entries) >= 12
        for entry in entries:
            loc = re.search(r"<loc>(.*?)</loc>", entry)[1]
            path = loc.removeprefix(site_url + own)
            alternates = dict(re.findall(r'hreflang="([^"]+)" href="([^"]+)"', entry))
            assert alternates == {
                "en": site_url + path,
                "x-default": site_url + path,
                "es": site_url + "es/" + path,
            }, loc


def test_each_language_has_its_words_search_and_404(site_dir: Path) -> None:
    es_planner = html_of(site_dir / "es", "planner/")
    for key in ("planner.interview_date", "planner.interviewer_name", "planner.ics"):
        assert f">{ES[key]}<" in es_planner and f">{EN[key]}<" not in es_planner, key
    for key in ("say.copy", "say.ready"):
        assert f'id="planner-say-{key[4:]}">{ES[key]}</template>' in es_planner
    assert '<span data-slot="done"></span> de <span data-slot="total"></span> MB' in es_planner
    footer = text(html_of(site_dir / "es", "thank-you-email/").split('class="md-copyright"')[1])
    for key in ("footer.ask", "footer.accessibility", "footer.staff", "footer.book"):
        assert ES[key] in footer and EN[key] not in footer, key
    not_found = text((site_dir / "es" / "404.html").read_text(encoding="utf-8"))
    assert ES["404.title"] in not_found and EN["404.title"] not in not_found
    assert '<html lang="es"' in (site_dir / "es" / "404.html").read_text(encoding="utf-8")
    # GitHub Pages serves the root's 404 page for a missing /es/... address: it speaks Spanish too.
    root_404 = (site_dir / "404.html").read_text(encoding="utf-8")
    spanish_part = root_404[root_404.index('<section lang="es"') :]
    assert ES["404.title"] in spanish_part and 'href="/interview-follow-up/es/"' in spanish_part
    # The advice pages' timing words follow the policy, in Spanish.
    assert ES["advice.next_day"].capitalize() in text(html_of(site_dir / "es", "checklist/"))
    waiting = text(html_of(site_dir / "es", "following-up/"))
    assert f"al cabo de {ES['advice.week']}" in waiting and EN["advice.week"] not in waiting
    # Each search index holds its own language's pages, with Material's search in that language.
    for folder, lang in ((site_dir, "en"), (site_dir / "es", "es")):
        index = json.loads((folder / "search" / "search_index.json").read_text())
        assert index["config"]["lang"] == [lang]
        locations = {doc["location"] for doc in index["docs"]}
        assert "thank-you-email/" in locations and not any(x.startswith("es/") for x in locations)
    spanish_index = (site_dir / "es" / "search" / "search_index.json").read_text()
    assert "agradecimiento" in spanish_index


def test_each_language_has_the_title_the_centre_gave_it(site_dir: Path) -> None:
    english = product_config()["site_name"]
    spanish = product_config()["extra"]["planner"]["site_names"]["es"]
    for folder, title in ((site_dir, english), (site_dir / "es", spanish)):
        html = html_of(folder, "thank-you-email/")
        assert f"- {title}</title>" in html, folder
        assert re.search(rf'class="md-ellipsis">\s*{re.escape(title)}\s*<', html), folder


def test_the_planner_runtime_is_written_once_and_shared(site_dir: Path) -> None:
    spanish = site_dir / "es"
    assert (site_dir / "sw.js").is_file() and (site_dir / "assets" / "pyodide").is_dir()
    for shared in (
        "sw.js",
        "assets/pyodide",
        "assets/planner",
        "assets/vendor",
        "assets/js/planner-page.js",
    ):
        assert not (spanish / shared).exists(), shared
    html = html_of(spanish, "planner/")
    build = json.loads(re.search(r'id="planner-build">(.*?)</script>', html)[1])
    for key in ("runtime", "bundle"):
        assert (site_dir / resolved("es/planner/", build[key])).is_dir(), build[key]
    script = re.search(r'<script type="module" async src="([^"]+)"', html)[1]
    assert resolved("es/planner/", script) == "assets/js/planner-page.js"
    worker = re.search(r'<script src="([^"]+runtime-cache\.js)"', html)[1]
    assert resolved("es/planner/", worker) == "assets/js/runtime-cache.js", "the root's worker"
    settings = json.loads(re.search(r'id="planner-settings">(.*?)</script>', html)[1])
    assert (settings["language"], settings["locale"]) == ("es", "en-US")


def test_a_one_language_centre_builds_one_language(build_site: Callable[..., Path]) -> None:
    planner = product_config()["extra"]["planner"]
    site = build_site({"extra": {"planner": {**planner, "languages": ["en"]}}})
    assert not (site / "es").exists()
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "md-select" not in home and 'hreflang="' not in home
    assert "hreflang" not in (site / "sitemap.xml").read_text()


def said(result: subprocess.CompletedProcess[str]) -> list[str]:
    """The build's error lines, without their `ERROR -` prefix."""
    return [line.split("-  ", 1)[1] for line in error_lines(result)]


@pytest.mark.parametrize(
    ("languages", "lines"),
    [
        (
            ["en", "pt"],
            [
                "no planner catalogue for pt: copy planner/languages/en.py to"
                " planner/languages/pt.py and translate it (there is: en, es)",
                "no folder docs/pt/ for pt: put its pages there, with the same file names as in"
                " docs/, or take pt out of the list",
            ],
        ),
        (
            ["es", "en"],
            [
                "the first language is the site's own, theme.language (en): list it first,"
                " e.g. [en, es], or change theme.language"
            ],
        ),
    ],
)
def test_a_language_mistake_is_one_line(
    tmp_path: Path, languages: list[str], lines: list[str]
) -> None:
    planner = product_config()["extra"]["planner"]
    settings = {"extra": {"planner": {**planner, "languages": languages}}}
    result = mkdocs_build(tmp_path / "site", settings)
    assert said(result) == [f"extra.planner.languages: {line}" for line in lines]


def test_a_site_name_mistake_is_one_line(tmp_path: Path) -> None:
    planner = product_config()["extra"]["planner"]
    names = {"en": "After", "es": " ", "xx": "X"}
    settings = {"extra": {"planner": {**planner, "site_names": names}}}
    assert sorted(said(mkdocs_build(tmp_path / "site", settings))) == [
        "extra.planner.site_names.en: the title in en, the first language, is site_name",
        "extra.planner.site_names.es: required",
        "extra.planner.site_names.xx: not a language there is a planner catalogue for (en, es)",
    ]


def test_the_build_names_a_missing_catalogue_key_and_folder(tmp_path: Path) -> None:
    copy = repo_copy(tmp_path)
    spanish = copy / "planner" / "languages" / "es.py"
    source = spanish.read_text(encoding="utf-8")
    line = '    "footer.book": "Pida una cita",\n'
    assert source.count(line) == 1
    spanish.write_text(source.replace(line, ""), encoding="utf-8")
    shutil.rmtree(copy / "docs" / "es")
    assert said(mkdocs(copy, "build", "-d", str(tmp_path / "out"))) == [
        "extra.planner.languages: planner/languages/es.py lacks PAGE['footer.book']: add it,"
        " translated from en.py",
        "extra.planner.languages: no folder docs/es/ for es: put its pages there, with the same"
        " file names as in docs/, or take es out of the list",
    ]


# ---- In the browser ---------------------------------------------------------------------------

SPANISH_REQUEST = {
    **REQUEST,
    "language": "es",
    "position": "Analista Júnior",
    "interviewers": [
        {
            "name": "Dana Lee",
            "greeting": "Sra. Lee",
            "title": "Directora de Contratación",
            "email": "dana@example.com",
            "discussed": "el nuevo panel de informes",
        }
    ],
    "strengths": "creé una herramienta de informes para mi asociación de estudiantes",
    "forgot_to_mention": "también hablo inglés",
}


def fill_spanish_form(page: Page, request: dict) -> None:
    """The Spanish form, filled by its Spanish labels as a visitor would."""
    person = request["interviewers"][0]

    def field(key: str):
        return page.get_by_label(ES[key], exact=True)

    def theirs(key: str):  # "Nombre del entrevistador (entrevistador 1)"
        return page.get_by_label(f"{ES[key]} ({ES['planner.interviewer_lower']} 1)", exact=True)

    field("planner.interview_date").fill(request["interview"]["date"])
    field("planner.interview_time").fill(request["interview"]["time"])
    field("planner.candidate").fill(request["candidate"])
    field("planner.position").fill(request["position"])
    field("planner.company").fill(request["company"])
    theirs("planner.interviewer_name").fill(person["name"])
    theirs("planner.greeting").fill(person["greeting"])
    theirs("planner.title").fill(person["title"])
    theirs("planner.email").fill(person["email"])
    theirs("planner.discussed").fill(person["discussed"])
    field("planner.strengths").fill(request["strengths"])
    field("planner.forgot").fill(request["forgot_to_mention"])
    field("planner.decision_by").fill(request["instructions"]["decision_by"])


@pytest.mark.browser
def test_the_spanish_planner_plans_in_spanish_what_the_cli_plans(page: Page, site_url: str) -> None:
    open_planner(page, site_url + "es/")
    expect(page.locator("html")).to_have_attribute("lang", "es")
    expect(page.get_by_role("heading", name=ES["planner.results"])).to_be_visible()
    expect(page.get_by_role("button", name=ES["planner.add_interviewer"])).to_be_visible()
    fill_spanish_form(page, SPANISH_REQUEST)
    want = cli_plan(SPANISH_REQUEST)
    wait_for_plan(page, len(want["steps"]))
    page.wait_for_function(
        "(n) => document.querySelector('#planner-timeline textarea')?.value.includes(n)",
        arg=SPANISH_REQUEST["candidate"],
    )
    shown = rendered_steps(page)
    assert shown[0]["title"].startswith("Envíe"), shown[0]["title"]
    for got, step in zip(shown, want["steps"], strict=True):
        for key in ("id", "due", "status", "title", "why"):
            assert got[key] == step[key], key
        assert got["body"] == step.get("body")
        assert got["mailto"] == step.get("mailto")
    assert "Estimada Sra. Lee:" in shown[0]["body"]
    # The calendar file too: its events label the subject in Spanish.
    with page.expect_download() as info:
        page.get_by_role("button", name=ES["planner.ics"]).click()
    calendar = Path(info.value.path()).read_text(encoding="utf-8").replace("\r\n ", "")
    assert "Asunto: " in calendar and "Subject: " not in calendar


@pytest.mark.browser
def test_the_language_menu_keeps_the_reader_on_the_same_page(page: Page, site_url: str) -> None:
    # Material's script reads the sitemap beside each hreflang link and, when the Spanish one
    # arrives first, swaps a link into es/ for its own guess (the Spanish home page, whenever
    # the site is not served from site_url's host). Here the English one is held back, so the
    # Spanish one is always first: the link must still lead to the Spanish twin.
    def later(route: Route) -> None:
        time.sleep(0.3)
        route.continue_()

    page.route(site_url + "sitemap.xml", later)
    page.goto(site_url + "following-up/", wait_until="networkidle")
    page.locator(".md-select").hover()
    page.get_by_role("link", name=ES["language.name"]).click()
    expect(page).to_have_url(site_url + "es/following-up/")
    expect(page.locator("h1")).to_have_text(re.compile("espera"))
    page.wait_for_load_state("networkidle")
    page.locator(".md-select").hover()
    page.get_by_role("link", name=EN["language.name"]).click()
    expect(page).to_have_url(site_url + "following-up/")
