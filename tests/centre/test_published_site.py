"""Checks that protect the career centre's published site, run on its own mkdocs.yml and docs/.

`make test` runs them with the product's tests; `make check` runs only these. They pin nothing
a centre may change (its name, colours, policy, pages or wording): they check that what it
publishes builds cleanly, links up, is accessible, keeps its Content-Security-Policy, asks
nothing of another origin, and that its planner plans what the CLI plans under its policy.
"""

from __future__ import annotations

import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page

from tests.centre.conftest import CENTRE_CONFIG, centre_setting
from tests.test_accessibility import SCHEMES, assert_axe_finds_nothing, site_pages
from tests.test_advice import broken_links
from tests.test_build import assert_stays_on_its_origin
from tests.test_planner_csp import assert_policy_and_nothing_inline
from tests.test_planner_page import (
    REQUEST,
    cli_plan,
    fill_form,
    open_planner,
    rendered_steps,
    wait_for_plan,
)


def test_strict_build_has_no_warnings(published_build: subprocess.CompletedProcess[str]) -> None:
    assert published_build.returncode == 0, published_build.stderr
    assert "WARNING" not in published_build.stderr, published_build.stderr


def test_no_broken_links_or_anchors(published_site: Path) -> None:
    checked, broken = broken_links(published_site, str(centre_setting("site_url") or "/"))
    assert checked > 0, "links were found and checked"
    assert not broken, "\n".join(broken)


def test_every_page_has_the_policy_and_nothing_inline(published_site: Path) -> None:
    assert_policy_and_nothing_inline(published_site)


@pytest.mark.browser
def test_nothing_from_other_origins(page: Page, published_site: Path, published_site_url: str):
    origin = urlsplit(published_site_url).netloc
    offsite: list[str] = []
    page.on(
        "request",
        lambda r: (
            offsite.append(r.url)
            if urlsplit(r.url).scheme in {"http", "https", "ws", "wss"}
            and urlsplit(r.url).netloc != origin
            else None
        ),
    )
    assert_stays_on_its_origin(page, published_site, published_site_url, offsite)


@pytest.mark.browser
@pytest.mark.parametrize("scheme", sorted(SCHEMES))
def test_axe_finds_no_violations(
    browser: Browser, published_site: Path, published_site_url: str, scheme: str
) -> None:
    assert_axe_finds_nothing(browser, site_pages(published_site), published_site_url, scheme)


@pytest.mark.browser
def test_planner_plans_what_the_cli_plans_under_the_centres_policy(
    page: Page, published_site_url: str
) -> None:
    want = cli_plan(REQUEST, "--config", str(CENTRE_CONFIG))
    open_planner(page, published_site_url)
    fill_form(page, REQUEST)
    wait_for_plan(page, len(want["steps"]))
    due = [(step["id"], step["due"]) for step in want["steps"]]
    page.wait_for_function(
        "(due) => [...document.querySelectorAll('#planner-timeline time')]"
        ".map(t => t.dateTime).join() === due",
        arg=",".join(day for _, day in due),
    )
    assert [(step["id"], step["due"]) for step in rendered_steps(page)] == due
