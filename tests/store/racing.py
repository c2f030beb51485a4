"""Two real processes running ``respite`` commands at the same moment, for the race tests.

A pool of two spawned worker processes lives for a test module; each round hands one command to
each, and both start it when a shared barrier lets them go. A worker runs the command line
in-process (``scheduler.cli.main``, its ``--db`` opened once per worker and database) and returns
its exit code, standard output and standard error.
"""

from __future__ import annotations

import io
import multiprocessing
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from dataclasses import dataclass
from multiprocessing.pool import Pool
from typing import Any

from sqlalchemy import Engine

import scheduler.cli.store as cli_store
from scheduler.cli import main
from scheduler.store import database

BARRIER_TIMEOUT = 60.0

_barrier: Any = None
_engines: dict[str, Engine] = {}


@dataclass(frozen=True)
class Ran:
    """What one command did: its exit code and what it printed."""

    code: int
    out: str
    err: str

    @property
    def text(self) -> str:
        return self.out + self.err


def _start(barrier: Any) -> None:
    global _barrier
    _barrier = barrier
    cli_store.open_store = _opened


def _opened(url: str | None = None) -> Engine:
    assert url is not None
    return _engines[url]


def _run(argv: Sequence[str]) -> Ran:
    """Wait for the other worker, then run the command.

    The worker keeps one engine per database across rounds (as a long-running app process
    does), so a round measures the operations, not SQLAlchemy compiling its statements anew;
    the store is opened (and its schema checked) before the barrier.
    """
    url = argv[argv.index("--db") + 1]
    if url not in _engines:
        _engines[url] = database.open_store(url)
    out, err = io.StringIO(), io.StringIO()
    _barrier.wait(BARRIER_TIMEOUT)
    with redirect_stdout(out), redirect_stderr(err):
        code = main(list(argv))
    return Ran(code, out.getvalue(), err.getvalue())


class Racers:
    """Runs two commands at once in the two workers."""

    def __init__(self, pool: Pool) -> None:
        self._pool = pool

    def race(self, first: Sequence[str], second: Sequence[str]) -> tuple[Ran, Ran]:
        """Run ``first`` and ``second`` (argument lists of ``respite``) at the same moment."""
        one = self._pool.apply_async(_run, (list(first),))
        two = self._pool.apply_async(_run, (list(second),))
        return one.get(2 * BARRIER_TIMEOUT), two.get(2 * BARRIER_TIMEOUT)


@contextmanager
def racers() -> Iterator[Racers]:
    """Two worker processes (spawned: nothing of the test process is shared with them)."""
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(2)
    with context.Pool(2, initializer=_start, initargs=(barrier,)) as pool:
        yield Racers(pool)
