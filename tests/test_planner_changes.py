"""The planner page for plans that start late, with real holidays and with things changing.

1. With `holidays_country: US`, the built page's policy holds the country's holidays from the
   build year, and a follow-up that would fall on Thanksgiving or Christmas Day moves to the
   next business day on the page, as `python -m planner plan --config` says.
2. Under the plan, "If things change" shows the plan's three ready messages, each with its
   email link and a link to the advice page, which exists with that section; a moved step says
   when it was due; axe finds nothing on the page with all of it open.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.conftest import PRODUCT_CONFIG
from tests.site_server import serve
from tests.test_accessibility import axe_violations
from tests.test_planner_page import (
    REQUEST,
    TODAY,
    cli_plan,
    fill_form,
    open_planner,
    rendered_steps,
    show_example_plan,
    wait_for_plan,
)
from tests.test_settings import centre_config

# make test runs on several workers: this module's on one, so its variant site is built once.
pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("planner_changes")]

YEAR = date.today().year  # the build year: the site expands holidays from it


def thanksgiving(year: int) -> date:
    first = date(year, 11, 1)
    return first + timedelta(days=(3 - first.weekday()) % 7 + 21)


# Christmas Day on a weekday, in one of the three years the build expands.
CHRISTMAS = next(date(y, 12, 25) for y in range(YEAR, YEAR + 3) if date(y, 12, 25).weekday() < 5)


@pytest.fixture(scope="module")
def us_site(build_site: Callable[..., Path]) -> Path:
    import yaml

    planner = yaml.safe_load(PRODUCT_CONFIG.read_text())["extra"]["planner"]
    planner["policy"] = planner["policy"] | {"holidays_country": "US"}
    return build_site({"extra": {"planner": planner}})


@pytest.fixture(scope="module")
def us_url(us_site: Path) -> Iterator[str]:
    with serve(us_site) as url:
        yield url


def test_the_page_gets_the_expanded_holidays(us_site: Path) -> None:
    text = (us_site / "planner" / "index.html").read_text()
    found = re.search(r'<script type="application/json" id="planner-settings">(.*?)</script>', text)
    assert found
    policy = json.loads(html.unescape(found[1]))["policy"]
    assert policy["holidays_country"] == "US"
    holidays = set(policy["holidays"])
    for year in (YEAR, YEAR + 1, YEAR + 2):
        assert thanksgiving(year).isoformat() in holidays
    assert {day[:4] for day in holidays} == {str(YEAR), str(YEAR + 1), str(YEAR + 2)}


@pytest.mark.parametrize("holiday", [thanksgiving(YEAR), CHRISTMAS], ids=["thanksgiving", "xmas"])
def test_a_follow_up_moves_off_a_public_holiday_on_the_page(
    page: Page, us_site: Path, us_url: str, holiday: date
) -> None:
    """The interview a week before the holiday: the default follow-up would fall on it."""
    interview = holiday - timedelta(days=7)
    request = REQUEST | {
        "today": interview.isoformat(),
        "interview": {"date": interview.isoformat()},
        "instructions": {},
    }
    want = cli_plan(request, "--config", str(centre_config(us_site)))
    default = cli_plan(request)
    follow_up = next(step["due"] for step in want["steps"] if step["id"] == "follow-up")
    assert next(s["due"] for s in default["steps"] if s["id"] == "follow-up") == str(holiday)
    assert follow_up > holiday.isoformat()
    assert date.fromisoformat(follow_up).weekday() < 5

    open_planner(page, us_url, interview.isoformat())
    fill_form(page, request)
    wait_for_plan(page, len(want["steps"]))
    page.wait_for_function(
        "(day) => [...document.querySelectorAll('#planner-timeline time')]"
        ".some(t => t.dateTime === day)",
        arg=follow_up,
    )
    assert [(s["id"], s["due"]) for s in rendered_steps(page)] == [
        (s["id"], s["due"]) for s in want["steps"]
    ]


WHAT_IF_JS = """() => [...document.querySelectorAll('#planner-what-if details')].map((d) => ({
    id: d.dataset.whatIf,
    title: d.querySelector('summary').textContent,
    why: d.querySelector('.planner-what-if__why').textContent,
    subject: d.querySelector('.planner-draft__subject').textContent,
    body: d.querySelector('textarea').value,
    mailto: d.querySelector('a.planner-mailto').getAttribute('href'),
    more: d.querySelector('.planner-more a').href,
    moreText: d.querySelector('.planner-more a').textContent,
}))"""


def test_if_things_change_shows_the_ready_messages(
    page: Page, site_dir: Path, site_url: str
) -> None:
    plan = show_example_plan(page, site_url)
    section = page.locator("#planner-what-if")
    expect(section).to_be_visible()
    expect(section.get_by_role("heading", name="If things change")).to_be_visible()
    shown = page.evaluate(WHAT_IF_JS)
    assert [entry["id"] for entry in shown] == ["another-offer", "withdraw", "after-a-no"]
    for got, want in zip(shown, plan["what_if"], strict=True):
        assert (got["title"], got["why"], got["body"], got["mailto"]) == (
            want["title"],
            want["why"],
            want["body"],
            want["mailto"],
        )
        assert got["subject"] == f"Subject: {want['subject']}"
        assert got["more"] == site_url + want["more"]["href"]
        assert got["moreText"] == want["more"]["text"]
        page_path, _, anchor = want["more"]["href"].partition("#")
        advice = (site_dir / page_path / "index.html").read_text()
        assert f'id="{anchor}"' in advice, want["more"]["href"]
    # Opening one shows its draft, ready to copy.
    page.locator("#planner-what-if-another-offer").click()
    expect(page.locator("#planner-what-if-another-offer-draft")).to_be_visible()
    expect(page.get_by_role("textbox", name="If you get another job offer")).to_have_value(
        plan["what_if"][0]["body"]
    )


def test_a_phone_follow_up_links_to_its_advice(page: Page, site_dir: Path, site_url: str) -> None:
    request = REQUEST | {"instructions": {"follow_up_by": "phone"}}
    open_planner(page, site_url, TODAY)
    fill_form(page, request)
    plan = cli_plan(request)
    call = next(step for step in plan["steps"] if step["id"] == "follow-up")
    assert call["more"]["href"] == "video-and-phone-interviews/#phoning"
    wait_for_plan(page, len(plan["steps"]))
    step = page.locator("#planner-timeline > li[data-step-id='follow-up']")
    expect(step.locator("h3")).to_have_text(call["title"])
    link = step.locator(".planner-more a")
    expect(link).to_have_text("After a video or phone interview")
    assert link.evaluate("a => a.href") == site_url + call["more"]["href"]
    expect(page.locator("#planner-timeline .planner-more a")).to_have_count(1)
    advice = (site_dir / "video-and-phone-interviews" / "index.html").read_text()
    assert all(f'id="{anchor}"' in advice for anchor in ("phoning", "before-it-ends"))


def test_axe_finds_nothing_with_the_late_plan_and_every_message_open(
    browser: Browser, site_url: str
) -> None:
    context = browser.new_context(bypass_csp=True)  # to inject axe
    page = context.new_page()
    show_example_plan(page, site_url)
    expect(page.locator(".planner-step__was-due").first).to_have_text(" · was due Fri, Nov 20")
    for summary in page.locator("#planner-what-if summary").all():
        summary.click()
    assert axe_violations(page) == []
    context.close()
