"""Relief at home in the app, and each person's three services together: the planner's
calendar of a week's visits (one row per person, one column per weekday, with the hours used in
the grant's period); on Borgere one person's day-centre place and relief grants; on Ønsker
every person with a day-centre wish or a relief grant beside their stays."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

import pandas as pd
import streamlit as st

from scheduler.domain.relief import ReliefGrant, clock_text, hours_text
from scheduler.i18n import t
from scheduler.service.services_letters import person_letters
from scheduler.service.services_view import ServicesView
from scheduler.service.services_weeks import (
    GrantUse,
    VisitLine,
    person_services,
    relief_week,
    week_days,
)
from scheduler.service.views import PlanView, request_lines
from ui import cache
from ui.context import Context
from ui.screens.sections.day_centres import decision_text, week_input, weekday_short, weekdays_words
from ui.screens.sections.day_place_end import end_day_place_button, end_message
from ui.words import day_text, person_text


def allowed_text(grant: ReliefGrant, lang: str) -> str:
    """``3 t pr. uge`` / ``6 h per 14 days``."""
    key = "svc.relief.per_fortnight" if grant.per_fortnight else "svc.relief.per_week"
    return t(key, lang, hours=hours_text(grant.minutes))


def used_text(used: int, grant: ReliefGrant, lang: str) -> str:
    """``2 af 3 t``, saying so when the period's visits are over the grant."""
    key = "svc.relief.over" if used > grant.minutes else "svc.relief.used"
    return t(key, lang, used=hours_text(used), allowed=hours_text(grant.minutes))


def week_calendar(lines: list[VisitLine], year: int, week: int, lang: str) -> pd.DataFrame:
    """The week's visits: a row per person and grant, a column per weekday holding the
    visits' times, then the grant and the hours used in its period."""
    days = week_days(year, week)
    rows: dict[tuple[str, str], list[VisitLine]] = defaultdict(list)
    for line in lines:
        rows[line.person.person_id, line.grant.grant_id].append(line)
    table: dict[str, list[str]] = {t("svc.col.person", lang): []}
    headings = [f"{weekday_short(d.isoweekday(), lang)} {d.strftime('%d.%m')}" for d in days]
    for heading in headings:
        table[heading] = []
    table[t("svc.col.grant", lang)] = []
    table[t("svc.col.used", lang)] = []
    for visits in rows.values():
        first = visits[0]
        table[t("svc.col.person", lang)].append(person_text(first.person))
        for day, heading in zip(days, headings, strict=True):
            table[heading].append(
                ", ".join(
                    f"{clock_text(v.visit.start)}–{clock_text(v.visit.end)}"
                    for v in visits
                    if v.visit.day == day
                )
            )
        table[t("svc.col.grant", lang)].append(allowed_text(first.grant, lang))
        table[t("svc.col.used", lang)].append(
            "; ".join(sorted({used_text(v.used_minutes, first.grant, lang) for v in visits}))
        )
    return pd.DataFrame(table)


def relief_week_section(ctx: Context) -> None:
    """The planner's calendar of relief visits for a chosen week."""
    lang = ctx.lang
    view = cache.services(ctx.engine)
    st.subheader(t("svc.relief.title", lang))
    if not view.services.relief_grants:
        st.caption(t("svc.relief.no_grants", lang))
        return
    st.caption(t("svc.relief.explain", lang))
    year, week = week_input(view, lang, "relief_week", "svc.relief.week")
    lines = relief_week(view, year, week)
    if not lines:
        st.caption(t("svc.relief.none", lang, week=week))
        return
    minutes = sum(line.visit.minutes for line in lines)
    st.caption(t("svc.relief.count", lang, visits=len(lines), hours=hours_text(minutes), week=week))
    st.dataframe(week_calendar(lines, year, week, lang), hide_index=True)


def grant_text(view: ServicesView, use: GrantUse, lang: str) -> str:
    """A person's grant and its use in words (for Borgere)."""
    grant = use.grant
    # a grant runs to the day before its end
    last = None if grant.end is None else grant.end - timedelta(days=1)
    end = day_text(last, lang) if last else t("svc.relief.open_end", lang)
    described = t(
        "svc.relief.period",
        lang,
        grant=grant.grant_id,
        allowed=allowed_text(grant, lang),
        start=day_text(grant.start, lang),
        end=end,
    )
    return t(
        "svc.person.relief",
        lang,
        grant=described,
        period=day_text(use.period_start, lang),
        used=used_text(use.used_minutes, grant, lang),
        visits=len(use.visits),
    )


def today_in(view: ServicesView) -> date:
    """Today, or the nearest day of the horizon."""
    scenario = view.scenario
    return min(max(date.today(), scenario.horizon_start), scenario.horizon_end)


def person_services_section(ctx: Context, person_id: str) -> None:
    """One person's day-centre wish and place and their relief grants (Borgere)."""
    lang = ctx.lang
    view = cache.services(ctx.engine)
    st.subheader(t("svc.person.title", lang))
    found = person_services(view, person_id, today_in(view))
    if found.day is None:
        st.caption(t("svc.person.no_day", lang))
    else:
        wish = found.day.wish
        status = decision_text(view, found.day.decision, lang)
        st.markdown(t("svc.person.day", lang, status=status))
        st.caption(
            t(
                "svc.person.wish",
                lang,
                wish=wish.wish_id,
                received=day_text(wish.received, lang),
                days=wish.days_per_week,
                weekdays=weekdays_words(wish.weekdays, lang),
            )
        )
        person = view.scenario.person_by_id.get(person_id)
        end_day_place_button(ctx, wish, person_text(person) if person else person_id)
    end_message()
    if not found.relief:
        st.caption(t("svc.person.no_relief", lang))
    for use in found.relief:
        st.markdown(grant_text(view, use, lang))
    letters = person_letters(view, person_id, date.today(), lang)
    if letters:
        st.markdown(f"**{t('svc.person.letters', lang)}**")
    for letter in letters:
        st.download_button(
            letter.title,
            data=letter.html,
            file_name=letter.file_name,
            mime="text/html",
            on_click="ignore",
            key=f"svc_letter_{letter.file_name}",
            icon=":material/download:",
        )


def services_by_person_section(ctx: Context, plan: PlanView) -> None:
    """Every person with a day-centre wish or a relief grant: their stays in the plan shown,
    their day-centre standing and their relief grants (Ønsker)."""
    lang = ctx.lang
    view = cache.services(ctx.engine)
    services = view.services
    wishes = {w.person_id: w for w in services.day_wishes}
    grants: dict[str, list[ReliefGrant]] = defaultdict(list)
    for grant in services.relief_grants:
        grants[grant.person_id].append(grant)
    persons = [p for p in view.scenario.persons if p.person_id in wishes or p.person_id in grants]
    if not persons:
        return
    stays: dict[str, int] = defaultdict(int)
    for line in request_lines(plan):
        if line.stay is not None:
            stays[line.person.person_id] += 1
    with st.expander(t("svc.wishes.title", lang)):
        columns = {
            "person": [person_text(p) for p in persons],
            "stays": [stays[p.person_id] for p in persons],
            "status": [
                decision_text(view, view.plan.by_wish.get(wishes[p.person_id].wish_id), lang)
                if p.person_id in wishes
                else t("svc.status.none", lang)
                for p in persons
            ],
            "relief": [
                ", ".join(allowed_text(g, lang) for g in grants[p.person_id])
                or t("svc.status.none", lang)
                for p in persons
            ],
        }
        st.dataframe(
            pd.DataFrame({t(f"svc.col.{name}", lang): v for name, v in columns.items()}),
            hide_index=True,
        )
