"""Borgere: nothing lost silently. A person's requests that left the plan (cancelled, or a stay
they never came to) with the stay they had, the promised stays that were changed with what was
first promised, and the history of any of the person's requests."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from scheduler.i18n import t
from scheduler.service.views import PlanView
from ui import cache
from ui.context import Context
from ui.screens.sections.history import show_history
from ui.words import day_text, local_day, reason_label, stay_text


def person_history_section(ctx: Context, view: PlanView, person_id: str) -> None:
    """What happened to the person's requests besides the plan shown."""
    lang = ctx.lang
    scenario = view.scenario
    centres = {c.centre_id: c.name for c in scenario.centres}
    gone = [g for g in cache.gone(ctx.engine) if g.request.person_id == person_id]
    changed = cache.changed(ctx.engine)
    own = [r.request_id for r in scenario.requests if r.person_id == person_id]
    moved = [changed[rid] for rid in own if rid in changed]
    st.subheader(t("ui.persons.gone", lang))
    if not gone and not moved:
        st.caption(t("ui.persons.no_gone", lang))
    if gone:
        rows = []
        for g in gone:
            stay = g.stay
            rows.append(
                (
                    g.request.request_id,
                    t(f"ui.standing.{'no_show' if g.no_show else 'cancelled'}", lang),
                    day_text(local_day(g.cancelled_at), lang) if g.cancelled_at else "",
                    stay_text(stay, centres.get(stay.centre_id, stay.centre_id), lang)
                    if stay
                    else reason_label(g.reason, lang),
                )
            )
        st.dataframe(
            pd.DataFrame(
                rows,
                columns=[
                    t("ui.col.request", lang),
                    t("ui.col.status", lang),
                    t("ui.col.day", lang),
                    t("ui.col.last_decision", lang),
                ],
            ),
            hide_index=True,
        )
    if moved:
        decided = view.plan.by_request
        rows = []
        for change in moved:
            first = change.first
            now = decided.get(change.request_id)
            rows.append(
                (
                    change.request_id,
                    str(change.changes),
                    stay_text(first, centres.get(first.centre_id, first.centre_id), lang),
                    stay_text(now.stay, centres.get(now.stay.centre_id, ""), lang)
                    if now is not None and now.stay is not None
                    else "",
                )
            )
        st.dataframe(
            pd.DataFrame(
                rows,
                columns=[
                    t("ui.col.request", lang),
                    t("ui.col.times", lang),
                    t("ui.col.first_promise", lang),
                    t("ui.col.promise_now", lang),
                ],
            ),
            hide_index=True,
        )
    requests = own + [g.request.request_id for g in gone]
    if not requests:
        return
    chosen = st.selectbox(
        t("ui.persons.history", lang),
        requests,
        index=None,
        key=f"person_history_{person_id}",
        placeholder=t("ui.choose", lang),
    )
    if chosen is not None:
        show_history(ctx, view, chosen)
