"""What the centre needs to know: a centre's own workbook and calendar name each of its stays'
guests with their needs and the case worker's handover note; they hold no name or note of
anyone staying elsewhere and no rejected request. The planner's whole plan names no one."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from icalendar import Calendar
from sqlalchemy import Engine

from scheduler.service.exporting import export_plan
from scheduler.service.request_edit import set_handover_note
from scheduler.service.versions import load_plan, load_scenario
from scheduler.store.database import open_store
from tests.service.privacy_world import P1, P2, STRANGER_NOTE, add_strangers, build
from tests.store.conftest import postgres_url, store_url  # noqa: F401  (fixtures)

CENTRE = "C1"


@pytest.fixture
def world(store_url: str) -> Iterator[Engine]:  # noqa: F811
    engine = open_store(store_url)
    add_strangers(build(engine))
    yield engine
    engine.dispose()


def _others(engine: Engine) -> tuple[list[str], list[str]]:
    """The names and notes of the persons with no stay at the centre, and the ids of the
    requests not staying there (elsewhere or rejected)."""
    scenario = load_scenario(engine)
    plan = load_plan(engine)
    here = {d.person_id for d in plan.decisions if d.stay and d.stay.centre_id == CENTRE}
    away = [p for p in scenario.persons if p.person_id not in here]
    stays = {d.request_id: d.stay for d in plan.decisions}
    assert stays["R6"] is not None and stays["R6"].centre_id != CENTRE, "R6 stays elsewhere"
    assert stays["R7"] is None, "R7 is rejected"
    texts = [p.name for p in away] + [P2.handover, STRANGER_NOTE]  # R5 and R6 are elsewhere
    requests = [rid for rid, stay in stays.items() if stay is None or stay.centre_id != CENTRE]
    return texts, requests


def test_the_centre_workbook_names_its_guests_only(world: Engine, tmp_path: Path) -> None:
    out = tmp_path / "centre.xlsx"
    export_plan(world, out, centre=CENTRE)
    sheets = pd.read_excel(out, sheet_name=None, dtype=str)
    plan = sheets["Plan"].fillna("")
    assert list(plan.columns[:5]) == ["Ønske", "Borger", "Navn", "Behov", "Besked fra visitationen"]
    row = plan[plan["Ønske"] == "R1"].iloc[0]
    assert (row["Navn"], row["Behov"], row["Besked fra visitationen"]) == (
        P1.name,
        "demens",
        P1.handover,
    )
    assert set(plan["Aflastningssted"]) == {load_scenario(world).centre_by_id[CENTRE].name}
    assert sheets["Afviste"].empty
    everything = "\n".join(frame.to_csv() for frame in sheets.values())
    texts, requests = _others(world)
    assert [text for text in texts if text in everything] == []
    assert [r for r in requests if r in set(plan["Ønske"])] == []


def test_the_centre_calendar_reads_name_and_bed(world: Engine, tmp_path: Path) -> None:
    out = tmp_path / "centre.ics"
    export_plan(world, out, centre=CENTRE, lang="da")
    raw = out.read_bytes()
    events = {str(e["UID"]).split("@")[0]: e for e in Calendar.from_ical(raw).walk("VEVENT")}
    stay = next(s for s in load_plan(world).stays if s.request_id == "R1")
    assert str(events["R1"]["SUMMARY"]) == f"Aflastning: {P1.name}, seng {stay.bed}"
    description = str(events["R1"]["DESCRIPTION"])
    assert "Behov: demens" in description
    assert f"Besked fra visitationen: {P1.handover}" in description
    text = "\n".join(str(e["SUMMARY"]) + str(e["DESCRIPTION"]) for e in events.values())
    texts, requests = _others(world)
    assert [t for t in texts if t in text] == []
    assert [r for r in requests if r in events] == []


def test_the_whole_plan_names_no_one(world: Engine, tmp_path: Path) -> None:
    out = tmp_path / "plan.ics"
    export_plan(world, out)
    calendar = out.read_bytes().decode("utf-8")
    assert P1.name not in calendar and P1.handover not in calendar
    workbook = tmp_path / "plan.xlsx"
    export_plan(world, workbook)
    assert "Navn" not in pd.read_excel(workbook, sheet_name="Plan").columns


def test_a_note_a_spreadsheet_could_run_is_text(world: Engine, tmp_path: Path) -> None:
    set_handover_note(world, "R1", '=HYPERLINK("http://example.invalid")', "planner")
    out = tmp_path / "centre.xlsx"
    export_plan(world, out, centre=CENTRE)
    sheet = openpyxl.load_workbook(out).worksheets[0]
    header = [cell.value for cell in sheet[1]]
    row = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == "R1")
    note = row[header.index("Besked fra visitationen")]
    assert note.data_type == "s" and note.value == '=HYPERLINK("http://example.invalid")'
