"""Case-processing deadlines (sagsbehandlingsfrist): requests still undecided in the published
plan when the profile's ``case_deadline_weeks`` from ``received`` have passed.

A request is due on ``received`` plus the deadline and is flagged from that day on: on the day
itself the decision is due, after it the deadline is broken. An acute request is to be decided
at once ("behandlet hurtigst muligt"), so it is due the day it was received. Without a
``case_deadline_weeks`` in the profile nothing is flagged.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from scheduler.domain.model import Request, Scenario
from scheduler.store import operations_repo, plan_repo, scenario_repo


@dataclass(frozen=True)
class OverdueCase:
    """An undecided request at or past its deadline; ``days_over`` is 0 on the day it is due."""

    request: Request
    due: date
    days_over: int

    @property
    def request_id(self) -> str:
        return self.request.request_id


def due_date(request: Request, weeks: int) -> date:
    """The day the request's decision is due."""
    return request.received if request.is_acute else request.received + timedelta(weeks=weeks)


def overdue_cases(scenario: Scenario, decided: Collection[str], today: date) -> list[OverdueCase]:
    """The scenario's undecided requests due on or before ``today``, most overdue first."""
    weeks = scenario.rules.case_deadline_weeks
    if weeks is None:
        return []
    found = []
    for request in scenario.requests:
        if request.request_id in decided:
            continue
        due = due_date(request, weeks)
        if due <= today:
            found.append(OverdueCase(request, due, (today - due).days))
    return sorted(found, key=lambda case: (case.due, case.request_id))


def overdue(engine: Engine, today: date | None = None) -> list[OverdueCase]:
    """The requests the published plan has not decided whose deadline has come (``today``
    defaults to the current date); every request when nothing is published yet.

    Raises
    ------
    StoreError
        ``store.empty`` when nothing has been imported.
    """
    with Session(engine) as session:
        scenario = scenario_repo.load_scenario(session)
        number = plan_repo.published_number(session)
        version = None if number is None else plan_repo.get_version(session, number)
        decided = operations_repo.decided_requests(session, version)
    return overdue_cases(scenario, decided, today or date.today())


def overdue_count(engine: Engine, today: date | None = None) -> int:
    """How many requests ``overdue`` flags: for a badge."""
    return len(overdue(engine, today))
