"""axe-core on every page of the built site: light and dark, phone (360 px) and desktop widths."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page

from tests.conftest import ROOT, product_config
from tests.site_server import serve

pytestmark = pytest.mark.browser

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
WIDTHS = (360, 1280)
SCHEMES = {"light": "default", "dark": "slate"}  # prefers-color-scheme -> Material's scheme
MISSING = "this-page-does-not-exist/"  # served with the 404 page


def site_prefix() -> str:
    """The path the site is published under (GitHub Pages project site), from site_url."""
    return urlsplit(product_config()["site_url"]).path


# In each other language (site/es/...), the pages the browser checks visit: its home page, an
# advice page and the planner. Every page of every language would double their time in CI for
# pages that differ only in their words (the same templates and styles).
SAMPLES = ("", "thank-you-email/", "planner/")
# The product's own browser checks visit one page of each kind in the first language too: the
# centre's checks (tests/centre), in the same `make test`, visit every page of the site.
KINDS = ("", "thank-you-email/", "questions/", "checklist/", "staff/", "planner/")


def other_languages(site: Path) -> list[str]:
    """The other languages' folders (`es/`): each was built on its own, with its own sitemap."""
    return sorted(p.parent.name + "/" for p in site.glob("*/sitemap.xml"))


def site_pages(site: Path, first: tuple[str, ...] | None = None) -> list[str]:
    """Every page of the built site (of the first language, only `first` when given), as a
    path below its root ("" for the home page); of the other languages, SAMPLES."""
    folders = tuple(other_languages(site))
    pages = []
    for index in sorted(site.rglob("index.html")):
        if index.is_relative_to(site / "assets"):
            continue
        path = index.relative_to(site).as_posix().removesuffix("index.html")
        folder = next((folder for folder in folders if path.startswith(folder)), None)
        if folder is None:
            if first is None or path in first:
                pages.append(path)
        elif path.removeprefix(folder) in SAMPLES:
            pages.append(path)
    assert first is None or set(first) <= set(pages), "a page of KINDS is gone: name another"
    return [*pages, MISSING]


@pytest.fixture(scope="module")
def published_url(site_dir: Path) -> Iterator[str]:
    """The site under its real sub-path, so the 404 page's absolute links resolve too."""
    with serve(site_dir, prefix=site_prefix()) as url:
        yield url


def axe_violations(page: Page) -> list[str]:
    page.add_script_tag(path=str(AXE))
    results = page.evaluate("async () => (await axe.run(document, {resultTypes: ['violations']}))")
    return [
        f"{v['id']} ({v['impact']}): {v['help']} -> "
        + "; ".join(
            n["target"][0] if len(n["target"]) == 1 else str(n["target"]) for n in v["nodes"]
        )
        for v in results["violations"]
    ]


@pytest.mark.parametrize("scheme", sorted(SCHEMES))
def test_axe_finds_no_violations(
    browser: Browser, site_dir: Path, published_url: str, scheme: str
) -> None:
    pages = site_pages(site_dir, KINDS)
    assert {"es/", "es/thank-you-email/", "es/planner/"} <= set(pages), "Spanish too"
    assert_axe_finds_nothing(browser, pages, published_url, scheme)


def assert_axe_finds_nothing(browser: Browser, pages: list[str], url: str, scheme: str) -> None:
    """axe-core on each page (paths below `url`) at each width, in the colour `scheme`."""
    origin = urlsplit(url).netloc
    context = browser.new_context(color_scheme=scheme, bypass_csp=True)  # to inject axe
    offsite: list[str] = []
    context.on(
        "request",
        lambda r: (
            offsite.append(r.url)
            if urlsplit(r.url).scheme in {"http", "https"} and urlsplit(r.url).netloc != origin
            else None
        ),
    )
    page = context.new_page()
    problems: dict[str, list[str]] = {}
    try:
        for width in WIDTHS:
            page.set_viewport_size({"width": width, "height": 800})
            for path in pages:
                response = page.goto(url + path, wait_until="load")
                assert response is not None
                assert response.status == (404 if path == MISSING else 200), path
                # Material picks the palette from prefers-color-scheme on a first visit.
                page.wait_for_function(
                    "s => document.body.getAttribute('data-md-color-scheme') === s",
                    arg=SCHEMES[scheme],
                    timeout=5000,
                )
                # The theme's stylesheet is applied (the 404 page links it by absolute path).
                assert page.locator(".md-header").evaluate("e => getComputedStyle(e).position") in {
                    "sticky",
                    "fixed",
                }, path
                found = axe_violations(page)
                if found:
                    problems[f"{path or 'home'} @ {width}px"] = found
    finally:
        context.close()
    assert not offsite, f"requests to other origins: {offsite}"
    assert not problems, "\n".join(f"{k}:\n  " + "\n  ".join(v) for k, v in problems.items())


def test_axe_detects_a_violation(browser: Browser, published_url: str) -> None:
    """The check above must be able to fail: an image without alt text is reported."""
    page = browser.new_page(bypass_csp=True)
    try:
        page.goto(published_url)
        page.evaluate(
            "() => { const i = document.createElement('img');"
            " i.src = 'assets/favicon.png'; document.querySelector('article').append(i); }"
        )
        assert any(v.startswith("image-alt") for v in axe_violations(page))
    finally:
        page.close()
