"""Reading an upload that holds only some of a scenario against the store: the rows it brings
are checked with the stored persons, centres and settings, faults are located in the file, and
the scenario read holds only what the upload brings."""

from __future__ import annotations

import io
import zipfile
from datetime import timedelta
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import Engine

from scheduler.domain.faults import ScenarioError
from scheduler.io.scenario_reader import read_scenario
from scheduler.service.casework import ClosureInput, add_closure
from scheduler.service.import_preview import preview_import
from scheduler.service.importing import import_scenario
from scheduler.service.request_edit import edit_request
from scheduler.service.upload import overwritten_edits, read_upload, upload_stamp
from scheduler.service.versions import load_scenario
from scheduler.store.database import open_store

ROOT = Path(__file__).resolve().parents[2]
VALID = ROOT / "tests" / "data" / "valid"
HEADER = ["request_id", "person_id", "received", "start", "end"]


@pytest.fixture
def store(tmp_path: Path) -> Engine:
    """The small valid scenario, imported."""
    engine = open_store(f"sqlite:///{tmp_path / 'upload.db'}")
    import_scenario(engine, read_scenario(VALID), "t")
    return engine


def workbook(sheets: dict[str, list[list[object]]]) -> bytes:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_a_requests_sheet_alone_is_read_against_the_store(store: Engine) -> None:
    data = workbook({"requests": [HEADER, ["R90", "P1", "2027-02-01", "2027-09-06", "2027-09-13"]]})
    scenario = read_upload(store, "nye.xlsx", data)
    assert [r.request_id for r in scenario.requests] == ["R90"]
    assert scenario.persons == () and scenario.centres == () and scenario.closures == ()
    stored = load_scenario(store)
    assert (scenario.rules, scenario.horizon_start) == (stored.rules, stored.horizon_start)
    preview = preview_import(store, scenario)
    assert preview.added["request"] == ("R90",) and preview.changed == ()


def test_a_changed_row_keeps_the_columns_the_sheet_lacks(store: Engine) -> None:
    stored = load_scenario(store).request_by_id["R1"]
    data = workbook({"requests": [["request_id", "priority"], ["R1", 2]]})
    [request] = read_upload(store, "ret.xlsx", data).requests
    assert request.priority == 2
    assert (request.start, request.end, request.flex_days, request.preferred_centre) == (
        stored.start,
        stored.end,
        stored.flex_days,
        stored.preferred_centre,
    )
    [change] = preview_import(store, read_upload(store, "ret.xlsx", data)).changed
    assert (change.key, [f.field for f in change.fields]) == ("R1", ["priority"])


def test_faults_are_located_in_the_uploaded_sheet(store: Engine) -> None:
    data = workbook(
        {
            "requests": [
                HEADER,
                ["R90", "P1", "2027-02-01", "2027-09-06", "2027-09-13"],
                ["R91", "P404", "2027-02-01", "2027-09-06", "2027-09-13"],
                ["R92", "P1", "2027-02-01", "2027-02-30", "2027-09-13"],
            ]
        }
    )
    with pytest.raises(ScenarioError) as error:
        read_upload(store, "fejl.xlsx", data)
    located = {(f.file, f.row, f.column) for f in error.value.faults}
    assert located == {("requests", 3, "person_id"), ("requests", 4, "start")}


def test_a_new_row_needs_every_required_column(store: Engine) -> None:
    data = workbook({"requests": [["request_id", "person_id"], ["R90", "P1"]]})
    with pytest.raises(ScenarioError) as error:
        read_upload(store, "kort.xlsx", data)
    assert {f.column for f in error.value.faults} >= {"received", "start", "end"}


def test_a_zip_of_one_csv_file_is_read_too(store: Engine) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("persons.csv", "person_id,name\nP9,Testborger Ni (fiktiv)\n")
    scenario = read_upload(store, "ny.zip", buffer.getvalue())
    assert [p.person_id for p in scenario.persons] == ["P9"]
    assert scenario.requests == ()


def test_closures_replace_only_those_of_the_centres_they_name(store: Engine) -> None:
    stored = load_scenario(store)
    other = {c.centre_id for c in stored.closures} - {"C1"}
    data = workbook(
        {
            "closures": [
                ["centre_id", "start", "end", "beds_closed"],
                ["C1", "2027-08-02", "2027-08-09", 1],
            ]
        }
    )
    scenario = read_upload(store, "luk.xlsx", data)
    assert [c.centre_id for c in scenario.centres] == ["C1"]
    import_scenario(store, scenario, "t")
    after = load_scenario(store)
    assert [(c.start.isoformat()) for c in after.closures if c.centre_id == "C1"] == ["2027-08-02"]
    assert {c.centre_id for c in after.closures} - {"C1"} == other


def test_an_empty_store_needs_a_whole_scenario(tmp_path: Path) -> None:
    empty = open_store(f"sqlite:///{tmp_path / 'empty.db'}")
    data = workbook({"requests": [HEADER, ["R90", "P1", "2027-02-01", "2027-09-06", "2027-09-13"]]})
    with pytest.raises(ScenarioError) as error:
        read_upload(empty, "nye.xlsx", data)
    assert "sheet.missing" in {f.code for f in error.value.faults}


def test_edits_made_in_the_app_that_an_upload_overwrites(store: Engine) -> None:
    request = load_scenario(store).request_by_id["R2"]
    cells = {
        "request_id": "R2",
        "person_id": request.person_id,
        "received": request.received.isoformat(),
        "start": request.start.isoformat(),
        "end": request.end.isoformat(),
        "flex_days": "3",
        "kind": request.kind.value,
        "priority": str(request.priority),
        "preferred_centre": request.preferred_centre or "",
    }
    stamp = upload_stamp(store)
    edit_request(store, cells, "case-worker")
    assert upload_stamp(store) != stamp
    data = workbook({"requests": [["request_id", "flex_days"], ["R2", 0], ["R1", 9]]})
    preview = preview_import(store, read_upload(store, "gammel.xlsx", data))
    [edit] = overwritten_edits(store, preview)
    assert (edit.entity, edit.key, edit.action, edit.actor) == (
        "request",
        "R2",
        "edit",
        "case-worker",
    )
    import_scenario(store, read_upload(store, "gammel.xlsx", data), "t")
    again = preview_import(store, read_upload(store, "gammel.xlsx", data))
    assert overwritten_edits(store, again) == [], "imported since: nothing of the app's is left"


def test_a_closure_reported_in_the_app_is_named_before_an_import_drops_it(store: Engine) -> None:
    centre = load_scenario(store).centres[0].centre_id
    scenario = read_scenario(VALID)
    start = scenario.horizon_start
    add_closure(store, ClosureInput(centre, start, start + timedelta(days=7), 1), "manager")
    preview = preview_import(store, scenario)
    assert [c.centre_id for c in preview.closures] == [centre]
    [edit] = overwritten_edits(store, preview)
    assert (edit.entity, edit.key, edit.action, edit.actor) == ("closure", centre, "add", "manager")
    import_scenario(store, scenario, "t")
    assert overwritten_edits(store, preview_import(store, scenario)) == []
