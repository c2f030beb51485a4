"""Ønsker: the case deadlines (sagsbehandlingsfrist) as a badge with the number of requests
past theirs, and the list of them, most overdue first."""

from __future__ import annotations

from datetime import date

import pandas as pd
import streamlit as st

from scheduler.i18n import t
from scheduler.service.operations import OverdueCase
from scheduler.service.views import PlanView
from ui import cache
from ui.context import Context
from ui.words import day_text, person_text


def overdue_table(cases: list[OverdueCase], view: PlanView, lang: str) -> pd.DataFrame:
    """One row per overdue request: who, what kind, received, due and days over."""
    persons = view.scenario.person_by_id
    columns = {
        "request": [c.request_id for c in cases],
        "person": [person_text(persons[c.request.person_id]) for c in cases],
        "kind": [t(f"ui.kind.{c.request.kind.value}", lang) for c in cases],
        "received": [day_text(c.request.received, lang) for c in cases],
        "due": [day_text(c.due, lang) for c in cases],
        "days_over": [c.days_over for c in cases],
    }
    return pd.DataFrame({t(f"ui.col.{name}", lang): values for name, values in columns.items()})


def deadlines_section(ctx: Context, view: PlanView) -> None:
    """The badge and, folded away, the list; ``view`` gives the persons' names and the rules."""
    lang = ctx.lang
    cases = cache.overdue_cases(ctx.engine, date.today().isoformat())
    st.badge(
        t("ui.overdue.badge", lang, count=len(cases)),
        icon=":material/schedule:",
        color="red" if cases else "green",
    )
    with st.expander(t("ui.overdue.title", lang), icon=":material/schedule:", key="overdue_box"):
        if view.scenario.rules.case_deadline_weeks is None:
            st.caption(t("ui.overdue.no_deadline", lang))
        elif not cases:
            st.caption(t("ui.overdue.none", lang))
        else:
            st.dataframe(overdue_table(cases, view, lang), hide_index=True)
