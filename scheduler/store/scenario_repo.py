"""Storing a scenario's data (settings, centres, closures, persons, requests) and reading it back.

Rows are inserted or updated by id; nothing is deleted, except that the closures of every
centre in an import are replaced by the import's (a closure has no id of its own).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import ColumnElement, delete, insert, select, update
from sqlalchemy.orm import Session

from scheduler.domain.model import Person, Scenario
from scheduler.store import casework_repo, mapping
from scheduler.store.audit import record
from scheduler.store.counting import changed_rows
from scheduler.store.errors import StoreError
from scheduler.store.models import Base, CentreRow, ClosureRow, PersonRow, RequestRow, Settings

SETTINGS_ID = 1


@dataclass(frozen=True)
class Changes:
    """What an import did to one table."""

    inserted: int = 0
    updated: int = 0
    unchanged: int = 0


def save_settings(session: Session, scenario: Scenario) -> Changes:
    """Store the rules and horizon."""
    values = {
        "profile_name": scenario.rules.name,
        "rules": mapping.rules_to_json(scenario.rules),
        "horizon_start": scenario.horizon_start,
        "horizon_end": scenario.horizon_end,
    }
    row = session.get(Settings, SETTINGS_ID)
    if row is None:
        session.add(Settings(id=SETTINGS_ID, **values))
        return Changes(inserted=1)
    if all(getattr(row, key) == value for key, value in values.items()):
        return Changes(unchanged=1)
    for key, value in values.items():
        setattr(row, key, value)
    return Changes(updated=1)


def upsert(
    session: Session,
    model: type[Base],
    key: str,
    items: Sequence[dict[str, Any]],
) -> tuple[Changes, list[str]]:
    """Insert new rows and update changed ones by ``key``; new rows go after the stored ones.

    Returns the counts and the ids inserted or updated.
    """
    table = model.__table__
    stored = {
        row._mapping[key]: dict(row._mapping) for row in session.execute(select(*table.columns))
    }
    next_seq = max((row["seq"] for row in stored.values()), default=0) + 1
    fresh: list[dict[str, Any]] = []
    changed: list[dict[str, Any]] = []
    for values in items:
        old = stored.get(values[key])
        if old is None:
            fresh.append({**values, "seq": next_seq + len(fresh)})
        elif any(old[column] != value for column, value in values.items()):
            changed.append(values)
    if fresh:
        session.execute(insert(model), fresh)
    if changed:
        session.execute(update(model), changed)
    counts = Changes(len(fresh), len(changed), len(items) - len(fresh) - len(changed))
    return counts, [v[key] for v in fresh + changed]


def replace_closures(session: Session, scenario: Scenario) -> Changes:
    """Replace the closures of the imported centres by the import's, unless they are the same.

    The counts say how many were written (``inserted``) and removed (``updated``).
    """
    centre_ids = [c.centre_id for c in scenario.centres]
    of_centres = ClosureRow.centre_id.in_(centre_ids)
    stored = sorted(
        (row.centre_id, row.start, row.end, row.beds_closed)
        for row in session.scalars(select(ClosureRow).where(of_centres))
    )
    wanted = sorted((c.centre_id, c.start, c.end, c.beds_closed) for c in scenario.closures)
    if stored == wanted:
        return Changes(unchanged=len(wanted))
    removed = changed_rows(session, delete(ClosureRow).where(of_centres))
    if scenario.closures:
        session.execute(insert(ClosureRow), [mapping.closure_values(c) for c in scenario.closures])
    return Changes(inserted=len(scenario.closures), updated=removed)


TABLES: tuple[tuple[str, type[Base], str, Callable[[Scenario], list[dict[str, Any]]]], ...] = (
    ("centre", CentreRow, "centre_id", lambda s: [mapping.centre_values(c) for c in s.centres]),
    ("person", PersonRow, "person_id", lambda s: [mapping.person_values(p) for p in s.persons]),
    (
        "request",
        RequestRow,
        "request_id",
        lambda s: [mapping.request_values(r) for r in s.requests],
    ),
)


def keeping_anonymised(session: Session, scenario: Scenario) -> Scenario:
    """The scenario with each anonymised person's name and carer as stored: an import (of a
    workbook made before, say) never brings back what anonymising replaced."""
    stored = {
        row.person_id: row
        for row in session.scalars(select(PersonRow).where(PersonRow.anonymised_at.is_not(None)))
    }
    if not stored:
        return scenario
    persons = tuple(
        replace(p, name=stored[p.person_id].name, carer_name=stored[p.person_id].carer_name)
        if p.person_id in stored
        else p
        for p in scenario.persons
    )
    return replace(scenario, persons=persons)


def save_scenario(session: Session, scenario: Scenario, actor: str) -> dict[str, Changes]:
    """Store the scenario's data in the session's transaction and log what changed. Anonymised
    persons keep their replaced names (``keeping_anonymised``).

    Returns the changes per entity (``settings``, ``centre``, ``closure``, ``person``,
    ``request``).
    """
    scenario = keeping_anonymised(session, scenario)
    changes = {"settings": save_settings(session, scenario)}
    if not changes["settings"].unchanged:
        record(session, actor, "import", "settings", [str(SETTINGS_ID)])
    for entity, model, key, values in TABLES:
        counts, ids = upsert(session, model, key, values(scenario))
        changes[entity] = counts
        if ids:
            record(session, actor, "import", entity, ids)
        if entity == "centre":
            changes["closure"] = replace_closures(session, scenario)
            if changes["closure"].inserted or changes["closure"].updated:
                record(session, actor, "import", "closure", [c.centre_id for c in scenario.centres])
    return changes


def update_person(
    session: Session, person_id: str, values: Mapping[str, Any], actor: str
) -> Person | None:
    """Set columns of the stored person ``person_id`` in the session's transaction (the row
    locked where the engine can) and log the edit when anything changed.

    Returns the person as stored now, or ``None`` when there is no such person.
    """
    row = session.get(PersonRow, person_id, with_for_update=True)
    if row is None:
        return None
    changed = {key: value for key, value in values.items() if getattr(row, key) != value}
    for key, value in changed.items():
        setattr(row, key, value)
    if changed:
        session.flush()
        record(session, actor, "edit", "person", [person_id])
    return mapping.person_from_row(row)


def load_scenario(
    session: Session,
    requests: ColumnElement[bool] | None = None,
    persons: ColumnElement[bool] | None = None,
) -> Scenario:
    """The stored data as a scenario without bookings, in the order it was first imported.

    Cancelled requests and those recorded as no-shows are left out: they are no longer
    planned. ``requests`` and ``persons`` narrow the requests and persons further (conditions on
    ``RequestRow`` and ``PersonRow``). The scenario carries the store's waivers: recorded
    exceptions and stays that happened (``casework_repo.waivers``).

    Raises
    ------
    StoreError
        ``store.empty`` when nothing has been imported yet.
    """
    settings = session.get(Settings, SETTINGS_ID)
    if settings is None:
        raise StoreError("store.empty")
    return Scenario(
        rules=mapping.rules_from_json(settings.rules),
        horizon_start=settings.horizon_start,
        horizon_end=settings.horizon_end,
        centres=tuple(
            mapping.centre_from_row(r) for r in session.scalars(select(CentreRow).order_by("seq"))
        ),
        closures=tuple(
            mapping.closure_from_row(r) for r in session.scalars(select(ClosureRow).order_by("id"))
        ),
        persons=tuple(
            mapping.person_from_row(r)
            for r in session.scalars(
                select(PersonRow).where(*([] if persons is None else [persons])).order_by("seq")
            )
        ),
        requests=tuple(
            mapping.request_from_row(r)
            for r in session.scalars(
                select(RequestRow)
                .where(
                    RequestRow.cancelled_at.is_(None),
                    RequestRow.request_id.not_in(casework_repo.no_shows()),
                    *([] if requests is None else [requests]),
                )
                .order_by("seq")
            )
        ),
        waivers=casework_repo.waivers(session),
    )
