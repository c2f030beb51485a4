"""Relief at home in the app, and each person's three services together: the planner's
calendar of a week's visits (one row per person, one column per weekday, with the hours used in
the grant's period) and the relief teams' hours that week; on Borgere one person's day-centre
place (also one that ended) and relief grants; on Ønsker every person with a day-centre wish or
a relief grant beside their stays."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

import pandas as pd
import streamlit as st

from scheduler.domain.daycare import DayWish
from scheduler.domain.relief import ReliefGrant, ReliefTeam, clock_text, hours_text
from scheduler.i18n import t
from scheduler.service.day_ended import EndedWish, ended_day_wishes
from scheduler.service.services_letters import person_letters
from scheduler.service.services_view import ServicesView
from scheduler.service.services_weeks import (
    GrantUse,
    TeamWeek,
    VisitLine,
    person_services,
    relief_week,
    teams_week,
    week_days,
)
from scheduler.service.views import PlanView, request_lines
from ui import cache
from ui.context import Context
from ui.screens.sections.day_centres import (
    decision_text,
    ended_text,
    week_input,
    weekday_short,
    weekdays_words,
)
from ui.screens.sections.day_place_end import end_day_place_button, end_message
from ui.words import day_text, person_text


def allowed_text(grant: ReliefGrant, lang: str) -> str:
    """``3 t pr. uge`` / ``6 h per 14 days``."""
    key = "svc.relief.per_fortnight" if grant.per_fortnight else "svc.relief.per_week"
    return t(key, lang, hours=hours_text(grant.minutes, lang))


def used_text(used: int, grant: ReliefGrant, lang: str) -> str:
    """``2 af 3 t``, saying so when the period's visits are over the grant."""
    key = "svc.relief.over" if used > grant.minutes else "svc.relief.used"
    return t(key, lang, used=hours_text(used, lang), allowed=hours_text(grant.minutes, lang))


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
    if lines:
        minutes = sum(line.visit.minutes for line in lines)
        st.caption(
            t(
                "svc.relief.count",
                lang,
                visits=len(lines),
                hours=hours_text(minutes, lang),
                week=week,
            )
        )
        st.dataframe(week_calendar(lines, year, week, lang), hide_index=True)
    else:
        st.caption(t("svc.relief.none", lang, week=week))
    teams_block(view, year, week, lang)


def team_name(team: ReliefTeam) -> str:
    """A team as the tables show it: ``Afløserteam Nord (fiktivt) (T01)``, or its id alone."""
    return f"{team.name} ({team.team_id})" if team.name else team.team_id


def team_table(teams: tuple[TeamWeek, ...], lang: str) -> pd.DataFrame:
    """One row per team: the hours planned in the week, the team's hours, and the hours left
    or how far over them the week goes."""
    columns = {
        "team": [team_name(w.team) for w in teams],
        "planned": [
            t("svc.team.hours", lang, hours=hours_text(w.planned_minutes, lang)) for w in teams
        ],
        "capacity": [
            t("svc.team.hours", lang, hours=hours_text(w.team.minutes_per_week, lang))
            for w in teams
        ],
        "status": [
            t("svc.team.over", lang, over=hours_text(w.over_minutes, lang))
            if w.over_minutes
            else t(
                "svc.team.within",
                lang,
                free=hours_text(w.team.minutes_per_week - w.planned_minutes, lang),
            )
            for w in teams
        ],
    }
    return pd.DataFrame({t(f"svc.team.col.{name}", lang): v for name, v in columns.items()})


def teams_block(view: ServicesView, year: int, week: int, lang: str) -> None:
    """The relief teams' hours in the week against their hours, a week over a team's hours
    said in red above the table; nothing when the data has no teams."""
    found = teams_week(view, year, week)
    if not found.teams:
        return
    st.markdown(f"**{t('svc.team.title', lang)}**")
    st.caption(t("svc.team.explain", lang))
    over = [w for w in found.teams if w.over_minutes]
    if over:
        named = "; ".join(
            t(
                "svc.team.over_one",
                lang,
                team=team_name(w.team),
                planned=hours_text(w.planned_minutes, lang),
                capacity=hours_text(w.team.minutes_per_week, lang),
            )
            for w in over
        )
        st.error(t("svc.team.over_alert", lang, week=week, teams=named), icon=":material/warning:")
    st.dataframe(team_table(found.teams, lang), hide_index=True)
    if found.without_team:
        st.caption(t("svc.team.no_team", lang, hours=hours_text(found.without_team, lang)))


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


def day_wish_lines(wish: DayWish, status: str, lang: str) -> None:
    """A day-centre wish on Borgere: its standing (``status``), then what was wished."""
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


def person_services_section(ctx: Context, person_id: str) -> None:
    """One person's day-centre wish and place (and those that ended: when, and where the
    place was) and their relief grants (Borgere)."""
    lang = ctx.lang
    view = cache.services(ctx.engine)
    st.subheader(t("svc.person.title", lang))
    found = person_services(view, person_id, today_in(view))
    ended = ended_day_wishes(ctx.engine, person_id)
    if found.day is None and not ended:
        st.caption(t("svc.person.no_day", lang))
    if found.day is not None:
        wish = found.day.wish
        day_wish_lines(wish, decision_text(view, found.day.decision, lang), lang)
        person = view.scenario.person_by_id.get(person_id)
        end_day_place_button(ctx, wish, person_text(person) if person else person_id)
    for one in ended:
        day_wish_lines(one.wish, ended_text(view, one, lang), lang)
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


def day_status(
    view: ServicesView,
    wishes: dict[str, DayWish],
    ended: dict[str, EndedWish],
    person_id: str,
    lang: str,
) -> str:
    """A person's day-centre standing for the overview: their wish in force, else the place
    (or wish) that ended, else none."""
    if person_id in wishes:
        return decision_text(view, view.plan.by_wish.get(wishes[person_id].wish_id), lang)
    if person_id in ended:
        return ended_text(view, ended[person_id], lang)
    return t("svc.status.none", lang)


def services_by_person_section(ctx: Context, plan: PlanView) -> None:
    """Every person with a day-centre wish (in force or ended) or a relief grant: their stays
    in the plan shown, their day-centre standing and their relief grants (Ønsker)."""
    lang = ctx.lang
    view = cache.services(ctx.engine)
    services = view.services
    wishes = {w.person_id: w for w in services.day_wishes}
    ended: dict[str, EndedWish] = {}
    for one in reversed(ended_day_wishes(ctx.engine)):  # the latest ended stays
        ended[one.wish.person_id] = one
    grants: dict[str, list[ReliefGrant]] = defaultdict(list)
    for grant in services.relief_grants:
        grants[grant.person_id].append(grant)
    listed = wishes.keys() | ended.keys() | grants.keys()
    persons = [p for p in view.scenario.persons if p.person_id in listed]
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
            "status": [day_status(view, wishes, ended, p.person_id, lang) for p in persons],
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
