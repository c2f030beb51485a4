"""The day-centre allocation in ``respite bench``: its time on the demo and on generated
scenarios, in a small table of its own beside the stays' solver rows.

Each size is allocated ``repeats`` times in this process (the allocation is single-threaded,
fast and deterministic) and the median wall time reported, with the wishes, places granted
and waiting list of the run.
"""

from __future__ import annotations

from dataclasses import dataclass
from statistics import median

from scheduler.bench.child import DEMO_FOLDER
from scheduler.bench.measurements import DEMO
from scheduler.daycare import allocate
from scheduler.domain.model import Scenario
from scheduler.domain.services import Services
from scheduler.generate import generate_with_services
from scheduler.i18n import t
from scheduler.io.scenario_reader import read_scenario_with_services

DAYCARE_SIZES = (DEMO, "M")
"""The scenarios timed: the demo and generated M (seed 1)."""
COLUMNS = ("size", "wishes", "seats", "seconds", "granted", "waiting", "status")


@dataclass(frozen=True)
class DayTiming:
    """The allocation of one scenario: its size, wishes and seats, the median seconds of the
    repeats, the plan's counts and whether every step was proven."""

    size: str
    wishes: int
    seats: int
    seconds: float
    granted: int
    waiting: int
    optimal: bool


def _services_of(size: str) -> tuple[Scenario, Services]:
    if size == DEMO:
        return read_scenario_with_services(DEMO_FOLDER)
    scenario, services, _ = generate_with_services(size, 1)
    return scenario, services


def time_allocation(size: str, repeats: int = 3) -> DayTiming:
    """Allocate the day-centre places of ``size`` ``repeats`` times; the median timing."""
    scenario, services = _services_of(size)
    results = [allocate(scenario, services) for _ in range(repeats)]
    last = results[-1]
    return DayTiming(
        size,
        len(services.day_wishes),
        sum(s.seats for s in services.day_seats),
        median(r.seconds for r in results),
        last.granted,
        last.waiting,
        all(r.optimal for r in results),
    )


def daycare_table(timings: list[DayTiming], lang: str | None = None) -> list[str]:
    """The timings as a small text table under its own heading."""
    header = [t(f"bench.daycare.col.{name}", lang) for name in COLUMNS]
    rows = [
        [
            timing.size,
            str(timing.wishes),
            str(timing.seats),
            f"{timing.seconds:.3f}",
            str(timing.granted),
            str(timing.waiting),
            t("bench.daycare.proven" if timing.optimal else "bench.daycare.cut", lang),
        ]
        for timing in timings
    ]
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    lines = [t("bench.daycare.title", lang)]
    lines += [
        "  ".join(cell.rjust(width) for cell, width in zip(row, widths, strict=True))
        for row in [header, *rows]
    ]
    return lines
