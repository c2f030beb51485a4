"""The services overviews in the app (AppTest): an ended day-centre place reads as ended (on
Borgere, the Dagcenter page and Ønsker's overview), the relief teams' hours beside the week's
visits (a week over a team's hours marked), the day-centre and relief rows of an upload's
preview, and the demo's family with all three services on Borgere."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pandas as pd
from streamlit.testing.v1 import AppTest

from scheduler.service.day_place_end import end_day_wish
from scheduler.service.importing import import_scenario
from scheduler.service.services_view import services_view
from scheduler.service.services_weeks import teams_week
from scheduler.service.upload import read_upload_with_services
from scheduler.service.versions import load_plan
from scheduler.store.database import open_store
from tests.ui.helpers import page, ran, texts
from tests.ui.services_store import services_store, services_url
from tests.zips import zip_of

__all__ = ["services_store", "services_url"]  # fixtures

App = Callable[[str], AppTest]
RELIEF_WEEK = date(2027, 6, 8)  # week 23 of 2027: the demo's first visit of G0001


def _person_page(at: AppTest, person_id: str) -> AppTest:
    at = page(at, "persons")
    return ran(at.selectbox(key="persons_chosen").set_value(person_id).run())


def _frame(at: AppTest, column: str) -> pd.DataFrame:
    """The first table on the page with a column ``column``."""
    return next(f.value for f in at.main.dataframe if column in f.value.columns)


def _ended_place(url: str) -> tuple[str, str, str, str]:
    """End the first place of the demo's day plan; its wish, person, centre and its name."""
    engine = open_store(url)
    view = services_view(engine)
    place = view.plan.places[0]
    person = view.services.wish_by_id[place.wish_id].person_id
    end_day_wish(engine, place.wish_id, "tester")
    name = view.scenario.centre_by_id[place.centre_id].name
    return place.wish_id, person, place.centre_id, name


def test_an_ended_place_reads_as_ended_on_borgere(app: App, services_url: str) -> None:
    wish, person, _, centre = _ended_place(services_url)
    shown = texts(_person_page(app(services_url), person))
    assert "Intet ønske om dagcenterplads." not in shown
    assert f"på {centre} – afsluttet " in shown
    assert f"Ønske {wish} modtaget" in shown


def test_the_day_centre_page_and_oensker_list_the_ended_place(app: App, services_url: str) -> None:
    wish, person, centre_id, centre = _ended_place(services_url)
    at = page(app(services_url), "day_centre")
    ran(at.selectbox(key="day_centre_chosen").set_value(centre_id).run())
    assert "Afsluttede pladser" in texts(at)
    ended = _frame(at, "Afsluttet")
    row = ended[ended["Ønske"] == wish].iloc[0]
    assert row["Borger"].endswith(f"({person})") and row["Afsluttet"]
    at = page(at, "requests")
    overview = next(
        f.value
        for f in at.main.dataframe
        if list(f.value.columns)[:2] == ["Borger", "Aflastningsophold"]
    )
    status = overview[overview["Borger"].str.endswith(f"({person})")].iloc[0]["Dagcenter"]
    assert status.startswith("Plads ") and f"på {centre} – afsluttet " in status


def test_the_relief_week_shows_each_teams_hours(app: App, services_url: str) -> None:
    at = app(services_url)
    ran(at.date_input(key="relief_week").set_value(RELIEF_WEEK).run())
    assert "Afløserteams i ugen" in texts(at)
    teams = _frame(at, "Team")
    assert list(teams.columns) == ["Team", "Planlagt", "Teamets timer", "Status"]
    view = services_view(open_store(services_url))
    weeks = teams_week(view, 2027, 23).teams
    assert list(teams["Team"]) == [f"{w.team.name} ({w.team.team_id})" for w in weeks]
    assert all(status.endswith("t ledige") for status in teams["Status"])
    assert not at.main.error


def test_a_week_over_a_teams_hours_is_marked(app: App, services_url: str) -> None:
    engine = open_store(services_url)
    teams = "team_id,hours_per_week,name\nT01,1,Afløserteam Nord (fiktivt)\n"
    teams += "T02,1,Afløserteam Syd (fiktivt)\n"
    scenario, services = read_upload_with_services(
        engine, "teams.zip", zip_of({"relief_teams.csv": teams})
    )
    import_scenario(engine, scenario, "tester", services)
    at = app(services_url)
    ran(at.date_input(key="relief_week").set_value(RELIEF_WEEK).run())
    over = [w for w in teams_week(services_view(engine), 2027, 23).teams if w.over_minutes]
    assert over
    [alert] = at.main.error
    assert "Over teamets timer i uge 23" in alert.value
    assert all(f"{w.team.name} ({w.team.team_id})" in alert.value for w in over)
    statuses = list(_frame(at, "Team")["Status"])
    assert sum(status.startswith("⚠") for status in statuses) == len(over)


WISHES = (
    "wish_id,person_id,received,first_day,days_per_week,weekdays,preferred_centre,priority\n"
    "W9999,P0001,2027-02-01,2027-03-01,1,2,D01,0\n"
    "W0002,P0017,2026-09-30,2026-10-28,1,,,1\n"
)


def test_the_upload_preview_lists_the_service_rows(app: App, services_url: str) -> None:
    at = page(app(services_url), "requests")
    [field] = at.get("file_uploader")
    field.upload("dagcenter.zip", zip_of({"day_centre_wishes.csv": WISHES}))
    ran(at.run())
    at = ran(at.button(key="upload_look").click().run())
    added = _frame(at, "Om")
    assert added.values.tolist() == [
        [
            "dagcenterønske",
            "W9999",
            "Borger 0001 (P0001): 1 dag(e) om ugen fra 01.03.2027, kan komme tirsdag",
        ]
    ]
    changed = _frame(at, "Nu")
    assert changed.values.tolist() == [
        ["dagcenterønske", "W0002", "Dage pr. uge (days_per_week)", "2", "1"]
    ]
    assert not at.button(key="upload_confirm").disabled


def test_the_demo_has_a_family_with_all_three_services(app: App, services_url: str) -> None:
    engine = open_store(services_url)
    view = services_view(engine)
    plan = load_plan(engine)
    stays = {view.scenario.request_by_id[s.request_id].person_id for s in plan.stays}
    wishes = {w.person_id for w in view.services.day_wishes}
    grants = {g.person_id for g in view.services.relief_grants}
    family = sorted(stays & wishes & grants)
    assert family, "a person with a stay, a day-centre wish and a relief grant"
    shown = texts(_person_page(app(services_url), family[0]))
    assert "**Dagcenter:** Plads " in shown
    assert "**Afløsning i hjemmet:** G" in shown
