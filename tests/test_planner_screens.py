"""Screenshots of the planner with a plan (phone and desktop, light and dark), for people to
look at: written to build/planner-screenshots/. The test checks the layout does not
overflow sideways on a 390 or 360 px phone."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.test_planner_page import PANEL, REQUEST, fill_form, open_planner, wait_for_plan

pytestmark = pytest.mark.browser
OUT = Path(__file__).resolve().parents[1] / "build" / "planner-screenshots"


@pytest.mark.parametrize(
    ("name", "width", "height"),
    [("phone", 390, 844), ("small-phone", 360, 800), ("desktop", 1280, 900)],
)
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_screenshots(
    browser, site_url: str, name: str, width: int, height: int, scheme: str
) -> None:
    context = browser.new_context(
        viewport={"width": width, "height": height}, color_scheme=scheme, device_scale_factor=1
    )
    page = context.new_page()
    try:
        open_planner(page, site_url)
        fill_form(page, {**REQUEST, "interviewers": PANEL[:2]})
        wait_for_plan(page)
        expect(page.locator("#planner-stage")).to_have_text("The planner is ready.")
        overflow = page.evaluate(
            "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"{overflow}px wider than the screen"
        OUT.mkdir(parents=True, exist_ok=True)
        page.locator(":focus").blur()
        page.evaluate("() => window.scrollTo(0, 0)")
        page.wait_for_timeout(600)  # Material's header and tabs animate back in
        page.screenshot(path=OUT / f"{name}-{scheme}-top.png")
        page.evaluate("() => document.getElementById('planner-results').scrollIntoView()")
        page.wait_for_timeout(600)
        page.screenshot(path=OUT / f"{name}-{scheme}-results.png")
        page.screenshot(path=OUT / f"{name}-{scheme}-full.png", full_page=True)
    finally:
        context.close()
