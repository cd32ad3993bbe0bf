"""Words with one source: the centre's contact (footer and planner page), problem messages
(error summary and beside the field)."""

from __future__ import annotations

import json
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from planner.bridge import answer
from tests.test_planner_page import REQUEST, fill_form, open_planner, wait_for_plan

CONTACT = {
    "email": "help@uni.example",
    "phone": "+44 20 7946 0000",
    "booking_url": "https://uni.example/book",
}


class Links(HTMLParser):
    """The links inside the element with class `box` (the first one), as (href, text)."""

    def __init__(self, box: str) -> None:
        super().__init__()
        self.box, self.depth, self.links, self.href = box, 0, [], None

    def handle_starttag(self, tag: str, attrs: list) -> None:
        found = dict(attrs)
        if self.depth:
            self.depth += 1
        elif self.box in (found.get("class") or "").split() and not self.links:
            self.depth = 1
        if self.depth and tag == "a":
            self.href = found.get("href")
            self.links.append([self.href, ""])

    def handle_endtag(self, tag: str) -> None:
        if self.depth:
            self.depth -= 1
        if tag == "a":
            self.href = None

    def handle_data(self, data: str) -> None:
        if self.href is not None and self.depth:
            self.links[-1][1] += data.strip()


def contact_links(page: Path, box: str) -> list[list[str]]:
    parser = Links(box)
    parser.feed(page.read_text())
    return parser.links


@pytest.fixture(scope="module")
def changed_site(build_site: Callable[..., Path]) -> Path:
    return build_site({"extra": {"planner": {"centre": {"name": "Hub", "contact": CONTACT}}}})


def test_contact_box_and_footer_show_the_same_contact(site_dir: Path, changed_site: Path) -> None:
    want = [
        ["mailto:help@uni.example", "help@uni.example"],
        ["tel:+442079460000", CONTACT["phone"]],
        ["https://uni.example/book", "Book an appointment"],
    ]
    assert contact_links(changed_site / "planner/index.html", "planner-contact") == want
    for page in ("planner/index.html", "index.html"):
        assert contact_links(changed_site / page, "centre-contact") == want
    # The default settings give other links, the same in both places.
    default = contact_links(site_dir / "planner/index.html", "planner-contact")
    assert default != want
    assert default == contact_links(site_dir / "planner/index.html", "centre-contact")


@pytest.mark.browser
def test_problem_reads_the_same_in_summary_and_beside_the_field(page: Page, site_url: str) -> None:
    open_planner(page, site_url)
    fill_form(page, REQUEST)
    wait_for_plan(page)
    email = page.locator("#planner-i0-email")
    email.fill("dana at example")
    email.blur()
    beside = page.locator("#planner-i0-email-error")
    expect(beside).to_be_visible()
    bad = {**REQUEST, "interviewers": [{**REQUEST["interviewers"][0], "email": "dana at example"}]}
    problems = json.loads(answer("plan", json.dumps({"request": bad})))["problems"]
    [message] = [p["message"] for p in problems if p["field"] == "interviewers[0].email"]
    expect(beside).to_have_text(message)
    expect(page.locator("#planner-errors-list a")).to_have_text(f"Email (interviewer 1): {message}")
