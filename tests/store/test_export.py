"""Exporting stored plan versions: plan.csv round trip, workbook and calendar."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from icalendar import Calendar
from sqlalchemy import Engine

from scheduler.cli import main
from scheduler.domain.model import Scenario
from scheduler.io.plan_csv import read_plan_csv
from scheduler.service.exporting import export_plan
from scheduler.service.importing import import_scenario
from scheduler.service.planning import make_plan
from scheduler.service.versions import load_plan
from tests.store.conftest import DEMO


@pytest.fixture
def planned(store: Engine, demo: Scenario) -> int:
    import_scenario(store, demo, "tester")
    return make_plan(store, 10.0, "tester", method="greedy").version.number


def test_csv_round_trips(store: Engine, planned: int, tmp_path: Path) -> None:
    out = tmp_path / "plan.csv"
    assert export_plan(store, out) == planned
    assert read_plan_csv(out) == load_plan(store, planned)


def test_xlsx_has_plan_occupancy_and_rejections(
    store: Engine, planned: int, demo: Scenario, tmp_path: Path
) -> None:
    out = tmp_path / "plan.xlsx"
    export_plan(store, out, version=planned)
    sheets = pd.read_excel(out, sheet_name=None)
    plan = load_plan(store, planned)
    assert list(sheets) == ["Plan", "Belægning", "Afviste"]
    assert len(sheets["Plan"]) == len(demo.requests)
    assert list(sheets["Plan"]["Ønske"]) == [r.request_id for r in demo.requests]
    rejected = [d.request_id for d in plan.decisions if d.stay is None]
    assert list(sheets["Afviste"]["Ønske"]) == rejected
    nights = (demo.horizon_end - demo.horizon_start).days
    assert len(sheets["Belægning"]) == nights * len(demo.centres)
    assert sheets["Belægning"]["Optaget"].sum() == sum(s.nights for s in plan.stays)


def test_ics_for_one_centre(store: Engine, planned: int, demo: Scenario, tmp_path: Path) -> None:
    centre = demo.centres[0].centre_id
    out = tmp_path / "centre.ics"
    export_plan(store, out, centre=centre)
    calendar = Calendar.from_ical(out.read_bytes())
    events = list(calendar.walk("VEVENT"))
    stays = [s for s in load_plan(store, planned).stays if s.centre_id == centre]
    assert stays and len(events) == len(stays)
    assert {str(e["UID"]).split("@")[0] for e in events} == {s.request_id for s in stays}


def test_export_command(store_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", str(DEMO), "--db", store_url]) == 0
    assert main(["plan", "--db", store_url, "--solver", "greedy"]) == 0
    assert main(["publish", "--db", store_url]) == 0
    assert main(["export", str(tmp_path / "plan.xlsx"), "--db", store_url]) == 0
    assert (tmp_path / "plan.xlsx").is_file()
    capsys.readouterr()
    assert main(["export", str(tmp_path / "plan.pdf"), "--db", store_url, "--lang", "en"]) == 2
    assert "must be one of" in capsys.readouterr().err
    assert main(["publish", "--db", store_url, "--lang", "en"]) == 2
    assert "already published" in capsys.readouterr().err
