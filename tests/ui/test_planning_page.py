"""The Planlægning page: a solve runs in the background with a progress bar and makes a
draft; the draft is compared with the published plan and published after a confirmation."""

from __future__ import annotations

from collections.abc import Callable

from streamlit.testing.v1 import AppTest

from scheduler.domain.objective import Entry, Group, Measure, Tier
from scheduler.service.planning import Progress
from scheduler.service.versions import list_versions
from scheduler.store.database import open_store
from tests.ui.helpers import ran, run_until
from ui.screens.planning import JOB_KEY, _progress_text
from ui.solve_job import SolveJob

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
    no_plan = "Der er endnu ingen plan. Lav den første med knappen »Lav ny plan« ovenfor."
    assert no_plan in [c.value for c in at.caption]
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
    assert "Ingen ledig plads i perioden" in set(reasons["Begrundelse"])
    assert list(reasons["Antal"]) == sorted(reasons["Antal"], reverse=True)
    assert reasons["Antal"].sum() > 0


def test_the_progress_line_says_what_is_improved_in_words() -> None:
    """A minimised entry (held negated) reads as its size with no bound; a maximised one with
    the most it can reach."""
    job = SolveJob(30.0)
    shift = Entry(None, Measure.SHIFT)
    job.progress = Progress(2.0, 1, 1, shift, -244.0, -1.0)
    text = _progress_text(job, "da")
    assert text.endswith("Forbedrer: færrest dage flyttet i alt (244 dage indtil nu)")
    assert text.startswith("Planlægger … ") and "af 30 s" in text
    assert "-" not in text and "grænse" not in text
    families = Entry(Group(Tier.TIMELY, 1), Measure.PERSONS)
    job.progress = Progress(2.0, 1, 1, families, 12.0, 15.0)
    assert _progress_text(job, "da").endswith(
        "flest familier med ophold i gruppen Rettidige, prioritet 1 "
        "(12 familier indtil nu, højst muligt 15)"
    )
    job.progress = Progress(2.0, 1, 1, Entry(None, Measure.CHANGES), -1.0, 0.0)
    assert _progress_text(job, "en").endswith(
        "Improving: fewest changes to the previous plan (1 change so far)"
    )
