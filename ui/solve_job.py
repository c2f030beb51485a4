"""A solve running in a background thread, so that the page stays responsive while it runs.

The job lives in the session's state only; the thread calls the service and keeps the
solver's latest progress, the outcome or the error. It never touches Streamlit.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from time import monotonic

from sqlalchemy import Engine

from scheduler.service.planning import PlanOutcome, Progress, make_plan

LOG = logging.getLogger(__name__)


@dataclass
class SolveJob:
    """One run of ``make_plan``: its time limit, latest progress and result."""

    time_limit: float
    method: str = "cpsat"
    started: float = field(default_factory=monotonic)
    progress: Progress | None = None
    outcome: PlanOutcome | None = None
    error: Exception | None = None
    _thread: threading.Thread | None = None

    @classmethod
    def start(cls, engine: Engine, time_limit: float, actor: str, method: str) -> SolveJob:
        """Start solving the stored data as a new draft, in a daemon thread."""
        job = cls(time_limit, method)
        job._thread = threading.Thread(
            target=job._run, args=(engine, actor), name="respite-solve", daemon=True
        )
        job._thread.start()
        return job

    def _run(self, engine: Engine, actor: str) -> None:
        try:
            self.outcome = make_plan(
                engine, self.time_limit, actor, progress=self._report, method=self.method
            )
            LOG.info("plan version %d made", self.outcome.version.number)
        except Exception as error:  # shown to the user on the page; logged without detail
            LOG.error("solve failed: %s", type(error).__name__)
            self.error = error

    def _report(self, progress: Progress) -> None:
        self.progress = progress

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    @property
    def elapsed(self) -> float:
        """Seconds since the start."""
        return monotonic() - self.started

    @property
    def fraction(self) -> float:
        """The share of the time limit used so far, for a progress bar (0 … 1)."""
        return min(max(self.elapsed / self.time_limit, 0.0), 1.0) if self.time_limit > 0 else 1.0
