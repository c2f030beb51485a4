"""The carer on the Borgere page: shown with the person, found by the search, and edited by a
planner through the service (saved at once and logged by id)."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session
from streamlit.testing.v1 import AppTest

from scheduler.domain.model import Person
from scheduler.service.versions import load_scenario
from scheduler.store import audit
from scheduler.store.database import open_store
from tests.ui.helpers import page, ran, texts

App = Callable[[str], AppTest]
CARER = "Karen Ærø Hansen"


def _stored(url: str, person_id: str) -> tuple[Person, list[tuple[str, str, list[str]]]]:
    """The stored person and the audit log's (action, entity, ids)."""
    engine = open_store(url)
    with Session(engine) as session:
        log = [(e.action, e.entity, e.ids) for e in audit.entries(session)]
    person = load_scenario(engine).person_by_id[person_id]
    engine.dispose()
    return person, log


def _chosen(at: AppTest, person_id: str) -> AppTest:
    page(at, "persons")
    return ran(at.selectbox(key="persons_chosen").set_value(person_id).run())


def _save(at: AppTest, person_id: str, name: str, exempt: bool) -> AppTest:
    at.text_input(key=f"person_carer_{person_id}").input(name)
    at.checkbox(key=f"person_exempt_{person_id}").set_value(exempt)
    [save] = [
        b for b in at.get("form_submit_button") if b.proto.form_id == f"person_edit_{person_id}"
    ]
    return ran(save.click().run())


def test_the_carer_is_shown_and_edited(app: App, demo_url: str) -> None:
    before, logged = _stored(demo_url, "P0001")
    assert before.carer_name == "" and not before.payment_exempt
    at = _chosen(app(demo_url), "P0001")
    assert "**Pårørende:** ingen angivet" in texts(at)

    at = _save(at, "P0001", f" {CARER} ", True)
    assert not at.error
    assert "Borger P0001 er rettet." in at.success[0].value
    shown = texts(at)
    assert f"**Pårørende:** {CARER}" in shown
    assert "Fritaget for egenbetaling" in shown
    person, log = _stored(demo_url, "P0001")
    assert (person.carer_name, person.payment_exempt) == (CARER, True)
    assert log == [*logged, ("edit", "person", ["P0001"])]
    assert CARER not in repr(log)

    # the planner finds the person by the carer's name
    ran(at.text_input(key="persons_search").input("karen ærø").run())
    assert at.selectbox(key="persons_chosen").options == ["Borger 0001 (P0001)"]


def test_an_unchanged_form_saves_nothing(app: App, demo_url: str) -> None:
    _, logged = _stored(demo_url, "P0002")
    at = _save(_chosen(app(demo_url), "P0002"), "P0002", "", False)
    assert "Intet er ændret." in at.info[0].value
    assert _stored(demo_url, "P0002")[1] == logged


def test_the_carer_in_english(app: App, demo_url: str) -> None:
    at = app(demo_url)
    ran(at.sidebar.selectbox(key="lang").set_value("en").run())
    at = _save(_chosen(at, "P0003"), "P0003", CARER, False)
    assert "Person P0003 was edited." in at.success[0].value
    assert f"**Carer:** {CARER}" in texts(at)
    assert "Exempt from own payment" not in texts(at)
