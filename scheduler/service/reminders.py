"""Reminders where the work is (issue 13, point 2), computed for the app to draw: the summer
deadline coming (with how many summer wishes are in on time so far) and the arrivals of today
and tomorrow at a centre. The overdue cases and the follow-ups due have their own services
(``operations.deadlines``, ``followup``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from scheduler.domain.model import Scenario
from scheduler.domain.objective import summer_year
from scheduler.service.views import Move, PlanView, movements

SUMMER_REMINDER_WEEKS = 8
"""How long before the summer deadline its banner shows (and on the day itself)."""


@dataclass(frozen=True)
class SummerReminder:
    """This year's summer deadline, the days left until it (0 on the day) and the summer wishes
    for this year's summer received on time so far."""

    deadline: date
    days_left: int
    timely: int


def summer_reminder(scenario: Scenario, today: date) -> SummerReminder | None:
    """The reminder to show ``today``: from ``SUMMER_REMINDER_WEEKS`` before the profile's
    summer deadline up to and including it; ``None`` otherwise or without a summer rule."""
    rules = scenario.rules
    if rules.summer_deadline is None:
        return None
    deadline = rules.summer_deadline.in_year(today.year)
    if not deadline - timedelta(weeks=SUMMER_REMINDER_WEEKS) <= today <= deadline:
        return None
    timely = sum(
        1
        for request in scenario.requests
        if not request.is_acute
        and request.received <= deadline
        and summer_year(request, rules) == today.year
    )
    return SummerReminder(deadline, (deadline - today).days, timely)


def arrivals_soon(view: PlanView, today: date, centre: str | None = None) -> int:
    """How many stays of ``view`` (at ``centre`` only, if given) arrive today or tomorrow."""
    return sum(
        1
        for movement in movements(view, today, 2)
        if movement.move is Move.ARRIVAL and (centre is None or movement.stay.centre_id == centre)
    )
