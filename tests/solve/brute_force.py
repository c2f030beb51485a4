"""The lexicographic optimum by enumerating every plan of a tiny scenario.

It shares nothing with the solver: the candidate stays are every centre and every start within
the flex window, and a plan is kept when the independent checker finds no broken rule.
"""

from __future__ import annotations

from datetime import timedelta

from scheduler.domain.checker import stay_violations
from scheduler.domain.model import Decision, Plan, Scenario, Stay
from scheduler.domain.objective import objective, values


def brute_force_optimum(scenario: Scenario) -> tuple[int, ...]:
    """The best objective vector over all plans that keep every rule."""
    pinned = {b.request_id: b for b in scenario.bookings if b.pinned}
    options: list[list[Stay | None]] = []
    for request in scenario.requests:
        booking = pinned.get(request.request_id)
        if booking is not None:
            options.append(
                [Stay(request.request_id, booking.centre_id, 0, booking.start, booking.end)]
            )
            continue
        choices: list[Stay | None] = [None]
        for shift in range(-request.flex_days, request.flex_days + 1):
            start = request.start + timedelta(days=shift)
            end = start + timedelta(days=request.nights)
            for centre in scenario.centres:
                stay = Stay(request.request_id, centre.centre_id, 0, start, end)
                if not stay_violations(scenario, [stay], check_beds=False):
                    choices.append(stay)
        options.append(choices)
    best: tuple[int, ...] | None = None

    def explore(index: int, chosen: list[Stay]) -> None:
        nonlocal best
        if index == len(options):
            decisions = []
            by_request = {s.request_id: s for s in chosen}
            for request in scenario.requests:
                stay = by_request.get(request.request_id)
                decisions.append(Decision(request.request_id, request.person_id, stay=stay))
            vector = values(objective(scenario, Plan(tuple(decisions))))
            if best is None or vector > best:
                best = vector
            return
        for option in options[index]:
            if option is None:
                explore(index + 1, chosen)
                continue
            trial = [*chosen, option]
            if not stay_violations(scenario, trial, check_beds=False):
                explore(index + 1, trial)

    explore(0, [])
    assert best is not None
    return best
