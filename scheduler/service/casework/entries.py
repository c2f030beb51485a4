"""One person, request or closure as a form or the command line enters it, checked exactly as
a row of an imported table is.

An entry is either typed (``PersonInput``, ``RequestInput``, ``ClosureInput``: what a form's
widgets give) or the table's cells as text (what the command line's flags give). Either way it
becomes a one-row table that the import's row reader reads, so every bound, date, number and
CPR check of the import applies. The faults come back located by field (``Fault.column`` is
the field's name, which is the column's name in ``docs/scenario-format.md``; there is no row),
so a form can show each at its field.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import date
from enum import Enum
from typing import TypeVar

from scheduler.domain.faults import Fault, ScenarioError
from scheduler.domain.model import RequestKind
from scheduler.io.fault_text import fault_message
from scheduler.io.scenario_cells import Cells
from scheduler.io.scenario_rows import read_rows
from scheduler.io.scenario_schema import CLOSURES, PERSONS, REQUESTS, TableSpec
from scheduler.io.scenario_tables import Row, Table

T = TypeVar("T")

ENTRY_ROW = 2
"""The row number the one-row table gives its row (the header is row 1); dropped again."""


def _text(value: object) -> str:
    """A typed value as the cell text the row readers read."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, frozenset | set | tuple | list):
        return ";".join(sorted(str(v) for v in value))
    return str(value).strip()


@dataclass(frozen=True)
class PersonInput:
    """A person as ``persons.csv`` describes one (defaults as an empty cell gives)."""

    person_id: str
    name: str = ""
    needs: frozenset[str] = field(default_factory=frozenset)
    annual_nights: int | None = None
    used_nights: int = 0
    used_stays: int = 0
    grant_start: date | None = None
    self_appointed_helper: bool = False
    consent: bool = True
    carer_name: str = ""
    payment_exempt: bool = False


@dataclass(frozen=True)
class RequestInput:
    """A wish as ``requests.csv`` describes one; ``end`` may be left out for an acute one."""

    request_id: str
    person_id: str
    received: date
    start: date
    end: date | None = None
    flex_days: int = 0
    kind: RequestKind = RequestKind.PLANNED
    priority: int = 0
    preferred_centre: str | None = None


@dataclass(frozen=True)
class ClosureInput:
    """Beds closed at a centre on the nights ``start`` … ``end − 1``."""

    centre_id: str
    start: date
    end: date
    beds_closed: int


Entry = PersonInput | RequestInput | ClosureInput | Mapping[str, str]


def entry_cells(entry: Entry) -> dict[str, str]:
    """The cells of a typed entry, or a copy of the given cells (stripped)."""
    if isinstance(entry, PersonInput | RequestInput | ClosureInput):
        return {f.name: _text(getattr(entry, f.name)) for f in fields(entry)}
    return {str(key): str(value).strip() for key, value in entry.items()}


def read_entry(
    spec: TableSpec, entry: Entry, build: Callable[[Cells], T | None]
) -> tuple[T | None, list[Fault]]:
    """Read the entry as the one row of ``spec``'s table with the import's reader ``build``.

    Returns the object (``None`` when a cell is at fault) and the faults, each located by
    field only (the file is the table's name, e.g. ``persons``). A field the table does not
    have is a fault (``column.unknown``) on that field.
    """
    cells = entry_cells(entry)
    faults = [
        Fault(spec.name, "column.unknown", column=name)
        for name in cells
        if name not in spec.columns
    ]
    row = Row(ENTRY_ROW, {name: cells.get(name, "") for name in spec.columns})
    table = Table(spec.name, spec.columns, (row,))
    read: list[Fault] = []
    built = read_rows(table, build, read)
    faults += [replace(fault, row=None) for fault in read]
    item = built[0][1] if built and not faults else None
    return item, faults


def sound_cell(faults: list[Fault], column: str, value: str) -> bool:
    """Whether the cell is filled and has no fault of its own, so it may be looked up (an id
    already taken, a reference to an unknown id)."""
    return bool(value) and not any(f.column == column for f in faults)


def field_fault(spec: TableSpec, column: str, code: str, value: str, **params: object) -> Fault:
    """A fault on one field of an entry (e.g. an id already taken, an unknown reference)."""
    return Fault(spec.name, code, None, column, value, params)


def refuse(faults: list[Fault]) -> None:
    """Raise the faults, if any, as one ``ScenarioError``; nothing is stored then."""
    if faults:
        raise ScenarioError(faults)


def field_messages(error: ScenarioError, lang: str | None = None) -> dict[str, list[str]]:
    """The faults of a refused entry as messages per field, for a form to show at each field
    (a fault without a field is listed under ``""``)."""
    found: dict[str, list[str]] = {}
    for fault in error.faults:
        found.setdefault(fault.column or "", []).append(fault_message(fault, lang))
    return found


def flag_of(column: str) -> str:
    """The field's name as the command line's flag (``annual_nights`` → ``--annual-nights``)."""
    return "--" + column.replace("_", "-")


__all__ = [
    "CLOSURES",
    "PERSONS",
    "REQUESTS",
    "ClosureInput",
    "Entry",
    "PersonInput",
    "RequestInput",
    "entry_cells",
    "field_fault",
    "field_messages",
    "flag_of",
    "read_entry",
    "refuse",
    "sound_cell",
]
