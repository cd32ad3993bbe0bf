"""The planner page in Chromium: form, Python worker, live timeline, drafts, privacy (issue 4).

Each test drives the site built by `mkdocs build --strict` (the `site_url` fixture) with
pytest-playwright. The page takes "today" from the browser's clock, so tests fix the clock
(`page.clock.set_fixed_time`) and run the CLI with the same `today` to compare.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from playwright.sync_api import BrowserContext, Locator, Page, Route, expect

from planner.bridge import short_date

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
TODAY = "2026-11-23"
READY_MS = 90_000  # cold Pyodide start in a loaded CI machine
RUNTIME = "**/assets/pyodide/**"
STORAGE_KEY = "followup-planner:form"
DATED = ("decision_by", "follow_up_on")  # the instructions' dates

REQUEST = {
    "today": TODAY,
    "interview": {"date": "2026-11-20", "time": "14:00"},
    "candidate": "Sam Rivera",
    "position": "Junior Analyst",
    "company": "Northwind Trading",
    "interviewers": [
        {
            "name": "Dana Lee",
            "title": "Hiring Manager",
            "email": "dana@example.com",
            "discussed": "the new reporting dashboard",
        }
    ],
    "strengths": "I built a reporting tool for my student union",
    "forgot_to_mention": "I also speak Spanish",
    "instructions": {"decision_by": "2026-12-01"},
}
PANEL = [
    {
        "name": "Dana Lee",
        "title": "Hiring Manager",
        "email": "dana@example.com",
        "discussed": "the dashboard",
    },
    {
        "name": "Omar Haddad",
        "title": "Analyst",
        "email": "omar@example.com",
        "discussed": "SQL tests",
    },
    {"name": "Kim Ng", "title": "HR Partner", "email": "kim@example.com", "discussed": "the team"},
]


def cli_plan(request: dict, *options: str) -> dict:
    """What `python -m planner plan [options]` says for `request`."""
    result = subprocess.run(
        [sys.executable, "-m", "planner", "plan", *options],
        input=json.dumps(request),
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return json.loads(result.stdout)


def open_planner(page: Page, site_url: str, today: str | None = TODAY) -> None:
    """Open the planner with the browser's clock at `today` (None: the real date, which tests
    that read performance marks need: a faked clock fakes `performance` too)."""
    if today:
        page.clock.set_fixed_time(f"{today}T10:00:00")
    page.goto(site_url + "planner/")


def real_today(request: dict) -> dict:
    """`request` for a page whose clock is not faked, its interview moved to the day before the
    real date: the plan then has the same steps whatever day the tests run, the thank-you email
    to the first interviewer first (an interview on a fixed date would turn into a later and
    later plan, then into "move on"). The employer's dates move with it, so they keep their
    distance from the interview."""
    today = date.today()
    moved = today - timedelta(days=1) - date.fromisoformat(request["interview"]["date"])
    interview = {**request["interview"], "date": (today - timedelta(days=1)).isoformat()}
    said = {
        key: (date.fromisoformat(value) + moved).isoformat() if key in DATED else value
        for key, value in request.get("instructions", {}).items()
    }
    return {**request, "today": today.isoformat(), "interview": interview, "instructions": said}


def fill_person(page: Page, index: int, person: dict) -> None:
    page.get_by_label("Interviewer name").nth(index).fill(person.get("name", ""))
    page.get_by_label("Job title").nth(index).fill(person.get("title", ""))
    page.get_by_label("Email", exact=False).and_(page.locator("input[type=email]")).nth(index).fill(
        person.get("email", "")
    )
    page.get_by_label("What you discussed").nth(index).fill(person.get("discussed", ""))


def fill_form(page: Page, request: dict) -> None:
    """Fill the form by its visible labels, as a visitor would."""
    page.get_by_label("Interview date").fill(request["interview"]["date"])
    if request["interview"].get("time"):
        page.get_by_label("Interview time").fill(request["interview"]["time"])
    page.get_by_label("Your name").fill(request.get("candidate", ""))
    page.get_by_label("Position").fill(request.get("position", ""))
    page.get_by_label("Company").fill(request.get("company", ""))
    for index, person in enumerate(request["interviewers"]):
        if index:
            page.get_by_role("button", name="Add interviewer").click()
        fill_person(page, index, person)
    page.get_by_label("What makes you a good match").fill(request.get("strengths", ""))
    page.get_by_label("Anything you forgot to mention").fill(request.get("forgot_to_mention", ""))
    said = request.get("instructions", {})
    page.get_by_label("Decision expected by").fill(said.get("decision_by", ""))
    page.get_by_label("Follow up on").fill(said.get("follow_up_on", ""))
    page.get_by_label("Follow up by").select_option(said.get("follow_up_by", ""))
    page.get_by_label("They asked me not to contact them").set_checked(
        said.get("do_not_contact", False)
    )


def steps(page: Page):
    return page.locator("#planner-timeline > li")


def wait_for_plan(page: Page, count: int | None = None) -> None:
    expect(steps(page).first).to_be_visible(timeout=READY_MS)
    if count is not None:
        expect(steps(page)).to_have_count(count)


def show_example_plan(page: Page, site_url: str) -> dict:
    """Fill the form with REQUEST and wait for its whole plan, drafts signed; the CLI's plan."""
    open_planner(page, site_url)
    fill_form(page, REQUEST)
    plan = cli_plan(REQUEST)
    wait_for_plan(page, len(plan["steps"]))
    page.wait_for_function(
        "(n) => document.querySelector('#planner-timeline textarea')?.value.includes(n)",
        arg=REQUEST["candidate"],
    )
    return plan


def wait_for_marks(page: Page) -> None:
    page.wait_for_function(
        "() => performance.getEntriesByName('planner:first-plan').length > 0", timeout=READY_MS
    )


# Each step as the page shows it (any engine: tests/test_engines.py runs it too).
RENDERED_STEPS_JS = """() => [...document.querySelectorAll('#planner-timeline > li')].map((li) => ({
    id: li.dataset.stepId,
    due: li.querySelector('time').dateTime,
    date: li.querySelector('time').textContent,
    status: li.dataset.status,
    title: li.querySelector('h3').textContent,
    why: li.querySelector('.planner-step__why').textContent,
    body: li.querySelector('textarea')?.value
        ?? li.querySelector('.planner-step__checklist')?.textContent ?? null,
    mailto: li.querySelector('a.planner-mailto')?.getAttribute('href') ?? null,
}))"""


def rendered_steps(page: Page) -> list[dict]:
    return page.evaluate(RENDERED_STEPS_JS)


# ---- 1. The timeline is the CLI's plan --------------------------------------------------------


def test_timeline_matches_cli(page: Page, site_url: str) -> None:
    plan = show_example_plan(page, site_url)
    shown = rendered_steps(page)
    assert [s["id"] for s in shown] == [s["id"] for s in plan["steps"]]
    assert [s["due"] for s in shown] == [s["due"] for s in plan["steps"]]
    for got, want in zip(shown, plan["steps"], strict=True):
        assert got["date"] == short_date(date.fromisoformat(want["due"]), date.fromisoformat(TODAY))
        assert got["status"] == want["status"]
        assert got["title"] == want["title"]
        assert got["why"] == want["why"]
        assert got["body"] == want.get("body")
        assert got["mailto"] == want.get("mailto")
    # How far away, in words, and the status label.
    first = steps(page).first
    # Planned three days late: the thank-you is today, and says when it was due.
    expect(first.locator(".planner-step__distance")).to_have_text("today")
    expect(first.locator(".planner-step__status")).to_have_text("Today")
    expect(first.locator(".planner-step__was-due")).to_have_text(" · was due Fri, Nov 20")
    assert "Mon" in shown[0]["date"] and "23" in shown[0]["date"]
    # Warnings from the planner are shown.
    for warning in plan["warnings"]:
        expect(page.locator("#planner-warnings")).to_contain_text(warning)


def test_panel_of_three(page: Page, site_url: str) -> None:
    request = {**REQUEST, "interviewers": PANEL}
    open_planner(page, site_url)
    fill_form(page, request)
    plan = cli_plan(request)
    wait_for_plan(page, len(plan["steps"]))
    page.wait_for_function(
        "() => [...document.querySelectorAll('#planner-timeline h3')]"
        ".some(h => h.textContent.includes('Kim Ng'))"
    )
    shown = rendered_steps(page)
    assert [(s["id"], s["due"]) for s in shown] == [(s["id"], s["due"]) for s in plan["steps"]]
    for kind in ("thank-you-email", "handwritten-note"):
        drafts = [s for s in shown if s["id"] == kind]
        assert len(drafts) == 3
        for person, step in zip(PANEL, drafts, strict=True):
            assert person["name"] in step["title"]
            assert step["body"].startswith(f"Dear {person['name']},")
    # The repeated labels stay exactly as given, and each field's name is still unique.
    expect(page.get_by_label("Interviewer name")).to_have_count(3)
    for n in (1, 2, 3):
        expect(page.get_by_role("group", name=f"Interviewer {n}")).to_be_visible()
        expect(
            page.get_by_role("textbox", name=f"Interviewer name (interviewer {n})", exact=True)
        ).to_have_count(1)
    expect(page.locator("label", has_text="Interviewer name").first).to_have_text(
        re.compile(r"^Interviewer name")
    )
    visible_text = "(l) => l.firstChild.textContent"  # the rest is for screen readers only
    for field in ("name", "title", "email", "discussed"):
        label = page.locator(f"label[for=planner-i2-{field}]")
        assert label.locator(".planner-sr").evaluate("(e) => getComputedStyle(e).clip") != "auto"
    assert page.locator("label[for=planner-i0-name]").evaluate(visible_text) == "Interviewer name"
    assert page.locator("label[for=planner-i0-email]").evaluate(visible_text) == "Email"
    # Removing the second interviewer renumbers the rest and updates the plan in place.
    page.get_by_role("button", name="Remove interviewer 2").click()
    expect(page.get_by_label("Interviewer name")).to_have_count(2)
    expect(page.get_by_role("group", name="Interviewer 2")).to_be_visible()
    expect(page.locator("[data-step-id=thank-you-email]")).to_have_count(2)
    expect(page.locator("#planner-timeline")).not_to_contain_text("Omar Haddad")


def test_live_update_keeps_focus_and_edits(page: Page, site_url: str) -> None:
    open_planner(page, site_url)
    fill_form(page, REQUEST)
    wait_for_plan(page)
    draft = steps(page).locator("textarea").first
    draft.fill("My own words.")
    company = page.get_by_label("Company")
    company.click()
    company.press("End")
    company.press_sequentially(" Ltd", delay=30)
    later_draft = steps(page).locator("textarea").nth(1)
    expect(later_draft).to_have_value(re.compile("Northwind Trading Ltd"))
    expect(company).to_be_focused()
    expect(company).to_have_value("Northwind Trading Ltd")
    assert draft.input_value() == "My own words."  # the visitor's edit survives
    expect(page.locator("#planner-announce")).to_contain_text("Plan updated")


def test_field_errors_next_to_fields(page: Page, site_url: str) -> None:
    open_planner(page, site_url)
    fill_form(page, REQUEST)
    wait_for_plan(page)
    email = page.locator("#planner-i0-email")
    email.fill("dana at example")
    email.blur()
    expect(email).to_have_attribute("aria-invalid", "true")
    error = page.locator("#planner-i0-email-error")
    expect(error).to_contain_text("Not an email address")
    assert "planner-i0-email-error" in email.get_attribute("aria-describedby").split()
    summary = page.locator("#planner-errors")
    expect(summary).to_be_visible()
    expect(summary).to_contain_text("Email")
    summary.get_by_role("link").first.click()
    expect(email).to_be_focused()
    email.fill("dana@example.com")
    email.blur()
    expect(email).not_to_have_attribute("aria-invalid", "true")
    expect(summary).to_be_hidden()


# ---- 2. Usable while loading; failure and "Try again" -------------------------------------------


def test_form_fills_while_python_loads(page: Page, context: BrowserContext, site_url: str) -> None:
    held: list[Route] = []
    released = False

    def hold(route: Route) -> None:
        if released:
            route.continue_()
        else:
            held.append(route)

    context.route(RUNTIME, hold)
    open_planner(page, site_url, today=None)
    request = real_today(REQUEST)
    fill_form(page, request)  # the whole form, before any runtime file has arrived
    expect(page.locator("#planner-stage")).to_contain_text("Getting the planner ready")
    expect(page.locator("#planner-progress")).to_be_visible()
    expect(steps(page)).to_have_count(0)
    assert held, "the page should have asked for the runtime already"
    released = True
    for route in held:
        route.continue_()
    wait_for_plan(page, len(cli_plan(request)["steps"]))
    expect(page.locator("#planner-stage")).to_have_text("The planner is ready.")
    marks = page.evaluate("() => performance.getEntriesByType('mark').map((m) => m.name)")
    assert "planner:ready" in marks and "planner:first-plan" in marks


def test_progress_shows_bytes(page: Page, context: BrowserContext, site_url: str) -> None:
    # Hold only the biggest file: the smaller ones are counted while it waits.
    held: list[Route] = []
    context.route("**/pyodide.asm.wasm*", lambda route: held.append(route))
    open_planner(page, site_url)
    expect(page.locator("#planner-bytes")).to_contain_text(
        re.compile(r"^[\d.,]+ of [1-9][\d.,]* MB$"), timeout=30_000
    )
    for route in held:
        route.continue_()
    context.unroute("**/pyodide.asm.wasm*")
    fill_form(page, REQUEST)
    wait_for_plan(page)


def test_failure_message_and_try_again(page: Page, context: BrowserContext, site_url: str) -> None:
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on(
        "console",
        lambda msg: (
            errors.append(msg.text)
            if msg.type == "error" and "Failed to load resource" not in msg.text
            else None
        ),
    )
    context.route(RUNTIME, lambda route: route.abort())
    open_planner(page, site_url)
    fill_form(page, REQUEST)
    failure = page.locator("#planner-failure")
    expect(failure).to_be_visible(timeout=30_000)
    expect(failure).to_contain_text("did not download")
    checklist = failure.get_by_role("link", name="follow-up checklist")
    assert checklist.get_attribute("href") == "../checklist/"
    expect(steps(page)).to_have_count(0)
    context.unroute(RUNTIME)
    failure.get_by_role("button", name="Try again").click()
    expect(failure).to_be_hidden()
    wait_for_plan(page)
    expect(page.get_by_label("Company")).to_have_value("Northwind Trading")
    assert errors == []


def test_stall_times_out(page: Page, context: BrowserContext, site_url: str) -> None:
    context.route(RUNTIME, lambda route: None)  # never answered
    page.clock.install(time=f"{TODAY}T10:00:00")
    page.goto(site_url + "planner/")
    expect(page.locator("#planner-stage")).to_be_visible()
    page.clock.run_for(46_000)
    expect(page.locator("#planner-failure")).to_contain_text("taking too long")
    expect(page.get_by_role("button", name="Try again")).to_be_visible()


# ---- 3. Copy, calendar, email link ------------------------------------------------------------


@pytest.fixture
def clipboard_context(browser, site_url: str):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    yield context
    context.close()


def test_copy_ics_and_mailto(
    clipboard_context: BrowserContext, site_url: str, tmp_path: Path
) -> None:
    page = clipboard_context.new_page()
    page.add_init_script(
        """(() => { const real = URL.createObjectURL;
            URL.createObjectURL = (blob) => {
              window.__blobTypes = [...(window.__blobTypes || []), blob.type];
            return real.call(URL, blob); }; })();"""
    )
    plan = show_example_plan(page, site_url)
    thank_you = page.locator("[data-step-id=thank-you-email]").first
    want = next(s for s in plan["steps"] if s["id"] == "thank-you-email")
    thank_you.get_by_role("button", name="Copy", exact=True).click()
    expect(thank_you.locator(".planner-draft__actions .planner-confirm")).to_have_text("Copied.")
    assert page.evaluate("() => navigator.clipboard.readText()") == want["body"]
    # An edited draft is what gets copied.
    thank_you.locator("textarea").fill("Dear Dana,\n\nThanks!")
    expect(thank_you).to_contain_text("You changed this draft")
    thank_you.get_by_role("button", name="Copy", exact=True).click()
    assert page.evaluate("() => navigator.clipboard.readText()") == "Dear Dana,\n\nThanks!"
    # The email link is the step's own, with the edited body.
    link = thank_you.get_by_role("link", name="Open in email app")
    assert link.get_attribute("href") == want["mailto"].split("&body=")[0] + (
        "&body=Dear%20Dana%2C%0D%0A%0D%0AThanks!"
    )
    # The calendar file.
    with page.expect_download() as info:
        page.get_by_role("button", name="Add all to calendar").click()
    download = info.value
    assert download.suggested_filename == "northwind-trading-follow-up.ics"
    path = tmp_path / download.suggested_filename
    download.save_as(path)
    calendar = Calendar.from_ical(path.read_bytes())
    events = [c for c in calendar.walk() if c.name == "VEVENT"]
    assert sorted(e.decoded("dtstart").isoformat() for e in events) == sorted(
        s["due"] for s in plan["steps"]
    )
    assert page.evaluate("() => window.__blobTypes") == ["text/calendar;charset=utf-8"]
    expect(page.locator("#planner-actions-status")).to_contain_text("Calendar file saved")


def test_copy_falls_back_to_selection(page: Page, site_url: str) -> None:
    page.add_init_script(
        "navigator.clipboard.writeText = () =>"
        " Promise.reject(new DOMException('no', 'NotAllowedError'));"
    )
    open_planner(page, site_url)
    fill_form(page, REQUEST)
    wait_for_plan(page)
    step = page.locator("[data-step-id=thank-you-email]").first
    copy_selects_the_draft(step)
    # The subject line: its text is selected on the page.
    step.get_by_role("button", name="Copy subject").click()
    expect(step.locator(".planner-draft__subject .planner-confirm")).to_contain_text("Selected")
    subject = step.locator(".planner-draft__subject").get_attribute("data-subject")
    assert subject and subject in step.locator(".planner-draft__subject-text").inner_text()
    assert page.evaluate("() => String(getSelection())") == subject
    # A message for when things change: its draft is selected.
    page.locator("#planner-what-if-another-offer").click()
    copy_selects_the_draft(page.locator("#planner-what-if details").first)


def copy_selects_the_draft(box: Locator) -> None:
    """Copy in `box`, with the clipboard refused: its whole draft is selected, and it says so."""
    box.get_by_role("button", name="Copy", exact=True).click()
    expect(box.locator(".planner-draft__actions .planner-confirm")).to_contain_text("Selected")
    textarea = box.locator("textarea")
    expect(textarea).to_be_focused()
    selected = textarea.evaluate("(t) => t.value.slice(t.selectionStart, t.selectionEnd)")
    assert selected == textarea.input_value() and selected


def test_if_things_change_messages_copy_their_text(
    clipboard_context: BrowserContext, site_url: str
) -> None:
    page = clipboard_context.new_page()
    plan = show_example_plan(page, site_url)
    page.locator("#planner-what-if-another-offer").click()
    message = page.locator("#planner-what-if details").first
    message.get_by_role("button", name="Copy", exact=True).click()
    expect(message.locator(".planner-confirm")).to_have_text("Copied.")
    assert page.evaluate("() => navigator.clipboard.readText()") == plan["what_if"][0]["body"]


def test_print_notes_one_per_page(page: Page, site_url: str) -> None:
    page.add_init_script("window.print = () => { window.__printed = true; };")
    request = {**REQUEST, "interviewers": PANEL}
    open_planner(page, site_url)
    fill_form(page, request)
    wait_for_plan(page)
    expect(page.locator("[data-step-id=handwritten-note]")).to_have_count(3)
    page.get_by_role("button", name="Print notes").click()
    assert page.evaluate("() => window.__printed")
    page.emulate_media(media="print")
    sheets = page.locator(".planner-note-sheet")
    expect(sheets).to_have_count(3)
    for person, index in zip(PANEL, range(3), strict=True):
        expect(sheets.nth(index)).to_be_visible()
        expect(sheets.nth(index)).to_contain_text(f"Dear {person['name']},")
    expect(page.locator(".md-header")).to_be_hidden()
    expect(page.locator("#planner-form")).to_be_hidden()
    expect(page.locator("#planner-timeline")).to_be_hidden()
    pdf = page.pdf(format="A4")
    assert len(re.findall(rb"/Type\s*/Page[^s]", pdf)) == 3


# ---- 4. Visitor text is text --------------------------------------------------------------------


def test_html_in_a_name_is_shown_as_text(page: Page, site_url: str) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    hostile = "<img src=x onerror=alert(1)>"
    request = {
        **REQUEST,
        "candidate": hostile,
        "company": "<b>Evil</b> & Co",
        "interviewers": [{"name": hostile, "discussed": "<script>alert(2)</script>"}],
    }
    open_planner(page, site_url)
    fill_form(page, request)
    wait_for_plan(page)
    expect(steps(page).first.locator("h3")).to_contain_text(hostile)
    expect(page.locator("#planner-timeline textarea").first).to_have_value(
        re.compile(re.escape(hostile))
    )
    page.wait_for_timeout(500)
    assert (
        page.locator("#planner-timeline img, #planner-timeline script, #planner-timeline b").count()
        == 0
    )
    assert dialogs == []


# ---- 5. Remember on this device -----------------------------------------------------------------


def stored(page: Page) -> dict:
    return page.evaluate("() => Object.fromEntries(Object.entries(localStorage))")


def test_nothing_stored_by_default(page: Page, site_url: str) -> None:
    open_planner(page, site_url)
    expect(page.get_by_label("Remember on this device")).not_to_be_checked()
    fill_form(page, REQUEST)
    wait_for_plan(page)
    assert STORAGE_KEY not in stored(page)
    assert not any("Dana" in value for value in stored(page).values())


def test_remember_restores_and_clear_empties(page: Page, site_url: str) -> None:
    request = {**REQUEST, "interviewers": PANEL[:2]}
    open_planner(page, site_url)
    fill_form(page, request)
    page.get_by_label("Remember on this device").check()
    page.get_by_label("Company").fill("Northwind Trading")  # a change after ticking is kept too
    assert "Omar Haddad" in stored(page)[STORAGE_KEY]
    page.reload()
    expect(page.get_by_label("Remember on this device")).to_be_checked()
    expect(page.get_by_label("Company")).to_have_value("Northwind Trading")
    expect(page.get_by_label("Interviewer name")).to_have_count(2)
    expect(page.get_by_label("Interviewer name").nth(1)).to_have_value("Omar Haddad")
    expect(page.get_by_label("Decision expected by")).to_have_value("2026-12-01")
    wait_for_plan(page)  # and the plan comes back by itself
    page.get_by_role("button", name="Clear everything").click()
    assert STORAGE_KEY not in stored(page)
    assert not any("Omar" in value or "Northwind" in value for value in stored(page).values())
    expect(page.get_by_label("Company")).to_have_value("")
    expect(page.get_by_label("Interviewer name")).to_have_count(1)
    expect(page.get_by_label("Remember on this device")).not_to_be_checked()
    expect(steps(page)).to_have_count(0)
    # Unticking forgets too.
    page.get_by_label("Company").fill("Contoso")
    page.get_by_label("Remember on this device").check()
    assert STORAGE_KEY in stored(page)
    page.get_by_label("Remember on this device").uncheck()
    assert STORAGE_KEY not in stored(page)


# ---- 6. Accessibility: axe-core and the keyboard -----------------------------------------------

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"


def axe_violations(page: Page) -> list[dict]:
    page.evaluate(AXE.read_text())  # evaluated through DevTools: the page's CSP does not apply
    return page.evaluate(
        """async () => (await axe.run(document, {resultTypes: ['violations']})).violations
            .map((v) => ({id: v.id, impact: v.impact, help: v.help,
                          nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5)}))"""
    )


@pytest.mark.parametrize(
    ("scheme", "width"),
    [("light", 1280), ("dark", 1280), ("light", 360), ("dark", 360)],
)
def test_axe_no_violations(browser, site_url: str, scheme: str, width: int) -> None:
    context = browser.new_context(color_scheme=scheme, viewport={"width": width, "height": 800})
    page = context.new_page()
    try:
        open_planner(page, site_url)
        expected = "slate" if scheme == "dark" else "default"
        expect(page.locator("body")).to_have_attribute("data-md-color-scheme", expected)
        fill_form(page, {**REQUEST, "interviewers": PANEL[:2]})
        wait_for_plan(page)
        # An error and a warning on screen as well.
        page.get_by_label("Job title").first.fill("x" * 101)
        page.get_by_label("Job title").first.evaluate("(e) => e.removeAttribute('maxlength')")
        page.get_by_label("Job title").first.fill("x" * 101)
        page.get_by_label("Job title").first.blur()
        expect(page.locator("#planner-errors")).to_be_visible()
        assert axe_violations(page) == []
        # A phone follow-up (its message for voicemail, its call link) and an edited draft.
        page.get_by_label("Follow up by").select_option("phone")
        page.locator("#planner-i0-phone").fill("+1 555 010 0199")
        expect(page.locator(".planner-call").first).to_be_visible()
        page.locator("[data-step-id=thank-you-email] textarea").first.fill("Dear Dana,")
        assert axe_violations(page) == []
        # Everything cleared, with its message and Undo.
        page.get_by_role("button", name="Clear everything").click()
        expect(page.get_by_role("button", name="Undo")).to_be_visible()
        assert axe_violations(page) == []
    finally:
        context.close()


def tab_to(page: Page, element_id: str, limit: int = 40) -> None:
    for _ in range(limit):
        if page.evaluate("() => document.activeElement?.id") == element_id:
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"Tab never reached #{element_id}")


def test_keyboard_only(page: Page, site_url: str) -> None:
    open_planner(page, site_url)
    page.get_by_label("Interview date").focus()  # where the form starts
    keys = page.keyboard
    keys.type("11202026")  # month, day, year in the en-US date field
    tab_to(page, "planner-interview-time")
    keys.type("0200P")
    tab_to(page, "planner-candidate")
    keys.type("Sam Rivera")
    tab_to(page, "planner-company")
    keys.type("Northwind Trading")
    tab_to(page, "planner-i0-name")
    keys.type("Dana Lee")
    tab_to(page, "planner-add-interviewer")
    keys.press("Enter")  # adds a group and moves focus into it
    expect(page.get_by_label("Interviewer name").nth(1)).to_be_focused()
    keys.type("Omar Haddad")
    tab_to(page, "planner-follow-up-by")
    keys.press("ArrowDown")  # "Email"
    tab_to(page, "planner-do-not-contact")
    keys.press("Space")
    expect(page.get_by_label("They asked me not to contact them")).to_be_checked()
    keys.press("Space")
    tab_to(page, "planner-remember")
    keys.press("Space")
    expect(page.get_by_label("Remember on this device")).to_be_checked()
    keys.press("Space")
    expect(page.get_by_label("Interview date")).to_have_value("2026-11-20")
    expect(page.get_by_label("Interview time")).to_have_value("14:00")
    expect(page.get_by_label("Follow up by")).to_have_value("email")
    wait_for_plan(page)
    expect(page.locator("[data-step-id=thank-you-email]")).to_have_count(2)
    # On to the results: Copy and the email link are reachable and work from the keyboard.
    copy = page.locator("[data-step-id=thank-you-email]").first.get_by_role(
        "button", name="Copy", exact=True
    )
    for _ in range(80):
        if copy.evaluate("(b) => b === document.activeElement"):
            break
        keys.press("Tab")
    expect(copy).to_be_focused()
    keys.press("Enter")
    confirm = page.locator(
        "[data-step-id=thank-you-email] .planner-draft__actions .planner-confirm"
    )
    expect(confirm.first).not_to_have_text("")
    # Removing an interviewer by keyboard puts focus somewhere sensible.
    remove = page.get_by_role("button", name="Remove interviewer 2")
    remove.focus()
    keys.press("Enter")
    expect(page.get_by_label("Interviewer name")).to_have_count(1)
    expect(page.get_by_role("button", name="Add interviewer")).to_be_focused()


# ---- 7. Privacy on the wire (the main thread's longest task is measured by make bench) ---------


def test_full_session_stays_on_origin(clipboard_context: BrowserContext, site_url: str) -> None:
    context = clipboard_context
    offsite: list[str] = []
    urls: list[str] = []
    origin = site_url.split("/")[2]
    context.on(
        "request",
        lambda r: (
            (urls.append(r.url), r.url.split("/")[2] != origin and offsite.append(r.url))
            if r.url.startswith("http")
            else None
        ),
    )
    page = context.new_page()
    open_planner(page, site_url, today=None)
    fill_form(page, real_today({**REQUEST, "interviewers": PANEL}))
    wait_for_plan(page)
    wait_for_marks(page)
    page.wait_for_load_state("networkidle")
    before = len(urls)
    page.get_by_label("What makes you a good match").press_sequentially(
        " and I like data", delay=20
    )
    note = page.locator("[data-step-id=handwritten-note] textarea").first
    expect(note).to_have_value(re.compile("I like data"))
    page.locator("[data-step-id=thank-you-email]").first.get_by_role(
        "button", name="Copy", exact=True
    ).click()
    with page.expect_download():
        page.get_by_role("button", name="Add all to calendar").click()
    page.wait_for_timeout(300)
    assert offsite == []
    after = [u for u in urls[before:] if not u.startswith("blob:")]
    assert after == [], "no request once the page's assets are in"
    typed = ["Dana", "Northwind", "Sam", "dashboard", "Spanish"]
    assert not [u for u in urls if any(word in u for word in typed)]
    assert "Dana" not in page.url and "?" not in page.url


def test_offsite_fixture_sees_nothing(
    page: Page, site_url: str, offsite_requests: list[str]
) -> None:
    open_planner(page, site_url)
    fill_form(page, REQUEST)
    wait_for_plan(page)
    page.get_by_role("link", name="Privacy").first.click()
    page.wait_for_load_state("networkidle")
    assert offsite_requests == []


# ---- Career-centre settings (reading side; the build side is tests/test_settings.py) ------------


def test_settings_policy_and_contact(page: Page, context: BrowserContext, site_url: str) -> None:
    settings = {"policy": {"follow_up_days": 5, "count_business_days": True}}

    def inject(route: Route) -> None:
        # The built page has mkdocs.yml's settings (tests/test_settings.py builds with others):
        # swap them for these, so this test covers the page's reading side on its own.
        response = route.fetch()
        body, count = re.subn(
            r'(<script type="application/json" id="planner-settings">).*?(</script>)',
            lambda found: found[1] + json.dumps(settings) + found[2],
            response.text(),
            flags=re.S,
        )
        assert count == 1
        route.fulfill(response=response, body=body)

    context.route("**/planner/", inject)
    open_planner(page, site_url)
    fill_form(page, REQUEST)
    wait_for_plan(page)
    plan = subprocess.run(
        [
            sys.executable,
            "-c",
            "import json, sys, planner; a = [json.loads(x) for x in sys.argv[1:]];"
            " print(json.dumps(planner.make_plan(*a)))",
            json.dumps(REQUEST),
            json.dumps(settings["policy"]),
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    want = json.loads(plan.stdout)
    page.wait_for_function(
        "(due) => [...document.querySelectorAll('#planner-timeline time')]"
        ".some(t => t.dateTime === due)",
        arg=next(s["due"] for s in want["steps"] if s["id"] == "follow-up"),
    )
    shown = rendered_steps(page)
    assert [(s["id"], s["due"]) for s in shown] == [(s["id"], s["due"]) for s in want["steps"]]
    contact = page.locator("#planner-contact")
    # The contact is the template's (mkdocs.yml's), the same links as the footer's.
    expect(contact).to_contain_text("Want someone to read your draft? Contact Your Career Centre")
    expect(contact.get_by_role("link", name="careers@example.edu")).to_have_attribute(
        "href", "mailto:careers@example.edu"
    )
