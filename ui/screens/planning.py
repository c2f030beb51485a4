"""Planlægning: solve with a time limit and a live progress bar, compare the new draft with
the published plan, publish it after a confirmation, and see the rejections by reason. A draft
that a newer published version superseded is said to be so, with a new plan offered."""

from __future__ import annotations

from collections import Counter

import pandas as pd
import streamlit as st

from scheduler.domain.faults import ScenarioError
from scheduler.domain.model import Stay
from scheduler.domain.objective import MINIMISED, Entry, Measure
from scheduler.i18n import t
from scheduler.service.errors import UserError
from scheduler.service.planning import METHODS
from scheduler.service.publishing import publish
from scheduler.service.versions import VersionStatus
from scheduler.service.views import (
    Change,
    ChangeKind,
    PlanView,
    Which,
    compare_plans,
    request_lines,
)
from ui import cache, state
from ui.context import Context, current, load_view, version_caption
from ui.faults import show_faults
from ui.screens.sections import confirm
from ui.screens.sections.casework_common import refusal_text, said, say
from ui.screens.sections.history import superseded_notice
from ui.solve_job import SolveJob
from ui.words import reason_label, seconds_text, stay_text, tier_text

JOB_KEY = "solve_job"
POLL_SECONDS = 0.5
# Where the message of a publication is shown: where its button was.
PUBLISH_PLACE = "publish"


def goal_text(entry: Entry, lang: str) -> str:
    """What the solver is improving, in words: ``færrest dage flyttet i alt``, ``flest familier
    med ophold i gruppen Rettidige, prioritet 1``."""
    goal = t(f"ui.solve.goal.{entry.measure.value}", lang)
    group = entry.group
    if group is None:
        return goal
    tier = tier_text(group.tier, lang)
    if group.priority is None:
        return t("ui.solve.goal.tier", lang, goal=goal, tier=tier)
    return t("ui.solve.goal.priority", lang, goal=goal, tier=tier, priority=group.priority)


def _count_text(measure: Measure, count: int, lang: str) -> str:
    """A count with its unit: ``244 dage``, ``1 familie``."""
    key = f"ui.solve.unit.{measure.value}"
    return t(f"{key}.one" if count == 1 else key, lang, count=count)


def _progress_text(job: SolveJob, lang: str) -> str:
    """``Planlægger … 2 af 30 s · Forbedrer: færrest dage flyttet i alt (244 dage indtil nu)``.
    A minimised entry is held negated: shown as its size, without the bound; a maximised one
    with the most it can still reach."""
    progress = job.progress
    seconds, limit = f"{job.elapsed:.0f}", f"{job.time_limit:.0f}"
    if progress is None:
        return t("ui.solve.starting", lang, seconds=seconds, limit=limit)
    measure = progress.entry.measure
    value = _count_text(measure, abs(round(progress.value)), lang)
    if measure in MINIMISED:
        best = t("ui.solve.best", lang, value=value)
    else:
        best = t("ui.solve.best_bound", lang, value=value, bound=round(progress.bound))
    return t(
        "ui.solve.progress",
        lang,
        seconds=seconds,
        limit=limit,
        goal=goal_text(progress.entry, lang),
        best=best,
    )


@st.fragment(run_every=POLL_SECONDS)
def _watch(lang: str) -> None:
    """Redrawn every half second while the solve runs; reruns the page when it ends."""
    job: SolveJob | None = st.session_state.get(JOB_KEY)
    if job is None or not job.running:
        st.rerun()
    else:
        st.progress(job.fraction, text=_progress_text(job, lang))


def _solve_controls(ctx: Context, start: bool = False) -> None:
    """The time limit, the method and the button that starts a solve (``start``: start one now,
    as the superseded draft's notice asks)."""
    lang = ctx.lang
    job: SolveJob | None = st.session_state.get(JOB_KEY)
    running = job is not None and job.running
    left, right = st.columns(2)
    limit = left.number_input(
        t("ui.solve.time_limit", lang),
        min_value=1,
        max_value=3600,
        value=30,
        step=5,
        key="solve_limit",
        disabled=running,
    )
    method = right.selectbox(
        t("ui.solve.method", lang),
        METHODS,
        key=state.lingual("solve_method"),
        disabled=running,
        format_func=lambda m: t(f"ui.solve.method.{m}", lang),
    )
    clicked = st.button(t("ui.solve.run", lang), type="primary", disabled=running, key="solve_run")
    if (clicked or start) and not running:
        st.session_state[JOB_KEY] = SolveJob.start(
            ctx.engine, float(limit), ctx.viewer.actor, method
        )
        st.rerun()
    if running:
        _watch(lang)
    elif job is not None:
        _finished(job, lang)


def _finished(job: SolveJob, lang: str) -> None:
    """What the last solve of this session ended with (shown until the next one starts)."""
    if isinstance(job.error, ScenarioError):
        show_faults(job.error, lang)
    elif isinstance(job.error, UserError):
        st.error(t(job.error.key, lang, **job.error.params))
    elif job.error is not None:
        st.error(t("ui.solve.failed", lang))
    elif job.outcome is not None:
        summary = job.outcome.summary
        status = t(f"ui.solver_status.{job.outcome.version.solver_status}", lang)
        st.success(
            t(
                "ui.solve.done",
                lang,
                version=job.outcome.version.number,
                status=status,
                seconds=seconds_text(summary.wall_time, lang),
            )
        )


def _stay_text(stay: Stay | None, view: PlanView, lang: str) -> str:
    if stay is None:
        return ""
    return stay_text(stay, view.scenario.centre_by_id[stay.centre_id].name, lang)


def _comparison(view: PlanView, changes: list[Change], lang: str) -> None:
    st.subheader(t("ui.compare.title", lang))
    counts = Counter(c.kind for c in changes)
    columns = st.columns(3)
    for column, kind in zip(columns, ChangeKind, strict=True):
        column.metric(t(f"ui.compare.{kind}", lang), counts[kind])
    if not changes:
        st.caption(t("ui.compare.none", lang))
        return
    st.dataframe(
        pd.DataFrame(
            {
                t("ui.col.change", lang): [t(f"ui.compare.{c.kind}", lang) for c in changes],
                t("ui.col.person", lang): [
                    f"{c.person.name} ({c.person.person_id})" for c in changes
                ],
                t("ui.col.request", lang): [c.request_id for c in changes],
                t("ui.col.before", lang): [_stay_text(c.before, view, lang) for c in changes],
                t("ui.col.after", lang): [_stay_text(c.after, view, lang) for c in changes],
            }
        ),
        hide_index=True,
        height=300,
    )


def _publish(ctx: Context, number: int) -> None:
    """A publish button; the confirmation stays open until confirmed, cancelled or closed."""
    lang = ctx.lang
    if st.button(t("ui.publish.button", lang, version=number), type="primary", key="publish"):
        confirm.ask("publish", str(number))

    def act() -> None:
        try:
            publish(ctx.engine, number, ctx.viewer.actor)
        except UserError as error:
            say(PUBLISH_PLACE, "error", refusal_text(error, lang))
        else:
            say(PUBLISH_PLACE, "success", t("ui.publish.done", lang, version=number))

    question = confirm.Question(
        t("ui.publish.title", lang),
        t("ui.publish.question", lang, version=number),
        t("ui.publish.confirm", lang),
        t("ui.publish.cancel", lang),
    )
    confirm.dialog("publish", str(number), question, act)


def _rejections(view: PlanView, lang: str) -> None:
    st.subheader(t("ui.rejections.title", lang))
    reasons = Counter(line.reason for line in request_lines(view) if line.reason is not None)
    if not reasons:
        st.caption(t("ui.rejections.none", lang))
        return
    ranked = reasons.most_common()
    st.table(
        pd.DataFrame(
            {
                t("ui.col.reason", lang): [reason_label(r, lang) for r, _ in ranked],
                t("ui.col.count", lang): [count for _, count in ranked],
            }
        ),
        hide_index=True,
    )


def render(ctx: Context) -> None:
    lang = ctx.lang
    st.title(t("ui.page.planning", lang))
    job: SolveJob | None = st.session_state.get(JOB_KEY)
    replan = False
    if job is None or not job.running:
        replan = superseded_notice(ctx, replan=True)
    _solve_controls(ctx, start=replan)
    view = load_view(ctx)
    if view.version is None:
        # Nothing planned yet: the way to a plan is the button above (once no solve runs).
        if job is None or not job.running:
            st.caption(t("ui.planning.no_plan", lang))
    else:
        version_caption(view, lang)
    if view.version is not None and view.version.status is VersionStatus.DRAFT:
        published = cache.view(ctx.engine, Which.PUBLISHED).plan
        changes = compare_plans(view.scenario, published, view.plan)
        _comparison(view, changes, lang)
        _publish(ctx, view.version.number)
    said(PUBLISH_PLACE)
    _rejections(view, lang)


if __name__ == "__main__":
    render(current())
