"""What is recorded of some stays, read at once for a list (a centre's arrivals and departures in
the app), where ``person_account`` would read one person at a time."""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from scheduler.store import casework_repo
from scheduler.store.casework_repo import StayRecord


def stay_records(engine: Engine, request_ids: Collection[str]) -> dict[str, StayRecord]:
    """The records of the stays of ``request_ids`` that have one, by request id (arrival,
    no-show, departure; a stay without a record is left out)."""
    if not request_ids:
        return {}
    with Session(engine) as session:
        return {r.request_id: r for r in casework_repo.stay_records(session, request_ids)}
