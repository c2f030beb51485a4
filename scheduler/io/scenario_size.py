"""How large a scenario is for the solver: the candidate stays it may choose among.

The solver's memory and its time to compile grow with the candidate stays (request × suitable
centre × start in the flex window), not with the rows alone: 20,000 requests that may each go
to 100 centres weigh more than 100,000 that may each go to 5. This counts them from above
(ignoring weekdays, eligibility and yearly limits, which only remove candidates) in time
linear in the requests, so that a scenario too large can be refused before it is compiled.
"""

from __future__ import annotations

from collections.abc import Iterable

from scheduler.domain.model import Centre, Request, Scenario


def candidate_stays(scenario: Scenario) -> int:
    """The candidate stays of ``scenario``, counted from above."""
    rules = scenario.rules
    fits = _Suitability(scenario.centres)
    persons = scenario.person_by_id
    total = 0
    for request in scenario.requests:
        person = persons.get(request.person_id)
        if person is None:
            continue
        kinds = rules.centre_kinds
        if request.is_acute and rules.acute_centre_kinds is not None:
            kinds = rules.acute_centre_kinds
        total += fits.count(person.needs, kinds) * _starts(request, scenario)
    return total


def _starts(request: Request, scenario: Scenario) -> int:
    """Starts within the flex window whose stay lies inside the horizon."""
    first = max(-request.flex_days, (scenario.horizon_start - request.start).days)
    last = min(request.flex_days, (scenario.horizon_end - request.end).days)
    return max(0, last - first + 1)


class _Suitability:
    """Counts the centres of some kinds that have all of some needs, with one bit per centre
    (so a person's needs cost one AND per need, whatever the number of centres)."""

    def __init__(self, centres: Iterable[Centre]) -> None:
        self._by_tag: dict[str, int] = {}
        self._by_kind: dict[str, int] = {}
        self._all = 0
        for index, centre in enumerate(centres):
            bit = 1 << index
            self._all |= bit
            self._by_kind[centre.kind] = self._by_kind.get(centre.kind, 0) | bit
            for tag in centre.tags:
                self._by_tag[tag] = self._by_tag.get(tag, 0) | bit
        self._counts: dict[tuple[frozenset[str], tuple[str, ...]], int] = {}

    def count(self, needs: frozenset[str], kinds: tuple[str, ...]) -> int:
        key = (needs, kinds)
        if key not in self._counts:
            bits = 0
            for kind in kinds:
                bits |= self._by_kind.get(kind, 0)
            for need in needs:
                bits &= self._by_tag.get(need, 0)
            self._counts[key] = bits.bit_count()
        return self._counts[key]
