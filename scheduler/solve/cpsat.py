"""The CP-SAT model of one independent part of a scenario.

Variables: one literal per candidate, allowed start and *pool* of centres ("request R001 arrives
on day 120 at one of C01, C02, C04"). Beds within a centre are interchangeable, and so, for the
persons' tiers and the shift, are the centres a person may use: the exact centre matters only for
the preferred centre and for keeping a booking, so those get a pool of their own and the other
usable centres share one. Capacity is then Hall's condition per night: for each single centre,
each set of centres one stay may use (and, with ``hall_unions``, unions of overlapping such
sets), the stays restricted to it are at most its free beds. That is a relaxation (a stay cannot
move between centres mid-stay), and ``realise`` checks each solution by dealing out the centres; the
``exact`` model, with one pool per centre, is the fallback when that fails.

Constraints, one method per family: at most one stay per request; capacity per pool union and
night; per person no two stays that overlap or touch; per person and year (calendar or grant
year), over the stays that count, at most the nights and the stays left.
"""

from __future__ import annotations

import heapq
from array import array
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property

from ortools.sat.python import cp_model

from scheduler.domain.objective import Entry, Group, Measure, vector_entries
from scheduler.solve.instance import Candidate, Instance
from scheduler.solve.ledger import Choice
from scheduler.solve.params import SolveParams

Literal = cp_model.IntVar
Pool = tuple[str, ...]
"""Centres a stay may be dealt to, in the candidate's order (preferred first)."""
Pick = tuple[Pool, int]
"""A granted candidate's pool and start day index, as the model chose them."""


@dataclass(frozen=True, slots=True)
class Option:
    """One way to grant a candidate: its start day, the pool of centres, and the literal."""

    pool: Pool
    start: int
    literal: Literal


@dataclass(frozen=True)
class Criterion:
    """One entry of the objective vector as a linear expression to maximise."""

    entry: Entry
    literals: list[Literal]
    weights: list[int]
    rewards_stays: bool = True
    """Granting one more stay never lowers it (persons served, nights), so a plan may be
    filled up before this criterion is solved without breaking any fixed criterion before it."""
    needs_centres: bool = False
    """Its value depends on the centre of a stay, not only on its start."""


class PartModel:
    """The CP-SAT model of the candidates of one independent part.

    ``exact`` gives every centre a pool of its own (no relaxation); otherwise centres that no
    criterion tells apart share a pool, and ``unions`` unions of overlapping sets of centres get
    Hall constraints of their own (``SolveParams.hall_unions``).
    """

    def __init__(
        self,
        instance: Instance,
        candidates: list[Candidate],
        *,
        exact: bool,
        unions: int = SolveParams.hall_unions,
    ) -> None:
        self.instance = instance
        self.candidates = candidates
        self.exact = exact
        self.unions = unions
        self.model = cp_model.CpModel()
        self.options: list[list[Option]] = []
        self.served: dict[int, list[Literal]] = {}
        """Each "person served" literal's index, with the option literals that can serve."""
        self._choices: set[frozenset[str]] = set()
        """Every candidate's centres (the union of its pools at any start)."""
        self._add_choices()
        self._add_capacity()
        self._add_one_stay_at_a_time()
        self._add_yearly_limits()

    def _add_choices(self) -> None:
        """A literal per allowed start and pool; at most one of a candidate's is chosen."""
        capacity = self.instance.capacity
        bookings = self.instance.scenario.booking_by_request
        for candidate in self.candidates:
            booking = bookings.get(candidate.request_id)
            kept = (
                None if booking is None else (booking.centre_id, self.instance.index(booking.start))
            )
            options = []
            for start in candidate.starts:
                usable = [
                    c
                    for c in candidate.centres
                    if min(capacity[c][start : start + candidate.length]) >= 1
                ]
                for pool in self._pools(candidate, start, usable, kept):
                    name = f"{candidate.request_id}@{'|'.join(pool)}+{start}"
                    options.append(Option(pool, start, self.model.new_bool_var(name)))
            self.options.append(options)
            if len(options) > 1:
                self.model.add_at_most_one(o.literal for o in options)
            if not self.exact and len(candidate.centres) > 1:
                self._choices.add(frozenset(candidate.centres))

    def _pools(
        self, candidate: Candidate, start: int, usable: list[str], kept: Choice | None
    ) -> list[Pool]:
        """The usable centres split into pools: one per centre when exact; else the preferred
        centre and, on its start day, the centre of the booking to keep apart, and the rest
        together."""
        if self.exact:
            return [(c,) for c in usable]
        alone = {candidate.request.preferred_centre}
        if kept is not None and kept[1] == start:
            alone.add(kept[0])
        pools: list[Pool] = [(c,) for c in usable if c in alone]
        rest = tuple(c for c in usable if c not in alone)
        return [*pools, rest] if rest else pools

    def _add_capacity(self) -> None:
        """Per set of centres, on every night where a stay may arrive or beds close: the stays
        restricted to it ≤ its free beds (Hall's condition; exact for one pool per centre)."""
        by_pool: dict[Pool, list[tuple[int, int, Literal]]] = defaultdict(list)
        for candidate, options in zip(self.candidates, self.options, strict=True):
            for option in options:
                end = option.start + candidate.length
                by_pool[option.pool].append((option.start, end, option.literal))
        capacity = self.instance.capacity
        # Exact pools are single centres; pooled ones need Hall's condition on every candidate's
        # set of centres (and their overlapping unions), which covers the pools within. (Not on
        # the centres usable at each start: near closures those sets come in many variants,
        # each as large as a region on the generated L.)
        singles = {frozenset(p) for p in by_pool if len(p) == 1}
        for union in sorted(singles | _unions(self._choices, self.unions), key=sorted):
            stays = [s for pool, some in by_pool.items() if union >= set(pool) for s in some]
            beds = [sum(night) for night in zip(*(capacity[c] for c in union), strict=True)]
            limit_beds(self.model, stays, beds)

    def _add_one_stay_at_a_time(self) -> None:
        """Per person: stays extended by their departure day never share a night."""
        by_person: dict[str, list[tuple[int, int, Literal, int]]] = defaultdict(list)
        for index, (candidate, options) in enumerate(
            zip(self.candidates, self.options, strict=True)
        ):
            for option in options:
                end = option.start + candidate.length + 1
                by_person[candidate.person_id].append((option.start, end, option.literal, index))
        for stays in by_person.values():
            if len({index for *_, index in stays}) < 2:
                continue
            owner = {literal.index: index for _, _, literal, index in stays}
            simple = [(start, end, literal) for start, end, literal, _ in stays]
            for _, present in _sweep(simple, set()):
                if len({owner[lit.index] for lit in present.values()}) > 1:
                    self.model.add_at_most_one(present.values())

    def _add_yearly_limits(self) -> None:
        """Per person and year, over the stays that count: granted nights ≤ the nights left,
        and stays arriving ≤ the stays left."""
        nights_terms: dict[tuple[str, int], list[tuple[Literal, int]]] = defaultdict(list)
        most_nights: dict[tuple[str, int], int] = defaultdict(int)
        arrivals: dict[tuple[str, int], list[Literal]] = defaultdict(list)
        arriving: dict[tuple[str, int], int] = defaultdict(int)
        instance = self.instance
        for candidate, options in zip(self.candidates, self.options, strict=True):
            if not candidate.counts:
                continue
            person_id = candidate.person_id
            most: dict[int, int] = defaultdict(int)
            years: set[int] = set()
            for option in options:
                end = option.start + candidate.length
                for year, nights in instance.nights_by_year(person_id, option.start, end):
                    nights_terms[person_id, year].append((option.literal, nights))
                    most[year] = max(most[year], nights)
                year = instance.year_of(person_id, option.start)
                arrivals[person_id, year].append(option.literal)
                years.add(year)
            for year, nights in most.items():
                most_nights[person_id, year] += nights
            for year in years:
                arriving[person_id, year] += 1
        persons = instance.scenario.person_by_id
        for (person_id, year), pairs in nights_terms.items():
            room = instance.annual_room(persons[person_id], year)
            if most_nights[person_id, year] > room:
                self.model.add(sum(nights * literal for literal, nights in pairs) <= room)
        for (person_id, year), literals in arrivals.items():
            stays = instance.stays_room(persons[person_id], year)
            if stays is not None and arriving[person_id, year] > stays:
                self.model.add(cp_model.LinearExpr.sum(literals) <= stays)

    def criteria(self, served_by_pinned: set[tuple[Group, str]]) -> list[Criterion]:
        """The objective vector's entries for this part, most important first.

        ``served_by_pinned`` holds (group, person) pairs already served by a pinned stay:
        those persons count as served whatever the part decides.
        """
        members: dict[Group, list[tuple[Candidate, list[Option]]]] = defaultdict(list)
        for candidate, options in zip(self.candidates, self.options, strict=True):
            members[candidate.group].append((candidate, options))
        plan_wide = self._plan_wide_criteria()
        result = []
        for entry in vector_entries(self.instance.groups):
            if entry.group is None:
                result.append(plan_wide[entry.measure])
            elif entry.measure is Measure.PERSONS:
                result.append(self._persons_served(entry, members[entry.group], served_by_pinned))
            else:
                literals, weights = [], []
                for candidate, options in members[entry.group]:
                    literals += [o.literal for o in options]
                    weights += [candidate.length] * len(options)
                result.append(Criterion(entry, literals, weights))
        return result

    def _plan_wide_criteria(self) -> dict[Measure, Criterion]:
        """The shift (negated), the stays at the preferred centre and the kept bookings."""
        shift, preferred, kept = _Terms(), _Terms(), _Terms()
        bookings = self.instance.scenario.booking_by_request
        for candidate, options in zip(self.candidates, self.options, strict=True):
            booking = bookings.get(candidate.request_id)
            for option in options:
                shift.add(option.literal, -abs(option.start - candidate.wished))
                if option.pool == (candidate.request.preferred_centre,):
                    preferred.add(option.literal, 1)
                if booking is not None and (option.pool, option.start) == (
                    (booking.centre_id,),
                    self.instance.index(booking.start),
                ):
                    kept.add(option.literal, 1)
        return {
            Measure.SHIFT: shift.criterion(Entry(None, Measure.SHIFT)),
            Measure.PREFERRED: preferred.criterion(
                Entry(None, Measure.PREFERRED), needs_centres=True
            ),
            Measure.CHANGES: kept.criterion(Entry(None, Measure.CHANGES), needs_centres=True),
        }

    def _persons_served(
        self,
        entry: Entry,
        members: list[tuple[Candidate, list[Option]]],
        served_by_pinned: set[tuple[Group, str]],
    ) -> Criterion:
        group = entry.group
        by_person: dict[str, list[Literal]] = defaultdict(list)
        for candidate, options in members:
            if (group, candidate.person_id) not in served_by_pinned:
                by_person[candidate.person_id] += [o.literal for o in options]
        literals = []
        for person_id, chosen in by_person.items():
            if len(chosen) == 1:
                literals.append(chosen[0])
                continue
            served = self.model.new_bool_var(f"served[{entry.label},{person_id}]")
            self.model.add(served <= cp_model.LinearExpr.sum(chosen))
            self.served[served.index] = chosen
            literals.append(served)
        return Criterion(entry, literals, [1] * len(literals))

    @cached_property
    def literal_count(self) -> int:
        """The number of option literals."""
        return sum(len(options) for options in self.options)

    @cached_property
    def owner(self) -> array[int]:
        """For each option literal, the position of the candidate it grants. Option literals
        are the model's first variables, made in this order, so their index is the position
        here (an array: a dict of a region-size part's literals costs about 100 MB)."""
        positions = array("i")
        for position, options in enumerate(self.options):
            positions.extend([position] * len(options))
        return positions

    def ceiling(self, criterion: Criterion) -> int:
        """A bound no plan can beat: each candidate (or "served" literal) at its best weight, or
        nothing where every weight is negative. A plan that reaches it is optimal with no search,
        which saves a CP-SAT run on every criterion the greedy start already has right."""
        best: dict[object, int] = {}
        for literal, weight in zip(criterion.literals, criterion.weights, strict=True):
            index = literal.index
            key = self.owner[index] if index < len(self.owner) else ("served", index)
            best[key] = max(best.get(key, 0), weight)
        return sum(best.values())

    def chosen_literals(self, choices: dict[str, Choice]) -> set[int]:
        """Indices of the literals that are true in the plan ``choices``."""
        chosen = set()
        for candidate, options in zip(self.candidates, self.options, strict=True):
            choice = choices.get(candidate.request_id)
            if choice is None:
                continue
            centre_id, start = choice
            chosen |= {o.literal.index for o in options if o.start == start and centre_id in o.pool}
        chosen |= {
            index
            for index, members in self.served.items()
            if any(m.index in chosen for m in members)
        }
        return chosen

    def hint(self, chosen: set[int]) -> None:
        """Start the search from a known plan given by its true literals (set in bulk: one call
        per literal costs seconds on a region-size model)."""
        self.model.clear_hints()
        hint = self.model.proto.solution_hint
        indices = [o.literal.index for options in self.options for o in options]
        indices += list(self.served)
        hint.vars.extend(indices)
        hint.values.extend([int(i in chosen) for i in indices])

    def read_picks(self, solution: Sequence[int]) -> dict[str, Pick]:
        """The plan in a solver response's ``solution`` (values by variable index)."""
        picks = {}
        for candidate, options in zip(self.candidates, self.options, strict=True):
            for option in options:
                if solution[option.literal.index]:
                    picks[candidate.request_id] = (option.pool, option.start)
        return picks


class _Terms:
    """Collects literal/weight pairs for one criterion."""

    def __init__(self) -> None:
        self.literals: list[Literal] = []
        self.weights: list[int] = []

    def add(self, literal: Literal, weight: int) -> None:
        if weight:
            self.literals.append(literal)
            self.weights.append(weight)

    def criterion(self, entry: Entry, *, needs_centres: bool = False) -> Criterion:
        return Criterion(
            entry, self.literals, self.weights, rewards_stays=False, needs_centres=needs_centres
        )


def exact_size(candidates: list[Candidate]) -> int:
    """Literals of the exact model, at most: one per candidate, start and centre."""
    return sum(len(c.starts) * len(c.centres) for c in candidates)


def limit_beds(
    model: cp_model.CpModel, stays: list[tuple[int, int, Literal]], beds: list[int]
) -> None:
    """On every night where a stay may arrive or beds close: the stays present ≤ the beds.

    The stays present on any other night are a subset of those present on the last such night
    before it, so these nights suffice.
    """
    for night, present in _sweep(stays, _drops(beds)):
        if len(present) > beds[night]:
            model.add(cp_model.LinearExpr.sum(list(present.values())) <= beds[night])


def _drops(beds: list[int]) -> set[int]:
    """Nights on which fewer beds are free than the night before."""
    return {d for d in range(1, len(beds)) if beds[d] < beds[d - 1]}


def _sweep(
    stays: Iterable[tuple[int, int, Literal]], extra_nights: set[int]
) -> Iterable[tuple[int, dict[int, Literal]]]:
    """For each night on which a stay starts (or in ``extra_nights``, while any stay is present),
    yield the night and the stays present then, keyed by literal index."""
    ordered = sorted(stays, key=lambda s: s[0])
    nights = sorted({s for s, _, _ in ordered} | extra_nights)
    present: dict[int, Literal] = {}
    leaving: list[tuple[int, int]] = []
    position = 0
    for night in nights:
        while position < len(ordered) and ordered[position][0] <= night:
            _, end, literal = ordered[position]
            present[literal.index] = literal
            heapq.heappush(leaving, (end, literal.index))
            position += 1
        while leaving and leaving[0][0] <= night:
            present.pop(heapq.heappop(leaving)[1], None)
        if present:
            yield night, present


def _unions(sets: set[frozenset[str]], most: int) -> set[frozenset[str]]:
    """The sets, and unions of overlapping ones (up to ``most`` more): Hall's condition for a
    union of disjoint sets follows from theirs, so only overlapping unions add anything."""
    found = set(sets)
    frontier = list(found)
    added = 0
    while frontier and added < most:
        union = frontier.pop()
        for other in sets:
            merged = union | other
            if merged not in found and union & other:
                found.add(merged)
                frontier.append(merged)
                added += 1
    return found
