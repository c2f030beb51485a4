"""Seeding the demo is idempotent and goes through the service layer; a centre's download
holds that centre's stays only."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
from sqlalchemy.orm import Session

from scheduler.service.versions import list_versions
from scheduler.store import audit
from scheduler.store.database import open_store
from tests.ui.helpers import DEMO
from ui.screens.occupancy import export_bytes
from ui.seed import main, seed


def test_seeding_fills_an_empty_store_once(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'seed.db'}"
    assert seed(url, DEMO)
    engine = open_store(url)
    with Session(engine) as session:
        logged = [(e.actor, e.action) for e in audit.entries(session)]
    # the import with its relief letters, then the demo's day-centre places allocated, and the
    # letters on them
    assert {actor for actor, _ in logged} == {"demo-seed"}
    actions = [action for _, action in logged]
    assert actions[-2:] == ["allocate", "letter_made"]
    assert "import" in actions[:-2] and set(actions[:-2]) == {"import", "letter_made"}
    assert not seed(url, DEMO)
    assert main([str(DEMO), "--db", url]) == 0
    with Session(engine) as session:
        assert len(audit.entries(session)) == len(logged)


def test_a_centre_download_holds_only_that_centre(demo_url: str) -> None:
    engine = open_store(demo_url)
    version = list_versions(engine)[-1].number
    book = openpyxl.load_workbook(io.BytesIO(export_bytes(engine, version, "C02", ".xlsx", "da")))
    plan = book.worksheets[0]
    header = [cell.value for cell in plan[1]]
    column = header.index("Aflastningssted")
    centres = {row[column] for row in plan.iter_rows(min_row=2, values_only=True)}
    assert centres == {"Testcenter Syd"}
    assert {"Navn", "Behov", "Besked fra visitationen"} <= set(header)
    calendar = export_bytes(engine, version, "C02", ".ics", "da").decode()
    assert calendar.startswith("BEGIN:VCALENDAR") and "Testcenter Syd" in calendar
