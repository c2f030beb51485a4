"""Belægning: occupancy per centre and night (or week), closures, the next arrivals and
departures, and the centre's plan to download (.xlsx, .ics)."""

from __future__ import annotations

import tempfile
from datetime import date, timedelta
from functools import partial
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import streamlit as st
from sqlalchemy import Engine

from scheduler.i18n import t
from scheduler.service.exporting import export_plan
from scheduler.service.services_view import stay_centres
from scheduler.service.views import (
    NightFigures,
    PlanView,
    movements,
    night_figures,
    week_figures,
)
from ui import cache, charts
from ui.context import Context, current, load_view, period_input, version_caption
from ui.screens.sections.casework_occupancy import occupancy_casework_section
from ui.screens.sections.day_centres import day_centres_section
from ui.words import bed_text, day_text

DAYS_AHEAD = 14
MIME = {
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".ics": "text/calendar",
}


def export_bytes(engine: Engine, version: int, centre: str, suffix: str, lang: str) -> bytes:
    """The centre's plan as the file ``suffix`` names, written by the service to a scratch
    folder and read back."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"plan{suffix}"
        export_plan(engine, path, version, centre, lang)
        return path.read_bytes()


def _night_table(nights: list[NightFigures], lang: str) -> pd.DataFrame:
    return pd.DataFrame(
        {
            t("ui.col.night", lang): [day_text(n.night, lang) for n in nights],
            t("ui.col.beds", lang): [n.beds for n in nights],
            t("ui.col.closed", lang): [n.closed for n in nights],
            t("ui.col.occupied", lang): [n.occupied for n in nights],
            t("ui.col.free", lang): [n.free for n in nights],
            t("ui.col.percent", lang): [round(n.percent) for n in nights],
        }
    )


def _week_table(nights: list[NightFigures], lang: str) -> pd.DataFrame:
    weeks = week_figures(nights)
    return pd.DataFrame(
        {
            t("ui.col.week", lang): [t("ui.week", lang, week=w.week) for w in weeks],
            t("ui.col.bed_nights", lang): [w.open_nights for w in weeks],
            t("ui.col.occupied", lang): [w.used_nights for w in weeks],
            t("ui.col.least_free", lang): [w.least_free for w in weeks],
            t("ui.col.percent", lang): [round(w.percent) for w in weeks],
        }
    )


@st.cache_resource(max_entries=32, show_spinner=False)
def _nights_and_chart(
    _view: PlanView, key: tuple[object, ...], centre: str, first: date, last: date, lang: str
) -> tuple[list[NightFigures], go.Figure]:
    """The centre's nights in the period and their chart (kept per store stamp and viewer)."""
    nights = [n for n in night_figures(_view, first, last) if n.centre_id == centre]
    name = _view.scenario.centre_by_id[centre].name
    frame = pd.DataFrame(
        {"night": [n.night for n in nights], "centre": name, "percent": [n.percent for n in nights]}
    )
    return nights, charts.occupancy_chart(frame, first, last, lang)


def _figures(ctx: Context, view: PlanView, centre: str, first: date, last: date, lang: str) -> None:
    key = (cache.url(ctx.engine), cache.stamp(ctx.engine), ctx.viewer.role, ctx.viewer.centre)
    nights, chart = _nights_and_chart(view, key, centre, first, last, lang)
    left, middle, right = st.columns(3)
    used = sum(n.occupied for n in nights)
    open_nights = sum(n.open for n in nights)
    share = round(100 * used / open_nights) if open_nights else 0
    left.metric(t("ui.occupancy.average", lang), f"{share} %")
    middle.metric(t("ui.occupancy.full_nights", lang), sum(n.free == 0 for n in nights))
    right.metric(t("ui.occupancy.closed_nights", lang), sum(n.closed > 0 for n in nights))
    st.plotly_chart(
        chart,
        key=f"occupancy_{centre}",
        config={"displaylogo": False},
    )
    weekly = st.toggle(t("ui.occupancy.per_week", lang), key="occupancy_weekly")
    table = _week_table(nights, lang) if weekly else _night_table(nights, lang)
    st.dataframe(table, hide_index=True, height=300)


def _movements(view: PlanView, centre: str, lang: str) -> None:
    scenario = view.scenario
    today = min(max(date.today(), scenario.horizon_start), scenario.horizon_end)
    st.subheader(t("ui.occupancy.movements", lang, days=DAYS_AHEAD))
    first = st.date_input(
        t("ui.occupancy.from", lang), value=today, format="DD.MM.YYYY", key="movements_from"
    )
    found = [m for m in movements(view, first, DAYS_AHEAD) if m.stay.centre_id == centre]
    if not found:
        st.caption(t("ui.occupancy.no_movements", lang))
        return
    st.dataframe(
        pd.DataFrame(
            {
                t("ui.col.day", lang): [day_text(m.day, lang) for m in found],
                t("ui.col.move", lang): [t(f"ui.move.{m.move.value}", lang) for m in found],
                t("ui.col.person", lang): [m.person.name for m in found],
                t("ui.col.bed", lang): [bed_text(m.stay.bed, lang) for m in found],
                t("ui.col.nights", lang): [m.stay.nights for m in found],
                t("ui.col.needs", lang): [", ".join(sorted(m.person.needs)) for m in found],
            }
        ),
        hide_index=True,
    )


def _downloads(ctx: Context, view: PlanView, centre: str) -> None:
    lang = ctx.lang
    if view.version is None:
        return
    st.subheader(t("ui.occupancy.downloads", lang))
    columns = st.columns(len(MIME))
    for column, (suffix, mime) in zip(columns, MIME.items(), strict=True):
        column.download_button(
            t(f"ui.download{suffix.replace('.', '_')}", lang),
            data=partial(export_bytes, ctx.engine, view.version.number, centre, suffix, lang),
            file_name=f"plan-{centre}-v{view.version.number}{suffix}",
            mime=mime,
            on_click="ignore",
            key=f"download{suffix}",
            icon=":material/download:",
        )


def render(ctx: Context) -> None:
    lang = ctx.lang
    st.title(t("ui.page.occupancy", lang))
    view = load_view(ctx)
    version_caption(view, lang)
    by_id = {c.centre_id: c for c in stay_centres(view.scenario)}
    centre = st.selectbox(
        t("ui.filter.centre", lang),
        list(by_id),
        format_func=lambda cid: by_id[cid].name,
        key="occupancy_centre",
        disabled=len(by_id) == 1,
    )
    first, last = period_input(view, lang, "occupancy_period")
    _figures(ctx, view, centre, first, last, lang)
    for closure in view.scenario.closures:
        if closure.centre_id == centre and closure.start <= last and closure.end > first:
            st.caption(
                t(
                    "ui.occupancy.closure",
                    lang,
                    beds=closure.beds_closed,
                    start=day_text(closure.start, lang),
                    end=day_text(closure.end - timedelta(days=1), lang),
                )
            )
    _movements(view, centre, lang)
    # case work all year: record arrivals, no-shows and early departures; report closures
    occupancy_casework_section(ctx, view, centre)
    _downloads(ctx, view, centre)
    if ctx.viewer.is_planner:
        # beside the beds: each day centre's seats per weekday, and the waiting list
        day_centres_section(ctx, with_queue=True)


if __name__ == "__main__":
    render(current())
