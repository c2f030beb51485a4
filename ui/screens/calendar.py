"""Kalender: per centre a timeline with one row per bed and the stays as bars."""

from __future__ import annotations

from datetime import date

import pandas as pd
import streamlit as st

from scheduler.domain.model import Centre
from scheduler.i18n import t
from scheduler.service.views import RequestLine, request_lines
from ui import charts
from ui.context import Context, current, load_view, period_input, version_caption
from ui.words import bed_text, category, category_text, day_text, tier_text

COLUMNS = ["start", "end", "bed", "category", "label", "hover"]


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
    """The stays at ``centre`` that touch the nights ``first`` … ``last``, one row per bar."""
    rows = [
        {
            "start": line.stay.start,
            "end": line.stay.end,
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


def render(ctx: Context) -> None:
    lang = ctx.lang
    st.title(t("ui.page.calendar", lang))
    view = load_view(ctx)
    version_caption(view, lang)
    first, last = period_input(view, lang, "calendar_period")
    centres = list(view.scenario.centres)
    if len(centres) > 1:
        chosen = st.multiselect(
            t("ui.filter.centre", lang),
            [c.centre_id for c in centres],
            default=[c.centre_id for c in centres],
            format_func=lambda cid: view.scenario.centre_by_id[cid].name,
            key="calendar_centres",
            placeholder=t("ui.filter.none", lang),
        )
        centres = [c for c in centres if c.centre_id in chosen]
    if not centres:
        return
    lines = request_lines(view)
    lanes = []
    for centre in centres:
        frame = stay_frame(lines, centre.centre_id, first, last, lang)
        title = t("ui.calendar.centre", lang, name=centre.name, beds=centre.beds)
        lanes.append(charts.Lane(title, _bed_rows(centre, frame, lang), frame))
    figure = charts.calendar(lanes, first, last, lang)
    st.plotly_chart(figure, key="calendar", config={"displaylogo": False})
    named = charts.public_holidays(first, last, lang)
    if named:
        days = ", ".join(f"{day_text(day, lang)} {name}" for day, name in named.items())
        st.caption(t("ui.calendar.holidays", lang, days=days))


if __name__ == "__main__":
    render(current())
