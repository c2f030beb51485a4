"""Reminders where the work is: counts in the sidebar on every page (a planner: requests past
their case deadline and follow-ups due; a centre manager: arrivals today and tomorrow at their
centre), and on Ønsker a banner before and on the summer deadline with how many summer wishes
are in on time. Every count comes from a cached view, so no page is slowed by them."""

from __future__ import annotations

from datetime import date

import streamlit as st

from scheduler.i18n import t
from scheduler.service.errors import UserError
from scheduler.service.followup import DueItem, due_followups
from scheduler.service.reminders import arrivals_soon, summer_reminder
from scheduler.service.views import PlanView, Which
from ui import cache
from ui.context import Context
from ui.roles import Role
from ui.words import day_text


def followups_due(ctx: Context, today: date) -> list[DueItem]:
    """What is due on the cases this week or overdue, once per store stamp and day."""
    return cache.keyed(
        ctx.engine, f"followups_due_{today.isoformat()}", lambda: due_followups(ctx.engine, today)
    )


def _badge(text: str, count: int, icon: str) -> None:
    st.sidebar.badge(text, icon=icon, color="orange" if count else "green")


def _planner_badges(ctx: Context, today: date) -> None:
    lang = ctx.lang
    overdue = len(cache.overdue_cases(ctx.engine, today.isoformat()))
    if overdue:  # none also where the profile sets no case deadline at all
        _badge(t("followup.badge.overdue", lang, count=overdue), overdue, ":material/schedule:")
    due = len({item.person_id for item in followups_due(ctx, today)})
    _badge(t("followup.badge.followups", lang, count=due), due, ":material/event_repeat:")


def _manager_badge(ctx: Context, centre: str, today: date) -> None:
    view = cache.view(ctx.engine, Which.PUBLISHED, centre)
    count = arrivals_soon(view, today, centre)
    _badge(t("followup.badge.arrivals", ctx.lang, count=count), count, ":material/login:")


def sidebar_badges(ctx: Context) -> None:
    """The viewer's reminders as badges in the sidebar; none before anything is stored or
    published."""
    today = date.today()
    viewer = ctx.viewer
    try:
        if viewer.is_planner:
            _planner_badges(ctx, today)
        elif viewer.role is Role.CENTRE_MANAGER and viewer.centre is not None:
            _manager_badge(ctx, viewer.centre, today)
    except UserError:  # an empty store, nothing published: nothing to remind of
        return


def summer_banner(ctx: Context, view: PlanView, today: date | None = None) -> None:
    """Before and on the profile's summer deadline: the deadline, the days left and the summer
    wishes received on time so far (``today`` defaults to the current date)."""
    lang = ctx.lang
    reminder = summer_reminder(view.scenario, today or date.today())
    if reminder is None:
        return
    key = "followup.summer.today" if reminder.days_left == 0 else "followup.summer.before"
    text = t(
        key,
        lang,
        deadline=day_text(reminder.deadline, lang),
        days=reminder.days_left,
        count=reminder.timely,
    )
    st.info(text, icon=":material/wb_sunny:")
