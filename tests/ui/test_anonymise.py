"""Personal data in the app: anonymising on Borgere only once the grant has ended and only
after confirming; the handover note on Ønsker, saved, and refused at the field when too long."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from sqlalchemy.orm import Session
from streamlit.testing.v1 import AppTest

from scheduler.service.request_edit import handover_notes
from scheduler.service.versions import load_scenario
from scheduler.store import audit
from scheduler.store.database import open_store
from scheduler.store.models import PersonRow
from tests.ui.helpers import opened, page, ran, texts

App = Callable[[str], AppTest]
ENDED, RUNNING = "P0001", "P0002"


def _end_grant(url: str, person_id: str, day: date) -> str:
    """End the person's grant directly in the store; returns the person's name."""
    engine = open_store(url)
    with Session(engine) as session, session.begin():
        person = session.get(PersonRow, person_id)
        assert person is not None
        person.grant_ended = day
        name = person.name
    engine.dispose()
    return name


def _chosen(at: AppTest, person_id: str) -> AppTest:
    page(at, "persons")
    return ran(at.selectbox(key="persons_chosen").set_value(person_id).run())


def _keys(at: AppTest) -> list[str | None]:
    return [b.key for b in at.button]


def test_anonymising_asks_first_and_only_for_an_ended_grant(app: App, demo_url: str) -> None:
    name = _end_grant(demo_url, ENDED, date(2026, 10, 30))
    at = _chosen(app(demo_url), RUNNING)
    assert "Bevillingen er ikke afsluttet" in texts(at)
    assert "anonymise_ask" not in _keys(at)

    at = _chosen(at, ENDED)
    assert "Bevillingen sluttede 30.10.2026." in texts(at)
    ran(at.button(key="anonymise_ask").click().run())
    ran(at.button(key="anonymise_cancel").click().run())
    assert "anonymise_confirm" not in _keys(at)
    assert load_scenario(open_store(demo_url)).person_by_id[ENDED].name == name

    ran(at.button(key="anonymise_ask").click().run())
    ran(at.run())  # the confirmation stays open across runs
    ran(at.button(key="anonymise_confirm").click().run())
    assert "Borgeren P0001 er anonymiseret" in at.success[0].value
    assert "Borgeren blev anonymiseret" in texts(at)
    assert "anonymise_ask" not in _keys(at)
    engine = open_store(demo_url)
    assert load_scenario(engine).person_by_id[ENDED].name == "Anonymiseret P0001"
    with Session(engine) as session:
        last = audit.entries(session)[-1]
    assert (last.action, last.ids) == ("anonymise", [ENDED])
    assert name not in texts(at)


def test_in_english_and_a_grant_that_ends_later(app: App, demo_url: str) -> None:
    _end_grant(demo_url, ENDED, date(2026, 10, 30))
    _end_grant(demo_url, RUNNING, date.today() + timedelta(days=7))
    at = app(demo_url)
    ran(at.sidebar.selectbox(key="lang").set_value("en").run())
    at = _chosen(at, RUNNING)
    later = (date.today() + timedelta(days=7)).isoformat()
    assert f"The grant ends on {later}; the person can be anonymised from that day." in texts(at)
    assert "anonymise_ask" not in _keys(at)
    at = _chosen(at, ENDED)
    assert "The grant ended on 2026-10-30." in texts(at)
    assert "anonymise_ask" in _keys(at)


def _note_form(at: AppTest, request_id: str) -> AppTest:
    page(at, "requests")
    opened(at, "handover_box")
    return ran(at.selectbox(key="handover_request").set_value(request_id).run())


def _submit(at: AppTest, request_id: str, text: str) -> AppTest:
    at.text_area(key=f"handover_text_{request_id}").input(text)
    [save] = [
        b for b in at.get("form_submit_button") if b.proto.form_id == f"handover_form_{request_id}"
    ]
    return ran(save.click().run())


def test_the_note_is_saved_and_a_too_long_one_refused(app: App, demo_url: str) -> None:
    engine = open_store(demo_url)
    at = _note_form(app(demo_url), "R00001")
    at = _submit(at, "R00001", "x" * 1001)
    assert "1001 tegn lang; den må højst være 1000 tegn" in at.error[0].value
    assert handover_notes(engine, ["R00001"]) == {}

    at = _submit(at, "R00001", "Kommer med rollator; datteren henter kl. 14")
    assert "Beskeden til centret om ønske R00001 er gemt." in at.success[0].value
    assert handover_notes(engine, ["R00001"]) == {
        "R00001": "Kommer med rollator; datteren henter kl. 14"
    }
    assert at.text_area(key="handover_text_R00001").value.startswith("Kommer med rollator")
    at = _submit(at, "R00001", "Kommer med rollator; datteren henter kl. 14")
    assert "uændret" in at.info[0].value
