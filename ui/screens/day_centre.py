"""Dagcenter: one day centre's week (seats taken and free per weekday, closed days marked) and
who comes on which day. A day-centre leader sees their own centre only; a planner chooses."""

from __future__ import annotations

import streamlit as st

from scheduler.domain.errors import UserError
from scheduler.i18n import t
from scheduler.service.day_ended import ended_day_wishes
from ui import cache
from ui.context import Context, current
from ui.screens.sections.day_centres import (
    attendance,
    centre_week_block,
    ended_table,
    week_input,
)


def render(ctx: Context) -> None:
    lang = ctx.lang
    st.title(t("ui.page.day_centre", lang))
    try:
        view = cache.services(ctx.engine, ctx.viewer.centre)
    except UserError as error:
        st.info(t(error.key, lang, **error.params))
        st.stop()
    centres = {c.centre_id: c.name for c in view.day_centres}
    if not centres:
        st.caption(t("svc.day.none", lang))
        return
    if ctx.viewer.centre is None:
        centre = st.selectbox(
            t("svc.day.choose", lang),
            list(centres),
            format_func=lambda cid: centres[cid],
            key="day_centre_chosen",
        )
    else:
        centre = ctx.viewer.centre
        st.caption(t("svc.day.leader_explain", lang))
    year, week = week_input(view, lang, "day_centre_week")
    centre_week_block(view, centre, year, week, lang)
    st.subheader(t("svc.day.attendance", lang))
    table = attendance(view, centre, year, week, lang)
    if table.empty:
        st.caption(t("svc.day.no_places", lang))
    else:
        st.dataframe(table, hide_index=True)
    ended = ended_day_wishes(ctx.engine, centre_id=centre)
    if ended:
        st.subheader(t("svc.ended.title", lang))
        st.caption(t("svc.ended.explain", lang))
        st.dataframe(ended_table(ended, lang), hide_index=True)


if __name__ == "__main__":
    render(current())
