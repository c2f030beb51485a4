"""Ending a family's day-centre place or wish (the family stops coming, or no longer wants a
place): the wish leaves the allocation, and the places are allocated again at once, so the
seats it frees go to the first families in the queue that can use them (docs/rules.md, "Day
centres in the store and the app"). The new allocation records the letters of the places it
offers (``scheduler.service.service_letter_records``)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from scheduler.domain.daycare import DayPlace
from scheduler.domain.errors import UserError
from scheduler.service.services_view import AllocationReport, allocate_day_places, services_view
from scheduler.store import services_repo


@dataclass(frozen=True)
class DayEndOutcome:
    """The wish ended, the place it held (``None``: it had none), the places the new
    allocation gave to wishes that had none before (the freed seats offered, queue order),
    and the allocation made (``None`` when no wish is left to allocate)."""

    wish_id: str
    freed: DayPlace | None
    offered: tuple[DayPlace, ...]
    report: AllocationReport | None


def end_day_wish(engine: Engine, wish_id: str, actor: str) -> DayEndOutcome:
    """End the wish ``wish_id`` (audited), then allocate the places again.

    Raises
    ------
    UserError
        ``svc.unknown_wish``, ``svc.wish_ended``; ``store.empty``.
    """
    before = services_view(engine).plan
    with Session(engine) as session, session.begin():
        services_repo.end_wish(session, wish_id, actor)
    try:
        report: AllocationReport | None = allocate_day_places(engine, actor)
    except UserError as error:
        if error.key != "svc.no_day_wishes":
            raise
        report = None
    had = {place.wish_id for place in before.places}
    after = services_view(engine).plan
    offered = tuple(p for p in after.places if p.wish_id not in had)
    freed = next((p for p in before.places if p.wish_id == wish_id), None)
    return DayEndOutcome(wish_id, freed, offered, report)
