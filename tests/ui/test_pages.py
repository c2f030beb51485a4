"""Every page renders for both roles, filters change what is shown, and a centre manager
sees nothing of other centres."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

import pytest
from streamlit.testing.v1 import AppTest

from scheduler.domain.model import Reason
from scheduler.domain.objective import Tier
from scheduler.i18n import t
from scheduler.service.views import Standing, plan_view
from scheduler.store.database import open_store
from tests.ui.helpers import as_manager, bars, charts, lanes, page, ran, texts

PLANNER_PAGES = {
    "calendar": "Kalender",
    "occupancy": "Belægning",
    "requests": "Ønsker",
    "planning": "Planlægning",
    "persons": "Borgere",
}
MANAGER_PAGES = ("calendar", "occupancy")
CENTRES = {"C01": "Testcenter Nord", "C02": "Testcenter Syd", "C03": "Testcenter Øst"}
NAME = re.compile(r"Borger \d{4}")

App = Callable[[str], AppTest]


def test_the_demo_opens_as_planner_on_the_calendar(app: App, demo_url: str) -> None:
    at = app(demo_url)
    assert [t.value for t in at.title] == ["Kalender"]
    assert at.radio(key="demo_role").value == "planner"
    assert "DEMO" in " ".join(m.value for m in at.sidebar.markdown)
    (figure,) = charts(at)
    assert [lane.split(" (")[0] for lane in lanes(figure)][:3] == list(CENTRES.values())
    assert len(lanes(figure)) == 4
    assert bars(figure) > 100


@pytest.mark.parametrize("name", list(PLANNER_PAGES))
def test_every_page_renders_for_the_planner(app: App, demo_url: str, name: str) -> None:
    at = page(app(demo_url), name)
    assert [t.value for t in at.title] == [PLANNER_PAGES[name]]
    assert not at.error


@pytest.mark.parametrize("name", MANAGER_PAGES)
def test_the_manager_pages_render(app: App, demo_url: str, name: str) -> None:
    at = page(as_manager(app(demo_url), "C02"), name)
    assert [t.value for t in at.title] == [PLANNER_PAGES[name]]
    assert not at.error


@pytest.mark.parametrize("name", ["requests", "planning", "persons"])
def test_a_manager_cannot_open_the_planner_pages(app: App, demo_url: str, name: str) -> None:
    at = as_manager(app(demo_url), "C02")
    with pytest.raises(ValueError, match="navigation page"):
        at.switch_page(f"screens/{name}.py")


def test_the_calendar_centre_filter(app: App, demo_url: str) -> None:
    at = app(demo_url)
    ran(at.multiselect(key="calendar_centres").set_value(["C02"]).run())
    (figure,) = charts(at)
    assert lanes(figure) == ["Testcenter Syd (3 senge)"]


def test_the_calendar_period_changes_the_bars(app: App, demo_url: str) -> None:
    at = app(demo_url)
    summer = bars(charts(at)[0])
    ran(at.date_input(key="calendar_period").set_value((date(2027, 6, 1), date(2027, 6, 7))).run())
    week = bars(charts(at)[0])
    assert 0 < week < summer
    assert "uge 23" in charts(at)[0]["layout"]["xaxis"]["ticktext"]


def _names_at(url: str, centre: str) -> set[str]:
    view = plan_view(open_store(url), centre=centre)
    return {p.name for p in view.scenario.persons}


@pytest.mark.parametrize("name", MANAGER_PAGES)
def test_a_manager_sees_only_their_centre(app: App, demo_url: str, name: str) -> None:
    at = page(as_manager(app(demo_url), "C02"), name)
    shown = texts(at)
    assert CENTRES["C02"] in shown
    assert CENTRES["C01"] not in shown and CENTRES["C03"] not in shown
    names = set(NAME.findall(shown))
    assert names <= _names_at(demo_url, "C02")
    if name == "calendar":
        assert names, "the calendar names the persons staying at the centre"


def test_the_manager_sees_no_rejections(app: App, demo_url: str) -> None:
    at = page(as_manager(app(demo_url), "C02"), "calendar")
    assert "Afvist" not in texts(at) and "ingen ledig plads" not in texts(at).lower()


def test_occupancy_per_week_and_movements(app: App, demo_url: str) -> None:
    at = page(app(demo_url), "occupancy")
    nightly = at.dataframe[0].value
    ran(at.toggle(key="occupancy_weekly").set_value(True).run())
    weekly = at.dataframe[0].value
    assert len(weekly) < len(nightly)
    assert "Uge" in weekly.columns
    ran(at.date_input(key="movements_from").set_value(date(2027, 7, 1)).run())
    moves = at.dataframe[1].value
    assert set(moves["Hændelse"]) <= {"Ankomst", "Afrejse"} and len(moves) > 0
    assert [b.label for b in at.get("download_button")] == ["Regneark (.xlsx)", "Kalender (.ics)"]


def test_occupancy_centre_choice_changes_the_figures(app: App, demo_url: str) -> None:
    at = page(app(demo_url), "occupancy")
    first = at.dataframe[0].value["Senge"].max()
    ran(at.selectbox(key="occupancy_centre").set_value("C02").run())
    assert at.dataframe[0].value["Senge"].max() != first


def test_requests_filters(app: App, demo_url: str) -> None:
    at = page(app(demo_url), "requests")
    everything = len(at.dataframe[0].value)
    ran(at.multiselect(key="requests_standing").set_value([Standing.REJECTED]).run())
    rejected = at.dataframe[0].value
    assert 0 < len(rejected) < everything
    assert set(rejected["Status"]) == {"Afvist"}
    ran(at.multiselect(key="requests_reason").set_value([Reason.CAPACITY]).run())
    assert set(at.dataframe[0].value["Begrundelse"]) == {"Ingen ledig plads i perioden"}
    ran(at.multiselect(key="requests_tier").set_value([Tier.LATE]).run())
    assert set(at.dataframe[0].value["Gruppe"]) <= {"Sene sommerønsker"}
    ran(at.text_input(key="requests_person").input("Borger 0001").run())
    assert set(at.dataframe[0].value["Borger"]) <= {"Borger 0001 (P0001)"}


def test_persons_show_years_stays_and_reasons(app: App, demo_url: str) -> None:
    view = plan_view(open_store(demo_url))
    rejected = next(d for d in view.plan.decisions if d.reason is not None)
    at = page(app(demo_url), "persons")
    ran(at.selectbox(key="persons_chosen").set_value(rejected.person_id).run())
    shown = texts(at)
    assert rejected.request_id in shown
    assert rejected.reason is not None
    assert t(f"reason.{rejected.reason.value}", "da") in shown
    ran(at.text_input(key="persons_search").input(rejected.person_id).run())
    years = at.dataframe[0].value
    assert len(years) == 1 and years["Døgn pr. år"].iloc[0] == 42


def test_english_can_be_chosen(app: App, demo_url: str) -> None:
    at = app(demo_url)
    ran(at.selectbox(key="lang").set_value("en").run())
    assert [t.value for t in at.title] == ["Calendar"]
    assert "week 27" in charts(at)[0]["layout"]["xaxis"]["ticktext"]
