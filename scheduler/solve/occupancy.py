"""A plan under construction: beds taken per centre and night, each person's stays and nights.

The greedy solver fills it request by request; after CP-SAT it makes a plan maximal; and the
rejection reasons are judged against it. Pinned stays are already out of ``Instance.capacity``
and ``Instance.annual_room``, so only the person's pinned ranges are added here.
"""

from __future__ import annotations

from collections import defaultdict

from scheduler.solve.instance import Candidate, Instance

Choice = tuple[str, int]
"""A granted candidate's centre and start day index."""


class Occupancy:
    """Mutable state of a partial plan over an ``Instance``."""

    def __init__(self, instance: Instance) -> None:
        self.instance = instance
        self.taken: dict[str, list[int]] = {c: [0] * instance.days for c in instance.capacity}
        self.stays: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for person_id, ranges in instance.pinned_stays.items():
            self.stays[person_id].extend(ranges)
        self.nights: dict[tuple[str, int], int] = defaultdict(int)
        self.granted: dict[str, Choice] = {}

    def centre_has_room(self, centre_id: str, start: int, length: int) -> bool:
        """Whether the centre has a free bed on every night of ``[start, start + length)``."""
        taken = self.taken[centre_id]
        capacity = self.instance.capacity[centre_id]
        return all(taken[d] < capacity[d] for d in range(start, start + length))

    def keeps_annual_limit(self, person_id: str, start: int, length: int) -> bool:
        """Whether the person's yearly nights allow the stay ``[start, start + length)``."""
        person = self.instance.scenario.person_by_id[person_id]
        return all(
            self.nights[person_id, year] + nights <= self.instance.annual_room(person, year)
            for year, nights in self.instance.nights_by_year(start, length)
        )

    def clashes_with_person(self, person_id: str, start: int, length: int) -> bool:
        """Whether the stay overlaps or touches another stay of the same person."""
        end = start + length
        return any(start <= b and a <= end for a, b in self.stays[person_id])

    def first_fit(self, candidate: Candidate) -> Choice | None:
        """The nearest start, then the first centre (preferred first) where the stay fits."""
        person_id, length = candidate.person_id, candidate.length
        for start in candidate.starts:
            if not self.keeps_annual_limit(person_id, start, length):
                continue
            if self.clashes_with_person(person_id, start, length):
                continue
            for centre_id in candidate.centres:
                if self.centre_has_room(centre_id, start, candidate.length):
                    return centre_id, start
        return None

    def grant(self, candidate: Candidate, centre_id: str, start: int) -> None:
        taken = self.taken[centre_id]
        for d in range(start, start + candidate.length):
            taken[d] += 1
        self.stays[candidate.person_id].append((start, start + candidate.length))
        for year, nights in self.instance.nights_by_year(start, candidate.length):
            self.nights[candidate.person_id, year] += nights
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
