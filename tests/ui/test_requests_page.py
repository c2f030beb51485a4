"""Uploads and edits on the Ønsker page: nothing changes while any fault is found."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session
from streamlit.testing.v1 import AppTest

from scheduler.domain.model import Scenario
from scheduler.service.versions import load_scenario
from scheduler.store import audit
from scheduler.store.database import open_store
from tests.ui.helpers import BROKEN, VALID, folder_zip, ran

App = Callable[[str], AppTest]


def _stored(url: str) -> tuple[Scenario, int]:
    """The stored scenario and the number of audit entries."""
    engine = open_store(url)
    with Session(engine) as session:
        return load_scenario(engine), len(audit.entries(session))


def _upload(at: AppTest, name: str, data: bytes) -> AppTest:
    ran(at.switch_page("screens/requests.py").run())
    at.file_uploader(key="requests_upload").upload(name, data)
    ran(at.run())
    return ran(at.button[0].click().run())


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
    assert _stored(demo_url) == before


def test_a_valid_upload_is_imported(app: App, demo_url: str) -> None:
    at = _upload(app(demo_url), "valid.zip", folder_zip(VALID))
    assert not at.error
    assert "Indlæst" in at.success[0].value
    assert "R5" in load_scenario(open_store(demo_url)).request_by_id


def _edit(at: AppTest, request: str, cells: dict[str, str]) -> AppTest:
    ran(at.switch_page("screens/requests.py").run())
    ran(at.selectbox(key="edit_request").set_value(request).run())
    for column, value in cells.items():
        next(box for box in at.text_input if box.label == column).input(value)
    return ran(at.get("form_submit_button")[0].click().run())


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
    assert now_logged == logged + 1
