"""A person's own access request: everything the database holds about them, as plain JSON.

What is about the person is found by the schema, not by a list kept by hand, so a table added
later is included without a change here: the person's row, then every row that refers to a row
already found (their requests; the bookings and rejections of those in every plan version, the
stay records, exceptions, letters, and any later table that refers to a person or a request),
repeated until nothing new is found. The plan versions those rows belong to are named by
number, and the audit entries whose ids include the person, their requests or their letters
are added, with those ids only. Nothing of any other person is included: a row is only reached
through this person's.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Table, select
from sqlalchemy.orm import Session

from scheduler.domain.errors import UserError
from scheduler.io.atomic import write_text_atomically
from scheduler.store.audit import utc_now
from scheduler.store.models import AuditRow, Base, LetterRow, PersonRow, PlanVersionRow

FORMAT = "respite-person-export"
FORMAT_VERSION = 1
Rows = dict[str, list[dict[str, Any]]]


def _plain(value: object) -> object:
    """A stored value as JSON: dates and times as ISO text, the rest as it is."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _row(mapping: Mapping[Any, Any]) -> dict[str, Any]:
    return {str(name): _plain(value) for name, value in mapping.items()}


def _referring(table: Table, found: Rows) -> Iterable[tuple[str, set[Any]]]:
    """For each foreign key of ``table`` into another table of ``found``: the referring
    column and the values the found rows hold in the referred column."""
    for key in table.foreign_keys:
        parent = key.column.table.name
        if parent in found and parent != table.name:
            values = {row[key.column.name] for row in found[parent]}
            yield key.parent.name, values


def _collect(session: Session, person_id: str) -> Rows:
    """The person's row and every row reached from it by foreign keys, table by table."""
    persons = Base.metadata.tables[PersonRow.__tablename__]
    row = session.execute(select(persons).where(persons.c.person_id == person_id)).first()
    if row is None:
        raise UserError("privacy.unknown_person", person=person_id)
    found: Rows = {persons.name: [_row(row._mapping)]}
    seen: dict[str, set[tuple[Any, ...]]] = {persons.name: {(person_id,)}}
    grew = True
    while grew:
        grew = False
        for table in Base.metadata.sorted_tables:
            keys = [column.name for column in table.primary_key.columns]
            for column, values in list(_referring(table, found)):
                if not values:
                    continue
                query = select(table).where(table.c[column].in_(sorted(values, key=str)))
                for hit in session.execute(query):
                    identity = tuple(hit._mapping[k] for k in keys)
                    if identity in seen.setdefault(table.name, set()):
                        continue
                    seen[table.name].add(identity)
                    found.setdefault(table.name, []).append(_row(hit._mapping))
                    grew = True
    return found


def _versions(session: Session, found: Rows) -> list[dict[str, Any]]:
    """The plan versions the found rows belong to: id, number, status and when published."""
    ids = {
        row["plan_version_id"]
        for rows in found.values()
        for row in rows
        if "plan_version_id" in row
    }
    if not ids:
        return []
    query = (
        select(PlanVersionRow)
        .where(PlanVersionRow.id.in_(sorted(ids)))
        .order_by(PlanVersionRow.number)
    )
    return [
        {
            "id": version.id,
            "number": version.number,
            "status": version.status,
            "published_at": _plain(version.published_at),
        }
        for version in session.scalars(query)
    ]


def _audit(session: Session, person_id: str, found: Rows) -> list[dict[str, Any]]:
    """The audit entries naming the person, one of their requests or one of their letters,
    each with only those of its ids (an entry on many requests names other persons' too)."""
    own = {person_id} | {row["request_id"] for row in found.get("requests", [])}
    letters = {str(row["id"]) for row in found.get(LetterRow.__tablename__, [])}
    entries = []
    for entry in session.scalars(select(AuditRow).order_by(AuditRow.id)):
        theirs = own | letters if entry.entity == "letter" else own
        ids = [str(i) for i in entry.ids if str(i) in theirs]
        if ids:
            entries.append(
                {
                    "at": _plain(entry.at),
                    "actor": entry.actor,
                    "action": entry.action,
                    "entity": entry.entity,
                    "ids": ids,
                }
            )
    return entries


def person_export(engine: Engine, person_id: str) -> dict[str, Any]:
    """Everything the database holds about ``person_id``, as plain JSON values.

    The keys: ``format`` and ``version`` (what the file is), ``made_at``, ``person_id``,
    ``tables`` (table name to rows, each row every column of the table), ``plan_versions``
    (those the rows belong to) and ``audit`` (the entries touching the person).

    Raises
    ------
    UserError
        ``privacy.unknown_person``.
    """
    with Session(engine) as session:
        found = _collect(session, person_id)
        return {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "made_at": _plain(utc_now()),
            "person_id": person_id,
            "tables": found,
            "plan_versions": _versions(session, found),
            "audit": _audit(session, person_id, found),
        }


def write_person_export(engine: Engine, person_id: str, out: Path) -> dict[str, Any]:
    """Write ``person_export`` to ``out`` as UTF-8 JSON; the file appears whole or not at all.
    Returns what was written.

    Raises
    ------
    UserError
        ``privacy.unknown_person``; nothing is written then.
    OSError
        As ``scheduler.io.atomic.write_atomically``.
    """
    data = person_export(engine, person_id)
    text = json.dumps(data, ensure_ascii=False, indent=2)
    write_text_atomically(out, text)
    return data
