"""Editing one stored request: its cells are checked as a row of an imported ``requests.csv``
is, and against the stays already promised; it is stored only when every check passes, and
audited as an edit (so that an upload that would overwrite it can say so). Also the case
worker's handover note to the centre, which is no column of the scenario files."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import replace

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from scheduler.domain.errors import UserError
from scheduler.domain.faults import Fault, ScenarioError
from scheduler.domain.model import Request
from scheduler.io.scenario_checks import reference_faults
from scheduler.io.scenario_pinned import pinned_faults
from scheduler.io.scenario_rows import read_rows, request_reader
from scheduler.io.scenario_schema import REQUESTS
from scheduler.io.scenario_tables import Row, Table
from scheduler.service.versions import load_scenario
from scheduler.store import mapping, plan_repo
from scheduler.store.audit import record
from scheduler.store.models import HANDOVER_NOTE_LENGTH, PersonRow, RequestRow
from scheduler.store.scenario_repo import upsert

REQUESTS_FILE = "requests.csv"
BOOKINGS_FILE = "bookings.csv"


def _ids(file: str, column: str, ids: Iterable[str]) -> Table:
    """A one-column table of the stored ids, for the reference checks."""
    return Table(file, (column,), tuple(Row(n, {column: i}) for n, i in enumerate(ids, start=2)))


def edit_request(engine: Engine, cells: Mapping[str, str], actor: str) -> Request:
    """Replace the stored request ``cells["request_id"]`` by the one ``cells`` describe.

    ``cells`` holds the ``requests.csv`` columns as text. The row is read exactly as an
    import reads it (its row number is the request's row in the stored order), its person and
    preferred centre must exist, and the published stays must still keep every rule with it.

    Raises
    ------
    ScenarioError
        With every fault found; nothing is stored then.
    StoreError
        ``store.empty`` when nothing has been imported.
    """
    stored = load_scenario(engine)
    request_id = cells.get("request_id", "")
    numbers = {r.request_id: n for n, r in enumerate(stored.requests, start=2)}
    if request_id not in numbers:
        fault = Fault(
            REQUESTS_FILE, "ref.unknown", None, "request_id", request_id, {"target": REQUESTS_FILE}
        )
        raise ScenarioError([fault])
    table = Table(REQUESTS_FILE, REQUESTS.columns, (Row(numbers[request_id], dict(cells)),))
    faults: list[Fault] = []
    built = read_rows(table, request_reader(stored.rules.acute_nights), faults)
    persons = _ids("persons.csv", "person_id", stored.person_by_id)
    centres = _ids("centres.csv", "centre_id", stored.centre_by_id)
    faults += reference_faults(table, "person_id", persons, "person_id")
    faults += reference_faults(table, "preferred_centre", centres, "centre_id")
    if faults:
        raise ScenarioError(faults)
    request = built[0][1]
    edited = replace(
        stored,
        requests=tuple(request if r.request_id == request_id else r for r in stored.requests),
    )
    faults += pinned_faults(edited, BOOKINGS_FILE)
    if faults:
        raise ScenarioError(faults)
    with Session(engine) as session, session.begin():
        plan_repo.lock_head(session)
        _, changed = upsert(session, RequestRow, "request_id", [mapping.request_values(request)])
        if changed:
            record(session, actor, "edit", "request", changed)
    return request


def checked_handover_note(text: str) -> str:
    """The case worker's note to the centre as it is stored: without surrounding spaces.

    Raises
    ------
    UserError
        ``privacy.note.too_long`` when it is longer than the database holds.
    """
    note = text.strip()
    if len(note) > HANDOVER_NOTE_LENGTH:
        raise UserError("privacy.note.too_long", length=len(note), most=HANDOVER_NOTE_LENGTH)
    return note


def store_handover_note(session: Session, request_id: str, text: str, actor: str) -> bool:
    """Set the handover note of ``request_id`` in the caller's transaction, audited by the
    request's id only (a note may name people); returns whether it changed.

    Raises
    ------
    UserError
        ``privacy.note.too_long``; ``privacy.note.unknown_request``;
        ``privacy.note.anonymised`` when the request's person is anonymised.
    """
    note = checked_handover_note(text)
    row = session.get(RequestRow, request_id)
    if row is None:
        raise UserError("privacy.note.unknown_request", request=request_id)
    person = session.get(PersonRow, row.person_id)
    if person is not None and person.anonymised_at is not None:
        raise UserError("privacy.note.anonymised", request=request_id)
    if row.handover_note == note:
        return False
    row.handover_note = note
    record(session, actor, "handover_note", "request", [request_id])
    return True


def set_handover_note(engine: Engine, request_id: str, text: str, actor: str) -> bool:
    """Set (or, with blank ``text``, clear) the note the centre's staff get with the stay of
    ``request_id``, in one transaction; returns whether it changed.

    The note is not part of the scenario files: an import keeps it.

    Raises
    ------
    UserError
        As ``store_handover_note``; nothing is stored then.
    """
    with Session(engine) as session, session.begin():
        return store_handover_note(session, request_id, text, actor)


def notes_of(session: Session, request_ids: Collection[str]) -> dict[str, str]:
    """The handover notes of those of ``request_ids`` that have one."""
    query = select(RequestRow.request_id, RequestRow.handover_note).where(
        RequestRow.request_id.in_(list(request_ids)), RequestRow.handover_note != ""
    )
    return {request_id: note for request_id, note in session.execute(query)}


def handover_notes(engine: Engine, request_ids: Collection[str]) -> dict[str, str]:
    """The handover notes of those of ``request_ids`` that have one."""
    with Session(engine) as session:
        return notes_of(session, request_ids)
