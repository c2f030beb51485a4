"""Cancellations and the waiting list.

A cancelled request leaves the plan (and every later plan); its bed is free again. The waiting
list holds the rejected requests that now fit into the published plan, ranked as the objective
ranks them (acute, timely, late summer wishes; priority high to low within a tier; then by date
received). Accepting one books it where the list says.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from time import perf_counter

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from scheduler.domain.model import Plan, Request, Scenario, Stay
from scheduler.domain.objective import group_of, ranked_groups
from scheduler.service.operations.attempts import run_locked
from scheduler.service.operations.commit import OperationError, publish_change
from scheduler.service.operations.decision_letters import (
    record_cancellation_letter,
    record_offer_letter,
)
from scheduler.service.operations.placement import (
    Change,
    FixedPlan,
    granted_decisions,
    rejudged,
)
from scheduler.store import operations_repo
from scheduler.store.plan_repo import VersionOrigin


@dataclass(frozen=True)
class Offer:
    """A rejected request that now fits: the stay (centre, bed, dates) it would get."""

    request: Request
    stay: Stay
    centre_name: str

    @property
    def request_id(self) -> str:
        return self.request.request_id


def offers(scenario: Scenario, plan: Plan) -> list[Offer]:
    """The waiting list of ``plan``: its rejected requests that fit as it stands, best first.

    Each offer is where the request would go if it were accepted now, on its own; two offers
    may want the same bed, and accepting one can take the other's room.
    """
    rejected = [
        scenario.request_by_id[d.request_id] for d in plan.decisions if d.reason is not None
    ]
    plain = FixedPlan(scenario, plan)
    fitting = [r for r in rejected if plain.reason(r) is None]
    if not fitting:
        return []
    fixed = FixedPlan(scenario, plan, fitting)
    rank = {group: i for i, group in enumerate(ranked_groups(scenario))}
    order = {r.request_id: i for i, r in enumerate(scenario.requests)}
    fitting.sort(key=lambda r: (rank[group_of(r, scenario.rules)], r.received, order[r.request_id]))
    found = []
    for request in fitting:
        stay = fixed.fit(request)
        assert stay is not None, "the request fits"
        labelled = fixed.label(stay)[0]
        found.append(Offer(request, labelled, scenario.centre_by_id[stay.centre_id].name))
    return found


def accept_change(scenario: Scenario, plan: Plan, request_id: str) -> tuple[Stay, Change]:
    """Book the rejected request ``request_id`` where it fits now (as its offer says).

    Raises
    ------
    OperationError
        ``operations.not_rejected`` or ``operations.no_room``.
    """
    decision = plan.by_request.get(request_id)
    if decision is None or decision.reason is None:
        raise OperationError("operations.not_rejected", request=request_id)
    request = scenario.request_by_id[request_id]
    fixed = FixedPlan(scenario, plan, [request])
    if fixed.reason(request) is not None:
        raise OperationError("operations.no_room", request=request_id)
    stay = fixed.fit(request)
    assert stay is not None, "the request fits"
    granted = fixed.grant(stay)
    decisions = granted_decisions(request, granted, plan)
    decisions += rejudged(fixed, plan, request.person_id, request_id)
    return granted[0], Change(tuple(decisions))


def cancel_change(scenario: Scenario, plan: Plan, request_id: str) -> Change:
    """Take the request out of the plan; the person's other rejections get their new reasons
    (those that now fit keep theirs: they are on the waiting list)."""
    request = scenario.request_by_id[request_id]
    removed = Change(removed=(request_id,))
    rest = removed.apply(plan)
    fixed = FixedPlan(scenario, rest)
    return Change(tuple(rejudged(fixed, rest, request.person_id, request_id)), (request_id,))


@dataclass(frozen=True)
class CancelOutcome:
    """The cancelled request, the stay it freed (if it was granted), the published version
    without it (``None`` when the published plan had not decided it yet), and how many times
    the cancellation was made again because another case worker published a plan meanwhile."""

    request_id: str
    freed: Stay | None
    version: int | None
    retries: int = 0


@dataclass(frozen=True)
class AcceptOutcome:
    """The accepted request, its stay, the published version that holds it, and how many times
    it was booked again because another case worker published a plan meanwhile."""

    request_id: str
    stay: Stay
    centre_name: str
    version: int
    retries: int = 0


def cancel(engine: Engine, request_id: str, actor: str) -> CancelOutcome:
    """Cancel a request in one transaction: it leaves the published plan and all later plans.

    When another case worker published meanwhile, the request is cancelled again in their plan
    (``operations.attempts``; the outcome counts the ``retries``); when they cancelled it
    themselves, this one is refused with ``operations.already_cancelled``.

    Raises
    ------
    StoreError
        ``operations.unknown_request``, ``operations.already_cancelled`` or
        ``operations.nothing_published``.
    StalePlanError
        ``operations.lost_race`` when every attempt lost to another publication; nothing is
        kept.
    """
    began = perf_counter()

    def attempt(session: Session) -> CancelOutcome:
        request, _ = operations_repo.request_state(session, request_id)
        base = operations_repo.published_version(session)
        scenario, plan = operations_repo.load_published(session, base, [request.person_id])
        operations_repo.cancel_request(session, request_id, actor)
        decision = plan.by_request.get(request_id)
        if decision is None:
            return CancelOutcome(request_id, None, None)
        change = cancel_change(scenario, plan, request_id)
        number = publish_change(session, base, change, VersionOrigin.CANCELLED, actor, began)
        if decision.stay is not None:
            record_cancellation_letter(session, scenario, decision.stay, number, actor)
        return CancelOutcome(request_id, decision.stay, number)

    outcome, retries = run_locked(engine, attempt)
    return replace(outcome, retries=retries)


def waiting_list(engine: Engine) -> list[Offer]:
    """The published plan's waiting list, best first (see ``offers``).

    Raises
    ------
    StoreError
        ``operations.nothing_published`` or ``store.empty``.
    """
    with Session(engine) as session:
        base = operations_repo.published_version(session)
        scenario, plan = operations_repo.load_published(session, base)
    return offers(scenario, plan)


def accept_offer(engine: Engine, request_id: str, actor: str) -> AcceptOutcome:
    """Book a waiting request where it fits now, in one transaction, as a new published version.

    When another case worker published meanwhile, it is booked again where it fits in their
    plan (``operations.attempts``; the outcome counts the ``retries``), or refused with
    ``operations.no_room`` when it no longer fits.

    Raises
    ------
    StoreError
        ``operations.unknown_request``, ``operations.not_rejected``, ``operations.no_room`` or
        ``operations.nothing_published``.
    StalePlanError
        ``operations.lost_race`` when every attempt lost to another publication; nothing is
        kept.
    """
    began = perf_counter()

    def attempt(session: Session) -> AcceptOutcome:
        request, cancelled = operations_repo.request_state(session, request_id)
        if cancelled is not None:
            raise OperationError("operations.not_rejected", request=request_id)
        base = operations_repo.published_version(session)
        scenario, plan = operations_repo.load_published(session, base, [request.person_id])
        stay, change = accept_change(scenario, plan, request_id)
        number = publish_change(session, base, change, VersionOrigin.ACCEPTED, actor, began)
        record_offer_letter(session, scenario, stay, number, actor)
        name = scenario.centre_by_id[stay.centre_id].name
        return AcceptOutcome(request_id, stay, name, number)

    outcome, retries = run_locked(engine, attempt)
    return replace(outcome, retries=retries)
