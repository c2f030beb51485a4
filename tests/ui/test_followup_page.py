"""Opfølgning in the app (AppTest): the list of what is due, recording a follow-up (bad input
shown at its field, nothing stored), ending a grant only after the stays it cancels were shown
and confirmed; the reminders: badges in the sidebar and the summer banner on Ønsker."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from scheduler.service.connection import open_store
from scheduler.service.followup import case_state, set_follow_up
from scheduler.service.importing import import_scenario
from scheduler.service.versions import list_versions, load_plan
from tests.store.casework_world import world
from tests.ui.helpers import as_manager, page, ran, texts

App = Callable[[str], AppTest]
TODAY = date.today()


def _click(at: AppTest, label: str) -> AppTest:
    [button] = [b for b in at.button if b.label == label]
    return ran(button.click().run())


def _errors(at: AppTest) -> list[str]:
    return [str(e.value) for e in at.main.error]


def _sidebar(at: AppTest) -> str:
    """The sidebar's texts (its badges are Markdown)."""
    return "\n".join(str(text.value) for text in at.sidebar.markdown)


def _person_with_stays(url: str) -> tuple[str, date, int]:
    """A person of the published demo with stays: the id, their first arrival and how many."""
    stays: dict[str, list[date]] = {}
    for decision in load_plan(open_store(url)).decisions:
        if decision.stay is not None:
            stays.setdefault(decision.person_id, []).append(decision.stay.start)
    person = sorted(p for p in stays if len(stays[p]) >= 2)[0]
    return person, min(stays[person]), len(stays[person])


def test_the_due_list_shows_overdue_and_this_week(app: App, demo_url: str) -> None:
    engine = open_store(demo_url)
    set_follow_up(engine, "P0001", TODAY - timedelta(days=3), "tester")
    set_follow_up(engine, "P0002", TODAY + timedelta(days=40), "tester")  # not yet
    at = page(app(demo_url), "followups")
    [table] = at.main.dataframe
    frame = table.value
    assert list(frame.columns) == ["Borger", "Årsag", "Dato", "Dage over"]
    assert len(frame) == 1
    row = frame.iloc[0]
    assert "P0001" in row["Borger"] and row["Årsag"] == "Opfølgning"
    assert row["Dage over"] == 3
    assert at.selectbox(key="fu_person").value == "P0001"  # the first due is chosen


def test_recording_a_follow_up(app: App, demo_url: str) -> None:
    at = page(app(demo_url), "followups")
    assert "Ingen opfølgninger" in texts(at)
    at.selectbox(key="fu_person").set_value("P0003")
    ran(at.run())
    at.date_input(key="fu_held").set_value(date(2027, 2, 1))
    at.text_area(key="fu_note").input("Fortsat aflastning; ny handleplan.")
    at.date_input(key="fu_next").set_value(date(2027, 5, 3))
    at.date_input(key="fu_handleplan").set_value(date(2027, 3, 1))
    at = _click(at, "Gem opfølgning")
    assert "Opfølgningen for" in texts(at) and "03.05.2027" in texts(at)
    assert at.text_area(key="fu_note").value == ""  # the form is empty for the next one
    state = case_state(open_store(demo_url), "P0003")
    assert state.follow_up_on == date(2027, 5, 3)
    assert state.handleplan_due == date(2027, 3, 1)
    assert state.follow_up_note == "Fortsat aflastning; ny handleplan."


def test_bad_follow_ups_are_shown_at_their_fields(app: App, demo_url: str) -> None:
    at = page(app(demo_url), "followups")
    at.selectbox(key="fu_person").set_value("P0003")
    ran(at.run())
    at.date_input(key="fu_held").set_value(date(2027, 2, 1))
    at.text_area(key="fu_note").input("x" * 2001)
    at = _click(at, "Gem opfølgning")
    assert _errors(at) == ["Beslutningen er 2001 tegn lang; den må højst være 2000 tegn."]
    at.text_area(key="fu_note").input("Fortsat aflastning.")
    at.date_input(key="fu_next").set_value(date(2027, 1, 15))
    at = _click(at, "Gem opfølgning")
    assert _errors(at) == [
        "Næste opfølgning (15.01.2027) skal ligge efter opfølgningsdatoen (01.02.2027)."
    ]
    assert case_state(open_store(demo_url), "P0003").follow_up_note == ""


def test_ending_a_grant_shows_the_stays_before_it_is_confirmed(app: App, demo_url: str) -> None:
    person, first, count = _person_with_stays(demo_url)
    versions = len(list_versions(open_store(demo_url)))
    at = page(app(demo_url), "followups")
    at.selectbox(key="fu_person").set_value(person)
    ran(at.run())
    at.date_input(key="fu_end_day").set_value(first)
    at = ran(at.run())
    at = ran(at.button(key="fu_preview").click().run())
    shown = texts(at)
    assert shown.count(", aflyses.") == count
    assert len(list_versions(open_store(demo_url))) == versions  # nothing changed yet
    assert case_state(open_store(demo_url), person).grant_ended is None
    at = ran(at.button(key="fu_confirm").click().run())
    assert "ophører" in texts(at) and f"Version {versions + 1} er offentliggjort" in texts(at)
    assert case_state(open_store(demo_url), person).grant_ended == first
    plan = load_plan(open_store(demo_url))
    assert not [d for d in plan.decisions if d.person_id == person and d.stay is not None]
    [download] = at.get("download_button")
    assert download.proto.label == "Hent afgørelsen om ophør (PDF)"


def test_an_end_date_outside_the_horizon_is_refused(app: App, demo_url: str) -> None:
    person, _, _ = _person_with_stays(demo_url)
    at = page(app(demo_url), "followups")
    at.selectbox(key="fu_person").set_value(person)
    ran(at.run())
    at.date_input(key="fu_end_day").set_value(date(2030, 1, 1))
    at = ran(at.button(key="fu_preview").click().run())
    assert _errors(at) == [
        "Ophørsdatoen 01.01.2030 ligger uden for planperioden (01.01.2027 til 01.01.2028)."
    ]
    assert not [b for b in at.button if b.key == "fu_confirm"]
    assert case_state(open_store(demo_url), person).grant_ended is None


def test_sidebar_badges_for_the_planner_and_the_manager(app: App, demo_url: str) -> None:
    set_follow_up(open_store(demo_url), "P0001", TODAY, "tester")
    at = app(demo_url)
    badges = _sidebar(at)
    assert "Opfølgninger forfaldne: 1" in badges
    assert "Over sagsbehandlingsfristen" not in badges  # Haderslev sets no case deadline
    at = as_manager(at, "C01")
    badges = _sidebar(at)
    assert "Ankomster i dag/i morgen: 0" in badges
    assert "Opfølgninger" not in badges


def test_the_overdue_badge_shows_when_requests_are_past_their_deadline(
    app: App, tmp_path: Path
) -> None:
    """The case-work world under a one-week case deadline, its wishes received long ago and
    nothing decided yet: every request is past its deadline."""
    url = f"sqlite:///{tmp_path / 'deadline.db'}"
    scenario = world()
    requests = tuple(replace(r, received=date(2026, 1, 5)) for r in scenario.requests)
    rules = replace(scenario.rules, case_deadline_weeks=1)
    import_scenario(open_store(url), replace(scenario, rules=rules, requests=requests), "t")
    badges = _sidebar(app(url))
    assert f"Over sagsbehandlingsfristen: {len(requests)}" in badges
    assert "Opfølgninger forfaldne: 0" in badges


def _banner_app(url: str, today: date) -> AppTest:
    def script(url: str, day: str) -> None:
        from datetime import date

        from scheduler.service.connection import open_store
        from scheduler.service.views import plan_view
        from ui.context import Context
        from ui.roles import Role, demo_viewer
        from ui.screens.sections.reminders import summer_banner

        ctx = Context(open_store(url), demo_viewer(Role.PLANNER, None), "da")
        summer_banner(ctx, plan_view(ctx.engine), date.fromisoformat(day))

    return ran(AppTest.from_function(script, args=(url, today.isoformat())).run())


def test_the_summer_banner_before_and_on_the_deadline(demo_url: str) -> None:
    before = _banner_app(demo_url, date(2027, 3, 1))
    [info] = before.info
    assert info.value.startswith("Fristen for sommerønsker er 15.03.2027 (om 14 dage).")
    assert "sommerønsker modtaget rettidigt" in info.value
    [today] = _banner_app(demo_url, date(2027, 3, 15)).info
    assert today.value.startswith("I dag, 15.03.2027, er fristen for sommerønsker.")
    assert not _banner_app(demo_url, date(2027, 3, 16)).info
    assert not _banner_app(demo_url, date(2027, 1, 1)).info


def test_the_page_in_english(app: App, demo_url: str) -> None:
    set_follow_up(open_store(demo_url), "P0001", TODAY - timedelta(days=1), "tester")
    at = page(app(demo_url), "followups")
    at = ran(at.sidebar.selectbox(key="lang").set_value("en").run())
    assert at.title[0].value == "Follow-up"
    assert list(at.main.dataframe[0].value.columns) == ["Person", "Reason", "Due", "Days overdue"]
    assert [tab.label for tab in at.tabs] == [
        "Record a follow-up",
        "End the grant of respite stays",
    ]
    assert "Follow-ups due: 1" in _sidebar(at)


def test_a_centre_manager_cannot_open_the_page(app: App, demo_url: str) -> None:
    at = as_manager(app(demo_url), "C02")
    with pytest.raises(ValueError, match="navigation page"):
        at.switch_page("screens/followups.py")
