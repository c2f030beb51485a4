"""The app's charts (plotly): a centre's beds as a timeline of stays, and occupancy over time.

The time axis carries ISO week numbers (``uge 27``) at each Monday and shades the Danish
public holidays.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import holidays
import pandas as pd
import plotly.express as px
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from scheduler.i18n import t
from ui.words import Category, category_text

COLOURS = {
    Category.PINNED: "#1f5f99",
    Category.DRAFT: "#8fbce6",
    Category.ACUTE: "#c62828",
    Category.LATE: "#ef8f00",
}
TEXT_COLOURS = {
    Category.PINNED: "white",
    Category.DRAFT: "#0d2a45",
    Category.ACUTE: "white",
    Category.LATE: "#3a2200",
}
"""The names on the bars: the colour that reads best on each bar's colour."""
HOLIDAY_SHADE = "#9e9e9e"
GAP = timedelta(hours=3)
"""Each bar is drawn this much shorter at both ends (and outlined in white), so that two stays
back to back on one bed show as two bars (the hover still says the exact days)."""
MOST_WEEK_LABELS = 26
"""Above this many weeks in the period only every second (third …) week is named, so that the
names stay level and readable."""
ROW_HEIGHT = 30
LANE_GAP = 70
"""Pixels between two centres' lanes: room for the week labels and the next title."""
MARGIN = 90
MAX_LABELLED_BARS = 600
"""Above this many stays the bars carry no names (the hover still does): fitting thousands of
labels makes the browser draw the calendar seconds slower."""


def public_holidays(first: date, last: date, lang: str) -> dict[date, str]:
    """Danish public holidays on the days ``first`` … ``last``, named in the language."""
    names = holidays.country_holidays(
        "DK", years=range(first.year, last.year + 1), language="da" if lang == "da" else "en_US"
    )
    return {day: str(name) for day, name in sorted(names.items()) if first <= day <= last}


def _time_axis(figure: go.Figure, first: date, last: date, lang: str) -> None:
    """Week numbers at the Mondays, the period as the range, holidays shaded over the whole
    height (every lane of a calendar shares the time axis)."""
    monday = first - timedelta(days=first.weekday())
    mondays = [monday + timedelta(weeks=w) for w in range((last - monday).days // 7 + 1)]
    step = -(-len(mondays) // MOST_WEEK_LABELS)
    named = mondays[::step]
    figure.update_xaxes(
        range=[first, last + timedelta(days=1)],
        tickvals=named,
        ticktext=[t("ui.week", lang, week=m.isocalendar()[1]) for m in named],
        tickangle=0,
        showgrid=True,
        title=None,
    )
    shade = {"type": "rect", "xref": "x", "yref": "paper", "y0": 0, "y1": 1, "line_width": 0}
    figure.update_layout(
        shapes=[
            {
                **shade,
                "x0": day,
                "x1": day + timedelta(days=1),
                "fillcolor": HOLIDAY_SHADE,
                "opacity": 0.25,
                "layer": "below",
            }
            for day in public_holidays(first, last, lang)
        ]
    )


@dataclass(frozen=True)
class Lane:
    """One centre's part of the calendar: its title, bed rows (top first) and stays.

    ``stays`` has the columns ``start``, ``end`` (departure day), ``bed`` (one of ``beds``),
    ``category`` (a ``Category``), ``label`` (the text on the bar) and ``hover``.
    """

    title: str
    beds: list[str]
    stays: pd.DataFrame


def _bars(lane: Lane, category: Category, lang: str, legend: bool, labels: bool) -> go.Bar:
    part = lane.stays[lane.stays["category"] == category]
    return go.Bar(
        base=part["start"] + GAP,
        x=[
            (end - start - 2 * GAP).total_seconds() * 1000
            for start, end in zip(part["start"], part["end"], strict=True)
        ],
        y=part["bed"],
        orientation="h",
        name=category_text(category, lang),
        legendgroup=category,
        showlegend=legend,
        marker={"color": COLOURS[category], "line": {"width": 1.5, "color": "white"}},
        text=part["label"] if labels else None,
        textposition="inside",
        insidetextanchor="start",
        insidetextfont={"color": TEXT_COLOURS[category], "size": 12},
        constraintext="inside",
        customdata=part[["hover"]],
        hovertemplate="%{customdata[0]}<extra></extra>",
    )


def calendar(lanes: list[Lane], first: date, last: date, lang: str) -> go.Figure:
    """The centres' stays as bars on one row per bed, one lane per centre, in one figure that
    shares the time axis (one chart draws much faster in the browser than many).
    """
    rows = [max(len(lane.beds), 1) for lane in lanes]
    height = ROW_HEIGHT * sum(rows) + LANE_GAP * len(lanes) + MARGIN
    figure = make_subplots(
        rows=len(lanes),
        cols=1,
        shared_xaxes=True,
        row_heights=rows,
        vertical_spacing=LANE_GAP / height if len(lanes) > 1 else 0,
        subplot_titles=[lane.title for lane in lanes],
    )
    shown: set[str] = set()
    labels = sum(len(lane.stays) for lane in lanes) <= MAX_LABELLED_BARS
    for number, lane in enumerate(lanes, start=1):
        # An invisible point per bed keeps the empty beds on the chart, in order.
        figure.add_trace(
            go.Scatter(
                x=[first] * len(lane.beds),
                y=lane.beds,
                mode="markers",
                showlegend=False,
                marker={"opacity": 0},
                hoverinfo="skip",
            ),
            row=number,
            col=1,
        )
        for category in Category:
            if (lane.stays["category"] == category).any():
                figure.add_trace(
                    _bars(lane, category, lang, category not in shown, labels), number, 1
                )
                shown.add(category)
        figure.update_yaxes(
            type="category",
            categoryorder="array",
            categoryarray=lane.beds[::-1],
            row=number,
            col=1,
        )
    figure.update_annotations(xanchor="left", x=0, font={"size": 16})
    figure.update_layout(
        height=height,
        barmode="overlay",
        margin={"l": 10, "r": 10, "t": 60, "b": 30},
        legend={"orientation": "h", "y": 1.0, "yanchor": "bottom", "x": 1, "xanchor": "right"},
        uniformtext={"minsize": 10, "mode": "hide"},
        bargap=0.25,
    )
    _time_axis(figure, first, last, lang)
    figure.update_xaxes(showticklabels=True, type="date")
    return figure


def occupancy_chart(nights: pd.DataFrame, first: date, last: date, lang: str) -> go.Figure:
    """Occupancy in % per night, one line per centre (columns ``night``, ``centre``,
    ``percent``)."""
    figure = px.line(nights, x="night", y="percent", color="centre", line_shape="hv")
    figure.update_yaxes(range=[0, 105], title=t("ui.occupancy.percent", lang), ticksuffix=" %")
    figure.update_layout(
        height=320,
        margin={"l": 10, "r": 10, "t": 30, "b": 30},
        legend={"orientation": "h", "y": 1.02, "yanchor": "bottom", "title": None},
    )
    _time_axis(figure, first, last, lang)
    return figure
