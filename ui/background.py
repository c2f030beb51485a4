"""Work run in a background thread, so that the page stays usable while it runs (a solve, a
batch of letters).

A job lives in the session's state only; its thread runs the work, keeps the latest progress
the work reports, and the outcome or the error. It never touches Streamlit: the page polls the
job (e.g. from a fragment that runs every second) and shows what it finds.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from time import monotonic
from typing import Generic, TypeVar

LOG = logging.getLogger(__name__)

ProgressT = TypeVar("ProgressT")
OutcomeT = TypeVar("OutcomeT")


@dataclass(kw_only=True)
class BackgroundJob(Generic[ProgressT, OutcomeT]):
    """One run of some work in a daemon thread: its latest progress, outcome or error."""

    name: str = "respite-job"
    started: float = field(default_factory=monotonic)
    progress: ProgressT | None = None
    outcome: OutcomeT | None = None
    error: Exception | None = None
    _thread: threading.Thread | None = None

    def launch(self, work: Callable[[Callable[[ProgressT], None]], OutcomeT]) -> None:
        """Run ``work(report)`` in a daemon thread; ``report`` keeps the progress it is given."""
        self._thread = threading.Thread(target=self._run, args=(work,), name=self.name, daemon=True)
        self._thread.start()

    def _run(self, work: Callable[[Callable[[ProgressT], None]], OutcomeT]) -> None:
        try:
            self.outcome = work(self._report)
        except Exception as error:  # shown to the user on the page; logged without detail
            LOG.error("%s failed: %s", self.name, type(error).__name__)
            self.error = error

    def _report(self, progress: ProgressT) -> None:
        self.progress = progress

    def join(self, timeout: float | None = None) -> None:
        """Wait until the work ends (or ``timeout`` seconds have passed)."""
        if self._thread is not None:
            self._thread.join(timeout)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    @property
    def elapsed(self) -> float:
        """Seconds since the start."""
        return monotonic() - self.started
