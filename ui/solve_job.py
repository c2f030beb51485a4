"""A solve running in a background thread (``ui.background``), so that the page stays
responsive while it runs; the thread calls the service and keeps the solver's latest progress,
the outcome or the error."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Engine

from scheduler.service.planning import PlanOutcome, Progress, make_plan
from ui.background import BackgroundJob

LOG = logging.getLogger(__name__)


@dataclass
class SolveJob(BackgroundJob[Progress, PlanOutcome]):
    """One run of ``make_plan``: its time limit, latest progress and result."""

    time_limit: float
    method: str = "cpsat"

    @classmethod
    def start(cls, engine: Engine, time_limit: float, actor: str, method: str) -> SolveJob:
        """Start solving the stored data as a new draft, in a daemon thread."""
        job = cls(time_limit, method, name="respite-solve")

        def solve(report: Callable[[Progress], None]) -> PlanOutcome:
            outcome = make_plan(engine, time_limit, actor, progress=report, method=method)
            LOG.info("plan version %d made", outcome.version.number)
            return outcome

        job.launch(solve)
        return job

    @property
    def fraction(self) -> float:
        """The share of the time limit used so far, for a progress bar (0 … 1)."""
        return min(max(self.elapsed / self.time_limit, 0.0), 1.0) if self.time_limit > 0 else 1.0
