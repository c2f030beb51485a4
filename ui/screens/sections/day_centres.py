"""Day centres in the app: the week grid of a day centre (seats taken and free per weekday,
closed days marked), who comes on which day, the planner's allocation of places and the
waiting list, and one person's day-centre place. Drawn on Kalender and Belægning beside the
beds, on the day-centre leader's page and on Borgere."""

from __future__ import annotations

from datetime import date, timedelta

import pandas as pd
import streamlit as st

from scheduler.domain.daycare import WEEKDAYS, DayDecision, DayStatus
from scheduler.domain.errors import UserError
from scheduler.i18n import t
from scheduler.service.day_ended import EndedWish
from scheduler.service.services_view import ServicesView, allocate_day_places
from scheduler.service.services_weeks import centre_week, places_at, waiting, week_days
from ui import cache
from ui.context import Context
from ui.screens.sections.casework_common import said, say
from ui.words import day_text, local_day, moment_text, person_text

ALLOCATED = "day_allocated"
TICK = "✓"


def weekday_short(day: int, lang: str) -> str:
    """``man``, ``Tue``: the first three letters of the weekday's name."""
    return t(f"checker.weekday.{day}", lang)[:3].capitalize()


def weekdays_words(days: frozenset[int], lang: str) -> str:
    """``mandag, onsdag og torsdag`` / ``Monday, Wednesday and Thursday``: in order."""
    if days == WEEKDAYS:
        return t("svc.all_days", lang)
    names = [t(f"checker.weekday.{day}", lang) for day in sorted(days)]
    if len(names) < 2:
        return "".join(names)
    return f"{', '.join(names[:-1])} {t('svc.and', lang)} {names[-1]}"


def week_input(
    view: ServicesView, lang: str, key: str, label: str = "svc.day.week"
) -> tuple[int, int]:
    """The ISO year and week picked (by any day of it) in the field ``label`` (a catalogue
    key), inside the horizon; by default the first whole week from today (or from the
    horizon's start)."""
    scenario = view.scenario
    lowest, highest = scenario.horizon_start, scenario.horizon_end - timedelta(days=1)
    start = min(max(date.today(), lowest), highest)
    monday = start + timedelta(days=(8 - start.isoweekday()) % 7)
    chosen = st.date_input(
        t(label, lang),
        value=monday if monday <= highest else start,
        min_value=lowest,
        max_value=highest,
        format="DD.MM.YYYY",
        key=key,
    )
    day = chosen if isinstance(chosen, date) else start
    year, week, _ = day.isocalendar()
    days = week_days(year, week)
    st.caption(
        t(
            "svc.day.week_shown",
            lang,
            week=week,
            year=year,
            first=day_text(days[0], lang),
            last=day_text(days[-1], lang),
        )
    )
    return year, week


def _shown_weekdays(view: ServicesView, centre_id: str) -> list[int]:
    """Monday to Friday, and a weekend day only when the centre has seats then."""
    open_days = {s.weekday for s in view.services.day_seats if s.centre_id == centre_id}
    return sorted(set(range(1, 6)) | open_days)


def week_grid(view: ServicesView, centre_id: str, year: int, week: int, lang: str) -> pd.DataFrame:
    """The week as a grid: one column per weekday (name and date), rows seats, taken, free; a
    closed day says so in every row."""
    cells = {c.day.isoweekday(): c for c in centre_week(view, centre_id, year, week)}
    rows = ("seats", "used", "free")
    grid: dict[str, list[str]] = {"": [t(f"svc.day.row.{row}", lang) for row in rows]}
    for weekday in _shown_weekdays(view, centre_id):
        cell = cells[weekday]
        heading = f"{weekday_short(weekday, lang)} {cell.day.strftime('%d.%m')}"
        if cell.closed:
            grid[heading] = [t("svc.day.closed", lang)] * len(rows)
        elif cell.seats == 0 and cell.used == 0:
            grid[heading] = [t("svc.day.no_seats", lang)] * len(rows)
        else:
            grid[heading] = [str(cell.seats), str(cell.used), str(cell.free)]
    return pd.DataFrame(grid)


def attendance(view: ServicesView, centre_id: str, year: int, week: int, lang: str) -> pd.DataFrame:
    """Who comes to the centre in the week and on which weekdays (from their first day; a
    closed day says so), by name; places that begin after the week are left out."""
    cells = {c.day.isoweekday(): c for c in centre_week(view, centre_id, year, week)}
    shown = _shown_weekdays(view, centre_id)
    last = week_days(year, week)[-1]
    people = [
        (person, place) for person, place in places_at(view, centre_id) if place.start <= last
    ]
    table: dict[str, list[str]] = {
        t("svc.col.person", lang): [person_text(person) for person, _ in people]
    }
    for weekday in shown:
        cell = cells[weekday]
        heading = f"{weekday_short(weekday, lang)} {cell.day.strftime('%d.%m')}"
        table[heading] = [
            (t("svc.day.closed", lang) if cell.closed else TICK)
            if weekday in place.weekdays and place.start <= cell.day
            else ""
            for _, place in people
        ]
    table[t("svc.col.first_day", lang)] = [day_text(place.start, lang) for _, place in people]
    return pd.DataFrame(table)


def centre_week_block(view: ServicesView, centre_id: str, year: int, week: int, lang: str) -> None:
    """One day centre's week grid under its name, with its closed days named."""
    centre = view.scenario.centre_by_id[centre_id]
    st.markdown(f"**{centre.name}**")
    st.dataframe(week_grid(view, centre_id, year, week, lang), hide_index=True)
    closed = [c.day for c in centre_week(view, centre_id, year, week) if c.closed]
    if closed:
        days = ", ".join(day_text(day, lang) for day in closed)
        st.caption(t("svc.day.closed_days", lang, days=days))


def _run_caption(view: ServicesView, lang: str) -> None:
    if view.run is None:
        st.info(t("svc.day.no_run", lang), icon=":material/info:")
        return
    st.caption(
        t(
            "svc.day.run",
            lang,
            number=view.run.number,
            made=moment_text(view.run.made_at, lang),
            by=view.run.made_by,
            status=t(f"daycare.status.{view.run.status}", lang),
        )
    )


def _allocate(ctx: Context) -> None:
    lang = ctx.lang
    try:
        report = allocate_day_places(ctx.engine, ctx.viewer.actor)
    except UserError as error:
        say(ALLOCATED, "error", t(error.key, lang, **error.params))
        return
    say(ALLOCATED, "success", report.text(lang))


def waiting_table(view: ServicesView, lang: str) -> pd.DataFrame:
    """The waiting list in queue order."""
    queue = waiting(view)
    wishes = view.services.wish_by_id
    persons = view.scenario.person_by_id
    centres = view.scenario.centre_by_id
    columns = {
        "queue": [d.queue for d in queue],
        "person": [person_text(persons[d.person_id]) for d in queue],
        "received": [day_text(wishes[d.wish_id].received, lang) for d in queue],
        "days_per_week": [wishes[d.wish_id].days_per_week for d in queue],
        "weekdays": [weekdays_words(wishes[d.wish_id].weekdays, lang) for d in queue],
        "preferred": [
            centres[c].name if (c := wishes[d.wish_id].preferred_centre) in centres else ""
            for d in queue
        ],
    }
    return pd.DataFrame({t(f"svc.col.{name}", lang): v for name, v in columns.items()})


def day_centres_section(ctx: Context, *, with_queue: bool) -> None:
    """The planner's day centres: the allocation, each centre's week grid and, when asked,
    the waiting list."""
    lang = ctx.lang
    place = "queue" if with_queue else "grid"  # one page has one of each
    view = cache.services(ctx.engine)
    st.subheader(t("svc.day.title", lang))
    centres = view.day_centres
    if not centres:
        st.caption(t("svc.day.none", lang))
        return
    st.caption(t("svc.day.explain", lang))
    said(ALLOCATED)
    _run_caption(view, lang)
    if view.services.day_wishes and ctx.viewer.is_planner:
        st.button(
            t("svc.day.allocate", lang),
            key=f"day_allocate_{place}",
            help=t("svc.day.allocate_help", lang),
            on_click=_allocate,
            args=(ctx,),
            icon=":material/event_seat:",
        )
    year, week = week_input(view, lang, f"day_week_{place}")
    for column, centre in zip(st.columns(len(centres)), centres, strict=True):
        with column:
            centre_week_block(view, centre.centre_id, year, week, lang)
    if with_queue:
        st.markdown(f"**{t('svc.queue.title', lang)}**")
        if view.plan.waiting:
            st.dataframe(waiting_table(view, lang), hide_index=True)
        else:
            st.caption(t("svc.queue.empty", lang))


def decision_text(view: ServicesView, decision: DayDecision | None, lang: str) -> str:
    """A wish's standing in the day plan in words."""
    if decision is None:
        return t("svc.status.unallocated", lang)
    if decision.status is DayStatus.GRANTED and decision.place is not None:
        place = decision.place
        centre = view.scenario.centre_by_id.get(place.centre_id)
        return t(
            "svc.status.granted",
            lang,
            weekdays=weekdays_words(place.weekdays, lang),
            centre=centre.name if centre else place.centre_id,
            start=day_text(place.start, lang),
        )
    if decision.status is DayStatus.WAITING:
        return t("svc.status.waiting", lang, queue=decision.queue)
    reason = decision.reason.value if decision.reason else ""
    return t("svc.status.refused", lang, reason=t(f"day_reason.{reason}", lang))


def ended_text(view: ServicesView, ended: EndedWish, lang: str) -> str:
    """An ended wish in words: the place it had (weekdays, centre) and the day it ended, or
    that it ended with no place."""
    day = day_text(local_day(ended.ended_at), lang)
    if ended.centre_id is None:
        return t("svc.ended.wish", lang, ended=day)
    centre = view.scenario.centre_by_id.get(ended.centre_id)
    return t(
        "svc.ended.place",
        lang,
        weekdays=weekdays_words(ended.weekdays, lang),
        centre=centre.name if centre else ended.centre_id,
        ended=day,
    )


def ended_table(ended: list[EndedWish], lang: str) -> pd.DataFrame:
    """The places ended at one day centre: who, the weekdays they came, when it ended."""
    columns = {
        "person": [f"{e.person_name} ({e.wish.person_id})" for e in ended],
        "came": [weekdays_words(e.weekdays, lang) for e in ended],
        "ended": [day_text(local_day(e.ended_at), lang) for e in ended],
        "wish": [e.wish.wish_id for e in ended],
    }
    return pd.DataFrame({t(f"svc.col.{name}", lang): v for name, v in columns.items()})
