"""The Content-Security-Policy of every page (overrides/main.html), and what it rests on.

The policy allows no inline script at all; Material's inline scripts are served as files
(overrides/partials/javascripts/ -> overrides/assets/js/material/). These tests fail when a page
gets an inline script, style or event handler (a staff edit, a Material upgrade), when the copies
drift from Material's own partials, or when a page reports a violation in Chromium.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from playwright.sync_api import BrowserContext, Page, Route, expect

from tests.test_accessibility import KINDS, MISSING, site_pages
from tests.test_planner_page import REQUEST, fill_form, open_planner, wait_for_plan

ROOT = Path(__file__).resolve().parents[1]
MATERIAL = ROOT / ".venv/lib/python3.13/site-packages/material/templates/partials/javascripts"
COPIES_DIR = ROOT / "overrides/assets/js/material"
COPIES = {
    # file under overrides/assets/js/material: (Material partial, script index, {Jinja: ours})
    "base.js": (
        "base",
        0,
        {'"{{ config.extra.scope | d(base_url) }}"': "document.currentScript.dataset.scope"},
    ),
    "content-tabs.js": ("content", 0, {}),
    "content-target.js": ("content", 1, {}),
    "palette.js": ("palette", 0, {}),
    "announce.js": ("announce", 0, {}),
    "outdated.js": ("outdated", 0, {'"{{ base_url }}"': "document.currentScript.dataset.base"}),
    "consent.js": ("consent", 0, {}),
}


class PageScan(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.policy: str | None = None
        self.before_policy: list[str] = []  # scripts and stylesheets before the CSP meta
        self.inline_scripts: list[str] = []
        self.styles: list[str] = []
        self.handlers: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "meta" and (a.get("http-equiv") or "").lower() == "content-security-policy":
            self.policy = a.get("content") or ""
        loads = tag == "script" or (tag == "link" and a.get("rel") == "stylesheet")
        if loads and self.policy is None:
            self.before_policy.append(tag)
        if tag == "script" and "src" not in a and a.get("type") != "application/json":
            self._in_script = True
        if tag == "style" or "style" in a:
            self.styles.append(f"<{tag} style={a.get('style')}>")
        self.handlers += [f"<{tag} {k}>" for k in a if k.startswith("on")]

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.inline_scripts.append(data.strip()[:80])

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False


def scan(path: Path) -> PageScan:
    parser = PageScan()
    parser.feed(path.read_text())
    return parser


def pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_every_page_has_the_policy_and_nothing_inline(site_dir: Path) -> None:
    assert_policy_and_nothing_inline(site_dir)


def assert_policy_and_nothing_inline(site: Path) -> None:
    """Every page of `site` has the strict policy first, and no inline script, style or handler."""
    found = pages(site)
    assert len(found) >= 4
    for path in found:
        page = scan(path)
        where = path.relative_to(site)
        assert page.policy, f"{where}: no Content-Security-Policy"
        assert page.before_policy == [], f"{where}: scripts or styles before the policy"
        assert page.inline_scripts == [], f"{where}: inline script {page.inline_scripts}"
        assert page.styles == [], f"{where}: inline style {page.styles}"
        assert page.handlers == [], f"{where}: event-handler attributes {page.handlers}"
        policy = dict(
            (part.split()[0], part.split()[1:]) for part in page.policy.split(";") if part.strip()
        )
        assert policy["default-src"] == ["'none'"]
        for directive, sources in policy.items():
            assert "'unsafe-eval'" not in sources and "'unsafe-inline'" not in sources, where
            assert not [s for s in sources if re.match(r"https?:|\*", s)], (where, directive)
        wasm = "'wasm-unsafe-eval'" in policy["script-src"]
        planner = where.as_posix().endswith("planner/index.html")  # each language's: es/planner/
        assert wasm == planner, where
        assert policy["form-action"] == ["'none'"]


def test_material_script_copies_match_material(site_dir: Path) -> None:
    """After a Material upgrade changes its inline scripts, refresh overrides/assets/js/material."""
    for name, (partial, index, replacements) in COPIES.items():
        source = (MATERIAL / f"{partial}.html").read_text()
        original = re.findall(r"<script>(.*?)</script>", source, re.S)[index]
        for jinja, ours in replacements.items():
            original = original.replace(jinja, ours)
        copy = (COPIES_DIR / name).read_text()
        code = "".join(line + "\n" for line in copy.splitlines() if not line.startswith("//"))
        assert code.strip() == original.strip(), f"{COPIES_DIR / name} differs from Material"
    # Every inline script Material's partials have is covered by an override.
    for partial in MATERIAL.glob("*.html"):
        if "<script>" in partial.read_text():
            assert (ROOT / "overrides/partials/javascripts" / partial.name).is_file(), partial.name


VIOLATIONS = """
window.__csp = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
});
"""


@pytest.mark.browser
def test_no_violations_in_chromium(page: Page, site_dir: Path, site_url: str) -> None:
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.add_init_script(VIOLATIONS)
    for relative in site_pages(site_dir, KINDS):
        if relative == MISSING:
            continue
        url = site_url + relative
        page.goto(url)
        page.wait_for_load_state("networkidle")
        # Material's scripts ran: the palette toggle and search work, in the page's language.
        page.locator("input.md-search__input").focus()
        page.keyboard.type("nota" if relative.startswith("es/") else "note")
        expect(page.locator(".md-search-result__item").first).to_be_visible()
        page.wait_for_timeout(300)
        page.keyboard.press("Escape")
        page.locator("form[data-md-component=palette] label:visible").first.click()
        assert page.evaluate("() => window.__csp") == [], url
    assert errors == []


@pytest.mark.browser
def test_wasm_needs_no_page_exception_in_chromium(
    page: Page, context: BrowserContext, site_url: str
) -> None:
    """Chromium runs the worker under its own (empty) policy: the planner works without
    'wasm-unsafe-eval' on the page. The keyword is there for browsers that apply the page's
    policy to the worker (see overrides/planner.html)."""

    def strip(route: Route) -> None:
        response = route.fetch()
        body = response.text()
        assert "'wasm-unsafe-eval'" in body
        route.fulfill(response=response, body=body.replace(" 'wasm-unsafe-eval'", ""))

    context.route("**/planner/", strip)
    open_planner(page, site_url)
    fill_form(page, REQUEST)
    wait_for_plan(page)


@pytest.mark.browser
def test_pages_cannot_compile_wasm_themselves(page: Page, site_url: str) -> None:
    """The policy is in force: on an advice page, the page itself may not compile WebAssembly."""
    page.goto(site_url)
    outcome = page.evaluate(
        """() => WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]))
            .then(() => 'compiled', (error) => error.name)"""
    )
    assert outcome == "CompileError"
    page.goto(site_url + "planner/")
    expect(page.locator("#planner-form")).to_be_visible()
