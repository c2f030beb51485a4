"""Daily operations in the app, for a planner only: an acute stay on the Akut page in two steps
(the options first, nothing saved; then the one chosen is booked); on the Ønsker page a
cancellation and a booking from the waiting list, each after a confirmation, the decision
letters and the case deadlines. Each change is a new published version."""

from __future__ import annotations

import csv
import io
import shutil
import zipfile
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.testing.v1 import AppTest

from scheduler.domain.checker import check_plan
from scheduler.io.scenario_reader import read_scenario
from scheduler.service.importing import import_scenario
from scheduler.service.operations import OperationError, acute_options, overdue_count, waiting_list
from scheduler.service.operations.acute_options import AcuteChoice
from scheduler.service.versions import list_versions, load_plan, load_scenario
from scheduler.service.views import Which, plan_view
from scheduler.store import audit
from scheduler.store.database import open_store
from tests.ui.helpers import VALID, as_manager, opened, page, ran, texts
from ui import cache
from ui.screens.acute import BOOKED_KEY, OPTIONS_KEY, default_start
from ui.screens.sections import letters
from ui.screens.sections.letters import ZIP_KEY

App = Callable[[str], AppTest]
Deferred = dict[str, Callable[[], Any]]


def _versions(url: str) -> list[tuple[int, str, str]]:
    return [(v.number, v.status, v.created_by) for v in list_versions(open_store(url))]


def _options(at: AppTest, person: str, start: date) -> AppTest:
    """Ask for the options of an acute stay (nothing is saved)."""
    page(at, "acute")
    at.selectbox(key="acute_person").set_value(person)
    at.date_input(key="acute_start").set_value(start)
    return ran(at.get("form_submit_button")[0].click().run())


def _book(at: AppTest, choice: int | None = None) -> AppTest:
    """Book the option ``choice`` (the one offered when there is only one)."""
    if choice is not None:
        at.radio(key="acute_choice").set_value(choice)
    return ran(at.button(key="acute_book").click().run())


def test_the_acute_form_defaults_to_the_profile_and_horizon(app: App, demo_url: str) -> None:
    at = page(app(demo_url), "acute")
    view = plan_view(open_store(demo_url), Which.PUBLISHED)
    assert at.number_input(key="acute_nights").value == view.scenario.rules.acute_nights == 14
    assert at.number_input(key="acute_flex").value == 0
    assert at.date_input(key="acute_start").value == default_start(view, date.today())
    assert default_start(view, date(2026, 11, 25)) == date(2027, 1, 1)
    assert default_start(view, date(2027, 5, 3)) == date(2027, 5, 3)
    assert "Borger 0001 (P0001)" in at.selectbox(key="acute_person").options


def test_an_acute_stay_is_shown_first_and_booked_when_chosen(app: App, demo_url: str) -> None:
    at = _options(app(demo_url), "P0001", date(2027, 1, 1))
    assert "Der er plads i de ønskede dage." in at.success[0].value
    [choice] = at.radio(key="acute_choice").options
    assert "Book opholdet: Testcenter" in choice and "01.01.2027 – 15.01.2027 (14 døgn)" in choice
    assert "Intet er gemt endnu" in texts(at)
    assert _versions(demo_url) == [(1, "published", "tester")], "nothing is saved before"
    _book(at)
    [message] = at.success
    assert "er bevilget til Borger 0001 (P0001)" in message.value
    assert "01.01.2027 – 15.01.2027 (14 døgn)" in message.value
    assert "Planversion 2 er offentliggjort" in message.value
    assert _versions(demo_url)[-1] == (2, "published", "demo-planner")
    booking = at.session_state[BOOKED_KEY]
    engine = open_store(demo_url)
    assert load_plan(engine).by_request[booking.request.request_id].stay == booking.stay
    assert check_plan(load_scenario(engine), load_plan(engine)) == []
    assert OPTIONS_KEY not in at.session_state, "the options are gone once booked"
    page(at, "calendar")
    assert "Viser planversion 2 (offentliggjort)." in [c.value for c in at.caption]


def test_no_room_offers_a_later_date_or_the_waiting_list(app: App, demo_url: str) -> None:
    at = _options(app(demo_url), "P0004", date(2027, 7, 12))
    [warning] = at.warning
    assert "Ingen plads i de ønskede dage: ingen ledig plads i perioden" in warning.value
    later, wait = at.radio(key="acute_choice").options
    assert later.startswith("Book den tidligste senere dato") and "13.09.2027 – 27.09.2027" in later
    assert wait.startswith("Sæt på ventelisten")
    assert at.radio(key="acute_choice").value is None, "the worker must choose"
    assert _versions(demo_url) == [(1, "published", "tester")], "no rejection is saved"
    _book(at, 0)
    assert "13.09.2027 – 27.09.2027" in at.success[0].value
    engine = open_store(demo_url)
    booking = at.session_state[BOOKED_KEY]
    assert booking.choice is AcuteChoice.LATER
    assert load_plan(engine).by_request[booking.request.request_id].stay == booking.stay
    assert _versions(demo_url)[-1][:2] == (2, "published")


def test_the_waiting_list_is_booked_only_when_chosen(app: App, demo_url: str) -> None:
    at = _options(app(demo_url), "P0004", date(2027, 7, 12))
    _book(at, 1)
    assert "er registreret som afvist: ingen ledig plads i perioden" in at.warning[0].value
    assert "står på ventelisten under Ønsker" in texts(at)
    request_id = at.session_state[BOOKED_KEY].request.request_id
    assert load_plan(open_store(demo_url)).by_request[request_id].reason is not None


def test_booking_again_adds_no_second_request(app: App, demo_url: str) -> None:
    at = _options(app(demo_url), "P0001", date(2027, 1, 1))
    options = at.session_state[OPTIONS_KEY]
    first = _book(at).session_state[BOOKED_KEY].request.request_id
    at.session_state[OPTIONS_KEY] = options  # the same click arriving again, or a retry
    at = _book(ran(at.run()))
    assert f"var allerede booket som {first}" in texts(at)
    assert at.session_state[BOOKED_KEY].request.request_id == first
    assert len(list_versions(open_store(demo_url))) == 2
    acute = [r for r in load_scenario(open_store(demo_url)).requests if r.request_id[:2] == "A-"]
    assert [r.request_id for r in acute] == [first]


def test_the_acute_controls_refuse_bad_input(app: App, demo_url: str) -> None:
    at = page(app(demo_url), "acute")
    ran(at.get("form_submit_button")[0].click().run())
    assert "Vælg en borger." in [w.value for w in at.warning]
    assert OPTIONS_KEY not in at.session_state
    at = _options(at, "P0004", date(2027, 7, 12))
    _book(at)
    assert "Vælg en af mulighederne." in [w.value for w in at.warning]
    ran(at.button(key="acute_discard").click().run())
    assert "Mulighederne er lukket; intet er gemt." in [i.value for i in at.info]
    assert OPTIONS_KEY not in at.session_state
    assert len(list_versions(open_store(demo_url))) == 1


def test_options_that_no_longer_hold_are_refused_and_found_again(
    app: App, demo_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    at = _options(app(demo_url), "P0004", date(2027, 7, 12))
    looked = []

    def moved_on(*args: object, **kwargs: object) -> None:
        raise OperationError("acute.options_changed")

    def preview(engine: object, need: object) -> object:
        looked.append(need)
        return original(engine, need)

    original = acute_options.preview_acute
    monkeypatch.setattr(acute_options, "book_acute", moved_on)
    monkeypatch.setattr(acute_options, "preview_acute", preview)
    _book(at, 0)
    assert any("Planen er ændret" in e.value for e in at.error)
    assert len(looked) == 1, "the options were looked for again"
    assert at.radio(key="acute_choice").value is None
    assert len(list_versions(open_store(demo_url))) == 1


def _cancel(at: AppTest, request_id: str) -> AppTest:
    opened(page(at, "requests"), "cancel_box")
    ran(at.selectbox(key="cancel_request").set_value(request_id).run())
    ran(at.button(key="cancel").click().run())
    assert any("Det kan ikke fortrydes" in m.value for m in at.markdown)
    return ran(at.button(key="cancel_confirm").click().run())


def test_cancel_then_book_the_first_offer(app: App, demo_url: str) -> None:
    at = page(app(demo_url), "requests")
    assert "Ventelisten er tom" in texts(at)
    _cancel(at, "R00001")
    assert "Ønske R00001 er aflyst" in at.success[0].value
    engine = open_store(demo_url)
    assert "R00001" not in load_plan(engine).by_request
    first = waiting_list(engine)[0]
    books = [b for b in at.button if (b.key or "").startswith("book_")]
    assert books[0].key == f"book_{first.request_id}" and len(books) == len(waiting_list(engine))
    ran(books[0].click().run())
    assert any("Vil du booke det?" in m.value for m in at.markdown), "Book asks first"
    assert len(_versions(demo_url)) == 2
    ran(at.button(key="book_confirm").click().run())
    assert f"Ønske {first.request_id} er bevilget" in at.success[0].value
    plan = load_plan(engine)
    assert plan.by_request[first.request_id].stay == first.stay
    broken = [v for v in check_plan(load_scenario(engine), plan) if v.rule != "not_maximal"]
    assert broken == []
    assert [v[:2] for v in _versions(demo_url)[1:]] == [(2, "published"), (3, "published")]
    with Session(engine) as session:
        logged = [(e.actor, e.action) for e in audit.entries(session)][-3:]
    assert all(actor == "demo-planner" for actor, _ in logged)


def test_a_cancellation_can_be_called_off(app: App, demo_url: str) -> None:
    at = opened(page(app(demo_url), "requests"), "cancel_box")
    ran(at.selectbox(key="cancel_request").set_value("R00001").run())
    ran(at.button(key="cancel").click().run())
    ran(at.button(key="cancel_cancel").click().run())
    assert "cancel_confirm" not in [b.key for b in at.button]
    assert len(list_versions(open_store(demo_url))) == 1


@pytest.fixture
def deferred(monkeypatch: pytest.MonkeyPatch) -> Iterator[Deferred]:
    """The files download buttons make when clicked, by file name."""
    made: Deferred = {}
    original = MediaFileManager.add_deferred

    def record(self: MediaFileManager, data: Callable[[], Any], *args: Any, **kw: Any) -> str:
        made[kw["file_name"]] = data
        return original(self, data, *args, **kw)

    monkeypatch.setattr(MediaFileManager, "add_deferred", record)
    yield made


def test_the_letter_downloads(app: App, demo_url: str, deferred: Deferred) -> None:
    at = opened(page(app(demo_url), "requests"), "letters_box")
    ran(at.selectbox(key="letters_request").set_value("R00001").run())
    labels = [b.label for b in at.get("download_button")]
    assert labels == ["Hent brev (PDF)", "Hent brev (HTML)"]
    assert deferred["R00001.pdf"]().startswith(b"%PDF")
    assert "Klagevejledning" in deferred["R00001.html"]().decode()
    ran(at.text_input(key="requests_person").input("P0001").run())
    ran(at.radio(key="letters_format").set_value(".html").run())
    ran(at.button(key="letters_make_zip").click().run())
    job = at.session_state[ZIP_KEY][1]  # made in the background, while the page is usable
    job.join(timeout=120)
    ran(at.run())
    names = zipfile.ZipFile(io.BytesIO(job.outcome)).namelist()
    shown = set(at.dataframe[0].value["Ønske"])
    assert names and {name.removesuffix(".html") for name in names} <= shown
    assert "Hent" in at.get("download_button")[-1].label


def test_haderslev_has_no_case_deadline(app: App, demo_url: str) -> None:
    at = page(app(demo_url), "requests")
    shown = texts(at)
    assert "0 over sagsbehandlingsfristen" in shown
    assert "Kommunens regler har ingen sagsbehandlingsfrist." in shown


def _set_column(path: Path, column: str, value: Callable[[str], str]) -> None:
    """Rewrite one column of a CSV file."""
    with path.open(newline="") as file:
        rows = list(csv.DictReader(file))
    with path.open("w", newline="") as file:
        writer = csv.DictWriter(file, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows({**row, column: value(row[column])} for row in rows)


@pytest.fixture
def randers_url(tmp_path: Path) -> str:
    """The small valid scenario under Randers' rules (which give no default yearly nights),
    its requests received long ago, without the bookings (Randers uses no plejecenter)."""
    folder = tmp_path / "randers"
    shutil.copytree(VALID, folder)
    toml = folder / "scenario.toml"
    toml.write_text(toml.read_text().replace('"haderslev"', '"randers"'))
    _set_column(folder / "persons.csv", "annual_nights", lambda nights: nights or "30")
    _set_column(folder / "requests.csv", "received", lambda _: "2026-01-05")
    (folder / "bookings.csv").unlink()
    url = f"sqlite:///{tmp_path / 'randers.db'}"
    import_scenario(open_store(url), read_scenario(folder), "tester")
    return url


def test_randers_lists_the_overdue_requests(app: App, randers_url: str) -> None:
    at = page(app(randers_url), "requests")
    count = overdue_count(open_store(randers_url))
    assert count > 0
    assert f"{count} over sagsbehandlingsfristen" in texts(at)
    overdue = at.dataframe[0].value
    assert list(overdue.columns) == ["Ønske", "Borger", "Type", "Modtaget", "Frist", "Dage over"]
    assert len(overdue) == count
    assert "Der er endnu ingen offentliggjort plan" in texts(at)


def test_a_centre_manager_sees_and_loads_none_of_it(
    app: App, demo_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a centre manager's run loaded operations data")

    at = app(demo_url)  # the first run is the planner's (with the planner's reminders)
    monkeypatch.setattr(cache, "waiting_list", refuse)
    monkeypatch.setattr(cache, "overdue", refuse)
    monkeypatch.setattr(letters, "render_letter", refuse)
    at = as_manager(at, "C02")
    for name in ("calendar", "occupancy"):
        page(at, name)
        keys = {w.key for w in (*at.button, *at.selectbox, *at.get("download_button"))}
        assert not keys & {"cancel", "cancel_request", "letters_request", "acute_person"}
        assert not any(str(k).startswith("book_") for k in keys)
        assert "Venteliste" not in texts(at) and "sagsbehandlingsfrist" not in texts(at)
    with pytest.raises(ValueError, match="navigation page"):
        at.switch_page("screens/acute.py")


def test_a_booking_from_the_waiting_list_can_be_called_off(app: App, demo_url: str) -> None:
    at = _cancel(page(app(demo_url), "requests"), "R00001")
    books = [b for b in at.button if (b.key or "").startswith("book_")]
    ran(books[0].click().run())
    ran(at.button(key="book_cancel").click().run())
    assert "book_confirm" not in [b.key for b in at.button]
    assert len(list_versions(open_store(demo_url))) == 2, "only the cancellation"
