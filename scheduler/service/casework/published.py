"""The published plan as case work reads it inside one transaction: the version, the stored
scenario (with its waivers) and the plan's decisions, and which stays it keeps pinned."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, replace

from sqlalchemy.orm import Session

from scheduler.domain.model import Booking, Decision, Plan, Request, Scenario, Stay
from scheduler.store import operations_repo
from scheduler.store.errors import StalePlanError
from scheduler.store.models import PlanVersionRow


@dataclass(frozen=True)
class Published:
    """The published version and what it holds."""

    row: PlanVersionRow
    scenario: Scenario
    plan: Plan
    pinned: frozenset[str]

    @property
    def number(self) -> int:
        return self.row.number

    def decision(self, request_id: str) -> Decision | None:
        return self.plan.by_request.get(request_id)

    def pinned_scenario(self, skip: str | None = None) -> Scenario:
        """The scenario with every published stay as a pinned booking (``skip``'s aside): no
        other promise may move."""
        bookings = tuple(
            Booking(s.request_id, s.centre_id, s.start, s.end, True, s.bed or None)
            for s in self.plan.stays
            if s.request_id != skip
        )
        return replace(self.scenario, bookings=bookings)


def load_published(
    session: Session, expected: int | None = None, persons: Collection[str] | None = None
) -> Published:
    """The published version, its scenario and plan (all persons, or only ``persons`` with
    every stay the plan holds).

    Raises
    ------
    StoreError
        ``operations.nothing_published`` or ``store.empty``.
    StalePlanError
        ``casework.stale_preview`` when ``expected`` is given and another version is published
        now (what the worker saw is no longer the plan).
    """
    row = operations_repo.published_version(session)
    if expected is not None and row.number != expected:
        raise StalePlanError("casework.stale_preview", seen=expected, published=row.number)
    scenario, plan = operations_repo.load_published(session, row, persons)
    pinned = frozenset(operations_repo.pinned_requests(session, row))
    return Published(row, scenario, plan, pinned)


def with_request(scenario: Scenario, request: Request) -> Scenario:
    """The scenario with ``request`` in place of the stored one of its id (or added last)."""
    requests = list(scenario.requests)
    for index, known in enumerate(requests):
        if known.request_id == request.request_id:
            requests[index] = request
            return replace(scenario, requests=tuple(requests))
    return replace(scenario, requests=(*requests, request))


def as_wished(scenario: Scenario, stay: Stay) -> Scenario:
    """The scenario whose request of ``stay`` wishes exactly its dates (a changed promise
    rewrites the wish: docs/rules.md, "Changing a promise")."""
    request = scenario.request_by_id[stay.request_id]
    return with_request(scenario, replace(request, start=stay.start, end=stay.end))
