"""Kalender: per centre a timeline with one row per bed and the stays as bars. With many centres
the planner's calendar opens on the first one (more are chosen in the list); the choice is
kept while the session lasts. A calendar drawn once is kept until the data changes."""

from __future__ import annotations

from datetime import date, timedelta

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from scheduler.domain.model import Centre
from scheduler.i18n import t
from scheduler.service.services_view import stay_centres
from scheduler.service.views import PlanView, RequestLine, request_lines
from ui import cache, charts
from ui.context import Context, current, load_view, period_input, version_caption
from ui.screens.sections.day_centres import day_centres_section
from ui.screens.sections.relief import relief_week_section
from ui.words import bed_text, category, category_text, day_text, tier_text

COLUMNS = ["start", "end", "bed", "category", "label", "hover"]
ALL_BEDS_UP_TO = 20
CENTRES_KEY, KEPT_CENTRES = "calendar_centres", "calendar_centres_kept"


def _hover(line: RequestLine, lang: str) -> str:
    stay = line.stay
    assert stay is not None, "only granted requests are drawn"
    return "<br>".join(
        [
            f"<b>{line.person.name}</b> ({line.person.person_id})",
            t(
                "ui.calendar.hover",
                lang,
                start=day_text(stay.start, lang),
                end=day_text(stay.end, lang),
                nights=stay.nights,
            ),
            f"{tier_text(line.tier, lang)} · {category_text(category(line), lang)}",
            t("ui.calendar.request", lang, request=line.request.request_id),
        ]
    )


def stay_frame(
    lines: list[RequestLine], centre: str, first: date, last: date, lang: str
) -> pd.DataFrame:
    """The stays at ``centre`` that touch the nights ``first`` … ``last``, one row per bar, each
    cut to the period (the hover text keeps its days)."""
    shown_end = last + timedelta(days=1)
    rows = [
        {
            # drawn within the period, so that a stay begun before it shows its name
            "start": max(line.stay.start, first),
            "end": min(line.stay.end, shown_end),
            "bed": bed_text(line.stay.bed, lang),
            "category": category(line),
            "label": line.person.name,
            "hover": _hover(line, lang),
        }
        for line in lines
        if line.stay is not None
        and line.stay.centre_id == centre
        and line.stay.start <= last
        and line.stay.end > first
    ]
    frame = pd.DataFrame(rows, columns=COLUMNS)
    frame["start"] = pd.to_datetime(frame["start"])
    frame["end"] = pd.to_datetime(frame["end"])
    return frame


def _bed_rows(centre: Centre, frame: pd.DataFrame, lang: str) -> list[str]:
    """Every bed of the centre, plus a row for stays without a bed label if there are any."""
    beds = [bed_text(bed, lang) for bed in range(1, centre.beds + 1)]
    unlabelled = bed_text(0, lang)
    return [*beds, unlabelled] if (frame["bed"] == unlabelled).any() else beds


def default_centres(centres: list[Centre]) -> list[str]:
    """The centres the calendar opens on: all when their beds fit on a screen, else the first
    (a region's calendar of every bed at once is long and slow to draw)."""
    ids = [c.centre_id for c in centres]
    return ids if sum(c.beds for c in centres) <= ALL_BEDS_UP_TO else ids[:1]


def _keep_centres() -> None:
    st.session_state[KEPT_CENTRES] = st.session_state.get(CENTRES_KEY, [])


def _centres(view: PlanView, lang: str) -> list[Centre]:
    """The centres chosen (kept across pages in the session), all when there is only one;
    only centres for stays with beds have one (day centres are drawn apart)."""
    centres = [c for c in stay_centres(view.scenario) if c.beds > 0]
    if len(centres) <= 1:
        return centres
    by_id = view.scenario.centre_by_id
    kept = [cid for cid in st.session_state.get(KEPT_CENTRES, []) if cid in by_id]
    chosen = st.multiselect(
        t("ui.filter.centre", lang),
        [c.centre_id for c in centres],
        default=kept or default_centres(centres),
        format_func=lambda cid: by_id[cid].name,
        key=CENTRES_KEY,
        placeholder=t("ui.filter.none", lang),
        on_change=_keep_centres,
        help=t("ui.calendar.centres_help", lang),
    )
    return [c for c in centres if c.centre_id in chosen]


@st.cache_resource(max_entries=16, show_spinner=False)
def _figure(
    _view: PlanView,
    key: tuple[object, ...],
    centres: tuple[str, ...],
    first: date,
    last: date,
    lang: str,
) -> go.Figure:
    """The calendar of ``centres`` (kept per store stamp, period and language)."""
    lines = request_lines(_view)
    lanes = []
    for centre_id in centres:
        centre = _view.scenario.centre_by_id[centre_id]
        frame = stay_frame(lines, centre_id, first, last, lang)
        title = t("ui.calendar.centre", lang, name=centre.name, beds=centre.beds)
        lanes.append(charts.Lane(title, _bed_rows(centre, frame, lang), frame))
    return charts.calendar(lanes, first, last, lang)


def _beds(ctx: Context, view: PlanView, centres: list[Centre], first: date, last: date) -> None:
    lang = ctx.lang
    key = (cache.url(ctx.engine), cache.stamp(ctx.engine), ctx.viewer.role, ctx.viewer.centre)
    ids = tuple(c.centre_id for c in centres)
    figure = _figure(view, key, ids, first, last, lang)
    st.plotly_chart(figure, key="calendar", config={"displaylogo": False})
    named = charts.public_holidays(first, last, lang)
    if named:
        days = ", ".join(f"{day_text(day, lang)} {name}" for day, name in named.items())
        st.caption(t("ui.calendar.holidays", lang, days=days))


def render(ctx: Context) -> None:
    lang = ctx.lang
    st.title(t("ui.page.calendar", lang))
    view = load_view(ctx)
    version_caption(view, lang)
    first, last = period_input(view, lang, "calendar_period")
    centres = _centres(view, lang)
    if centres:
        _beds(ctx, view, centres, first, last)
    if ctx.viewer.is_planner:
        # beside the beds: the day centres' week and the relief visits of a week
        day_centres_section(ctx, with_queue=False)
        relief_week_section(ctx)


if __name__ == "__main__":
    render(current())
