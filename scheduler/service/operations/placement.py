"""The published plan held fixed: every granted stay stays where it is, and a new stay goes into
the room that is left. Compiled once with ``scheduler.solve``'s instance and ledger, so no
capacity or rule logic is written twice and nothing is solved again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from scheduler.domain.model import Booking, Decision, Plan, Reason, Request, Scenario, Stay
from scheduler.domain.objective import group_of
from scheduler.solve.beds import label_beds
from scheduler.solve.instance import (
    Candidate,
    counts_toward_limits,
    on_allowed_weekdays,
    suitable,
)
from scheduler.solve.instance import build_instance as compile_instance
from scheduler.solve.ledger import Ledger
from scheduler.solve.reasons import rejection_reason


@dataclass(frozen=True)
class Change:
    """What an operation does to the published plan: new decisions for some requests (granted
    or rejected) and requests that leave the plan (cancelled)."""

    decisions: tuple[Decision, ...] = ()
    removed: tuple[str, ...] = ()

    @property
    def stays(self) -> list[Stay]:
        return [d.stay for d in self.decisions if d.stay is not None]

    @property
    def rejections(self) -> list[Decision]:
        return [d for d in self.decisions if d.reason is not None]

    def apply(self, plan: Plan) -> Plan:
        """The plan with the change made; decisions for new requests come last."""
        new = {d.request_id: d for d in self.decisions}
        gone = set(self.removed)
        kept = [new.pop(d.request_id, d) for d in plan.decisions if d.request_id not in gone]
        return Plan(tuple(kept + list(new.values())))


class FixedPlan:
    """A plan whose granted stays are all held fixed, with ``extra`` requests to place.

    Parameters
    ----------
    scenario
        The scenario; it must hold every request the plan grants.
    plan
        The plan whose stays are kept.
    extra
        Requests that may be placed into the room left (they must not be granted in ``plan``).
    """

    def __init__(self, scenario: Scenario, plan: Plan, extra: Sequence[Request] = ()) -> None:
        self.scenario = scenario
        self.stays = plan.stays
        granted = {s.request_id for s in self.stays}
        fixed = tuple(r for r in scenario.requests if r.request_id in granted)
        bookings = tuple(
            Booking(s.request_id, s.centre_id, s.start, s.end, True) for s in self.stays
        )
        compiled = replace(scenario, requests=fixed + tuple(extra), bookings=bookings)
        self.instance = compile_instance(compiled)
        self.ledger = Ledger(self.instance)
        self._candidates = {c.request_id: c for c in self.instance.candidates}

    def reason(self, request: Request) -> Reason | None:
        """The first rejection reason that applies to ``request``; ``None`` if it fits."""
        return rejection_reason(self.ledger, request)

    def fit(
        self, request: Request, order: Callable[[int], tuple[bool, int]] | None = None
    ) -> Stay | None:
        """Where an ``extra`` request fits (unlabelled), trying starts by ``order`` (a key on
        day indices; default nearest to the wished start) and the preferred centre first."""
        candidate = self._candidates.get(request.request_id)
        if candidate is None:
            return None
        if order is not None:
            candidate = replace(candidate, starts=tuple(sorted(candidate.starts, key=order)))
        choice = self.ledger.first_fit(candidate)
        if choice is None:
            return None
        return self.stay_at(candidate, *choice)

    def stay_at(self, candidate: Candidate, centre_id: str, start: int) -> Stay:
        """The candidate's stay (unlabelled) at the centre from day index ``start``."""
        first, last = self.instance.day(start), self.instance.day(start + candidate.length)
        return Stay(candidate.request_id, centre_id, 0, first, last)

    def candidate(self, request: Request, starts: Iterable[int]) -> Candidate:
        """``request`` at any of the day indices ``starts`` (in the order given) where its stay
        lies inside the horizon and arrives and departs on allowed weekdays, at every suitable
        centre in the scenario's order: for a search beyond what it was compiled for (e.g.
        after its flex window). The yearly limits and the person's other stays are left to
        ``ledger.open_starts`` and ``first_fit``."""
        instance, length = self.instance, request.nights
        allowed = tuple(
            start
            for start in starts
            if 0 <= start <= instance.days - length
            and on_allowed_weekdays(
                instance.day(start), instance.day(start + length), self.scenario
            )
        )
        return Candidate(
            request=request,
            order=0,
            length=length,
            wished=instance.index(request.start),
            starts=allowed,
            centres=tuple(self.suitable_centres(request)),
            group=group_of(request, self.scenario.rules),
            counts=counts_toward_limits(request, self.scenario),
        )

    def label(self, stay: Stay) -> tuple[Stay, ...]:
        """``stay`` (as ``fit`` gave it) with a bed label, then any fixed stay of its centre whose
        label would have to change to free one for it (only when the free beds are split
        between labels over the stay's nights)."""
        beds = self.scenario.centre_by_id[stay.centre_id].beds
        others = [s for s in self.stays if s.centre_id == stay.centre_id]
        used = {s.bed for s in others if s.start < stay.end and stay.start < s.end}
        free = [bed for bed in range(1, beds + 1) if bed not in used]
        if free:
            return (replace(stay, bed=free[0]),)
        labels = label_beds(
            [(s.request_id, s.centre_id, s.start, s.end) for s in [*others, stay]],
            {stay.centre_id: beds},
            {s.request_id: s.bed for s in others if s.bed},
        )
        moved = [
            replace(s, bed=labels[s.request_id]) for s in others if labels[s.request_id] != s.bed
        ]
        return (replace(stay, bed=labels[stay.request_id]), *moved)

    def grant(self, stay: Stay) -> tuple[Stay, ...]:
        """Take the room for ``stay`` (as ``fit`` gave it); returns what ``label`` gives."""
        candidate = self._candidates[stay.request_id]
        self.ledger.grant(candidate, stay.centre_id, self.instance.index(stay.start))
        labelled = self.label(stay)
        changed = {s.request_id: s for s in labelled}
        self.stays = [changed.pop(s.request_id, s) for s in self.stays] + list(changed.values())
        return labelled

    def suitable_centres(self, request: Request) -> list[str]:
        person = self.scenario.person_by_id[request.person_id]
        return [
            c.centre_id
            for c in self.scenario.centres
            if suitable(c, person, request, self.scenario)
        ]


def rejudged(fixed: FixedPlan, plan: Plan, person_id: str, skip: str) -> list[Decision]:
    """New reasons for the person's rejected requests (but ``skip``) whose first reason changed.

    A request that now fits keeps its stated reason: it is on the waiting list.
    """
    found = []
    for decision in plan.decisions:
        if decision.person_id != person_id or decision.reason is None:
            continue
        if decision.request_id == skip:
            continue
        reason = fixed.reason(fixed.scenario.request_by_id[decision.request_id])
        if reason is not None and reason != decision.reason:
            found.append(replace(decision, reason=reason))
    return found


def granted_decisions(request: Request, stays: Sequence[Stay], plan: Plan) -> list[Decision]:
    """Decisions granting ``stays`` (the new stay first, then relabelled ones)."""
    persons = {d.request_id: d.person_id for d in plan.decisions}
    persons[request.request_id] = request.person_id
    return [Decision(s.request_id, persons[s.request_id], stay=s) for s in stays]
