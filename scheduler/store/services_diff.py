"""What an import's day-centre and relief tables would change in the store, field by field,
found by reading only: the comparison ``services_repo.save_services`` makes when it writes (rows
by id; the seats and closed days of every day centre the import names replaced by the
import's), so that an upload's preview can show them as it shows requests."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from scheduler.domain.daycare import DayClosure, DaySeats
from scheduler.domain.services import Services
from scheduler.store.import_diff import FieldChange, RowChange
from scheduler.store.models import Base, DayClosedRow, DaySeatsRow, DayWishRow, ServiceSettingsRow
from scheduler.store.services_repo import ID_TABLES, SERVICE_SETTINGS_ID, rules_to_json

SERVICE_RULES = "service_rules"
"""The entity (and key) of the day-centre and relief rules: one row, no id of its own."""


@dataclass(frozen=True)
class SeatsChange:
    """A day centre whose seats and closed days an import replaces: those stored now and
    those after it (each sorted)."""

    centre_id: str
    old_seats: tuple[DaySeats, ...]
    new_seats: tuple[DaySeats, ...]
    old_closed: tuple[DayClosure, ...]
    new_closed: tuple[DayClosure, ...]


@dataclass(frozen=True)
class PendingServiceChanges:
    """What an import's service tables would write: per entity (``day_wish``, ``day_place``,
    ``relief_team``, ``relief_grant``, ``relief_visit``) the ids it adds in the import's
    order, the rows it changes (the service rules too), the day centres whose seats or closed
    days change, and the wishes it names that were ended (an import does not reopen them)."""

    added: dict[str, tuple[str, ...]]
    changed: tuple[RowChange, ...]
    seats: tuple[SeatsChange, ...]
    ended: tuple[str, ...]

    @property
    def empty(self) -> bool:
        """Whether importing the tables would write nothing."""
        return not (any(self.added.values()) or self.changed or self.seats)


def pending_service_changes(session: Session, services: Services) -> PendingServiceChanges:
    """What importing ``services`` would add and change, without writing anything."""
    added: dict[str, tuple[str, ...]] = {}
    changed = _rules_changes(session, services)
    for entity, model, key, values in ID_TABLES:
        items = values(services)
        if items:
            added[entity], rows = _row_changes(session, entity, model, key, items)
            changed += rows
    return PendingServiceChanges(
        added, tuple(changed), _seats_changes(session, services), _ended(session, services)
    )


def _row_changes(
    session: Session, entity: str, model: type[Base], key: str, items: list[dict[str, Any]]
) -> tuple[tuple[str, ...], list[RowChange]]:
    """The ids of ``items`` not stored (in their order) and the changes of those stored, as
    ``scenario_repo.upsert`` would write them."""
    table = model.__table__
    stored = {row._mapping[key]: row._mapping for row in session.execute(select(*table.columns))}
    fresh, changed = [], []
    for row in items:
        old = stored.get(row[key])
        if old is None:
            fresh.append(row[key])
            continue
        fields = tuple(
            FieldChange(name, old[name], value) for name, value in row.items() if old[name] != value
        )
        if fields:
            changed.append(RowChange(entity, row[key], fields))
    return tuple(fresh), changed


def _rules_changes(session: Session, services: Services) -> list[RowChange]:
    row = session.get(ServiceSettingsRow, SERVICE_SETTINGS_ID)
    if row is None:
        return []
    old, new = row.rules, rules_to_json(services.rules)
    fields = tuple(
        FieldChange(f"rules.{key}", old.get(key), new.get(key))
        for key in sorted(set(old) | set(new))
        if old.get(key) != new.get(key)
    )
    return [RowChange(SERVICE_RULES, SERVICE_RULES, fields)] if fields else []


def _seats_changes(session: Session, services: Services) -> tuple[SeatsChange, ...]:
    """Per day centre the import names (in its seats or closed days), the seats and closed
    days before and after, when they differ."""
    centres = sorted(
        {s.centre_id for s in services.day_seats} | {c.centre_id for c in services.day_closures}
    )
    if not centres:
        return ()
    seats = session.scalars(select(DaySeatsRow).where(DaySeatsRow.centre_id.in_(centres)))
    closed = session.scalars(select(DayClosedRow).where(DayClosedRow.centre_id.in_(centres)))
    stored_seats = [DaySeats(r.centre_id, r.weekday, r.seats) for r in seats]
    stored_closed = [DayClosure(r.centre_id, r.start, r.end) for r in closed]
    found = []
    for centre in centres:
        change = SeatsChange(
            centre,
            _sorted_seats(s for s in stored_seats if s.centre_id == centre),
            _sorted_seats(s for s in services.day_seats if s.centre_id == centre),
            _sorted_closed(c for c in stored_closed if c.centre_id == centre),
            _sorted_closed(c for c in services.day_closures if c.centre_id == centre),
        )
        if (change.old_seats, change.old_closed) != (change.new_seats, change.new_closed):
            found.append(change)
    return tuple(found)


def _sorted_seats(seats: Iterable[DaySeats]) -> tuple[DaySeats, ...]:
    return tuple(sorted(seats, key=lambda s: s.weekday))


def _sorted_closed(closed: Iterable[DayClosure]) -> tuple[DayClosure, ...]:
    return tuple(sorted(closed, key=lambda c: (c.start, c.end)))


def _ended(session: Session, services: Services) -> tuple[str, ...]:
    """The wishes of ``services`` (or of its current places) the store holds as ended."""
    named = {w.wish_id for w in services.day_wishes} | {p.wish_id for p in services.day_places}
    if not named:
        return ()
    ended = session.scalars(select(DayWishRow.wish_id).where(DayWishRow.ended_at.is_not(None)))
    return tuple(sorted(named.intersection(ended)))
