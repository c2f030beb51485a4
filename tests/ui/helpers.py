"""Helpers of the app's tests: paths, a checked run, chart contents, uploads."""

from __future__ import annotations

import io
import json
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "ui" / "app.py"
DEMO = ROOT / "data" / "demo" / "haderslev-2027"
VALID = ROOT / "tests" / "data" / "valid"
BROKEN = ROOT / "tests" / "data" / "broken"
TIMEOUT = 120.0
"""Seconds one run of the app may take: generous, so that a slow machine is no failure."""


def ran(at: AppTest) -> AppTest:
    """``at`` after a run that raised nothing."""
    assert not at.exception, [e.value for e in at.exception]
    return at


def page(at: AppTest, name: str) -> AppTest:
    """Open the page ``screens/<name>.py``."""
    return ran(at.switch_page(f"screens/{name}.py").run())


def opened(at: AppTest, key: str) -> AppTest:
    """Open the folded section ``key`` (an expander whose content runs only when it is open)
    and run the page."""
    at.session_state[key] = True
    return ran(at.run())


def as_manager(at: AppTest, centre: str) -> AppTest:
    """Switch the demo's role to the manager of ``centre``."""
    ran(at.radio(key="demo_role").set_value(at.radio(key="demo_role").options[1]).run())
    return ran(at.selectbox(key="demo_centre").set_value(centre).run())


def folder_zip(folder: Path) -> bytes:
    """A scenario folder as the zip a planner would upload."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for file in sorted(folder.iterdir()):
            archive.write(file, file.name)
    return buffer.getvalue()


def charts(at: AppTest) -> list[dict[str, Any]]:
    """The plotly figures on the page, as their JSON specs."""
    return [json.loads(chart.proto.spec) for chart in at.get("plotly_chart")]


def bars(figure: dict[str, Any]) -> int:
    """How many bars (stays) a calendar figure draws."""
    return sum(len(trace["y"]) for trace in figure["data"] if trace["type"] == "bar")


def lanes(figure: dict[str, Any]) -> list[str]:
    """The titles of a calendar figure's lanes, one per centre."""
    return [note["text"] for note in figure["layout"].get("annotations", [])]


def texts(at: AppTest) -> str:
    """Every text the page shows (not the sidebar): text, alerts, tables, chart data, choices."""
    page = at.main
    kinds = ("markdown", "caption", "title", "subheader", "error", "info", "success", "warning")
    parts = [str(e.value) for kind in kinds for e in page.get(kind)]
    parts += [frame.value.to_csv() for frame in page.dataframe]
    parts += [chart.proto.spec for chart in page.get("plotly_chart")]
    parts += [str(option) for box in (*page.selectbox, *page.multiselect) for option in box.options]
    return "\n".join(parts)


def run_until(at: AppTest, done: Callable[[AppTest], bool], timeout: float = TIMEOUT) -> AppTest:
    """Rerun ``at`` until ``done`` holds (a background job has finished), within ``timeout``."""
    deadline = time.monotonic() + timeout
    while not done(ran(at.run())):
        assert time.monotonic() < deadline, "the app did not get there in time"
        time.sleep(0.2)
    return at
