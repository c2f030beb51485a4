"""What every page is given: the store, the viewer and the language; and the one way pages
read a plan view (an empty store is a message, not an exception)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import streamlit as st
from sqlalchemy import Engine

from scheduler.i18n import t
from scheduler.service.errors import UserError
from scheduler.service.views import PlanView, Which
from ui import cache
from ui.roles import Viewer

CONTEXT_KEY = "page_context"


@dataclass(frozen=True)
class Context:
    engine: Engine
    viewer: Viewer
    lang: str


def set_current(ctx: Context) -> None:
    """Hand the run's context to the page the navigation runs next."""
    st.session_state[CONTEXT_KEY] = ctx


def current() -> Context:
    """The context the entry point set for this run."""
    ctx: Context = st.session_state[CONTEXT_KEY]
    return ctx


def load_view(ctx: Context) -> PlanView:
    """The plan a page shows: a planner sees the newest version (draft or published), a
    centre manager the published plan of their centre only. Stops the page on an empty store."""
    which = Which.NEWEST if ctx.viewer.is_planner else Which.PUBLISHED
    try:
        return cache.view(ctx.engine, which, ctx.viewer.centre)
    except UserError as error:
        st.info(t(error.key, ctx.lang, **error.params))
        st.stop()


def version_caption(view: PlanView, lang: str) -> None:
    """A line saying which plan version is shown."""
    if view.version is None:
        st.caption(t("ui.version.none", lang))
    else:
        status = t(f"ui.version.{view.version.status}", lang)
        st.caption(t("ui.version.shown", lang, number=view.version.number, status=status))


def period_input(view: PlanView, lang: str, key: str) -> tuple[date, date]:
    """A period of nights inside the horizon, by default the profile's summer window."""
    scenario = view.scenario
    lowest, highest = scenario.horizon_start, scenario.horizon_end - timedelta(days=1)
    first, last = scenario.rules.summer_window(lowest.year)
    default = (max(first, lowest), min(last, highest))
    chosen = st.date_input(
        t("ui.period", lang),
        value=default,
        min_value=lowest,
        max_value=highest,
        format="DD.MM.YYYY",
        key=key,
    )
    if not isinstance(chosen, tuple) or len(chosen) != 2:
        st.info(t("ui.period.pick_end", lang))
        st.stop()
    return chosen[0], chosen[1]
