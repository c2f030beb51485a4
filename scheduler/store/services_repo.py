"""Storing a scenario's day-centre and relief tables (``docs/scenario-format.md``) and reading
them back as ``Services``.

As for the rest of a scenario, rows with an id (wishes, current places, relief teams, grants,
visits) are inserted or updated by id and never deleted; seats and closed days have no id of
their own, so those of every day centre the import names are replaced by the import's (as
closures are). The service rules in use are one row beside the settings.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import fields
from datetime import datetime
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from scheduler.domain.daycare import CurrentPlace, DayClosure, DaySeats, DayWish, weekdays_text
from scheduler.domain.relief import ReliefGrant, ReliefTeam, ReliefVisit
from scheduler.domain.services import ServiceRules, Services
from scheduler.store.audit import record, utc_now
from scheduler.store.counting import changed_rows
from scheduler.store.errors import StoreError
from scheduler.store.models import (
    Base,
    DayClosedRow,
    DayPlaceRow,
    DaySeatsRow,
    DayWishRow,
    ReliefGrantRow,
    ReliefTeamRow,
    ReliefVisitRow,
    ServiceSettingsRow,
)
from scheduler.store.scenario_repo import Changes, upsert

SERVICE_SETTINGS_ID = 1


def parse_weekdays(text: str) -> frozenset[int]:
    """The weekdays of a stored ``1;4``."""
    return frozenset(int(day) for day in text.split(";") if day)


def rules_to_json(rules: ServiceRules) -> dict[str, Any]:
    """The service rules as a JSON object of plain values (absent keys left out)."""
    data: dict[str, Any] = {}
    for key in (f.name for f in fields(ServiceRules)):
        value = getattr(rules, key)
        if value is not None:
            data[key] = list(value) if isinstance(value, tuple) else value
    return data


def rules_from_json(data: dict[str, Any]) -> ServiceRules:
    kinds = data.get("day_centre_kinds")
    return ServiceRules(**{**data, "day_centre_kinds": None if kinds is None else tuple(kinds)})


def _wish_values(wish: DayWish) -> dict[str, Any]:
    return {
        "wish_id": wish.wish_id,
        "person_id": wish.person_id,
        "received": wish.received,
        "first_day": wish.first_day,
        "days_per_week": wish.days_per_week,
        "weekdays": weekdays_text(wish.weekdays),
        "preferred_centre": wish.preferred_centre,
        "priority": wish.priority,
    }


def _place_values(place: CurrentPlace) -> dict[str, Any]:
    return {
        "wish_id": place.wish_id,
        "centre_id": place.centre_id,
        "weekdays": weekdays_text(place.weekdays),
        "pinned": place.pinned,
    }


def _team_values(team: ReliefTeam) -> dict[str, Any]:
    return {"team_id": team.team_id, "minutes_per_week": team.minutes_per_week, "name": team.name}


def _grant_values(grant: ReliefGrant) -> dict[str, Any]:
    return {
        "grant_id": grant.grant_id,
        "person_id": grant.person_id,
        "minutes": grant.minutes,
        "period_days": grant.period_days,
        "start": grant.start,
        "end": grant.end,
        "team_id": grant.team_id,
    }


def _visit_values(visit: ReliefVisit) -> dict[str, Any]:
    return {
        "visit_id": visit.visit_id,
        "grant_id": visit.grant_id,
        "day": visit.day,
        "start": visit.start,
        "end": visit.end,
    }


ID_TABLES: tuple[tuple[str, type[Base], str, Callable[[Services], list[dict[str, Any]]]], ...] = (
    ("day_wish", DayWishRow, "wish_id", lambda s: [_wish_values(w) for w in s.day_wishes]),
    ("day_place", DayPlaceRow, "wish_id", lambda s: [_place_values(p) for p in s.day_places]),
    ("relief_team", ReliefTeamRow, "team_id", lambda s: [_team_values(t) for t in s.relief_teams]),
    (
        "relief_grant",
        ReliefGrantRow,
        "grant_id",
        lambda s: [_grant_values(g) for g in s.relief_grants],
    ),
    (
        "relief_visit",
        ReliefVisitRow,
        "visit_id",
        lambda s: [_visit_values(v) for v in s.relief_visits],
    ),
)
"""The tables stored by id, in an order that keeps their foreign keys."""


def save_services(session: Session, services: Services, actor: str) -> dict[str, Changes]:
    """Store the service rules and tables in the session's transaction and log what changed.

    Returns the changes per entity (``service_rules``, ``day_seats``, then those of
    ``ID_TABLES``); an entity the import neither brings nor has stored is left out.
    """
    changes = {"service_rules": _save_rules(session, services.rules)}
    if not changes["service_rules"].unchanged:
        record(session, actor, "import", "service_rules", [str(SERVICE_SETTINGS_ID)])
    centres = sorted(
        {s.centre_id for s in services.day_seats} | {c.centre_id for c in services.day_closures}
    )
    if centres:
        changes["day_seats"] = _replace_seats(session, services, centres)
        if changes["day_seats"].inserted or changes["day_seats"].updated:
            record(session, actor, "import", "day_seats", centres)
    for entity, model, key, values in ID_TABLES:
        items = values(services)
        if not items:
            continue
        counts, ids = upsert(session, model, key, items)
        changes[entity] = counts
        if ids:
            record(session, actor, "import", entity, ids)
    return changes


def _save_rules(session: Session, rules: ServiceRules) -> Changes:
    values = rules_to_json(rules)
    row = session.get(ServiceSettingsRow, SERVICE_SETTINGS_ID)
    if row is None:
        session.add(ServiceSettingsRow(id=SERVICE_SETTINGS_ID, rules=values))
        return Changes(inserted=1)
    if row.rules == values:
        return Changes(unchanged=1)
    row.rules = values
    return Changes(updated=1)


def _replace_seats(session: Session, services: Services, centres: Iterable[str]) -> Changes:
    """Replace the seats and closed days of ``centres`` by the import's, unless they are the
    same; the counts say how many rows were written (``inserted``) and removed (``updated``)."""
    ids = list(centres)
    seat_rows = session.scalars(select(DaySeatsRow).where(DaySeatsRow.centre_id.in_(ids)))
    closed_rows = session.scalars(select(DayClosedRow).where(DayClosedRow.centre_id.in_(ids)))
    stored = (
        sorted((r.centre_id, r.weekday, r.seats) for r in seat_rows),
        sorted((r.centre_id, r.start, r.end) for r in closed_rows),
    )
    wanted = (
        sorted((s.centre_id, s.weekday, s.seats) for s in services.day_seats),
        sorted((c.centre_id, c.start, c.end) for c in services.day_closures),
    )
    written = len(wanted[0]) + len(wanted[1])
    if stored == wanted:
        return Changes(unchanged=written)
    removed = changed_rows(
        session, delete(DaySeatsRow).where(DaySeatsRow.centre_id.in_(ids))
    ) + changed_rows(session, delete(DayClosedRow).where(DayClosedRow.centre_id.in_(ids)))
    seats = [{"centre_id": c, "weekday": d, "seats": n} for c, d, n in wanted[0]]
    closed = [{"centre_id": c, "start": s, "end": e} for c, s, e in wanted[1]]
    if seats:
        session.execute(insert(DaySeatsRow), seats)
    if closed:
        session.execute(insert(DayClosedRow), closed)
    return Changes(inserted=written, updated=removed)


def end_wish(
    session: Session, wish_id: str, actor: str, ended_at: datetime | None = None
) -> DayWish:
    """Mark the day-centre wish (and any place it has) ended at ``ended_at`` (UTC; ``None``:
    now): from then on it is no longer allocated, whatever the moment stored (``load_services``
    leaves every ended wish out). Returns the wish as it was stored.

    Raises
    ------
    StoreError
        ``svc.unknown_wish`` or ``svc.wish_ended``.
    """
    row = session.get(DayWishRow, wish_id, with_for_update=True)
    if row is None:
        raise StoreError("svc.unknown_wish", wish=wish_id)
    if row.ended_at is not None:
        raise StoreError("svc.wish_ended", wish=wish_id)
    row.ended_at = utc_now() if ended_at is None else ended_at
    record(session, actor, "end", "day_wish", [wish_id])
    return wish_from_row(row)


def wish_from_row(row: DayWishRow) -> DayWish:
    """The day-centre wish a stored row holds (ended or not)."""
    return DayWish(
        row.wish_id,
        row.person_id,
        row.received,
        row.first_day,
        row.days_per_week,
        parse_weekdays(row.weekdays),
        row.preferred_centre,
        row.priority,
    )


def load_services(session: Session) -> Services:
    """The stored service rules and tables, in the order they were first imported; empty
    ``Services`` when none were ever imported. Ended wishes and their places are left out."""
    settings = session.get(ServiceSettingsRow, SERVICE_SETTINGS_ID)
    rules = ServiceRules() if settings is None else rules_from_json(settings.rules)
    return Services(
        rules=rules,
        day_seats=tuple(
            DaySeats(r.centre_id, r.weekday, r.seats)
            for r in session.scalars(
                select(DaySeatsRow).order_by(DaySeatsRow.centre_id, DaySeatsRow.weekday)
            )
        ),
        day_closures=tuple(
            DayClosure(r.centre_id, r.start, r.end)
            for r in session.scalars(select(DayClosedRow).order_by(DayClosedRow.id))
        ),
        day_wishes=tuple(
            wish_from_row(r)
            for r in session.scalars(
                select(DayWishRow).where(DayWishRow.ended_at.is_(None)).order_by(DayWishRow.seq)
            )
        ),
        day_places=tuple(
            CurrentPlace(r.wish_id, r.centre_id, parse_weekdays(r.weekdays), r.pinned)
            for r in session.scalars(
                select(DayPlaceRow)
                .join(DayWishRow, DayWishRow.wish_id == DayPlaceRow.wish_id)
                .where(DayWishRow.ended_at.is_(None))
                .order_by(DayPlaceRow.seq)
            )
        ),
        relief_grants=tuple(
            ReliefGrant(
                r.grant_id, r.person_id, r.minutes, r.period_days, r.start, r.end, r.team_id
            )
            for r in session.scalars(select(ReliefGrantRow).order_by(ReliefGrantRow.seq))
        ),
        relief_visits=tuple(
            ReliefVisit(r.visit_id, r.grant_id, r.day, r.start, r.end)
            for r in session.scalars(select(ReliefVisitRow).order_by(ReliefVisitRow.seq))
        ),
        relief_teams=tuple(
            ReliefTeam(r.team_id, r.minutes_per_week, r.name)
            for r in session.scalars(select(ReliefTeamRow).order_by(ReliefTeamRow.seq))
        ),
    )
