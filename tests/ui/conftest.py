"""Fixtures for the app's tests: stores holding the demo (planned and published) or the
small valid scenario, an ``AppTest`` of the app on such a store, and for the end-to-end tests
Debian's headless Chromium and the app served on a copy of the published demo."""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from scheduler.io.scenario_reader import read_scenario
from scheduler.service.importing import import_scenario
from scheduler.service.planning import make_plan
from scheduler.service.publishing import publish
from scheduler.store.database import open_store
from tests.ui.browser import BrowserUnavailable, chromium, serve
from tests.ui.helpers import APP, DEMO, TIMEOUT, VALID, ran

with contextlib.suppress(ImportError):  # the dev extras install it
    from playwright.sync_api import Browser

SERVED_TODAY = date(2027, 12, 31)
"""The app's today when served for the end-to-end tests: after the demo's stays they record
(``RESPITE_TODAY``; only what has happened can be recorded, ``ui/today.py``)."""


@pytest.fixture(scope="session")
def imported_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database file with the demo imported, not planned."""
    path = tmp_path_factory.mktemp("imported") / "demo.db"
    engine = open_store(f"sqlite:///{path}")
    import_scenario(engine, read_scenario(DEMO), "tester")
    engine.dispose()
    return path


@pytest.fixture(scope="session")
def demo_store(imported_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database file with the demo imported, planned (greedy) and published: version 1."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    shutil.copy(imported_store, path)
    engine = open_store(f"sqlite:///{path}")
    make_plan(engine, 10, "tester", method="greedy")
    publish(engine, None, "tester")
    engine.dispose()
    return path


@pytest.fixture
def demo_url(demo_store: Path, tmp_path: Path) -> str:
    """A fresh copy of the demo store for one test."""
    copy = tmp_path / "demo.db"
    shutil.copy(demo_store, copy)
    return f"sqlite:///{copy}"


@pytest.fixture
def imported_url(imported_store: Path, tmp_path: Path) -> str:
    """A fresh copy of the imported, unplanned demo for one test."""
    copy = tmp_path / "imported.db"
    shutil.copy(imported_store, copy)
    return f"sqlite:///{copy}"


@pytest.fixture
def valid_url(tmp_path: Path) -> str:
    """A store holding the small valid scenario (its bookings are draft version 1)."""
    url = f"sqlite:///{tmp_path / 'valid.db'}"
    engine = open_store(url)
    import_scenario(engine, read_scenario(VALID), "tester")
    engine.dispose()
    return url


@pytest.fixture
def app(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], AppTest]]:
    """Make an ``AppTest`` of the app on the store at a URL, run once (the Kalender)."""

    def make(url: str) -> AppTest:
        monkeypatch.setenv("RESPITE_DB", url)
        at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
        return ran(at.run())

    yield make


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Debian's headless Chromium for the end-to-end tests of a module; skipped without it
    (a failure under ``CI=true``)."""
    try:
        with chromium() as opened:
            yield opened
    except BrowserUnavailable as missing:
        if os.environ.get("CI") == "true":
            pytest.fail(f"the browser test is required under CI: {missing}")
        pytest.skip(str(missing))


@pytest.fixture
def served(demo_store: Path, tmp_path: Path) -> Iterator[tuple[str, str]]:
    """The app serving a fresh copy of the published demo: its URL and the database's. The
    app's today is ``SERVED_TODAY``, so the demo's stays of 2027 can be recorded."""
    copy = tmp_path / "respite.db"
    shutil.copy(demo_store, copy)
    database = f"sqlite:///{copy}"
    with serve(database, today=SERVED_TODAY) as url:
        yield url, database
