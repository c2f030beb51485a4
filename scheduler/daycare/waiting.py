"""The waiting list of day-centre places: each waiting family's place in the queue, and who is
offered a seat that frees (a place ends, or a centre gets a seat more).

The queue is the allocation's order (``docs/rules.md``): priority from high to low, then
received, then the wish id. A freed seat goes to the first waiting wish that it lets in: one of
its options uses that centre and weekday, and every other seat of the option is free in the
plan as it stands.
"""

from __future__ import annotations

from collections import Counter

from scheduler.daycare.instance import Seat, compile_instance
from scheduler.domain.daycare import DayDecision, DayPlace, DayPlan, DayStatus
from scheduler.domain.model import Scenario
from scheduler.domain.services import Services


def waiting_list(plan: DayPlan) -> list[DayDecision]:
    """The waiting wishes in queue order (number 1 first)."""
    return plan.waiting


def first_who_fits(
    scenario: Scenario, services: Services, plan: DayPlan, centre_id: str, weekday: int
) -> DayPlace | None:
    """The place to offer when a seat at ``centre_id`` on ``weekday`` is free in ``plan``:
    the first waiting wish in the queue that it lets in, with the option it would take (the
    preferred centre first, then in order). ``None`` when no waiting wish can use it.

    ``plan`` is the plan as it stands after the seat was freed (the place that ended is no
    longer in it, or the seats in ``services`` include the new one).
    """
    instance = compile_instance(scenario, services)
    used: Counter[Seat] = Counter()
    for place in plan.places:
        if place.wish_id in instance.pinned:
            continue  # already taken from the capacity
        used.update((place.centre_id, day) for day in place.weekdays)
    waiting = {d.wish_id for d in plan.decisions if d.status is DayStatus.WAITING}
    for candidate in instance.candidates:  # in queue order
        if candidate.wish.wish_id not in waiting:
            continue
        order = sorted(
            range(len(candidate.options)), key=lambda n: (n not in candidate.preferred, n)
        )
        for number in order:
            option = candidate.options[number]
            if (centre_id, weekday) not in option.seats:
                continue
            if all(used[seat] < instance.capacity.get(seat, 0) for seat in option.seats):
                return DayPlace(
                    candidate.wish.wish_id,
                    option.centre_id,
                    frozenset(option.weekdays),
                    option.start,
                )
    return None
