"""The page-load bench runs: every page of the planner and of a centre manager is opened in
headless Chromium and its load time recorded (to ``test-artifacts/pages-bench.txt``). Times are
recorded, never judged: a slow machine is no failure. ``make pages-bench`` runs the same
measurement on ``generate --size M`` and writes ``bench/pages.txt``."""

from __future__ import annotations

import math
import os
import shutil
from pathlib import Path

import pytest

from tests.ui.browser import ARTIFACTS, BrowserUnavailable, serve
from tests.ui.pages_bench import MANAGER_PAGES, PLANNER_PAGES, WHOLE_YEAR, measure, table, write


def test_every_page_load_is_timed(demo_store: Path, tmp_path: Path) -> None:
    copy = tmp_path / "bench.db"
    shutil.copy(demo_store, copy)
    try:
        with serve(f"sqlite:///{copy}") as url:
            timings = measure(url, repeat=1)
    except BrowserUnavailable as missing:
        if os.environ.get("CI") == "true":
            pytest.fail(f"the browser test is required under CI: {missing}")
        pytest.skip(str(missing))
    names = [timing.page for timing in timings]
    assert names == [
        *PLANNER_PAGES,
        WHOLE_YEAR,
        *(f"{name} (leder)" for name in MANAGER_PAGES),
    ], "the demo's calendar opens on every centre: none to choose"
    for timing in timings:
        assert timing.first is not None and len(timing.later) == 1
        assert all(math.isfinite(s) and s > 0 for s in (timing.first, *timing.later))
    write(ARTIFACTS / "pages-bench.txt", "demo", table(timings, "demo", "The demo, published."))
