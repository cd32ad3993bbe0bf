"""One small interface over three browser clients, so each flow is written once for every engine.

- Firefox: Debian's firefox-esr over WebDriver BiDi, through puppeteer-core under Node
  (tests/bidi_bridge.mjs); no geckodriver, nothing downloaded.
- WebKit: WebKitGTK's MiniBrowser through Selenium's WebKitGTK driver and Debian's
  WebKitWebDriver, on an Xvfb display these tests start (`--headless` hangs the session).
- Playwright's own builds (Chromium; Firefox and WebKit where `playwright install` could fetch
  them) through Playwright.

Scripts are JavaScript function sources, `(arg) => ...`, called with one JSON argument; a
returned promise is awaited. `open_engine` skips, naming what to install, when an engine is
missing: never silently.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import time
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Protocol

import pytest

from tests.conftest import CHROMIUM_FLAGS, ROOT, system_chromium

FIREFOX = Path("/usr/bin/firefox-esr")
WEBKIT_DRIVER = Path("/usr/bin/WebKitWebDriver")
MINIBROWSER = Path("/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser")
BRIDGE = ROOT / "tests" / "bidi_bridge.mjs"
PUPPETEER = ROOT / "node_modules" / "puppeteer-core"
DEBIAN = {"chromium": "chromium", "firefox": "firefox-esr", "webkit": "webkit2gtk-driver xvfb"}


class Engine(Protocol):
    """A browser with one page open; a new `goto` on the same engine is a second visit."""

    name: str

    def goto(self, url: str) -> None: ...

    def run(self, script: str, arg: object = None) -> Any: ...

    def click(self, script: str, arg: object = None) -> None: ...

    def errors(self) -> list[str]:
        """Console and uncaught errors the client itself saw since last asked (none where the
        client cannot read the console: the page probe covers those)."""
        ...

    def close(self) -> None: ...


class BidiFirefox:
    name = "firefox"

    def __init__(self, executable: Path) -> None:
        self._bridge = subprocess.Popen(
            ["node", str(BRIDGE), str(executable)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )

    def _send(self, op: str, **fields: object) -> Any:
        assert self._bridge.stdin and self._bridge.stdout
        self._bridge.stdin.write(json.dumps({"op": op, **fields}) + "\n")
        self._bridge.stdin.flush()
        line = self._bridge.stdout.readline()
        if not line:
            raise RuntimeError(f"the Firefox bridge exited ({self._bridge.wait()})")
        answer = json.loads(line)
        if "error" in answer:
            raise RuntimeError(f"Firefox: {answer['error']}")
        return answer["value"]

    def goto(self, url: str) -> None:
        self._send("goto", url=url)

    def run(self, script: str, arg: object = None) -> Any:
        return self._send("run", script=script, arg=arg)

    def click(self, script: str, arg: object = None) -> None:
        self._send("click", script=script, arg=arg)

    def errors(self) -> list[str]:
        return self._send("errors")

    def close(self) -> None:
        assert self._bridge.stdin
        self._bridge.stdin.close()
        try:
            self._bridge.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self._bridge.kill()


@contextlib.contextmanager
def xvfb_display() -> Iterator[str]:
    """A private X display (Xvfb picks a free number and writes it to a pipe)."""
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-nolisten", "tcp", "-screen", "0", "1280x900x24"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            yield ":" + pipe.readline().strip()
    finally:
        server.terminate()
        server.wait(timeout=10)


class SeleniumWebKit:
    name = "webkit"

    def __init__(self, display: str) -> None:
        from selenium import webdriver
        from selenium.webdriver.webkitgtk.options import Options
        from selenium.webdriver.webkitgtk.service import Service

        options = Options()
        options.binary_location = str(MINIBROWSER)
        options.add_argument("--automation")
        # A driver path given: Selenium Manager is never asked to download one.
        service = Service(str(WEBKIT_DRIVER), env={**os.environ, "DISPLAY": display})
        with warnings.catch_warnings():  # Selenium's own WebKitGTK class uses a deprecated API
            warnings.simplefilter("ignore", DeprecationWarning)
            self._driver = webdriver.WebKitGTK(options=options, service=service)
        self._driver.set_script_timeout(90)

    def goto(self, url: str) -> None:
        self._driver.get(url)

    def run(self, script: str, arg: object = None) -> Any:
        answer = self._driver.execute_async_script(
            f"""const done = arguments[arguments.length - 1];
            Promise.resolve().then(() => ({script})(arguments[0]))
              .then((value) => done({{value}}), (error) => done({{error: String(error)}}));""",
            arg,
        )
        if "error" in answer:
            raise RuntimeError(f"WebKit: {answer['error']}")
        return answer.get("value")

    def click(self, script: str, arg: object = None) -> None:
        self._driver.execute_script(f"return ({script})(arguments[0])", arg).click()

    def errors(self) -> list[str]:
        return []  # WebKitWebDriver has no log endpoint and no BiDi: the probe reads the console

    def close(self) -> None:
        self._driver.quit()


class PlaywrightEngine:
    """Playwright's own browser builds (and Debian's Chromium through them)."""

    def __init__(self, name: str, browser: Any) -> None:
        self.name = name
        self._browser = browser
        self._page = browser.new_context().new_page()
        self._errors: list[str] = []
        self._page.on("console", lambda m: m.type == "error" and self._errors.append(m.text))
        self._page.on("pageerror", lambda error: self._errors.append(f"uncaught: {error}"))

    def goto(self, url: str) -> None:
        self._page.goto(url)

    def run(self, script: str, arg: object = None) -> Any:
        return self._page.evaluate(script, arg)

    def click(self, script: str, arg: object = None) -> None:
        self._page.evaluate_handle(script, arg).as_element().click()

    def errors(self) -> list[str]:
        seen, self._errors = self._errors, []
        return seen

    def close(self) -> None:
        self._browser.close()


def _playwright_build(playwright: Any, name: str) -> Any | None:
    browser_type = getattr(playwright, name)
    if name == "chromium" and system_chromium():
        return browser_type.launch(executable_path=system_chromium(), args=CHROMIUM_FLAGS)
    if Path(browser_type.executable_path).is_file():
        return browser_type.launch()
    return None


@contextlib.contextmanager
def open_engine(name: str, playwright: Callable[[], Any]) -> Iterator[Engine]:
    """A fresh browser (empty profile: no cache, no service worker) of engine `name`;
    `playwright` gives the session's Playwright (pytest-playwright's), asked for only when
    Playwright drives this engine."""
    if name == "firefox" and FIREFOX.is_file():
        if not PUPPETEER.is_dir() or not shutil.which("node"):
            pytest.skip("Firefox: puppeteer-core is not installed: run npm ci")
        engine: Engine = BidiFirefox(FIREFOX)
        try:
            yield engine
        finally:
            engine.close()
        return
    if name == "webkit" and WEBKIT_DRIVER.is_file() and MINIBROWSER.is_file():
        if not shutil.which("Xvfb"):
            pytest.skip("WebKit: no Xvfb to run MiniBrowser on: apt-get install xvfb")
        with xvfb_display() as display:
            engine = SeleniumWebKit(display)
            try:
                yield engine
            finally:
                engine.close()
        return
    browser = _playwright_build(playwright(), name)
    if browser is None:
        pytest.skip(
            f"{name}: neither Debian's browser nor Playwright's build: apt-get install"
            f" {DEBIAN[name]} (make test does it when run as root)"
        )
    engine = PlaywrightEngine(name, browser)
    try:
        yield engine
    finally:
        engine.close()


# ---- Waiting and acting as a visitor would, the same way in every engine -----------------------


def wait_for(engine: Engine, script: str, arg: object = None, timeout: float = 90) -> Any:
    """Poll `script` until it returns something truthy; that value."""
    deadline = time.monotonic() + timeout
    while True:
        value = engine.run(script, arg)
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(
                f"{engine.name}: timed out after {timeout} s waiting for {script}; "
                f"the page logged {probe(engine) + engine.errors()}"
            )
        time.sleep(0.25)


# The form control whose <label> starts with `label` (its visible text; the rest is for screen
# readers), the nth such control.
CONTROL = """({label, nth}) => [...document.querySelectorAll("label")]
  .filter((l) => l.firstChild && l.firstChild.textContent.trim() === label)
  .map((l) => l.control)[nth || 0]"""


def fill(engine: Engine, label: str, value: str, nth: int = 0) -> None:
    """Set a field by its label and fire the events typing fires (date fields take typed keys
    in a different order in each engine and locale; the value is what matters here)."""
    found = engine.run(
        f"""({{label, nth, value}}) => {{
          const control = ({CONTROL})({{label, nth}});
          if (!control) return false;
          control.focus();
          control.value = value;
          control.dispatchEvent(new Event("input", {{bubbles: true}}));
          control.dispatchEvent(new Event("change", {{bubbles: true}}));
          return true;
        }}""",
        {"label": label, "nth": nth, "value": value},
    )
    assert found, f"{engine.name}: no field labelled {label!r}"


def field_value(engine: Engine, label: str) -> str:
    """The value of the field labelled `label`."""
    return engine.run(f"(label) => ({CONTROL})({{label}}).value", label)


def click_button(engine: Engine, name: str) -> None:
    """Click the visible button whose text is `name`, scrolled to mid-screen as a visitor would
    (at the very top, where WebKit's driver scrolls it, the sticky header covers it)."""
    engine.click(
        """(name) => {
          const button = [...document.querySelectorAll("button")]
            .find((b) => b.textContent.trim() === name && b.offsetParent !== null);
          button?.scrollIntoView({block: "center"});
          return button;
        }""",
        name,
    )


def probe(engine: Engine) -> list[str]:
    """What tests/page_probe.js recorded on the current page."""
    return engine.run("() => window.__probe || ['no probe: the page did not load it']")
