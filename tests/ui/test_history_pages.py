"""Nothing lost silently, in the app: cancelled stays stay in Ønsker and Borgere with their
history, the Versioner page lists every version (who, when, what made it, what it changed), a
draft superseded by a newer publication is said to be so on Planlægning with a new plan
offered; switching language keeps the role and the filters; the Kalender of many centres opens
on one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from streamlit.testing.v1 import AppTest

from scheduler.domain.model import Centre
from scheduler.service.operations import cancel, insert_acute
from scheduler.service.planning import make_plan
from scheduler.service.versions import VersionStatus, list_versions
from scheduler.store.database import open_store
from tests.ui.helpers import as_manager, charts, lanes, opened, page, ran, run_until, texts
from ui.screens.calendar import default_centres
from ui.screens.planning import JOB_KEY

App = Callable[[str], AppTest]


@pytest.fixture
def worked_url(demo_url: str) -> str:
    """The published demo (version 1), then a draft (2), an acute stay (3, which supersedes
    the draft) and a cancellation of R00001 (4)."""
    engine = open_store(demo_url)
    make_plan(engine, 10, "planner-a", method="greedy")
    insert_acute(engine, "P0001", date(2027, 1, 4), "planner-b")
    cancel(engine, "R00001", "planner-b")
    engine.dispose()
    return demo_url


def test_a_cancelled_stay_stays_in_the_requests_with_its_history(app: App, worked_url: str) -> None:
    at = page(app(worked_url), "requests")
    table = at.dataframe[0].value
    [row] = table[table["Ønske"] == "R00001"].to_dict("records")
    assert row["Status"] == "Aflyst"
    assert row["Sted"] and row["Ankomst"], "the stay it had is still shown"
    assert row["Historik"].startswith("aflyst ")
    ran(at.multiselect(key="requests_standing").set_value(["cancelled"]).run())
    assert list(at.dataframe[0].value["Ønske"]) == ["R00001"]
    opened(at, "history_box")
    ran(at.selectbox(key="history_request").set_value("R00001").run())
    steps = at.dataframe[1].value
    assert list(steps["Version"]) == [1, 4]
    assert list(steps["Ændring"]) == ["Får ophold", "Aflyst / udgået"]
    assert steps["Af"].tolist() == ["tester", "planner-b"]
    assert any(w.value.startswith("Aflyst ") for w in at.warning)


def test_the_reason_of_a_rejection_is_in_view(app: App, demo_url: str) -> None:
    at = page(app(demo_url), "requests")
    columns = list(at.dataframe[0].value.columns)
    assert columns.index("Begrundelse") == columns.index("Status") + 1 <= 5
    # the wished period comes before the wide reason and history columns
    assert columns[2:4] == ["Ønsket ankomst", "Ønsket afrejse"]


def test_a_cancelled_stay_stays_with_the_person(app: App, worked_url: str) -> None:
    at = page(app(worked_url), "persons")
    ran(at.selectbox(key="persons_chosen").set_value("P0032").run())
    shown = texts(at)
    assert "Aflyste, udeblevne og ændrede ophold" in shown
    gone = next(f.value for f in at.dataframe if "Sidste afgørelse" in f.value.columns)
    assert gone.values.tolist()[0][:2] == ["R00001", "Aflyst"]
    ran(at.selectbox(key="person_history_P0032").set_value("R00001").run())
    assert "Aflyst / udgået" in texts(at)


def test_the_versions_page_lists_who_when_and_what_changed(app: App, worked_url: str) -> None:
    at = page(app(worked_url), "versions")
    table = at.dataframe[0].value
    assert list(table["Version"]) == [4, 3, 2, 1]
    assert list(table["Hvad"])[:2] == ["ophold aflyst", "akut ophold indsat"]
    assert list(table["Af"]) == ["planner-b", "planner-b", "planner-a", "tester"]
    assert table["Ændringer"].iloc[1] == "1 får ophold"
    assert "aflyst" in table["Ændringer"].iloc[0]
    ran(at.selectbox(key="versions_chosen").set_value(4).run())
    assert "Planversion 4 i forhold til planversion 3" in texts(at)
    changes = at.dataframe[1].value
    assert "R00001" in set(changes["Ønske"])
    assert "Kladden, planversion 2" in at.warning[0].value


def test_a_superseded_draft_is_said_and_a_new_plan_offered(app: App, worked_url: str) -> None:
    at = page(app(worked_url), "planning")
    [warning] = at.warning
    assert "Kladden, planversion 2" in warning.value and "er forældet" in warning.value
    assert "planversion 4 (ophold aflyst" in warning.value
    ran(at.selectbox(key="solve_method").set_value("greedy").run())
    ran(at.button(key="superseded_replan").click().run())
    job = at.session_state[JOB_KEY]
    run_until(at, lambda a: not job.running)
    versions = list_versions(open_store(worked_url))
    assert versions[-1].number == 5 and versions[-1].status is VersionStatus.DRAFT
    assert versions[-1].base == 4
    assert not any("er forældet" in w.value for w in at.warning), "the new draft is current"


def test_no_notice_without_a_superseded_draft(app: App, demo_url: str) -> None:
    at = page(app(demo_url), "planning")
    assert "superseded_replan" not in [b.key for b in at.button]


def test_switching_language_keeps_the_role_and_the_filters(app: App, demo_url: str) -> None:
    at = page(app(demo_url), "requests")
    ran(at.multiselect(key="requests_standing").set_value(["rejected"]).run())
    ran(at.text_input(key="requests_person").input("0032").run())
    ran(at.selectbox(key="lang").set_value("en").run())
    assert at.title[0].value == "Requests"
    assert at.multiselect(key="requests_standing").value == ["rejected"]
    assert at.text_input(key="requests_person").value == "0032"
    as_manager(ran(at.selectbox(key="lang").set_value("da").run()), "C02")
    ran(at.selectbox(key="lang").set_value("en").run())
    assert at.radio(key="demo_role").value == "centre_manager"
    assert at.selectbox(key="demo_centre").value == "C02"
    assert at.title[0].value == "Calendar"


def test_a_calendar_of_many_beds_opens_on_the_first_centre() -> None:
    few = [Centre(f"C{n}", f"Sted {n}", "plejecenter", 4) for n in range(1, 5)]
    many = [Centre(f"C{n}", f"Sted {n}", "plejecenter", 4) for n in range(1, 16)]
    assert default_centres(few) == ["C1", "C2", "C3", "C4"]
    assert default_centres(many) == ["C1"]


def test_the_calendar_keeps_the_centres_chosen(app: App, demo_url: str) -> None:
    at = app(demo_url)
    ran(at.multiselect(key="calendar_centres").set_value(["C02", "C03"]).run())
    page(at, "occupancy")
    page(at, "calendar")
    assert at.multiselect(key="calendar_centres").value == ["C02", "C03"]
    (figure,) = charts(at)
    assert [lane.split(" (")[0] for lane in lanes(figure)] == ["Testcenter Syd", "Testcenter Øst"]


def test_a_calendar_without_centres_draws_nothing(app: App, demo_url: str) -> None:
    at = app(demo_url)
    ran(at.multiselect(key="calendar_centres").set_value([]).run())
    assert charts(at) == []
    assert at.multiselect(key="calendar_centres").placeholder == "Vælg mindst ét sted"
