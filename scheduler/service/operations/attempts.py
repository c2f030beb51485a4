"""Running an operation on the published plan so that a race with another case worker never
loses it silently.

Each attempt is one fresh transaction that takes the writers' lock (``plan_repo.lock_head``)
before it reads anything: two operations are then serialised, and the second one works on the
plan the first one published. A writer that reads before it locks (a case-work change, say) can
still publish between an attempt's read and its commit (``StalePlanError``), and a writer that
stores a request id without the lock can take the id an attempt chose (``IntegrityError``);
then the whole operation runs again from the start on what is stored now, at most ``ATTEMPTS``
times in all, and its result says how many times it was re-run. When every attempt lost to a
publication, the operation did not happen and ``operations.lost_race`` says so.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from scheduler.store import plan_repo
from scheduler.store.errors import StalePlanError

ATTEMPTS = 3
"""How many times an operation is tried before it gives up (the first try included)."""

T = TypeVar("T")


def run_locked(engine: Engine, operation: Callable[[Session], T]) -> tuple[T, int]:
    """``operation(session)`` in a transaction holding the writers' lock, again in a fresh one
    when it lost a race; returns its result and how many times it was re-run (0: never).

    Raises
    ------
    StalePlanError
        ``operations.lost_race`` when every attempt lost to a publication; nothing is kept.
    IntegrityError
        When the last attempt still broke a constraint (not a race, then, but a fault).
    """
    for attempt in range(ATTEMPTS - 1):
        try:
            return _attempt(engine, operation), attempt
        except (StalePlanError, IntegrityError):
            continue
    try:
        return _attempt(engine, operation), ATTEMPTS - 1
    except StalePlanError as error:
        published = error.params.get("published")
        raise StalePlanError(
            "operations.lost_race", attempts=ATTEMPTS, published=published
        ) from None


def _attempt(engine: Engine, operation: Callable[[Session], T]) -> T:
    with Session(engine) as session, session.begin():
        plan_repo.lock_head(session)
        return operation(session)
