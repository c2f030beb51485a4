"""The Planlægning page: a solve runs in the background with a progress bar and makes a
draft; the draft is compared with the published plan and published after a confirmation."""

from __future__ import annotations

from collections.abc import Callable

from streamlit.testing.v1 import AppTest

from scheduler.service.versions import list_versions
from scheduler.store.database import open_store
from tests.ui.helpers import ran, run_until
from ui.screens.planning import JOB_KEY

App = Callable[[str], AppTest]


def finished(at: AppTest) -> bool:
    """Whether the session's solve has ended."""
    return JOB_KEY in at.session_state and not at.session_state[JOB_KEY].running


def _planning(at: AppTest) -> AppTest:
    return ran(at.switch_page("screens/planning.py").run())


def _solve(at: AppTest, seconds: int) -> AppTest:
    ran(at.number_input(key="solve_limit").set_value(seconds).run())
    ran(at.button(key="solve_run").click().run())
    run_until(at, finished)
    return ran(at.run())  # a run after the end shows its result, wherever the end fell


def test_a_solve_makes_a_draft(app: App, valid_url: str) -> None:
    at = _planning(app(valid_url))
    assert [v.number for v in list_versions(open_store(valid_url))] == [1]
    _solve(at, 5)
    assert "planversion 2" in at.success[0].value
    versions = list_versions(open_store(valid_url))
    assert [(v.number, v.status) for v in versions] == [(1, "draft"), (2, "draft")]
    assert versions[-1].created_by == "demo-planner"
    assert "Viser planversion 2 (kladde)." in [c.value for c in at.caption]


def test_the_progress_bar_shows_while_solving(app: App, imported_url: str) -> None:
    """The unplanned demo takes CP-SAT longer than the limit: the bar shows for a while."""
    at = _planning(app(imported_url))
    ran(at.number_input(key="solve_limit").set_value(8).run())
    ran(at.button(key="solve_run").click().run())
    if not finished(at):
        bar = at.get("progress")
        assert bar and "af 8 s" in bar[0].proto.text
    run_until(at, finished)
    ran(at.run())
    assert "planversion 1" in at.success[0].value
    assert not at.get("progress")


def test_the_draft_is_compared_and_published_after_confirming(app: App, valid_url: str) -> None:
    at = _planning(app(valid_url))
    assert [m.label for m in at.metric] == ["Får ophold", "Mister ophold", "Flyttes"]
    assert at.metric[0].value == "2"  # the imported bookings R1 and R3, nothing published yet
    ran(at.button(key="publish").click().run())
    ran(at.button(key="publish_cancel").click().run())
    assert "publish_confirm" not in _keys(at)
    assert [v.status for v in list_versions(open_store(valid_url))] == ["draft"]
    ran(at.button(key="publish").click().run())
    ran(at.run())  # the confirmation stays open across runs
    ran(at.button(key="publish_confirm").click().run())
    assert "offentliggjort" in at.success[0].value
    assert [v.status for v in list_versions(open_store(valid_url))] == ["published"]
    assert not at.metric, "a published plan is no draft to compare"


def _keys(at: AppTest) -> list[str | None]:
    return [b.key for b in at.button]


def test_rejections_by_reason(app: App, demo_url: str) -> None:
    at = _planning(app(demo_url))
    reasons = at.table[0].value
    assert "ingen ledig plads i perioden" in set(reasons["Begrundelse"])
    assert list(reasons["Antal"]) == sorted(reasons["Antal"], reverse=True)
    assert reasons["Antal"].sum() > 0
