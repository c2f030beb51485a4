"""The day-centre places and wishes that were ended (``respite end-day-place``, Borgere's end
button), for the screens: ``services_view`` holds only the wishes in force, so a person whose
place ended would read as one who never wished one. Here is when it ended and where it was."""

from __future__ import annotations

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from scheduler.store.day_ended_repo import EndedWish, ended_wishes

__all__ = ["EndedWish", "ended_day_wishes"]


def ended_day_wishes(
    engine: Engine, person_id: str | None = None, centre_id: str | None = None
) -> list[EndedWish]:
    """The ended wishes, the latest ended first: of ``person_id`` (``None``: everyone's), and
    with ``centre_id`` only those that had a place at that centre when they ended."""
    with Session(engine) as session:
        found = ended_wishes(session, person_id)
    if centre_id is None:
        return found
    return [ended for ended in found if ended.centre_id == centre_id]
