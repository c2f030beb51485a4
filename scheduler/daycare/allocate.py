"""Allocating day-centre places in the strict order of ``docs/rules.md`` ("Day-centre places").

1. Pinned places are kept exactly.
2. The queue, wish by wish (priority high to low, then received, then id): a wish is granted
   exactly when it can have a place together with every wish granted before it (their options
   may change, their places may not be taken away). Whether it can is decided at once when a
   free seat pattern fits it, else by CP-SAT on the wishes that share seats with it, directly or
   through others; a wish whose options are all options of a wish found not to fit before it
   cannot fit either (the granted set only grows).
3. With the granted set fixed, one CP-SAT model chooses the options: the most at their
   preferred centre, then the most current places kept (weights that make it exact).

``allocate`` never raises on a hard or timed-out run: the status says whether every step was
proven.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from time import monotonic

from scheduler.daycare.instance import Candidate, Instance, Option, Seat, compile_instance
from scheduler.daycare.model import solve_places
from scheduler.domain.daycare import DayDecision, DayPlace, DayPlan, DayReason
from scheduler.domain.model import Scenario
from scheduler.domain.services import Services

OPTIMAL = "optimal"
TIMED_OUT = "timed_out"


@dataclass(frozen=True)
class DayResult:
    """The day plan and what the allocation knows about it.

    ``status`` is ``optimal`` when every step was proven, ``timed_out`` when the time limit cut
    a search short (the plan still keeps every seat). ``granted`` counts the pinned places too;
    ``preferred`` the places at the family's preferred centre; ``changes`` the unpinned current
    places not kept as they were. ``searches`` counts the CP-SAT searches made.
    """

    plan: DayPlan
    status: str
    seconds: float
    granted: int
    waiting: int
    refused: int
    preferred: int
    changes: int
    searches: int

    @property
    def optimal(self) -> bool:
        return self.status == OPTIMAL


def allocate(
    scenario: Scenario,
    services: Services,
    *,
    time_limit: float = 10.0,
    workers: int = 1,
    seed: int = 0,
) -> DayResult:
    """Allocate the day-centre places of a valid scenario.

    Parameters
    ----------
    scenario, services
        As the scenario reader returns them (pinned places already checked).
    time_limit
        Seconds for all searches together.
    workers, seed
        CP-SAT's workers and random seed; one worker (the default) gives the same plan every
        run.
    """
    began = monotonic()
    instance = compile_instance(scenario, services)
    queue = _Queue(instance, began + time_limit, workers, seed)
    queue.run()
    choice = _in_queue_order(instance, queue.arrange())
    plan = _plan(services, instance, choice)
    candidates = instance.candidates
    preferred = sum(1 for i, n in choice.items() if n in candidates[i].preferred)
    preferred += sum(
        1
        for wish_id, option in instance.pinned.items()
        if services.wish_by_id[wish_id].preferred_centre == option.centre_id
    )
    kept = sum(1 for i, n in choice.items() if candidates[i].current == n)
    return DayResult(
        plan=plan,
        status=OPTIMAL if queue.proven else TIMED_OUT,
        seconds=monotonic() - began,
        granted=len(choice) + len(instance.pinned),
        waiting=len(candidates) - len(choice),
        refused=len(instance.refused),
        preferred=preferred,
        changes=len(instance.current) - kept,
        searches=queue.searches,
    )


class _Queue:
    """Step 2 and 3 of the order: who is granted, then which options."""

    def __init__(self, instance: Instance, deadline: float, workers: int, seed: int) -> None:
        self.candidates = instance.candidates
        self.capacity = instance.capacity
        self.deadline = deadline
        self.workers = workers
        self.seed = seed
        self.choice: dict[int, int] = {}  # granted candidate -> its option now
        self.used: Counter[Seat] = Counter()
        self.touching: dict[Seat, set[int]] = defaultdict(set)  # seat -> granted using it
        self.not_fitting: list[frozenset[tuple[str, tuple[int, ...]]]] = []
        self.proven = True
        self.searches = 0

    def left(self) -> float:
        return self.deadline - monotonic()

    def run(self) -> None:
        for index, candidate in enumerate(self.candidates):
            signatures = frozenset(o.signature for o in candidate.options)
            if any(signatures <= known for known in self.not_fitting):
                continue
            number = self._free_option(candidate)
            if number is not None:
                self._grant(index, number)
                continue
            fits = self._fits_after_moves(index)
            if fits is False:  # proven: none of these options can be had any more
                self.not_fitting.append(signatures)

    def _free_option(self, candidate: Candidate) -> int | None:
        """An option whose seats are all free now: the preferred centre first, then the
        current place, then in order."""
        order = sorted(
            range(len(candidate.options)),
            key=lambda n: (n not in candidate.preferred, n != candidate.current, n),
        )
        for number in order:
            if all(self.used[s] < self.capacity.get(s, 0) for s in candidate.options[number].seats):
                return number
        return None

    def _grant(self, index: int, number: int) -> None:
        self.choice[index] = number
        self.used.update(self.candidates[index].options[number].seats)
        for option in self.candidates[index].options:
            for seat in option.seats:
                self.touching[seat].add(index)

    def _fits_after_moves(self, index: int) -> bool | None:
        """Whether the candidate and every granted wish sharing seats with it (directly or
        through others) can all have places; if so they take them. ``None`` when the time ran
        out before the answer was known (the candidate then waits)."""
        group = self._group(index)
        if self.left() <= 0:
            self.proven = False
            return None
        self.searches += 1
        answer = solve_places(
            self.candidates,
            [*group, index],
            self.capacity,
            hint=self.choice,
            time_limit=self.left(),
            workers=self.workers,
            seed=self.seed,
        )
        if not answer.feasible:
            if not answer.proven:
                self.proven = False
                return None
            return False
        for member in group:
            self.used.subtract(self.candidates[member].options[self.choice[member]].seats)
            self.choice[member] = answer.choice[member]
            self.used.update(self.candidates[member].options[self.choice[member]].seats)
        self._grant(index, answer.choice[index])
        return True

    def _group(self, index: int) -> list[int]:
        """The granted candidates connected to ``index`` through seats their options share."""
        seats = [s for o in self.candidates[index].options for s in o.seats]
        seen_seats: set[Seat] = set(seats)
        group: set[int] = set()
        while seats:
            seat = seats.pop()
            for member in self.touching.get(seat, ()):
                if member in group:
                    continue
                group.add(member)
                for option in self.candidates[member].options:
                    for other in option.seats:
                        if other not in seen_seats:
                            seen_seats.add(other)
                            seats.append(other)
        return sorted(group)

    def arrange(self) -> dict[int, int]:
        """Step 3: the options of the granted wishes, most at the preferred centre, then most
        current places kept; the places found so far when there is no time to search."""
        members = sorted(self.choice)
        if not members or not self._worth_arranging(members):
            return dict(self.choice)
        if self.left() <= 0:
            self.proven = False
            return dict(self.choice)
        self.searches += 1
        answer = solve_places(
            self.candidates,
            members,
            self.capacity,
            hint=self.choice,
            optimise=True,
            time_limit=self.left(),
            workers=self.workers,
            seed=self.seed,
        )
        if not answer.feasible:
            self.proven = False
            return dict(self.choice)
        self.proven = self.proven and answer.proven
        return answer.choice

    def _worth_arranging(self, members: list[int]) -> bool:
        """Whether some granted wish is not yet at its best: at a preferred centre when it
        has one, on its current place when it has one there."""
        for index in members:
            candidate, number = self.candidates[index], self.choice[index]
            if candidate.preferred and number not in candidate.preferred:
                return True
            if candidate.current is not None and number != candidate.current:
                return True
        return False


def _in_queue_order(instance: Instance, choice: dict[int, int]) -> dict[int, int]:
    """The places taken once more down the queue, each where it is if its seats are free, else
    at the first option that fits, else it waits; a waiting wish takes the first option that
    fits. A proven plan passes unchanged (no waiting wish fits beside the wishes before it, in
    any arrangement); a plan cut short by the time limit is made to keep the order as the
    checker sees it: no waiting wish fits in the seats the places before it leave."""
    used: Counter[Seat] = Counter()
    settled: dict[int, int] = {}
    for index, candidate in enumerate(instance.candidates):
        order = list(range(len(candidate.options)))
        if index in choice:
            order.remove(choice[index])
            order.insert(0, choice[index])
        for number in order:
            seats = candidate.options[number].seats
            if all(used[s] < instance.capacity.get(s, 0) for s in seats):
                settled[index] = number
                used.update(seats)
                break
    return settled


def _plan(services: Services, instance: Instance, choice: dict[int, int]) -> DayPlan:
    """The decisions in the order of the wishes; waiting wishes numbered in queue order."""
    places: dict[str, Option] = dict(instance.pinned)
    queue_numbers: dict[str, int] = {}
    for index, candidate in enumerate(instance.candidates):
        if index in choice:
            places[candidate.wish.wish_id] = candidate.options[choice[index]]
        else:
            queue_numbers[candidate.wish.wish_id] = len(queue_numbers) + 1
    decisions = []
    for wish in services.day_wishes:
        option = places.get(wish.wish_id)
        if option is not None:
            place = DayPlace(
                wish.wish_id, option.centre_id, frozenset(option.weekdays), option.start
            )
            decisions.append(DayDecision(wish.wish_id, wish.person_id, place=place))
        elif wish.wish_id in queue_numbers:
            decisions.append(
                DayDecision(
                    wish.wish_id,
                    wish.person_id,
                    reason=DayReason.CAPACITY,
                    queue=queue_numbers[wish.wish_id],
                )
            )
        else:
            reason = instance.refused[wish.wish_id]
            decisions.append(DayDecision(wish.wish_id, wish.person_id, reason=reason))
    return DayPlan(tuple(decisions))
