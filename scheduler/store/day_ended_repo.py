"""Reading the day-centre wishes that were ended (``services_repo.end_wish``): the store's
``load_services`` leaves them out, as they are no longer allocated, but the screens say that a
place ended, when, and where it was."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, true
from sqlalchemy.orm import Session

from scheduler.domain.daycare import DayWish
from scheduler.store.models import DayDecisionRow, DayPlaceRow, DayWishRow, PersonRow
from scheduler.store.services_repo import parse_weekdays, wish_from_row


@dataclass(frozen=True)
class EndedWish:
    """An ended wish, its person's name, when it ended (UTC) and the place it held then:
    ``centre_id`` ``None`` when it had none (it was waiting, refused or not allocated)."""

    wish: DayWish
    person_name: str
    ended_at: datetime
    centre_id: str | None
    weekdays: frozenset[int]


def ended_wishes(session: Session, person_id: str | None = None) -> list[EndedWish]:
    """The ended wishes (of ``person_id``, or of everyone), the latest ended first."""
    query = (
        select(DayWishRow, PersonRow.name)
        .join(PersonRow, PersonRow.person_id == DayWishRow.person_id)
        .where(DayWishRow.ended_at.is_not(None))
        .order_by(DayWishRow.ended_at.desc(), DayWishRow.seq)
    )
    if person_id is not None:
        query = query.where(DayWishRow.person_id == person_id)
    rows = session.execute(query).all()
    if not rows:
        return []
    places = _last_places(session, person_id)
    found = []
    for row, name in rows:
        assert row.ended_at is not None  # the query's condition
        centre_id, weekdays = places.get(row.wish_id, (None, ""))
        found.append(
            EndedWish(wish_from_row(row), name, row.ended_at, centre_id, parse_weekdays(weekdays))
        )
    return found


def _last_places(session: Session, person_id: str | None) -> dict[str, tuple[str | None, str]]:
    """The place (centre, weekdays) of each ended wish when it ended: that of the newest
    allocation that decided it (no centre: it had no place then), else the place imported."""
    ended = DayWishRow.ended_at.is_not(None)
    mine = true() if person_id is None else DayWishRow.person_id == person_id
    places: dict[str, tuple[str | None, str]] = {
        row.wish_id: (row.centre_id, row.weekdays)
        for row in session.scalars(
            select(DayPlaceRow)
            .join(DayWishRow, DayWishRow.wish_id == DayPlaceRow.wish_id)
            .where(ended, mine)
        )
    }
    decisions = (
        select(DayDecisionRow)
        .join(DayWishRow, DayWishRow.wish_id == DayDecisionRow.wish_id)
        .where(ended, mine)
        .order_by(DayDecisionRow.run_id)
    )
    for row in session.scalars(decisions):  # the newest run's decision comes last
        places[row.wish_id] = (row.centre_id, row.weekdays if row.centre_id else "")
    return places
