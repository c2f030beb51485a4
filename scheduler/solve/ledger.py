"""The ledger of a plan under construction: beds taken per centre and night, each person's
stays, and their counting nights and arrivals per year.

The greedy solver fills it request by request; after CP-SAT it makes a plan maximal; and the
rejection reasons are judged against it. Pinned stays are already out of ``Instance.capacity``,
``Instance.annual_room`` and ``Instance.stays_room``, so only the person's pinned ranges are
added here.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from scheduler.solve.instance import Candidate, Instance, Span

Choice = tuple[str, int]
"""A granted candidate's centre and start day index."""


class Ledger:
    """Mutable state of a partial plan over an ``Instance``. Stays are ``[start, end)`` in day
    indices."""

    def __init__(self, instance: Instance) -> None:
        self.instance = instance
        self.taken: dict[str, list[int]] = {c: [0] * instance.days for c in instance.capacity}
        self.stays: dict[str, list[Span]] = defaultdict(list)
        for person_id, ranges in instance.pinned_stays.items():
            self.stays[person_id].extend(ranges)
        self.nights: dict[tuple[str, int], int] = defaultdict(int)
        """Per (person, year), the nights of the counting stays granted here."""
        self.arrivals: dict[tuple[str, int], int] = defaultdict(int)
        """Per (person, year), the counting stays granted here that arrive in it."""
        self.granted: dict[str, Choice] = {}

    def centre_has_room(self, centre_id: str, start: int, end: int) -> bool:
        """Whether the centre has a free bed on every night of ``[start, end)``."""
        taken = self.taken[centre_id]
        capacity = self.instance.capacity[centre_id]
        return all(taken[d] < capacity[d] for d in range(start, end))

    def keeps_annual_limit(self, person_id: str, start: int, end: int) -> bool:
        """Whether the person's yearly nights allow a counting stay ``[start, end)``."""
        person = self.instance.scenario.person_by_id[person_id]
        return all(
            self.nights[person_id, year] + nights <= self.instance.annual_room(person, year)
            for year, nights in self.instance.nights_by_year(person_id, start, end)
        )

    def keeps_stays_limit(self, person_id: str, start: int) -> bool:
        """Whether the person's yearly stays allow one more counting stay arriving on ``start``."""
        person = self.instance.scenario.person_by_id[person_id]
        year = self.instance.year_of(person_id, start)
        room = self.instance.stays_room(person, year)
        return room is None or self.arrivals[person_id, year] < room

    def keeps_yearly_limits(self, candidate: Candidate, start: int) -> bool:
        """Whether the candidate's stay arriving on ``start`` keeps the yearly limits on nights
        and stays (always, for a stay that does not count toward them)."""
        person_id = candidate.person_id
        return not candidate.counts or (
            self.keeps_annual_limit(person_id, start, start + candidate.length)
            and self.keeps_stays_limit(person_id, start)
        )

    def clashes_with_person(self, person_id: str, start: int, end: int) -> bool:
        """Whether the stay ``[start, end)`` overlaps or touches another stay of the person."""
        return any(start <= b and a <= end for a, b in self.stays[person_id])

    def open_starts(self, candidate: Candidate) -> Iterator[int]:
        """The candidate's starts, in its order, that its person may take as the plan stands:
        within their yearly limits and apart from their other stays (beds aside)."""
        person_id, length = candidate.person_id, candidate.length
        for start in candidate.starts:
            if not self.keeps_yearly_limits(candidate, start):
                continue
            if self.clashes_with_person(person_id, start, start + length):
                continue
            yield start

    def first_fit(self, candidate: Candidate) -> Choice | None:
        """The first open start (the nearest, for a compiled candidate), then the first centre
        (preferred first) where the stay fits."""
        for start in self.open_starts(candidate):
            for centre_id in candidate.centres:
                if self.centre_has_room(centre_id, start, start + candidate.length):
                    return centre_id, start
        return None

    def grant(self, candidate: Candidate, centre_id: str, start: int) -> None:
        end = start + candidate.length
        taken = self.taken[centre_id]
        for d in range(start, end):
            taken[d] += 1
        person_id = candidate.person_id
        self.stays[person_id].append((start, end))
        if candidate.counts:
            for year, nights in self.instance.nights_by_year(person_id, start, end):
                self.nights[person_id, year] += nights
            self.arrivals[person_id, self.instance.year_of(person_id, start)] += 1
        self.granted[candidate.request_id] = (centre_id, start)

    def fill(self, candidates: list[Candidate]) -> int:
        """Grant each candidate, in the order given, its first fit; returns how many were added."""
        added = 0
        for candidate in candidates:
            if candidate.request_id in self.granted:
                continue
            choice = self.first_fit(candidate)
            if choice is not None:
                self.grant(candidate, *choice)
                added += 1
        return added
