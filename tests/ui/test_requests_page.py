"""Uploads and edits on the Ønsker page: nothing changes while any fault is found; an upload is
previewed (added, changed old → new, the app's changes it overwrites, the promises it breaks)
and imported only when confirmed; a workbook of new and changed rows alone is accepted."""

from __future__ import annotations

import io
from collections.abc import Callable

import openpyxl
from sqlalchemy.orm import Session
from streamlit.testing.v1 import AppTest

from scheduler.domain.model import Request, Scenario
from scheduler.service.request_edit import edit_request
from scheduler.service.versions import load_plan, load_scenario
from scheduler.store import audit
from scheduler.store.database import open_store
from tests.ui.helpers import BROKEN, VALID, folder_zip, opened, ran, texts

App = Callable[[str], AppTest]


def _stored(url: str) -> tuple[Scenario, int]:
    """The stored scenario and the number of audit entries."""
    engine = open_store(url)
    with Session(engine) as session:
        return load_scenario(engine), len(audit.entries(session))


def _upload(at: AppTest, name: str, data: bytes) -> AppTest:
    """Upload a file on Ønsker and ask what it would change (nothing is written yet)."""
    ran(at.switch_page("screens/requests.py").run())
    [field] = at.get("file_uploader")
    field.upload(name, data)
    ran(at.run())
    return ran(at.button(key="upload_look").click().run())


def _workbook(sheets: dict[str, list[list[object]]]) -> bytes:
    """An ``.xlsx`` holding the sheets given (the header row first)."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _row(request: Request, **changed: object) -> list[object]:
    """A ``requests`` row of the request, with some cells changed."""
    cells = {
        "request_id": request.request_id,
        "person_id": request.person_id,
        "received": request.received.isoformat(),
        "start": request.start.isoformat(),
        "end": request.end.isoformat(),
        "flex_days": request.flex_days,
        "priority": request.priority,
    }
    return list({**cells, **changed}.values())


HEADER = ["request_id", "person_id", "received", "start", "end", "flex_days", "priority"]


def test_an_upload_with_faults_imports_nothing(app: App, demo_url: str) -> None:
    before = _stored(demo_url)
    at = _upload(app(demo_url), "scenario.zip", folder_zip(BROKEN / "bad-date"))
    assert "intet er indlæst" in at.error[0].value
    faults = at.dataframe[0].value
    assert list(faults.columns) == ["Fil", "Række", "Kolonne", "Værdi", "Fejl"]
    assert len(faults) > 0 and set(faults["Fil"]) <= {
        "requests.csv",
        "closures.csv",
        "bookings.csv",
    }
    assert "upload_confirm" not in [b.key for b in at.button]
    assert _stored(demo_url) == before


def test_a_file_that_is_no_workbook_is_refused(app: App, demo_url: str) -> None:
    before = _stored(demo_url)
    at = _upload(app(demo_url), "ønsker.xlsx", b"not a workbook at all")
    assert "intet er indlæst" in at.error[0].value
    assert "upload_confirm" not in [b.key for b in at.button]
    assert _stored(demo_url) == before


def test_a_valid_upload_is_previewed_then_imported(app: App, demo_url: str) -> None:
    before = _stored(demo_url)
    at = _upload(app(demo_url), "valid.zip", folder_zip(VALID))
    assert not at.error
    assert "dette vil indlæsningen gøre. Intet er gemt endnu." in texts(at)
    assert _stored(demo_url) == before, "nothing is written by the preview"
    added = at.dataframe[0].value
    assert "R5" in set(added["Id"])
    ran(at.button(key="upload_confirm").click().run())
    assert "Indlæst" in at.success[0].value
    assert "R5" in load_scenario(open_store(demo_url)).request_by_id
    assert "upload_confirm" not in [b.key for b in at.button], "the preview is gone"


def test_a_workbook_of_new_and_changed_requests_only_is_accepted(app: App, demo_url: str) -> None:
    stored = load_scenario(open_store(demo_url))
    changed = stored.request_by_id["R00002"]
    rows = [
        HEADER,
        ["R90001", "P0001", "2027-02-01", "2027-10-04", "2027-10-11", 0, 0],
        _row(changed, priority=2),
    ]
    at = _upload(app(demo_url), "nye.xlsx", _workbook({"requests": rows}))
    assert not at.error
    added, fields = at.dataframe[0].value, at.dataframe[1].value
    assert list(added["Id"]) == ["R90001"]
    assert fields.values.tolist() == [["ønske", "R00002", "Prioritet (priority)", "0", "2"]]
    assert "R90001" not in load_scenario(open_store(demo_url)).request_by_id
    ran(at.button(key="upload_confirm").click().run())
    assert "Indlæst" in at.success[0].value
    after = load_scenario(open_store(demo_url))
    assert after.request_by_id["R90001"].person_id == "P0001"
    assert after.request_by_id["R00002"].priority == 2
    assert len(after.persons) == len(stored.persons), "no person was touched"


def test_an_upload_names_the_changes_made_in_the_app_it_overwrites(app: App, demo_url: str) -> None:
    engine = open_store(demo_url)
    request = load_scenario(engine).request_by_id["R00003"]
    edit_request(engine, {**_cells(request), "priority": "2"}, "case-worker")
    rows = [HEADER, _row(request, priority=1)]
    at = _upload(app(demo_url), "gammel.xlsx", _workbook({"requests": rows}))
    [edits] = [f.value for f in at.dataframe if "Ændret i appen" in f.value.columns]
    assert edits.values.tolist()[0][:4] == ["ønske", "R00003", "rettet", "case-worker"]
    assert any("overskriver 1 ændring" in w.value for w in at.warning)


def test_an_upload_that_breaks_a_promise_is_refused(app: App, demo_url: str) -> None:
    engine = open_store(demo_url)
    before = _stored(demo_url)
    granted = load_plan(engine).stays[0]
    request = load_scenario(engine).request_by_id[granted.request_id]
    moved = [HEADER, _row(request, start="2027-11-01", end="2027-11-08")]
    at = _upload(app(demo_url), "flyt.xlsx", _workbook({"requests": moved}))
    broken = at.table[0].value
    assert granted.request_id in set(broken["Ønske"])
    assert any("kan ikke indlæses" in e.value for e in at.error)
    assert at.button(key="upload_confirm").disabled
    assert _stored(demo_url) == before


def test_a_preview_can_be_cancelled(app: App, demo_url: str) -> None:
    before = _stored(demo_url)
    at = _upload(app(demo_url), "valid.zip", folder_zip(VALID))
    ran(at.button(key="upload_cancel").click().run())
    assert "Indlæsningen er annulleret; intet er gemt." in [i.value for i in at.info]
    assert "upload_confirm" not in [b.key for b in at.button]
    assert _stored(demo_url) == before


def test_a_preview_of_data_changed_since_is_not_imported(app: App, demo_url: str) -> None:
    at = _upload(app(demo_url), "valid.zip", folder_zip(VALID))
    engine = open_store(demo_url)
    request = load_scenario(engine).request_by_id["R00003"]
    edit_request(engine, {**_cells(request), "priority": "2"}, "someone-else")
    ran(at.button(key="upload_confirm").click().run())
    assert any("Data er ændret, siden du så ændringerne" in w.value for w in at.warning)
    assert "R5" not in load_scenario(open_store(demo_url)).request_by_id
    assert at.button(key="upload_confirm"), "the preview is shown again, up to date"


def _cells(request: Request) -> dict[str, str]:
    return {
        "request_id": request.request_id,
        "person_id": request.person_id,
        "received": request.received.isoformat(),
        "start": request.start.isoformat(),
        "end": request.end.isoformat(),
        "flex_days": str(request.flex_days),
        "kind": request.kind.value,
        "priority": str(request.priority),
        "preferred_centre": request.preferred_centre or "",
    }


def _edit(at: AppTest, request: str, cells: dict[str, str]) -> AppTest:
    opened(ran(at.switch_page("screens/requests.py").run()), "edit_box")
    ran(at.selectbox(key="edit_request").set_value(request).run())
    for column, value in cells.items():
        next(box for box in at.text_input if box.label == column).input(value)
    [save] = [b for b in at.get("form_submit_button") if b.proto.form_id == f"edit_{request}"]
    return ran(save.click().run())


def test_a_bad_edit_changes_nothing(app: App, demo_url: str) -> None:
    before = _stored(demo_url)
    at = _edit(app(demo_url), "R00001", {"start": "2027-02-30"})
    assert at.error
    assert list(at.dataframe[-1].value["Kolonne"]) == ["start"]
    assert _stored(demo_url) == before


def test_a_good_edit_is_saved_and_logged(app: App, demo_url: str) -> None:
    _, logged = _stored(demo_url)
    at = _edit(app(demo_url), "R00001", {"priority": "3"})
    assert not at.error
    assert "R00001" in at.success[0].value
    scenario, now_logged = _stored(demo_url)
    assert scenario.request_by_id["R00001"].priority == 3
    assert now_logged == logged + 1, "one entry: the edit"
