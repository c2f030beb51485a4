"""Ending a family's day-centre place or wish (the family stops coming, or no longer wants a
place): the wish leaves the allocation, and the places are allocated again at once, so the
seats it frees go to the first families in the queue that can use them (docs/rules.md, "Day
centres in the store and the app").

The ending is dated by the place's last day, the last day the family came: today, or an
earlier day the worker records it for, never a later one. One transaction stores the ending and
records the family's letter (``day_ended``: which place, centre and weekdays, and its last day,
or the wish that ends); an ending refused leaves neither. The new allocation then records the
letters of the decisions it makes new or changes (``scheduler.service.service_letter_records``).

**The seats are freed at once**, so an ending is recorded on its last day or after, never
ahead: a day plan's place is a weekly pattern from its first day on, with no end, and seats are
counted per centre and weekday, not per date, so the allocation cannot keep a seat for some
weeks and give it away after. An ending dated later would let the family offered the seat begin
before the ended place's last day, on a seat still taken.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from scheduler.domain.daycare import DayDecision, DayPlace, DayWish
from scheduler.domain.errors import UserError
from scheduler.io.letter_services import ServiceLetter
from scheduler.service.service_letter_records import (
    day_centre_name,
    lettered_decisions,
    record_day_ended_letter,
)
from scheduler.service.services_view import (
    AllocationReport,
    ServicesView,
    allocate_day_places,
    services_view,
)
from scheduler.store import mapping, services_repo
from scheduler.store.models import PersonRow

ENDED_AT_HOUR = time(12)
"""The time of day (UTC) an ending dated another day than today is stored at: noon UTC is the
same day in Denmark, so the screens show the last day as the day the place ended."""


@dataclass(frozen=True)
class DayEndOutcome:
    """What ending a wish did.

    ``wish_id`` and ``person_id``: the wish ended and its person, whose family got the ending
    letter; ``last_day`` the place's last day; ``freed`` the place it held (``None``: it had
    none); ``offered`` the places the new allocation gave to wishes that had none before (the
    freed seats offered, queue order); ``lettered`` every decision of the new allocation that
    got a letter (the places offered, places moved, waiting or refused wishes decided anew);
    ``report`` the allocation made (``None`` when no wish is left to allocate).
    """

    wish_id: str
    person_id: str
    last_day: date
    freed: DayPlace | None
    offered: tuple[DayPlace, ...]
    lettered: tuple[DayDecision, ...]
    report: AllocationReport | None


def held_decision(view: ServicesView, wish: DayWish) -> DayDecision:
    """The decision ``wish`` has in ``view``: that of the day plan in force, else its imported
    place (its first day the wished one), else none (no place, no reason)."""
    decision = view.plan.by_wish.get(wish.wish_id)
    if decision is not None:
        return decision
    current = next((p for p in view.services.day_places if p.wish_id == wish.wish_id), None)
    if current is None:
        return DayDecision(wish.wish_id, wish.person_id)
    place = DayPlace(wish.wish_id, current.centre_id, current.weekdays, wish.first_day)
    return DayDecision(wish.wish_id, wish.person_id, place)


def earliest_last_day(wish: DayWish, decision: DayDecision, today: date) -> date:
    """The earliest last day an ending of ``wish`` may be dated: the place's first day (the
    day the wish was received when it has no place), or today when that is later (a place
    that has not begun yet can end today)."""
    first = decision.place.start if decision.place is not None else wish.received
    return min(first, today)


def _check_last_day(wish: DayWish, decision: DayDecision, last_day: date, today: date) -> None:
    """Refuse a last day after ``today`` (the seats are freed at once, see the module) or
    before ``earliest_last_day``."""
    if last_day > today:
        raise UserError("svc.end_after_today", wish=wish.wish_id, day=last_day, today=today)
    earliest = earliest_last_day(wish, decision, today)
    if last_day < earliest:
        key = "svc.end_before_start" if decision.place else "svc.end_before_received"
        raise UserError(key, wish=wish.wish_id, day=last_day, first=earliest)


def _ended_at(last_day: date) -> datetime | None:
    """The moment stored as the ending: now when the last day is the date now, else noon UTC
    of the last day."""
    return None if last_day == date.today() else datetime.combine(last_day, ENDED_AT_HOUR)


def end_day_wish(
    engine: Engine,
    wish_id: str,
    actor: str,
    ended_on: date | None = None,
    today: date | None = None,
) -> DayEndOutcome:
    """End the wish ``wish_id`` with ``ended_on`` as the place's last day (default today, never
    later),
    audited and with the family's ``day_ended`` letter (written ``today``) in the same
    transaction, then allocate the places again (the seats are freed at once, see the module).
    ``today`` is the day the ending is judged and written on (default the date now; the app
    passes its own today).

    Raises
    ------
    UserError
        ``svc.unknown_wish``, ``svc.wish_ended``; ``svc.end_after_today`` when ``ended_on``
        is after ``today``; ``svc.end_before_start`` (a place) or
        ``svc.end_before_received`` (a wish without one) when ``ended_on`` is before
        ``earliest_last_day``; ``store.empty``. Nothing is stored or recorded then.
    """
    today = date.today() if today is None else today
    last_day = today if ended_on is None else ended_on
    view = services_view(engine)
    before = view.plan
    with Session(engine) as session, session.begin():
        wish = services_repo.end_wish(session, wish_id, actor, _ended_at(last_day))
        decision = held_decision(view, wish)
        _check_last_day(wish, decision, last_day, today)
        row = session.get(PersonRow, wish.person_id)
        assert row is not None, "a wish's person is stored with it"
        letter = ServiceLetter(view.scenario.rules, mapping.person_from_row(row), today)
        centre = day_centre_name(view.scenario, wish, decision)
        record_day_ended_letter(session, letter, (wish, decision), centre, last_day, actor)
    try:
        report: AllocationReport | None = allocate_day_places(engine, actor)
    except UserError as error:
        if error.key != "svc.no_day_wishes":
            raise
        report = None
    had = {place.wish_id for place in before.places}
    after = services_view(engine)
    offered = tuple(p for p in after.plan.places if p.wish_id not in had)
    lettered: tuple[DayDecision, ...] = ()
    if report is not None:
        lettered = tuple(lettered_decisions(after.services.wish_by_id, (before, after.plan)))
    return DayEndOutcome(
        wish_id, wish.person_id, last_day, decision.place, offered, lettered, report
    )
