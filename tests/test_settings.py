"""Career-centre settings: `extra.planner` in mkdocs.yml (issue 6).

1. A changed policy (5 business days, a holiday on the date that gives) changes the dates the
   planner page shows in Chromium, and `python -m planner plan --config` agrees.
2. Each kind of bad setting (unknown key, wrong type, impossible value; in the policy and in the
   centre's branding and contact) stops the build with one line naming the key.
3. A different centre name, logo and colours show on every page; the contact is in every page's
   footer and under the planner's results.
"""

from __future__ import annotations

import html
import json
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from planner.cli import read_config
from planner.policy import KEYS, Policy, parse_policy, policy_data
from tests.conftest import PRODUCT_CONFIG, mkdocs_build
from tests.site_server import serve
from tests.test_planner_page import (
    cli_plan,
    fill_form,
    open_planner,
    rendered_steps,
    wait_for_plan,
)

# make test runs on several workers: this module's on one, so each variant site is built once.
pytestmark = pytest.mark.xdist_group("settings")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "overrides" / "hooks"))
import centre_settings  # noqa: E402  # the hook, for its colour lists

TODAY = "2026-11-23"
REQUEST = {
    "today": TODAY,
    "interview": {"date": "2026-11-18"},  # a Wednesday
    "candidate": "Sam Rivera",
    "position": "Junior Analyst",
    "company": "Northwind Trading",
    "interviewers": [{"name": "Dana Lee", "title": "Hiring Manager"}],
}
# 5 business days after Wed 18 Nov is Wed 25 Nov, a holiday here: the follow-up moves to the 26th
# (7 calendar days, the default, also give the 25th, so only a working holiday moves it).
POLICY = {
    "thank_you_email_days": 1,
    "handwritten_note": False,
    "follow_up_days": 5,
    "count_business_days": True,
    "holidays": ["2026-11-25"],
}
CENTRE = {
    "name": "Careers Hub, University of Example",
    "logo": "assets/favicon.png",
    "primary": "deep purple",
    "accent": "amber",
    "contact": {
        "email": "careers@example.ac.uk",
        "phone": "+44 1234 567890",
        "booking_url": "https://careers.example.ac.uk/book",
    },
}
DEEP_PURPLE = "rgb(126, 86, 194)"  # Material's --md-primary-fg-color for deep-purple (#7e56c2)


@pytest.fixture(scope="module")
def centre_site(build_site: Callable[..., Path]) -> Path:
    """The site built with another centre's settings merged over the product's test config."""
    return build_site({"extra": {"planner": {"policy": POLICY, "centre": CENTRE}}})


@pytest.fixture(scope="module")
def centre_url(centre_site: Path) -> Iterator[str]:
    with serve(centre_site) as url:
        yield url


def centre_config(site: Path) -> Path:
    """The mkdocs.yml that built `site` (tests/conftest.py writes it next to the site)."""
    config = site.parent / f"{site.name}-mkdocs.yml"
    assert config.is_file()
    return config


def dates(plan: dict) -> list[tuple[str, str]]:
    return [(step["id"], step["due"]) for step in plan["steps"]]


def pages(site: Path) -> list[Path]:
    return sorted(path for path in site.rglob("*.html") if "assets" not in path.parts)


# ---- 1. A changed policy changes the dates, in the browser and in the CLI ----------------------


@pytest.mark.browser
def test_changed_policy_changes_the_planner_dates(
    page: Page, centre_site: Path, centre_url: str
) -> None:
    want = cli_plan(REQUEST, "--config", str(centre_config(centre_site)))
    default = cli_plan(REQUEST)
    assert dates(want) == [
        ("thank-you-email", "2026-11-23"),  # due the 19th (thank_you_email_days: 1): today
        ("follow-up", "2026-11-26"),  # 5 business days, then past the holiday on the 25th
        ("second-follow-up", "2026-12-16"),  # 14 business days later
        ("move-on", "2026-12-23"),
    ]
    assert dates(want) != dates(default)
    assert want["steps"][0]["was_due"] == "2026-11-19"  # and no handwritten note

    open_planner(page, centre_url, TODAY)
    fill_form(page, REQUEST)
    wait_for_plan(page, len(want["steps"]))
    page.wait_for_function(
        "() => [...document.querySelectorAll('#planner-timeline time')]"
        ".some(t => t.dateTime === '2026-11-26')"
    )
    assert [(s["id"], s["due"]) for s in rendered_steps(page)] == dates(want)

    contact = page.locator("#planner-contact")
    expect(contact).to_be_visible()
    expect(contact).to_contain_text(
        f"Want someone to read your draft? Contact {CENTRE['name']}: careers@example.ac.uk"
    )
    expect(contact.get_by_role("link", name="book an appointment")).to_have_attribute(
        "href", CENTRE["contact"]["booking_url"]
    )


def test_page_gets_the_whole_policy_as_data(centre_site: Path) -> None:
    text = (centre_site / "planner" / "index.html").read_text()
    found = re.search(r'<script type="application/json" id="planner-settings">(.*?)</script>', text)
    assert found, "the planner page embeds #planner-settings"
    settings = json.loads(html.unescape(found[1]))
    assert settings["policy"] == policy_data(parse_policy(POLICY))
    # The contact box is the template's, not data; the page sends its language and the
    # centre's English (locale) with each request.
    assert set(settings) == {"policy", "locale", "language"}
    assert (settings["locale"], settings["language"]) == ("en-US", "en")


def test_cli_reads_a_mkdocs_config() -> None:
    """`--config` takes the policy of a site's config: the product's gives the defaults."""
    assert dates(cli_plan(REQUEST, "--config", str(PRODUCT_CONFIG))) == dates(cli_plan(REQUEST))


def test_shipped_settings_write_out_every_default() -> None:
    """Staff see the real defaults: every key, each with the planner's default value."""
    written = read_config(PRODUCT_CONFIG)["extra"]["planner"]["policy"]  # type: ignore[index]
    assert list(written) == list(KEYS)
    assert parse_policy(written) == Policy()


# ---- 2. Each kind of bad setting: one line naming the key and what is allowed -----------------

BAD = {
    "unknown-section": (
        {"colours": {"primary": "teal"}},
        "extra.planner.colours: unknown key; allowed: centre, policy",
    ),
    "unknown-policy-key": (
        {"policy": {"folow_up_days": 5}},
        "extra.planner.policy.folow_up_days: unknown key; did you mean follow_up_days? allowed: ",
    ),
    "unknown-centre-key": (
        {"centre": {"colour": "teal"}},
        "extra.planner.centre.colour: unknown key; allowed: name, logo, primary, accent, contact",
    ),
    "unknown-contact-key": (
        {"centre": {"contact": {"mail": "careers@example.edu"}}},
        "extra.planner.centre.contact.mail: unknown key; did you mean email? allowed: ",
    ),
    "policy-wrong-type": (
        {"policy": {"handwritten_note": "sometimes"}},
        "extra.planner.policy.handwritten_note: expected true or false, got text",
    ),
    "policy-section-wrong-type": (
        {"policy": ["follow_up_days", 5]},
        "extra.planner.policy: expected an object, got a list",
    ),
    "centre-name-wrong-type": (
        {"centre": {"name": ["Careers", "Hub"]}},
        "extra.planner.centre.name: expected text, got a list",
    ),
    "colour-wrong-type": (
        {"centre": {"accent": 5}},
        "extra.planner.centre.accent: expected a colour (text), got a number; use a hex code in",
    ),
    "phone-wrong-type": (
        {"centre": {"contact": {"phone": 5550100}}},
        'extra.planner.centre.contact.phone: expected text: put the number in quotes, e.g. "+1',
    ),
    "policy-impossible-number": (
        {"policy": {"follow_up_days": 0}},
        "extra.planner.policy.follow_up_days: must be a whole number from 1 to 90, got 0",
    ),
    "policy-impossible-date": (
        {"policy": {"holidays": ["2026-02-30"]}},
        "extra.planner.policy.holidays[0]: not a date: 2026-02-30",
    ),
    "policy-impossible-weekday": (
        {"policy": {"business_days": ["monday", "funday"]}},
        "extra.planner.policy.business_days[1]: not a weekday: funday; use monday, ",
    ),
    "unknown-primary-colour": (
        {"centre": {"primary": "sky blue"}},
        'extra.planner.centre.primary: not a hex colour ("#003366") or one of Material\'s primary'
        " colours: sky blue; use a hex code in quotes",
    ),
    "accent-only-primary-colour": (
        {"centre": {"accent": "grey"}},
        'extra.planner.centre.accent: not a hex colour ("#003366") or one of Material\'s accent'
        " colours: grey; use",
    ),
    "primary-too-light": (
        {"centre": {"primary": "#7FB2E5"}},
        "extra.planner.centre.primary: #7fb2e5 is too light for the header's white text"
        " (contrast 2.2:1, WCAG AA needs 4.5:1); use a darker shade, e.g. #56799c",
    ),
    "primary-hex-without-quotes": (
        {"centre": {"primary": None}},  # what YAML makes of `primary: #003366`
        'extra.planner.centre.primary: empty: put a hex colour in quotes, e.g. primary: "#003366"',
    ),
    "policy-quoted-number": (
        {"policy": {"follow_up_days": "5"}},
        'extra.planner.policy.follow_up_days: "5" is in quotes, so it is text: write 5 without'
        " the quotes",
    ),
    "missing-logo": (
        {"centre": {"logo": "assets/our-logo.png"}},
        "extra.planner.centre.logo: no such file in docs/: assets/our-logo.png",
    ),
    "logo-elsewhere": (
        {"centre": {"logo": "https://example.edu/logo.png"}},
        "extra.planner.centre.logo: must be a file inside docs/ (e.g. assets/logo.svg), not https:",
    ),
    "bad-email": (
        {"centre": {"contact": {"email": "careers at example.edu"}}},
        "extra.planner.centre.contact.email: not an email address (like careers@example.edu): ",
    ),
    "bad-phone": (
        {"centre": {"contact": {"phone": "call us"}}},
        "extra.planner.centre.contact.phone: not a phone number (digits, spaces, + ( ) . - only)",
    ),
    "bad-booking-url": (
        {"centre": {"contact": {"booking_url": "javascript:alert(1)"}}},
        "extra.planner.centre.contact.booking_url: not a web address (https://...): javascript:",
    ),
}


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("ERROR")]


@pytest.mark.parametrize(("planner", "message"), BAD.values(), ids=BAD.keys())
def test_bad_setting_stops_the_build_with_one_line(
    tmp_path: Path, planner: dict, message: str
) -> None:
    result = mkdocs_build(tmp_path / "site", {"extra": {"planner": planner}})
    assert result.returncode != 0
    (line,) = error_lines(result.stderr)
    assert re.sub(r"^ERROR\s+-\s+", "", line).startswith(message), line
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "site").exists(), "stopped before building anything"


# Keys YAML reads without complaint, in the wrong place under `extra:`.
MISPLACED = {
    "misspelt-planner": (
        {"planer": {"centre": {"name": "Careers Hub"}}},
        "extra.planer: unknown key; did you mean planner? (it goes under extra:)",
    ),
    "policy-indented-too-little": (
        {"policy": {"follow_up_days": 5}},
        "extra.policy: belongs under extra: planner: (indent `policy:` two more spaces, level"
        " with the other keys under `planner:`)",
    ),
}


@pytest.mark.parametrize(("extra", "message"), MISPLACED.values(), ids=MISPLACED.keys())
def test_misplaced_setting_stops_the_build_with_one_line(
    tmp_path: Path, extra: dict, message: str
) -> None:
    result = mkdocs_build(tmp_path / "site", {"extra": extra})
    assert result.returncode != 0
    (line,) = error_lines(result.stderr)
    assert re.sub(r"^ERROR\s+-\s+", "", line) == message
    assert "Traceback" not in result.stderr


def test_several_bad_settings_give_a_line_each(tmp_path: Path) -> None:
    planner = {
        "policy": {"follow_up_days": 0, "move_on_days": "a week"},
        "centre": {"primary": "sky", "contact": {"email": "nope"}},
    }
    result = mkdocs_build(tmp_path / "site", {"extra": {"planner": planner}})
    lines = error_lines(result.stderr)
    keys = [re.sub(r"^ERROR\s+-\s+", "", line).split(":")[0] for line in lines]
    assert sorted(keys) == [
        "extra.planner.centre.contact.email",
        "extra.planner.centre.primary",
        "extra.planner.policy.follow_up_days",
        "extra.planner.policy.move_on_days",
    ]


def test_colour_lists_are_materials() -> None:
    """The hook's colour names are exactly those Material's palette stylesheet styles."""
    import material

    css = "".join(
        path.read_text()
        for path in (Path(material.__file__).parent / "templates/assets/stylesheets").glob(
            "palette.*.css"
        )
    )
    for which, names in (
        ("primary", centre_settings.PRIMARY_COLOURS),
        ("accent", centre_settings.ACCENT_COLOURS),
    ):
        styled = set(re.findall(rf"\[data-md-color-{which}=([a-z-]+)\]", css))
        assert {name.replace(" ", "-") for name in names} == styled, which


# ---- 3. The centre's name, logo and colours on every page; the contact in every footer ---------


def test_branding_on_every_page(centre_site: Path) -> None:
    contact = CENTRE["contact"]
    name = html.escape(CENTRE["name"], quote=False)
    all_pages = pages(centre_site)
    assert len(all_pages) > 10
    for path in all_pages:
        text = path.read_text()
        where = path.relative_to(centre_site)
        body = re.search(r"<body [^>]*>", text)
        assert body, where
        assert 'data-md-color-primary="deep-purple"' in body[0], where
        assert 'data-md-color-accent="amber"' in body[0], where
        assert re.search(
            rf'class="md-header__button md-logo".*?<img src="[^"]*assets/favicon\.png"'
            rf' alt="{re.escape(name)}"',
            text,
            re.S,
        ), where
        assert f'<meta name="author" content="{name}">' in text, where
        footer = text[text.index('<footer class="md-footer">') :]
        assert f'<strong class="centre-contact__name">{name}</strong>' in footer, where
        assert f'href="mailto:{contact["email"]}"' in footer, where
        assert 'href="tel:+441234567890">+44 1234 567890</a>' in footer, where
        assert f'href="{contact["booking_url"]}"' in footer, where
        assert "Your Career Centre" not in text, where


def test_product_site_has_its_demo_settings(site_dir: Path) -> None:
    """The same checks can fail: the product's build shows its demo centre, not the variant's."""
    text = (site_dir / "index.html").read_text()
    assert 'data-md-color-primary="indigo"' in text
    assert '<strong class="centre-contact__name">Your Career Centre</strong>' in text
    assert CENTRE["name"] not in text


@pytest.mark.browser
def test_colours_and_footer_in_chromium(page: Page, centre_url: str) -> None:
    page.set_viewport_size({"width": 360, "height": 800})
    page.goto(centre_url + "thank-you-email/")
    header = page.locator(".md-header")
    assert header.evaluate("(e) => getComputedStyle(e).backgroundColor") == DEEP_PURPLE
    logo = page.locator(".md-header .md-logo img")
    expect(logo).to_have_attribute("alt", CENTRE["name"])
    assert logo.evaluate("(img) => img.complete && img.naturalWidth > 0")
    footer = page.locator(".md-footer .centre-contact")
    expect(footer).to_contain_text(CENTRE["name"])
    expect(footer.get_by_role("link", name="Book an appointment")).to_have_attribute(
        "href", CENTRE["contact"]["booking_url"]
    )
    expect(footer.get_by_role("link", name="careers@example.ac.uk")).to_be_visible()


# ---- Hex brand colours: Material's custom palette, readable in both schemes --------------------

HEX_COLOURS = {"primary": "#003366", "accent": "#FFB81C"}


@pytest.fixture(scope="module")
def hex_site(build_site: Callable[..., Path]) -> Path:
    return build_site({"extra": {"planner": {"centre": HEX_COLOURS}}})


def test_hex_colours_build_into_a_custom_palette(hex_site: Path) -> None:
    css = (hex_site / centre_settings.PALETTE_CSS).read_text()
    assert "--md-primary-fg-color:#003366" in css
    assert "--md-accent-fg-color:#ffb81c" in css
    for path in pages(hex_site):
        text = path.read_text()
        body = re.search(r"<body [^>]*>", text)
        assert body, path
        assert 'data-md-color-primary="custom" data-md-color-accent="custom"' in body[0], path
        assert centre_settings.PALETTE_CSS in text, path


@pytest.mark.browser
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_hex_colours_in_chromium(browser: Browser, hex_site: Path, scheme: str) -> None:
    page = browser.new_page(color_scheme=scheme)
    try:
        with serve(hex_site) as url:
            page.goto(url + "questions/")
            header = page.locator(".md-header")
            assert header.evaluate("(e) => getComputedStyle(e).backgroundColor") == (
                "rgb(0, 51, 102)"
            )
            link = page.locator("article p a[href]").first
            colour = link.evaluate("(e) => getComputedStyle(e).color")
            want = "rgb(0, 51, 102)" if scheme == "light" else "rgb(110, 139, 168)"
            assert colour == want, "dark-scheme links get a lighter shade that reads"
    finally:
        page.close()


# ---- The staff page documents every key, with an example ---------------------------------------


def test_staff_page_documents_every_key(site_dir: Path) -> None:
    text = (site_dir / "staff" / "index.html").read_text()
    section = text[text.index('id="planner-settings"') :]
    for key in (*KEYS, *centre_settings.CENTRE_KEYS, *centre_settings.CONTACT_KEYS):
        assert f"<code>{key}</code>" in section, key
    examples = re.findall(r"<pre.*?</pre>", section, re.S)
    assert any("follow_up_days" in pre and "booking_url" in pre for pre in examples)
