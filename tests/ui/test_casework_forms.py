"""The case-work forms of the app (AppTest): a new person, a new wish, a closure, a changed
promise, what happened to a stay, and a person's rules. Bad input is shown at its field and
nothing is stored; the service's refusals are shown next to the button; a change is published
only after it was seen and confirmed, and only on the version seen."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from sqlalchemy.orm import Session
from streamlit.testing.v1 import AppTest
from streamlit.testing.v1.element_tree import Block, Element, Error

from scheduler.domain.model import Stay
from scheduler.service import casework as cw
from scheduler.service.connection import open_store
from scheduler.service.operations import cancel
from scheduler.service.request_edit import handover_notes
from scheduler.service.versions import list_versions, load_plan, load_scenario
from scheduler.service.views import Which, plan_view
from scheduler.store.models import PersonRow
from scheduler.store.plan_repo import VersionOrigin
from tests.ui.helpers import as_manager, page, ran, texts

App = Callable[[str], AppTest]
PERSON_FORM, WISH_FORM, CLOSURE_FORM = "cw_person", "cw_wish", "cw_closure"


def _key(form: str, name: str, generation: int = 0) -> str:
    return f"{form}_{name}_{generation}"


def _errors_at(at: AppTest, key: str) -> list[str]:
    """The faults shown right under the widget ``key`` (in its column or form)."""

    def search(block: Block) -> list[str] | None:
        children = list(block.children.values())
        for index, child in enumerate(children):
            if isinstance(child, Block):
                found = search(child)
                if found is not None:
                    return found
            elif getattr(child, "key", None) == key:
                after = children[index + 1] if index + 1 < len(children) else None
                return [str(after.value)] if _is_error(after) else []
        return None

    found = search(at.main)
    assert found is not None, f"no widget {key!r} on the page"
    return found


def _is_error(element: Element | Block | None) -> bool:
    return isinstance(element, Error)


def _click(at: AppTest, label: str) -> AppTest:
    """Click the button (or form submit button) labelled ``label`` and run."""
    [button] = [b for b in at.button if b.label == label]
    return ran(button.click().run())


def _versions(url: str) -> list[tuple[VersionOrigin, str]]:
    return [(v.origin, v.created_by) for v in list_versions(open_store(url))]


def _stay(url: str, request_id: str) -> Stay | None:
    return load_plan(open_store(url)).by_request[request_id].stay


# a new person


def test_a_new_person_with_faults_is_refused_at_its_fields(app: App, demo_url: str) -> None:
    at = page(app(demo_url), "persons")
    before = len(load_scenario(open_store(demo_url)).persons)
    assert at.text_input(key=_key(PERSON_FORM, "person_id")).value == "P0151"
    at.text_input(key=_key(PERSON_FORM, "person_id")).input("P0001")
    at.text_input(key=_key(PERSON_FORM, "name")).input("x" * 201)
    at.number_input(key=_key(PERSON_FORM, "used_nights")).set_value(5000)
    at = _click(at, "Opret borger")
    assert _errors_at(at, _key(PERSON_FORM, "person_id")) == [
        'Id\'et "P0001" er allerede brugt; vælg et nyt'
    ]
    assert "højst have 200" in _errors_at(at, _key(PERSON_FORM, "name"))[0]
    assert "højst 3660" in _errors_at(at, _key(PERSON_FORM, "used_nights"))[0]
    assert _errors_at(at, _key(PERSON_FORM, "annual_nights")) == []
    assert not at.success

    at.text_input(key=_key(PERSON_FORM, "person_id")).input("0101701234")
    at = _click(at, "Opret borger")
    assert "CPR-nummer" in _errors_at(at, _key(PERSON_FORM, "person_id"))[0]
    at.text_input(key=_key(PERSON_FORM, "person_id")).input(" ")
    at = _click(at, "Opret borger")
    assert _errors_at(at, _key(PERSON_FORM, "person_id")) == ["Skal udfyldes."]
    assert len(load_scenario(open_store(demo_url)).persons) == before


def test_a_new_person_is_saved_and_shown(app: App, demo_url: str) -> None:
    at = page(app(demo_url), "persons")
    at.text_input(key=_key(PERSON_FORM, "name")).input("Ny Borger")
    at.multiselect(key=_key(PERSON_FORM, "needs")).set_value(["demens"])
    at.number_input(key=_key(PERSON_FORM, "annual_nights")).set_value(30)
    at.checkbox(key=_key(PERSON_FORM, "helper")).check()
    at = _click(at, "Opret borger")
    assert "Borgeren Ny Borger (P0151) er oprettet" in at.success[0].value
    assert at.selectbox(key="persons_chosen").value == "P0151"
    assert at.text_input(key=_key(PERSON_FORM, "person_id", 1)).value == "P0152"
    person = load_scenario(open_store(demo_url)).person_by_id["P0151"]
    assert (person.needs, person.annual_nights, person.self_appointed_helper) == (
        frozenset({"demens"}),
        30,
        True,
    )
    assert "Ingen lovede ophold i den offentliggjorte plan." in texts(at)
    assert _versions(demo_url) == [(VersionOrigin.PLANNED, "tester")]


# a new wish


def _wish(at: AppTest, person: str | None, start: date | None, end: date | None) -> AppTest:
    page(at, "requests")
    if person is not None:
        at.selectbox(key=_key(WISH_FORM, "person_id")).set_value(person)
    at.date_input(key=_key(WISH_FORM, "start")).set_value(start)
    at.date_input(key=_key(WISH_FORM, "end")).set_value(end)
    return at


def test_a_wish_with_faults_is_refused_at_its_fields(app: App, demo_url: str) -> None:
    at = _wish(app(demo_url), None, date(2027, 7, 12), date(2027, 7, 5))
    at.text_input(key=_key(WISH_FORM, "request_id")).input("R00001")
    at = _click(at, "Find en plads nu")
    assert _errors_at(at, _key(WISH_FORM, "person_id")) == ["Skal udfyldes."]
    assert "skal ligge efter startdatoen" in _errors_at(at, _key(WISH_FORM, "end"))[0]
    assert "allerede brugt" in _errors_at(at, _key(WISH_FORM, "request_id"))[0]
    assert not at.success and not at.warning

    at.date_input(key=_key(WISH_FORM, "start")).set_value(None)
    at = _click(at, "Gem til næste planlægning")
    assert _errors_at(at, _key(WISH_FORM, "start")) == ["Skal udfyldes."]
    assert "R00451" not in load_scenario(open_store(demo_url)).request_by_id


def test_finding_a_place_needs_a_published_plan(app: App, imported_url: str) -> None:
    at = _wish(app(imported_url), "P0001", date(2027, 3, 1), date(2027, 3, 8))
    at = _click(at, "Find en plads nu")
    [box] = [e for e in at.expander if e.label == "Nyt ønske"]
    [error] = box.error
    assert (
        error.value == "Der er endnu ingen offentliggjort plan. Offentliggør en under Planlægning."
    )
    at = _click(at, "Gem til næste planlægning")
    assert "Ønsket R00451 er gemt; det planlægges ved næste planlægning." in at.success[0].value
    assert "R00451" in load_scenario(open_store(imported_url)).request_by_id


def test_a_wish_that_does_not_fit_offers_a_later_stay_then_is_booked(
    app: App, demo_url: str
) -> None:
    at = _wish(app(demo_url), "P0001", date(2027, 7, 12), date(2027, 7, 19))
    at.text_area(key=_key(WISH_FORM, "handover_note")).input("Kommer med egen kørestol")
    at = _click(at, "Find en plads nu")
    [warning] = at.warning
    assert "Ønsket R00451 kan ikke få plads" in warning.value
    assert "Intet er gemt" in warning.value
    assert "R00451" not in load_scenario(open_store(demo_url)).request_by_id
    at = ran(at.button(key=f"{WISH_FORM}_earliest").click().run())
    [fits] = at.success
    assert "Ønsket R00451 kan få plads nu: Testcenter Øst, 13.09.2027 – 20.09.2027" in fits.value
    assert len(list_versions(open_store(demo_url))) == 1
    at = ran(at.button(key=f"{WISH_FORM}_book").click().run())
    assert "er gemt og bevilget" in at.success[0].value
    assert "Planversion 2 er offentliggjort" in at.success[0].value
    stay = _stay(demo_url, "R00451")
    assert stay is not None and (stay.centre_id, stay.start) == ("C03", date(2027, 9, 13))
    assert _versions(demo_url)[-1] == (VersionOrigin.PLACED, "demo-planner")
    assert handover_notes(open_store(demo_url), ["R00451"]) == {
        "R00451": "Kommer med egen kørestol"
    }


def test_a_wish_over_the_yearly_limit_is_not_sent_to_a_later_date(app: App, demo_url: str) -> None:
    """A later stay gets round a full centre, not a yearly limit: the refusal says why and
    does not say that no later stay fits."""
    engine = open_store(demo_url)
    with Session(engine) as session, session.begin():
        person = session.get(PersonRow, "P0001")
        assert person is not None
        person.annual_nights = 3
    at = _wish(app(demo_url), "P0001", date(2027, 3, 1), date(2027, 3, 8))
    at = _click(at, "Find en plads nu")
    [warning] = at.warning
    assert "Ønsket R00451 kan ikke få plads" in warning.value
    assert "årlige" in warning.value or "døgn" in warning.value
    assert "Intet senere ophold" not in texts(at)


def test_a_booking_on_a_stale_verdict_is_refused(app: App, demo_url: str) -> None:
    at = _wish(app(demo_url), "P0001", date(2027, 3, 1), date(2027, 3, 8))
    at = _click(at, "Find en plads nu")
    assert at.success
    cancel(open_store(demo_url), "R00001", "someone-else")
    at = ran(at.button(key=f"{WISH_FORM}_book").click().run())
    assert "Planen er ændret, siden du så forslaget" in at.error[0].value
    assert "R00451" not in load_scenario(open_store(demo_url)).request_by_id


# a closure


def _closure(at: AppTest, start: date | None, end: date | None, beds: int = 1) -> AppTest:
    at.date_input(key=_key(CLOSURE_FORM, "start")).set_value(start)
    at.date_input(key=_key(CLOSURE_FORM, "end")).set_value(end)
    at.number_input(key=_key(CLOSURE_FORM, "beds")).set_value(beds)
    return _click(at, "Meld lukning …")


def test_a_closure_with_faults_is_refused_at_its_fields(app: App, demo_url: str) -> None:
    at = page(app(demo_url), "occupancy")
    at = _closure(at, date(2027, 8, 1), date(2027, 7, 1))
    assert "skal ligge efter startdatoen" in _errors_at(at, _key(CLOSURE_FORM, "end"))[0]
    at = _closure(at, None, date(2027, 7, 1))
    assert _errors_at(at, _key(CLOSURE_FORM, "start")) == ["Skal udfyldes."]
    assert [b.label for b in at.button if b.label == "Bekræft lukningen"] == []
    # every bed of a full summer week: the promises there would not fit
    at = _closure(at, date(2027, 7, 12), date(2027, 7, 19), beds=4)
    assert "Testcenter Nord" in texts(at)
    at = _click(at, "Bekræft lukningen")
    [error] = at.error
    assert "Lukningen er ikke gemt: Testcenter Nord ville få færre åbne senge" in error.value
    assert "• Ønske R" in error.value
    engine = open_store(demo_url)
    assert len(load_scenario(engine).closures) == 1 and len(list_versions(engine)) == 1


def test_a_manager_reports_a_closure_of_their_own_centre_only(app: App, demo_url: str) -> None:
    at = page(as_manager(app(demo_url), "C02"), "occupancy")
    centre = at.selectbox(key=_key(CLOSURE_FORM, "centre"))
    assert centre.options == ["Testcenter Syd"] and centre.disabled
    at = _closure(at, date(2027, 2, 1), date(2027, 2, 3))
    assert "1 seng(e) lukket på Testcenter Syd" in texts(at)
    assert len(load_scenario(open_store(demo_url)).closures) == 1, "not before the confirmation"
    at = _click(at, "Bekræft lukningen")
    assert "Lukningen er gemt: 1 seng(e) på Testcenter Syd" in at.success[0].value
    closures = load_scenario(open_store(demo_url)).closures
    assert [(c.centre_id, c.start, c.end) for c in closures if c.centre_id == "C02"] == [
        ("C02", date(2027, 2, 1), date(2027, 2, 3))
    ]
    assert _versions(demo_url)[-1] == (VersionOrigin.CLOSURE, "demo-centre-manager")


# a changed promise


def _change(at: AppTest, request_id: str) -> AppTest:
    page(at, "requests")
    return ran(at.selectbox(key="cw_req_change_request").set_value(request_id).run())


def _change_key(request_id: str, name: str) -> str:
    return f"cw_change_requests_{request_id}_{name}"


def test_a_change_that_does_not_fit_names_the_rule_and_what_would(app: App, demo_url: str) -> None:
    at = _change(app(demo_url), "R00001")
    assert "**Lovet nu:** Testcenter Nord, 09.08.2027 – 16.08.2027 (7 døgn)" in texts(at)
    at = ran(at.button(key=_change_key("R00001", "check")).click().run())
    assert "Opholdet er allerede sådan" in at.info[0].value
    # moving the arrival moves the departure with it
    at = ran(at.date_input(key=_change_key("R00001", "start")).set_value(date(2027, 7, 12)).run())
    assert at.date_input(key=_change_key("R00001", "end")).value == date(2027, 7, 19)
    at = ran(at.button(key=_change_key("R00001", "check")).click().run())
    [warning] = at.warning
    assert "passer ikke. Intet er ændret." in warning.value
    assert "**ledige senge**" in texts(at)
    takes = [b for b in at.button if (b.key or "").startswith(_change_key("R00001", "take_"))]
    assert [b.label.split(":")[0] for b in takes] == ["Nærmeste datoer samme sted"] * 2
    assert any(b.label.startswith("Åbn ønske R00052") for b in at.button)
    assert _stay(demo_url, "R00001") == Stay(
        "R00001", "C01", 3, date(2027, 8, 9), date(2027, 8, 16)
    )

    at = ran(takes[1].click().run())
    assert "Ændringen passer" in at.success[0].value
    assert at.date_input(key=_change_key("R00001", "start")).value == date(2027, 8, 7)
    at = ran(at.button(key=_change_key("R00001", "confirm")).click().run())
    assert "Opholdet for ønske R00001 er ændret" in at.success[0].value
    stay = _stay(demo_url, "R00001")
    assert stay is not None and (stay.start, stay.end) == (date(2027, 8, 7), date(2027, 8, 14))
    assert _versions(demo_url)[-1] == (VersionOrigin.CHANGED, "demo-planner")


def test_a_stay_that_would_have_to_move_can_be_opened(app: App, demo_url: str) -> None:
    at = _change(app(demo_url), "R00001")
    at = ran(at.date_input(key=_change_key("R00001", "start")).set_value(date(2027, 7, 12)).run())
    at = ran(at.button(key=_change_key("R00001", "check")).click().run())
    [opener] = [b for b in at.button if b.label.startswith("Åbn ønske R00052")]
    at = ran(opener.click().run())
    assert at.selectbox(key="cw_req_change_request").value == "R00052"


def test_a_change_refused_or_stale_changes_nothing(app: App, demo_url: str) -> None:
    at = _change(app(demo_url), "R00001")
    at = ran(at.date_input(key=_change_key("R00001", "end")).set_value(date(2027, 8, 5)).run())
    at = ran(at.button(key=_change_key("R00001", "check")).click().run())
    assert "Afrejsen (05.08.2027) skal ligge efter ankomsten (09.08.2027)." in at.error[0].value
    at = ran(at.date_input(key=_change_key("R00001", "end")).set_value(date(2027, 8, 15)).run())
    at = ran(at.button(key=_change_key("R00001", "check")).click().run())
    assert "Ændringen passer" in at.success[0].value
    cancel(open_store(demo_url), "R00002", "someone-else")
    at = ran(at.button(key=_change_key("R00001", "confirm")).click().run())
    assert "Planen er ændret, siden du så forslaget" in at.error[0].value
    stay = _stay(demo_url, "R00001")
    assert stay is not None and stay.end == date(2027, 8, 16)


# what happened to a stay

AFTER_THE_DEMO = date(2027, 12, 31)
"""A day after every stay of the demo recorded below: what is recorded has happened."""


@pytest.fixture
def after_the_demo(monkeypatch: pytest.MonkeyPatch) -> None:
    """The app's today (``RESPITE_TODAY``) after the demo's stays."""
    monkeypatch.setenv("RESPITE_TODAY", AFTER_THE_DEMO.isoformat())


def _at_centre(url: str, centre: str) -> list[Stay]:
    view = plan_view(open_store(url), Which.PUBLISHED, centre)
    return sorted(view.plan.stays, key=lambda s: s.start)


def _records(at: AppTest, first: date) -> AppTest:
    page(at, "occupancy")
    return ran(at.date_input(key="movements_from").set_value(first).run())


def test_a_manager_records_only_their_centre_and_refusals_are_shown(
    app: App, demo_url: str
) -> None:
    stay = next(s for s in _at_centre(demo_url, "C02") if s.start >= date(2027, 3, 1))
    at = _records(as_manager(app(demo_url), "C02"), stay.start)
    choice = at.selectbox(key="cw_occ_records_stay")
    shown = {option.rsplit(" ", 1)[1] for option in choice.options}  # "Borger … – ønske R…"
    assert stay.request_id in shown
    assert shown <= {s.request_id for s in _at_centre(demo_url, "C02")}
    at = ran(choice.set_value(stay.request_id).run())
    prefix = f"cw_record_cw_occ_records_{stay.request_id}"
    at = ran(at.button(key=f"{prefix}_no_show").click().run())
    assert "kom ikke til opholdet" in " ".join(m.value for m in at.markdown)
    # recorded meanwhile by someone else: the refusal is shown next to the buttons
    cw.record_arrival(
        open_store(demo_url), stay.request_id, stay.start, "someone-else", today=AFTER_THE_DEMO
    )
    at = ran(at.button(key=f"{prefix}_confirm").click().run())
    assert "Der er allerede registreret det" in at.error[0].value
    assert _stay(demo_url, stay.request_id) == stay


@pytest.mark.usefixtures("after_the_demo")
def test_a_no_show_frees_the_stay(app: App, demo_url: str) -> None:
    stay = next(s for s in _at_centre(demo_url, "C01") if s.start >= date(2027, 3, 1))
    at = _records(app(demo_url), stay.start)
    at = ran(at.selectbox(key="cw_occ_records_stay").set_value(stay.request_id).run())
    prefix = f"cw_record_cw_occ_records_{stay.request_id}"
    at = ran(at.button(key=f"{prefix}_no_show").click().run())
    at = ran(at.button(key=f"{prefix}_cancel").click().run())
    assert _stay(demo_url, stay.request_id) == stay, "nothing before the confirmation"
    at = ran(at.button(key=f"{prefix}_no_show").click().run())
    at = ran(at.button(key=f"{prefix}_confirm").click().run())
    message = at.success[0].value
    assert f"Udeblivelsen er registreret for ønske {stay.request_id}." in message
    assert f"{stay.nights} døgn er frigivet" in message and "Se ventelisten" in message
    assert stay.request_id not in load_plan(open_store(demo_url)).by_request
    assert _versions(demo_url)[-1] == (VersionOrigin.RECORDED, "demo-planner")


@pytest.mark.usefixtures("after_the_demo")
def test_a_late_arrival_is_recorded_from_the_persons_page(app: App, demo_url: str) -> None:
    stay = _stay(demo_url, "R00001")
    assert stay is not None
    at = page(app(demo_url), "persons")
    at = ran(at.selectbox(key="persons_chosen").set_value("P0032").run())
    at = ran(at.selectbox(key="cw_acc_stay_P0032").set_value("R00001").run())
    prefix = "cw_record_acc_P0032_R00001"
    at.date_input(key=f"{prefix}_arrived_day").set_value(stay.start + timedelta(days=2))
    at = ran(at.button(key=f"{prefix}_arrived").click().run())
    at = ran(at.button(key=f"{prefix}_confirm").click().run())
    assert "Ankomsten 11.08.2027 er registreret for ønske R00001." in at.success[0].value
    assert "2 døgn er frigivet" in at.success[0].value
    account = cw.person_account(open_store(demo_url), "P0032")
    line = next(ln for ln in account.stays if ln.stay.request_id == "R00001")
    assert line.record is not None and line.record.arrived == date(2027, 8, 11)
    assert "Ankom 11.08.2027" in texts(at)


def test_a_no_show_is_undone_from_the_persons_page(app: App, demo_url: str) -> None:
    stay = _stay(demo_url, "R00001")
    assert stay is not None
    cw.record_no_show(open_store(demo_url), "R00001", "demo-planner", today=AFTER_THE_DEMO)
    at = page(app(demo_url), "persons")
    at = ran(at.selectbox(key="persons_chosen").set_value("P0032").run())
    prefix = "cw_undo_no_show_P0032_R00001"
    at = ran(at.button(key=prefix).click().run())
    assert "Fortryd den seneste registrering?" in " ".join(m.value for m in at.markdown)
    at = ran(at.button(key=f"{prefix}_confirm").click().run())
    message = at.success[0].value
    assert "Den seneste registrering for ønsket R00001 er fortrudt" in message
    assert _stay(demo_url, "R00001") == stay
    assert _versions(demo_url)[-1] == (VersionOrigin.RECORDED, "demo-planner")


def test_an_arrival_recorded_by_mistake_is_undone(app: App, demo_url: str) -> None:
    stay = _stay(demo_url, "R00001")
    assert stay is not None
    cw.record_arrival(
        open_store(demo_url), "R00001", stay.start, "demo-planner", today=AFTER_THE_DEMO
    )
    at = page(app(demo_url), "persons")
    at = ran(at.selectbox(key="persons_chosen").set_value("P0032").run())
    at = ran(at.selectbox(key="cw_acc_stay_P0032").set_value("R00001").run())
    prefix = "cw_undo_acc_P0032_R00001"
    at = ran(at.button(key=prefix).click().run())
    at = ran(at.button(key=f"{prefix}_cancel").click().run())
    assert _record(demo_url, "P0032", "R00001") is not None, "nothing before the confirmation"
    at = ran(at.button(key=prefix).click().run())
    at = ran(at.button(key=f"{prefix}_confirm").click().run())
    assert "Den seneste registrering for ønsket R00001 er fortrudt." in at.success[0].value
    assert _record(demo_url, "P0032", "R00001") is None


def _record(url: str, person_id: str, request_id: str) -> cw.StayRecord | None:
    account = cw.person_account(open_store(url), person_id)
    return next(ln.record for ln in account.stays if ln.stay.request_id == request_id)


def test_the_pickers_end_today_and_what_has_not_happened_is_refused_at_its_field(
    app: App, demo_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    stay = _stay(demo_url, "R00001")
    assert stay is not None and (stay.start, stay.end) == (date(2027, 8, 9), date(2027, 8, 16))
    prefix = "cw_record_acc_P0032_R00001"
    monkeypatch.setenv("RESPITE_TODAY", "2027-08-10")  # the stay has begun: pickers end today
    at = page(app(demo_url), "persons")
    at = ran(at.selectbox(key="persons_chosen").set_value("P0032").run())
    at = ran(at.selectbox(key="cw_acc_stay_P0032").set_value("R00001").run())
    arrival = at.date_input(key=f"{prefix}_arrived_day")
    assert (arrival.min, arrival.max) == (date(2027, 8, 9), date(2027, 8, 10))
    departure = at.date_input(key=f"{prefix}_left_day")
    assert (departure.min, departure.max, departure.value) == (date(2027, 8, 10),) * 3

    monkeypatch.setenv("RESPITE_TODAY", "2027-08-08")  # the day before the planned arrival
    at = ran(at.run())
    assert at.date_input(key=f"{prefix}_arrived_day").max == date(2027, 8, 15)
    at = ran(at.button(key=f"{prefix}_arrived").click().run())
    at = ran(at.button(key=f"{prefix}_confirm").click().run())
    assert _errors_at(at, f"{prefix}_arrived_day") == [
        "Ankomsten for ønske R00001 kan først registreres, når den er sket: 09.08.2027 er efter "
        "i dag (08.08.2027)."
    ]
    at = ran(at.button(key=f"{prefix}_no_show").click().run())
    at = ran(at.button(key=f"{prefix}_confirm").click().run())
    assert _errors_at(at, f"{prefix}_no_show") == [
        "En udeblivelse kan først registreres fra den planlagte ankomstdag: ankomsten "
        "09.08.2027 for ønske R00001 er efter i dag (08.08.2027)."
    ]
    at = ran(at.button(key=f"{prefix}_left").click().run())
    at = ran(at.button(key=f"{prefix}_confirm").click().run())
    assert _errors_at(at, f"{prefix}_left_day") == [
        "Afrejsen for ønske R00001 kan først registreres, når den er sket: 10.08.2027 er efter "
        "i dag (08.08.2027)."
    ]
    assert not at.success
    assert _record(demo_url, "P0032", "R00001") is None
    assert _stay(demo_url, "R00001") == stay


# a person's rules


def _rules(at: AppTest, person_id: str) -> AppTest:
    page(at, "persons")
    return ran(at.selectbox(key="persons_chosen").set_value(person_id).run())


def _rules_key(person_id: str, name: str) -> str:
    return f"cw_rules_{person_id}_{name}_0"


def test_rules_with_faults_or_unchanged_save_nothing(app: App, demo_url: str) -> None:
    at = _rules(app(demo_url), "P0032")
    at = _click(at, "Kontrollér ændringen")
    assert "Intet er ændret." in at.error[0].value
    at.number_input(key=_rules_key("P0032", "nights")).set_value(99999)
    at = _click(at, "Kontrollér ændringen")
    assert "højst 3660" in _errors_at(at, _rules_key("P0032", "nights"))[0]
    assert load_scenario(open_store(demo_url)).person_by_id["P0032"].annual_nights is None


def test_a_broken_promise_needs_a_choice_and_a_kept_one_a_reason(app: App, demo_url: str) -> None:
    at = _rules(app(demo_url), "P0032")
    at.multiselect(key=_rules_key("P0032", "needs")).set_value(["demens"])
    at = _click(at, "Kontrollér ændringen")
    assert "Ændringen bryder 2 lovet(e) ophold" in at.warning[0].value
    assert "**egnethed**" in texts(at)
    at = _click(at, "Gem ændringen")
    picks = [k for k in (r.key for r in at.radio) if k and k.endswith("_what")]
    assert len(picks) == 2
    assert all(_errors_at(at, key) == ["Vælg, hvad der skal ske."] for key in picks)
    # keep the first without a reason, cancel the second
    at = ran(at.radio(key=picks[0]).set_value("keep").run())
    at = ran(at.radio(key=picks[1]).set_value("cancel").run())
    at = _click(at, "Gem ændringen")
    reason = picks[0].removesuffix("_what") + "_reason"
    assert _errors_at(at, reason) == ["Skriv en begrundelse for undtagelsen."]
    assert load_scenario(open_store(demo_url)).person_by_id["P0032"].needs == frozenset()

    at = ran(at.text_input(key=reason).input("Aftalt med lederen").run())
    at = _click(at, "Gem ændringen")
    message = at.success[0].value
    assert "Borgeren Borger 0032 (P0032) er ændret." in message
    assert "er aflyst" in message and "er beholdt som undtagelse" in message
    account = cw.person_account(open_store(demo_url), "P0032")
    assert account.person.needs == frozenset({"demens"})
    assert [(e.rule, e.reason) for e in account.exceptions] == [
        ("suitability", "Aftalt med lederen")
    ]
    assert len(account.stays) == 1
    assert _versions(demo_url)[-1] == (VersionOrigin.EDITED, "demo-planner")


def test_the_forms_in_english(app: App, demo_url: str) -> None:
    at = app(demo_url)
    ran(at.sidebar.selectbox(key="lang").set_value("en").run())
    page(at, "persons")
    at = ran(at.selectbox(key="persons_chosen").set_value("P0032").run())
    at = ran(at.selectbox(key="cw_acc_stay_P0032").set_value("R00001").run())
    labels = {e.label for e in at.expander}
    assert {
        "Add a new person",
        "Change needs, nights a year, consent, § 94 and grant year",
    } <= labels
    shown = texts(at)
    assert "Promised stays and what happened" in shown and "**Promised now:**" in shown
    assert {t.label for t in at.tabs} == {"Change the stay", "Record what happened"}
    page(at, "requests")
    assert {"New request", "Change a promised stay"} <= {e.label for e in at.expander}
    page(at, "occupancy")
    assert "Record arrivals, no-shows and departures" in texts(at)
    assert "Report beds closed" in {e.label for e in at.expander}
