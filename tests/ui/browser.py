"""The app in a real headless Chromium (Debian's, never a downloaded browser): serving the app on
a free port, opening it, waiting for its runs and drawing, and taking screenshots.

Shared by the end-to-end tests of the case-work pages and the page-load bench
(``tests/ui/pages_bench.py``). Without chromium or Playwright the browser is unavailable:
a test is then skipped, except under ``CI=true``, where that is a failure.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from tests.ui.helpers import APP, ROOT, TIMEOUT

try:
    from playwright.sync_api import Browser, Locator, Page, expect, sync_playwright
    from playwright.sync_api import Error as PlaywrightError
except ImportError:  # pragma: no cover - the dev extras install it
    sync_playwright = None  # type: ignore[assignment]

ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
MS = int(TIMEOUT * 1000)
VIEWPORT = {"width": 1400, "height": 1000}


class BrowserUnavailable(Exception):
    """Chromium or Playwright is missing."""


@contextmanager
def chromium() -> Iterator[Browser]:
    """Debian's headless Chromium under Playwright.

    Raises
    ------
    BrowserUnavailable
        When chromium is not on the path or Playwright is not installed.
    """
    executable = shutil.which("chromium")
    if executable is None:
        raise BrowserUnavailable("chromium is not installed")
    if sync_playwright is None:
        raise BrowserUnavailable("playwright is not installed")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("localhost", 0))
        port: int = probe.getsockname()[1]
        return port


def _wait_healthy(url: str, server: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError("the app stopped while starting")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=5) as answer:
                if answer.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError("the app did not start in time")


@contextmanager
def serve(database: str, tree: Path = ROOT, *, today: date | None = None) -> Iterator[str]:
    """The app serving ``database`` on a free port of localhost, for as long as the caller
    needs it; its URL. ``tree`` is the project whose app runs (another checkout of it, say, to
    time the app as it was); ``today`` is the app's today (``RESPITE_TODAY``, ``ui/today.py``)
    when given."""
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(tree / APP.relative_to(ROOT)),
        "--server.port",
        str(port),
        "--server.address",
        "localhost",
        "--server.headless",
        "true",
        "--browser.gatherUsageStats",
        "false",
    ]
    env = {**os.environ, "RESPITE_DB": database}
    if today is not None:
        env["RESPITE_TODAY"] = today.isoformat()
    if tree != ROOT:
        env["PYTHONPATH"] = str(tree)
    server = subprocess.Popen(
        command, cwd=tree, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    url = f"http://localhost:{port}"
    try:
        _wait_healthy(url, server)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=30)


def idle(page: Page) -> Page:
    """Wait until the app has finished its run."""
    page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=MS)
    return page


def drawn(page: Page) -> Page:
    """Wait until the app is idle and every chart on the page has been drawn."""
    idle(page)
    page.wait_for_function(
        """() => [...document.querySelectorAll('[data-testid="stPlotlyChart"]')]
              .every(chart => chart.querySelector('.main-svg'))""",
        timeout=MS,
    )
    return page


def open_app(browser: Browser, url: str) -> Page:
    """A new page on the app, waited until the app is idle."""
    page = browser.new_page(viewport=VIEWPORT)  # type: ignore[arg-type]
    page.set_default_timeout(MS)
    expect.set_options(timeout=MS)
    page.goto(url)
    idle(page)
    return page


def open_page(page: Page, title: str) -> Page:
    """Open the page ``title`` from the sidebar and wait until it is drawn."""
    page.get_by_test_id("stSidebarNav").get_by_text(title, exact=True).click()
    expect(page.get_by_role("heading", name=title, level=1)).to_be_visible(timeout=MS)
    return drawn(page)


def shot(page: Page, name: str, *, full: bool = False) -> Path:
    """A screenshot ``test-artifacts/<name>.png``; its path."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=full)
    return path


def choose(page: Page, label: str, text: str, scope: Locator | None = None) -> None:
    """Pick the first option holding ``text`` in the select box ``label`` (within ``scope``,
    default the page) by typing it; tried again when the list closes before the option is
    picked (it may while the page settles)."""
    box = (scope or page).get_by_role("combobox", name=label, exact=True).first
    option = page.get_by_role("option", name=text).first
    for _ in range(3):
        box.click()
        box.press("ControlOrMeta+a")
        page.keyboard.type(text)
        try:
            option.click(timeout=5000)
        except PlaywrightError:
            continue
        idle(page)
        if text in box.input_value():
            return
    raise AssertionError(f"could not choose {text!r} in {label!r}")


def add_choice(page: Page, box: Locator, text: str) -> None:
    """Add the option ``text`` to the multiselect ``box`` by typing it, and wait until its
    chip shows; tried again when the list closes, or the widget is drawn anew and loses the
    choice, before it sticks (either may happen while the page settles)."""
    widget = box.locator("xpath=ancestor::*[@data-testid='stMultiSelect'][1]")
    chip = widget.locator("[data-tag]").filter(has_text=text)
    option = page.get_by_role("option", name=text, exact=True)
    for _ in range(4):
        idle(page)
        if chip.count():
            return
        box.click()
        box.press("ControlOrMeta+a")
        page.keyboard.type(text)
        try:
            option.click(timeout=5000)
        except PlaywrightError:
            page.keyboard.press("Escape")
            continue
        page.keyboard.press("Escape")
        try:
            chip.first.wait_for(state="visible", timeout=5000)
        except PlaywrightError:
            continue
        idle(page)
        if chip.count():
            return
    raise AssertionError(f"could not add {text!r}")


def section(page: Page, title: str) -> Locator:
    """The expander titled ``title``, opened."""
    box = page.get_by_test_id("stExpander").filter(has_text=title).first
    if box.locator("details").get_attribute("open") is None:
        box.locator("summary").click()
        idle(page)
    return box


def set_date(page: Page, scope: Locator, label: str, day: date) -> None:
    """Type ``day`` into the date field ``label`` (day, month, year)."""
    scope.get_by_role("spinbutton", name=f"day, {label}", exact=True).click()
    page.keyboard.type(day.strftime("%d%m%Y"))
    page.keyboard.press("Escape")  # the calendar opened with the click
    expect(scope.get_by_role("spinbutton", name=f"year, {label}", exact=True)).to_have_text(
        str(day.year)
    )
