"""The key flows in Firefox and WebKit as well as Chromium: every browser on an iPhone is WebKit.

Each test starts a fresh browser (an empty profile: no cache, no service worker, no snapshot) of
one engine through tests/engines.py, on the site `site_dir` built once for the whole session,
served with the Watch instruments of tests/site_server.py: the server cuts requests off where
these clients cannot (the runtime blocked, the network gone), and reports console errors and
CSP violations from every engine. Where an engine is not installed its tests skip, naming the
packages. Fills fields by their visible labels and clicks buttons by their names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.engines import Engine, click_button, field_value, fill, open_engine, probe, wait_for
from tests.site_server import Watch, serve
from tests.test_accessibility import KINDS, MISSING, site_pages, site_prefix
from tests.test_performance import READY_JS, RUNTIME, SNAPSHOT_JS, START_JS
from tests.test_planner_page import RENDERED_STEPS_JS, REQUEST, cli_plan, real_today

pytestmark = pytest.mark.browser

OTHER_ENGINES = ["firefox", "webkit"]
TIMELINE_JS = "() => document.getElementById('planner-timeline').textContent"
STEP_COUNT_JS = "() => document.querySelectorAll('#planner-timeline > li').length"
FAILURE_JS = """() => {
  const box = document.getElementById('planner-failure');
  return box.hidden ? '' : box.textContent;
}"""


@pytest.fixture(scope="session")
def watch() -> Watch:
    return Watch()


@pytest.fixture(scope="session")
def watched_url(site_dir: Path, watch: Watch) -> Iterator[str]:
    """The session's one built site, served with the instruments under its published path
    (so the 404 page's absolute links resolve)."""
    with serve(site_dir, prefix=site_prefix(), watch=watch) as url:
        yield url


@pytest.fixture
def engine(request: pytest.FixtureRequest, watch: Watch) -> Iterator[Engine]:
    watch.block = None
    watch.reports.clear()
    try:
        with open_engine(request.param, lambda: request.getfixturevalue("playwright")) as opened:
            yield opened
    finally:
        watch.block = None


def problems(engine: Engine, watch: Watch, ignore: str | None = None) -> list[str]:
    """Console errors and CSP violations on the current page, from every instrument; empties
    them. `ignore`: a pattern for messages a test provokes on purpose."""
    found = [*engine.errors(), *probe(engine), *watch.reports]
    watch.reports.clear()
    return [m for m in found if not (ignore and re.search(ignore, m))]


def fill_form(engine: Engine, request: dict) -> None:
    said = request.get("instructions", {})
    person = request["interviewers"][0]
    for label, value in [
        ("Interview date", request["interview"]["date"]),
        ("Interview time", request["interview"].get("time", "")),
        ("Your name", request.get("candidate", "")),
        ("Position", request.get("position", "")),
        ("Company", request.get("company", "")),
        ("Interviewer name", person.get("name", "")),
        ("Job title", person.get("title", "")),
        ("Email", person.get("email", "")),
        ("What you discussed", person.get("discussed", "")),
        ("What makes you a good match", request.get("strengths", "")),
        ("Anything you forgot to mention", request.get("forgot_to_mention", "")),
        ("Decision expected by", said.get("decision_by", "")),
    ]:
        fill(engine, label, value)


def wait_for_plan(engine: Engine, request: dict) -> dict:
    """Wait for the whole plan, drafts signed; the CLI's plan for the same request (one of
    `real_today`'s: the browser's clock is the real one)."""
    plan = cli_plan(request)
    wait_for(engine, f"() => ({STEP_COUNT_JS})() === {len(plan['steps'])}")
    wait_for(
        engine,
        "(n) => document.querySelector('#planner-timeline textarea')?.value.includes(n)",
        request["candidate"],
    )
    return plan


@pytest.mark.parametrize("engine", OTHER_ENGINES, indirect=True)
def test_plan_matches_cli_and_visitor_text_stays_text(
    engine: Engine, watched_url: str, watch: Watch
) -> None:
    engine.goto(watched_url + "planner/")
    request = real_today(REQUEST)
    fill_form(engine, request)
    plan = wait_for_plan(engine, request)
    shown = engine.run(RENDERED_STEPS_JS)
    assert [(s["id"], s["due"], s["status"]) for s in shown] == [
        (s["id"], s["due"], s["status"]) for s in plan["steps"]
    ]
    for got, want in zip(shown, plan["steps"], strict=True):
        assert (got["title"], got["why"]) == (want["title"], want["why"])
        assert got["body"] == want.get("body")
        assert got["mailto"] == want.get("mailto")
    # Hostile text in names is shown as text: no element made of it, nothing run.
    engine.run("() => { window.alert = (m) => window.__probe.push(`alert ran: ${m}`); }")
    hostile = "<img src=x onerror=alert(1)>"
    fill(engine, "Your name", hostile)
    fill(engine, "Company", "<b>Evil</b> & Co")
    fill(engine, "Interviewer name", hostile)
    fill(engine, "What you discussed", "<script>alert(2)</script>")
    wait_for(
        engine,
        "(text) => document.querySelector('#planner-timeline h3')?.textContent.includes(text)",
        hostile,
    )
    wait_for(
        engine,
        "(text) => document.querySelector('#planner-timeline textarea')?.value.includes(text)",
        hostile,
    )
    made = "#planner-timeline img, #planner-timeline script, #planner-timeline b"
    assert engine.run("(made) => document.querySelectorAll(made).length", made) == 0
    assert problems(engine, watch) == []


@pytest.mark.parametrize("engine", OTHER_ENGINES, indirect=True)
def test_second_visit_restores_snapshot_and_works_offline(
    engine: Engine, watched_url: str, watch: Watch
) -> None:
    def visit() -> tuple[str, str]:
        engine.goto(watched_url + "planner/")
        wait_for(engine, READY_JS)
        fill(engine, "Interview date", "2026-03-02")
        fill(engine, "Interviewer name", "Dana Lee")
        wait_for(engine, STEP_COUNT_JS)
        return engine.run(START_JS), engine.run(TIMELINE_JS)

    started, first = visit()
    assert started == "fresh"
    wait_for(engine, f"async () => ({SNAPSHOT_JS})().then((urls) => urls.length === 1)")
    # The service worker has the runtime and the planner page (fetched in the background).
    wait_for(
        engine,
        """async () => {
          const names = (await caches.keys()).filter((n) => n.startsWith('planner-runtime-'));
          const pages = await caches.open('planner-pages');
          return names.length === 1 && Boolean(await pages.match(location.href));
        }""",
    )
    assert problems(engine, watch) == []
    assert visit() == ("snapshot", first)
    assert problems(engine, watch) == []
    watch.block = re.compile(".")  # the network is gone: no request is answered
    assert visit() == ("snapshot", first)
    assert problems(engine, watch) == []


@pytest.mark.parametrize("engine", OTHER_ENGINES, indirect=True)
def test_runtime_blocked_then_try_again(engine: Engine, watched_url: str, watch: Watch) -> None:
    watch.block = RUNTIME
    request = real_today(REQUEST)
    engine.goto(watched_url + "planner/")
    fill_form(engine, request)
    assert "did not download" in wait_for(engine, FAILURE_JS, timeout=60)
    assert engine.run(STEP_COUNT_JS) == 0
    watch.block = None
    click_button(engine, "Try again")
    wait_for_plan(engine, request)
    assert engine.run(FAILURE_JS) == ""
    assert field_value(engine, "Company") == request["company"]
    assert problems(engine, watch) == []


@pytest.mark.parametrize("engine", ["chromium", *OTHER_ENGINES], indirect=True)
def test_no_console_error_or_csp_violation_on_any_page(
    engine: Engine, watched_url: str, watch: Watch, site_dir: Path
) -> None:
    found = {}
    for path in site_pages(site_dir, KINDS):
        engine.goto(watched_url + path)
        if path == "planner/":
            wait_for(engine, READY_JS)
        # After load: the service worker registers, Firefox prefetches, the runtime comes in.
        engine.run("() => new Promise((done) => setTimeout(done, 1000))")
        ignore = r"404 \(Not Found\)" if path == MISSING else None  # the page's own status
        found[path or "home"] = problems(engine, watch, ignore)
    assert {path: seen for path, seen in found.items() if seen} == {}
    assert len(found) >= 10
