"""Two searches for the same proof run side by side on threads, the first to finish stopping the
other (CP-SAT lets go of Python's lock while it solves, so each thread has a core of its own)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from typing import TypeVar

from ortools.sat.python import cp_model

T = TypeVar("T")

_POLL_SECONDS = 0.05
"""How often the losers are told again to stop: a solver told before its search has begun
would not hear it."""


class Race:
    """CP-SAT solvers racing to one proof: once one branch has won, every solver is stopped."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._solvers: list[cp_model.CpSolver] = []
        self.over = False

    def enter(self, solver: cp_model.CpSolver) -> bool:
        """Register ``solver`` (before its search) to be stopped when the race is over; whether
        it may still search."""
        with self._lock:
            if self.over:
                return False
            self._solvers.append(solver)
            return True

    def stop(self) -> None:
        """End the race: every solver entered stops its search."""
        with self._lock:
            self.over = True
            for solver in self._solvers:
                solver.stop_search()

    def run(self, branches: list[Callable[[], T]], won: Callable[[T], bool]) -> list[T]:
        """Run the branches at once; when one returns a result that ``won``, stop the others.
        Every branch's result, in order (a stopped branch returns what it had). A branch that
        raises stops the others, and its error is raised."""
        with ThreadPoolExecutor(len(branches)) as pool:
            futures = [pool.submit(branch) for branch in branches]
            pending = set(futures)
            try:
                while pending:
                    done, pending = wait(pending, return_when=FIRST_COMPLETED)
                    if any(won(future.result()) for future in done):
                        break
            finally:
                while pending:
                    self.stop()
                    _, pending = wait(pending, timeout=_POLL_SECONDS)
        return [future.result() for future in futures]
