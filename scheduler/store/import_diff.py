"""What an import would change in the store, field by field, found by reading only.

The comparison is the one ``scenario_repo.save_scenario`` makes when it writes (rows by id, the
import's values as ``mapping`` gives them, the closures of every centre in the import replaced
by the import's), so that an upload can be shown before anything is written: what is new, and
each changed field with its old and new value.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from scheduler.domain.model import Closure, Scenario
from scheduler.store import casework_repo, mapping
from scheduler.store.models import ClosureRow, RequestRow, Settings
from scheduler.store.scenario_repo import SETTINGS_ID, TABLES, keeping_anonymised

SETTINGS = "settings"
"""The entity (and key) of the rules and horizon: one row, no id of its own."""


@dataclass(frozen=True)
class FieldChange:
    """One field an import changes: its name and the value stored now and after the import
    (as stored: needs and tags ``;``-joined, a rule under ``rules.<key>``)."""

    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class RowChange:
    """A stored row an import changes: its entity (``settings``, ``centre``, ``person``,
    ``request``), its id, and the fields that change."""

    entity: str
    key: str
    fields: tuple[FieldChange, ...]


@dataclass(frozen=True)
class ClosureChange:
    """A centre whose closures an import replaces: those stored now and those after it."""

    centre_id: str
    old: tuple[Closure, ...]
    new: tuple[Closure, ...]


@dataclass(frozen=True)
class PendingChanges:
    """What an import would write: per entity the ids it adds (in the import's order), the
    rows it changes, and the centres whose closures change."""

    added: dict[str, tuple[str, ...]]
    changed: tuple[RowChange, ...]
    closures: tuple[ClosureChange, ...]


def pending_changes(session: Session, scenario: Scenario) -> PendingChanges:
    """What importing ``scenario`` would add and change, without writing anything."""
    scenario = keeping_anonymised(session, scenario)
    added: dict[str, tuple[str, ...]] = {}
    changed = list(_settings_changes(session, scenario))
    for entity, model, key, values in TABLES:
        table = model.__table__
        stored = {
            row._mapping[key]: row._mapping for row in session.execute(select(*table.columns))
        }
        fresh = []
        for row in values(scenario):
            old = stored.get(row[key])
            if old is None:
                fresh.append(row[key])
                continue
            fields = tuple(
                FieldChange(name, old[name], value)
                for name, value in row.items()
                if old[name] != value
            )
            if fields:
                changed.append(RowChange(entity, row[key], fields))
        added[entity] = tuple(fresh)
    return PendingChanges(added, tuple(changed), _closure_changes(session, scenario))


def _settings_changes(session: Session, scenario: Scenario) -> list[RowChange]:
    row = session.get(Settings, SETTINGS_ID)
    if row is None:
        return []
    old_rules, new_rules = row.rules, mapping.rules_to_json(scenario.rules)
    pairs = [
        ("profile_name", row.profile_name, scenario.rules.name),
        ("horizon_start", row.horizon_start, scenario.horizon_start),
        ("horizon_end", row.horizon_end, scenario.horizon_end),
        *(
            (f"rules.{key}", old_rules.get(key), new_rules.get(key))
            for key in sorted(set(old_rules) | set(new_rules))
        ),
    ]
    fields = tuple(FieldChange(name, old, new) for name, old, new in pairs if old != new)
    return [RowChange(SETTINGS, SETTINGS, fields)] if fields else []


def _closure_changes(session: Session, scenario: Scenario) -> tuple[ClosureChange, ...]:
    stored: dict[str, list[Closure]] = {}
    for row in session.scalars(select(ClosureRow).order_by(ClosureRow.id)):
        stored.setdefault(row.centre_id, []).append(mapping.closure_from_row(row))
    found = []
    for centre in scenario.centres:
        old = tuple(stored.get(centre.centre_id, ()))
        new = tuple(c for c in scenario.closures if c.centre_id == centre.centre_id)
        if sorted(map(_closure_key, old)) != sorted(map(_closure_key, new)):
            found.append(ClosureChange(centre.centre_id, old, new))
    return tuple(found)


def _closure_key(closure: Closure) -> tuple[Any, ...]:
    return closure.centre_id, closure.start, closure.end, closure.beds_closed


def hidden_requests(session: Session) -> set[str]:
    """The stored requests that planning leaves out (cancelled, or recorded as no-shows): an
    import may update them, but they stay out (``scenario_repo.load_scenario``)."""
    query = select(RequestRow.request_id).where(
        or_(
            RequestRow.cancelled_at.is_not(None),
            RequestRow.request_id.in_(casework_repo.no_shows()),
        )
    )
    return set(session.scalars(query))
