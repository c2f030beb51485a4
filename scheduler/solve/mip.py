"""The peer model: a plain time-indexed MIP of the same rules, solved by HiGHS (``method="highs"``).

It shares with CP-SAT only what every model needs: the compiled candidates (``instance``: the
allowed starts and suitable centres of each request, pinned stays taken out of the beds and the
yearly limits), the greedy plan as its first solution, and the final steps (filled up to a
maximal plan, bed labels, reasons). The model itself is the textbook one, written apart from
``cpsat``: no pools, no parts, no dealing out.

Variables: ``x[r, c, s]`` = 1 when request ``r`` stays at centre ``c`` from day ``s`` (one per
candidate, usable centre and allowed start); ``y[g, p]`` = 1 when person ``p`` is served in
group ``g`` (persons a pinned stay serves there are left out).

Constraints, every one on every night it concerns (time-indexed):

- at most one stay per request;
- capacity: per centre and night, the stays present ≤ the free beds;
- one stay at a time: per person and day, at most one of their stays present or departing
  (a stay ``[s, s+L)`` blocks the days ``s … s+L``, so two stays never overlap or touch);
- yearly limits, per person and year (calendar or grant year) over the stays that count:
  the nights in that year ≤ the nights left, the arrivals in it ≤ the stays left;
- ``y[g, p] ≤ Σ x`` over the person's requests of the group.

Objective: the vector of ``docs/rules.md`` entry by entry, as CP-SAT (``lexicographic``) sees
it: persons served, then nights, per group; the shift (negated); stays at the preferred centre;
bookings kept. Each entry is maximised by HiGHS from the last plan (a MIP start), within its
share of the time, and its value then fixed (exactly when proven, else as a lower end).
"""

from __future__ import annotations

import itertools
import logging
import os
import sys
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from time import perf_counter

import highspy
import numpy as np
from numpy.typing import NDArray

from scheduler.domain.objective import Entry, Group, Measure, vector_entries
from scheduler.solve.instance import Instance
from scheduler.solve.ledger import Choice
from scheduler.solve.params import SolveParams
from scheduler.solve.result import CriterionResult, SearchModel, SolveStatus

log = logging.getLogger(__name__)

IntArray = NDArray[np.int64]
FloatArray = NDArray[np.float64]


@dataclass
class _Rows:
    """Constraints collected as sparse rows, added to HiGHS in one call."""

    lower: list[float]
    upper: list[float]
    indices: list[IntArray]
    values: list[FloatArray]

    @classmethod
    def empty(cls) -> _Rows:
        return cls([], [], [], [])

    def add(self, lower: float, upper: float, columns: IntArray, values: FloatArray) -> None:
        self.lower.append(lower)
        self.upper.append(upper)
        self.indices.append(columns)
        self.values.append(values)

    def add_grouped(
        self, keys: IntArray, columns: IntArray, values: FloatArray, upper: FloatArray
    ) -> None:
        """One row per distinct key: the entries with that key, at most ``upper[key]``."""
        if not len(keys):
            return
        order = np.argsort(keys, kind="stable")
        keys, columns, values = keys[order], columns[order], values[order]
        cuts = np.flatnonzero(np.diff(keys)) + 1
        bounds = np.concatenate(([0], cuts, [len(keys)]))
        for first, last in itertools.pairwise(bounds):
            self.add(
                -highspy.kHighsInf,
                float(upper[keys[first]]),
                columns[first:last],
                values[first:last],
            )

    def into(self, highs: highspy.Highs) -> None:
        if not self.lower:
            return
        indices = np.concatenate(self.indices).astype(np.int32)
        values = np.concatenate(self.values).astype(np.float64)
        sizes = [len(i) for i in self.indices]
        starts = np.concatenate(([0], np.cumsum(sizes)[:-1])).astype(np.int32)
        highs.addRows(
            len(self.lower),
            np.array(self.lower),
            np.array(self.upper),
            len(indices),
            starts,
            indices,
            values,
        )


class TimeIndexedMip:
    """The MIP of an instance's candidates, and the objective entries as cost vectors."""

    def __init__(self, instance: Instance, served_by_pinned: set[tuple[Group, str]]) -> None:
        self.instance = instance
        self.highs = _quiet_highs()
        self._columns()
        self._persons_served(served_by_pinned)
        self.count = len(self.candidate) + len(self.served_group)
        self.highs.addVars(self.count, np.zeros(self.count), np.ones(self.count))
        self.highs.changeColsIntegrality(
            self.count,
            np.arange(self.count, dtype=np.int32),
            np.full(self.count, highspy.HighsVarType.kInteger),
        )
        rows = _Rows.empty()
        self._one_per_request(rows)
        self._capacity(rows)
        self._one_stay_at_a_time(rows)
        self._yearly_limits(rows)
        self._served_rows(rows)
        rows.into(self.highs)
        self.highs.changeObjectiveSense(highspy.ObjSense.kMaximize)

    def _columns(self) -> None:
        """One column per candidate, allowed start and centre with a free bed all along."""
        instance = self.instance
        candidate, start, centre = [], [], []
        centres = {c: i for i, c in enumerate(instance.capacity)}
        self.centre_ids = list(instance.capacity)
        for index, c in enumerate(instance.candidates):
            for s in c.starts:
                for centre_id in c.centres:
                    if min(instance.capacity[centre_id][s : s + c.length]) >= 1:
                        candidate.append(index)
                        start.append(s)
                        centre.append(centres[centre_id])
        self.candidate = np.array(candidate, dtype=np.int64)
        self.start = np.array(start, dtype=np.int64)
        self.centre = np.array(centre, dtype=np.int64)
        self.length = np.array([instance.candidates[i].length for i in candidate], dtype=np.int64)
        self.column = {
            (int(i), int(s), self.centre_ids[int(c)]): j
            for j, (i, s, c) in enumerate(zip(self.candidate, self.start, self.centre, strict=True))
        }

    def _persons_served(self, served_by_pinned: set[tuple[Group, str]]) -> None:
        """A ``y`` column per (group, person) with a candidate, unless a pinned stay serves it."""
        pairs: dict[tuple[Group, str], int] = {}
        for c in self.instance.candidates:
            key = (c.group, c.person_id)
            if key not in served_by_pinned and key not in pairs:
                pairs[key] = len(pairs)
        offset = len(self.candidate)
        self.served_group = [group for group, _ in pairs]
        self.served_column = {key: offset + i for key, i in pairs.items()}

    def _one_per_request(self, rows: _Rows) -> None:
        order = np.argsort(self.candidate, kind="stable")
        keys = self.candidate[order]
        ones = np.ones(len(keys))
        upper = np.ones(len(self.instance.candidates))
        counts = np.bincount(keys, minlength=len(upper))
        keep = counts[keys] > 1
        rows.add_grouped(keys[keep], order[keep], ones[keep], upper)

    def _capacity(self, rows: _Rows) -> None:
        """Per centre and night: the stays present ≤ the free beds (only where more stays may
        be present than beds)."""
        days = self.instance.days
        columns, nights = _expand(self.start, self.length)
        keys = self.centre[columns] * days + nights
        beds = np.array([self.instance.capacity[c] for c in self.centre_ids], dtype=np.int64)
        upper = beds.reshape(-1)
        counts = np.bincount(keys, minlength=len(upper))
        keep = counts[keys] > upper[keys]
        rows.add_grouped(keys[keep], columns[keep], np.ones(int(keep.sum())), upper.astype(float))

    def _one_stay_at_a_time(self, rows: _Rows) -> None:
        """Per person and day: at most one stay present or departing, where two of the person's
        requests may be."""
        candidates = self.instance.candidates
        person_index: dict[str, int] = {}
        person = np.array(
            [
                person_index.setdefault(candidates[i].person_id, len(person_index))
                for i in range(len(candidates))
            ],
            dtype=np.int64,
        )
        if not len(self.candidate):
            return
        span = self.instance.days + 1
        columns, nights = _expand(self.start, self.length + 1)
        keys = person[self.candidate[columns]] * span + nights
        # Keep the days on which two different requests of the person may be present.
        pairs = np.unique(np.stack([keys, self.candidate[columns]]), axis=1)
        distinct = np.bincount(pairs[0], minlength=int(keys.max()) + 1)
        keep = distinct[keys] > 1
        upper = np.ones(int(keys.max()) + 1)
        rows.add_grouped(keys[keep], columns[keep], np.ones(int(keep.sum())), upper)

    def _yearly_limits(self, rows: _Rows) -> None:
        """Per person and year over the counting stays: nights ≤ the nights left, arrivals ≤ the
        stays left; only where the person's candidates could break them."""
        instance = self.instance
        persons = instance.scenario.person_by_id
        by_person: dict[str, list[int]] = defaultdict(list)
        for j, i in enumerate(self.candidate):
            c = instance.candidates[i]
            if c.counts:
                by_person[c.person_id].append(j)
        for person_id, columns in by_person.items():
            person = persons[person_id]
            nights: dict[int, list[tuple[int, int]]] = defaultdict(list)
            arrivals: dict[int, list[int]] = defaultdict(list)
            for j in columns:
                s, length = int(self.start[j]), int(self.length[j])
                for year, count in instance.nights_by_year(person_id, s, s + length):
                    nights[year].append((j, count))
                arrivals[instance.year_of(person_id, s)].append(j)
            for year, terms in nights.items():
                room = instance.annual_room(person, year)
                most: dict[int, int] = defaultdict(int)
                for j, count in terms:
                    candidate = int(self.candidate[j])
                    most[candidate] = max(most[candidate], count)
                if sum(most.values()) > room:
                    cols = np.array([j for j, _ in terms], dtype=np.int64)
                    vals = np.array([n for _, n in terms], dtype=np.float64)
                    rows.add(-highspy.kHighsInf, room, cols, vals)
            for year, cols_list in arrivals.items():
                room_stays = instance.stays_room(person, year)
                requests = {int(self.candidate[j]) for j in cols_list}
                if room_stays is not None and len(requests) > room_stays:
                    cols = np.array(cols_list, dtype=np.int64)
                    rows.add(-highspy.kHighsInf, room_stays, cols, np.ones(len(cols)))

    def _served_rows(self, rows: _Rows) -> None:
        """``y[g, p] - Σ x ≤ 0`` over the person's requests of the group."""
        members: dict[int, list[int]] = defaultdict(list)
        candidates = self.instance.candidates
        for j, i in enumerate(self.candidate):
            c = candidates[i]
            column = self.served_column.get((c.group, c.person_id))
            if column is not None:
                members[column].append(j)
        for column, xs in members.items():
            cols = np.array([column, *xs], dtype=np.int64)
            vals = np.array([1.0] + [-1.0] * len(xs))
            rows.add(-highspy.kHighsInf, 0.0, cols, vals)

    def costs(self, entry: Entry) -> FloatArray:
        """The entry as a weight per column (as CP-SAT's criterion: persons served beside the
        pinned stays, nights, the negated shift, stays at the preferred centre, bookings kept)."""
        cost = np.zeros(self.count)
        instance = self.instance
        candidates = instance.candidates
        if entry.measure is Measure.PERSONS:
            for (group, _), column in self.served_column.items():
                if group == entry.group:
                    cost[column] = 1.0
            return cost
        group_of = np.array([c.group == entry.group for c in candidates], dtype=bool)
        if entry.measure is Measure.NIGHTS:
            mine = group_of[self.candidate]
            cost[: len(self.candidate)] = np.where(mine, self.length, 0)
            return cost
        if entry.measure is Measure.SHIFT:
            wished = np.array([c.wished for c in candidates], dtype=np.int64)
            cost[: len(self.candidate)] = -np.abs(self.start - wished[self.candidate])
            return cost
        if entry.measure is Measure.PREFERRED:
            index = {c: i for i, c in enumerate(self.centre_ids)}
            preferred = np.array(
                [index.get(c.request.preferred_centre or "", -1) for c in candidates],
                dtype=np.int64,
            )
            cost[: len(self.candidate)] = preferred[self.candidate] == self.centre
            return cost
        bookings = instance.scenario.booking_by_request
        for i, c in enumerate(candidates):
            booking = bookings.get(c.request_id)
            if booking is None:
                continue
            j = self.column.get((i, instance.index(booking.start), booking.centre_id))
            if j is not None:
                cost[j] = 1.0
        return cost

    def feasible(self, values: FloatArray) -> bool:
        """Whether the column values keep every row of the model as it stands (with the values
        fixed so far): HiGHS is not trusted blindly (see ``solve_mip``)."""
        lp = self.highs.getLp()
        matrix = lp.a_matrix_
        starts = np.array(matrix.start_, dtype=np.int64)
        index = np.array(matrix.index_, dtype=np.int64)
        coefficients = np.array(matrix.value_)
        rows = self.highs.getNumRow()
        if matrix.format_ == highspy.MatrixFormat.kRowwise:
            owner = np.repeat(np.arange(rows), np.diff(starts))
            products = coefficients * values[index]
        else:
            owner = index
            products = coefficients * values[np.repeat(np.arange(len(starts) - 1), np.diff(starts))]
        activity = np.bincount(owner, weights=products, minlength=rows)
        lower, upper = np.array(lp.row_lower_), np.array(lp.row_upper_)
        return bool(np.all(activity >= lower - 1e-6) and np.all(activity <= upper + 1e-6))

    def ceiling(self, cost: FloatArray) -> int:
        """Each request (or ``y``) at its best weight, or nothing where every weight is
        negative: no plan beats it."""
        best: dict[int, float] = defaultdict(float)
        n = len(self.candidate)
        for j in np.flatnonzero(cost):
            key = int(self.candidate[j]) if j < n else -1 - int(j)
            best[key] = max(best[key], float(cost[j]))
        return round(sum(best.values()))

    def solution(self, choices: dict[str, Choice]) -> FloatArray:
        """The plan ``choices`` as column values."""
        values = np.zeros(self.count)
        index = {c.request_id: i for i, c in enumerate(self.instance.candidates)}
        for request_id, (centre_id, start) in choices.items():
            i = index.get(request_id)
            if i is None or (i, start, centre_id) not in self.column:
                continue
            j = self.column[i, start, centre_id]
            values[j] = 1.0
            c = self.instance.candidates[i]
            column = self.served_column.get((c.group, c.person_id))
            if column is not None:
                values[column] = 1.0
        return values

    def choices(self, values: FloatArray) -> dict[str, Choice]:
        """The plan in column values."""
        candidates = self.instance.candidates
        chosen = np.flatnonzero(values[: len(self.candidate)] > 0.5)
        return {
            candidates[int(self.candidate[j])].request_id: (
                self.centre_ids[int(self.centre[j])],
                int(self.start[j]),
            )
            for j in chosen
        }


def solve_mip(
    instance: Instance,
    hint: dict[str, Choice],
    served_by_pinned: set[tuple[Group, str]],
    deadline: float,
    params: SolveParams,
    fill: Callable[[dict[str, Choice]], dict[str, Choice]] | None = None,
) -> tuple[dict[str, Choice], tuple[CriterionResult, ...]]:
    """Every entry of the vector maximised in order by HiGHS on the time-indexed MIP, each
    value fixed before the next; the plan found and what each entry reached (one part).

    ``hint`` is the plan to start from; ``fill`` adds to a plan every stay that still fits,
    and is applied before each entry that rewards stays (as for CP-SAT: a filled plan keeps
    every value fixed so far). HiGHS gets no MIP start, and a solution it hands back is taken
    only if it keeps every row: HiGHS 1.16 was seen, after a MIP start, to return the start
    itself while reporting a better objective, and once a point breaking rows as optimal."""
    began = perf_counter()
    mip = TimeIndexedMip(instance, served_by_pinned)
    log.info(
        "MIP: %d columns, %d rows, built in %.2f s",
        mip.count,
        mip.highs.getNumRow(),
        perf_counter() - began,
    )
    highs = mip.highs
    highs.setOptionValue("mip_rel_gap", 0.0)
    highs.setOptionValue("mip_abs_gap", 1e-6)
    if params.seed is not None:
        highs.setOptionValue("random_seed", params.seed)
    if params.log:
        highs.setOptionValue("output_flag", True)
    values = mip.solution(hint)
    entries = vector_entries(instance.groups)
    costs = [mip.costs(entry) for entry in entries]
    results = []
    everything = np.arange(mip.count, dtype=np.int32)
    for position, (entry, cost) in enumerate(zip(entries, costs, strict=True)):
        started = perf_counter()
        if fill is not None and entry.measure in (Measure.PERSONS, Measure.NIGHTS):
            values = mip.solution(fill(mip.choices(values)))
        current = round(float(cost @ values))
        ceiling = mip.ceiling(cost)
        if not cost.any() or current >= ceiling:
            _fix(highs, cost, current, current)
            proven = CriterionResult(
                entry, current, current, SolveStatus.OPTIMAL, SearchModel.NONE, part=1
            )
            results.append(proven)
            continue
        later = any(c.any() for c in costs[position + 1 :])
        left = deadline - perf_counter()
        if left <= params.criterion_margin_seconds:
            late = CriterionResult(
                entry, None, ceiling, SolveStatus.TIMED_OUT, SearchModel.NONE, part=1
            )
            results.append(late)
            continue
        budget = left * (params.criterion_share if later else 1.0)
        highs.changeColsCost(mip.count, everything, cost)
        # No MIP start: HiGHS 1.16 may hand back the start itself as the solution of a later
        # run while reporting the better objective it found. The fixed values keep the last
        # plan feasible, so HiGHS finds at least as good a plan (else the last one is kept).
        highs.setOptionValue("time_limit", max(0.01, budget))
        highs.run()
        status = highs.getModelStatus()
        info = highs.getInfo()
        found = values
        trusted = True
        if info.primal_solution_status == 2:
            found = np.round(np.array(highs.getSolution().col_value))
            if not mip.feasible(found):
                log.warning("MIP %s: HiGHS's solution breaks a row; not taken", entry.label)
                found, trusted = values, False
        value = round(float(cost @ found))
        if value > current:
            values = found
        else:
            value = current
        optimal = trusted and status == highspy.HighsModelStatus.kOptimal
        if optimal and abs(info.objective_function_value - value) > 0.5:
            # The plan handed back is not the one HiGHS reports: prove nothing.
            log.warning("MIP %s: solution does not match the objective", entry.label)
            optimal = False
        bound = ceiling
        if optimal:
            bound = value
        elif np.isfinite(info.mip_dual_bound):
            bound = min(ceiling, int(np.floor(info.mip_dual_bound + 1e-6)))
        bound = max(bound, value)
        reached = SolveStatus.OPTIMAL if optimal or bound == value else SolveStatus.TIMED_OUT
        _fix(highs, cost, value, value if reached is SolveStatus.OPTIMAL else None)
        log.info(
            "MIP %s: %s, value %d, bound %d, %.2f s",
            entry.label,
            highs.modelStatusToString(status),
            value,
            bound,
            perf_counter() - started,
        )
        seconds = perf_counter() - started
        results.append(
            CriterionResult(entry, value, bound, reached, SearchModel.MIP, seconds, part=1)
        )
    return mip.choices(values), tuple(results)


def _fix(highs: highspy.Highs, cost: FloatArray, lowest: int, highest: int | None) -> None:
    """Require the entry's value in ``[lowest, highest]`` from now on (its weights are
    integers, so half a unit of slack is exact)."""
    columns = np.flatnonzero(cost)
    if not len(columns):
        return
    upper = highspy.kHighsInf if highest is None else highest + 0.5
    highs.addRow(lowest - 0.5, upper, len(columns), columns.astype(np.int32), cost[columns])


def _expand(starts: IntArray, lengths: IntArray) -> tuple[IntArray, IntArray]:
    """For each column, its index and each night from its start over ``lengths`` nights."""
    columns = np.repeat(np.arange(len(starts), dtype=np.int64), lengths)
    offsets = np.arange(int(lengths.sum()), dtype=np.int64) - np.repeat(
        np.cumsum(lengths) - lengths, lengths
    )
    return columns, np.repeat(starts, lengths) + offsets


@contextmanager
def _stdout_silenced() -> Iterator[None]:
    """Standard output closed at the file descriptor (HiGHS prints a banner from C++ the first
    time one is made in a process)."""
    sys.stdout.flush()
    saved = os.dup(1)
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, 1)
    try:
        yield
    finally:
        os.dup2(saved, 1)
        os.close(saved)
        os.close(null)


def _quiet_highs() -> highspy.Highs:
    """A HiGHS instance that prints nothing."""
    try:
        with _stdout_silenced():
            highs = highspy.Highs()
    except OSError:  # no file descriptor 1 to silence
        highs = highspy.Highs()
    highs.setOptionValue("output_flag", False)
    return highs
