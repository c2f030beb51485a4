"""Occupancy of each centre on each night of the horizon, as the plan's stays leave it."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from scheduler.domain.model import Plan, Scenario


@dataclass(frozen=True)
class NightOccupancy:
    """One centre on one night: beds in use (after closures), stays, beds free."""

    centre_id: str
    night: date
    beds: int
    occupied: int

    @property
    def free(self) -> int:
        return self.beds - self.occupied


def occupancy(scenario: Scenario, plan: Plan, centre: str | None = None) -> list[NightOccupancy]:
    """Every night of the horizon for every centre (or only ``centre``), by centre then night."""
    used: Counter[tuple[str, date]] = Counter()
    for stay in plan.stays:
        for night in stay.night_dates():
            used[stay.centre_id, night] += 1
    closed: Counter[tuple[str, date]] = Counter()
    for closure in scenario.closures:
        for offset in range((closure.end - closure.start).days):
            closed[closure.centre_id, closure.start + timedelta(days=offset)] += closure.beds_closed
    nights = [
        scenario.horizon_start + timedelta(days=offset)
        for offset in range((scenario.horizon_end - scenario.horizon_start).days)
    ]
    return [
        NightOccupancy(
            c.centre_id,
            night,
            max(c.beds - closed[c.centre_id, night], 0),
            used[c.centre_id, night],
        )
        for c in scenario.centres
        if centre is None or c.centre_id == centre
        for night in nights
    ]
