"""Entering one new wish (request), checked as a row of an imported ``requests.csv`` is, and
either left for the next planning run or placed at once into the published plan.

Placing at once works as acute placement does: the published plan is held fixed, the wish
takes the allowed start nearest to the wished one within its flex window at a suitable centre
with a free bed, and no booking moves. When it does not fit, nothing is stored and the answer
says why and which later stay would fit, so the worker can enter it again with other dates or
leave it for the next planning run; ``preview_request`` gives that answer without writing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from time import perf_counter

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from scheduler.domain.faults import Fault
from scheduler.domain.model import Request
from scheduler.io.scenario_rows import request_reader
from scheduler.service.casework.entries import (
    REQUESTS,
    Entry,
    entry_cells,
    field_fault,
    read_entry,
    refuse,
    sound_cell,
)
from scheduler.service.casework.fitting import NewPlacement, place_new
from scheduler.service.casework.published import load_published, with_request
from scheduler.service.operations.commit import publish_change
from scheduler.service.operations.decision_letters import record_placement_letter
from scheduler.service.request_edit import checked_handover_note, store_handover_note
from scheduler.store import casework_repo, operations_repo
from scheduler.store.plan_repo import VersionOrigin


@dataclass(frozen=True)
class RequestOutcome:
    """The wish, whether it was stored, where it was placed or why not (``placement``: only
    when placing was asked for), the published version holding it (``None``: none was made),
    the names of the centres named, and the published version the placement was judged on
    (``basis``: what a preview was made on, to pass back to ``add_request`` as ``seen``)."""

    request: Request
    stored: bool
    placement: NewPlacement | None = None
    version: int | None = None
    centre_names: dict[str, str] = field(default_factory=dict)
    basis: int | None = None

    @property
    def placed(self) -> bool:
        return self.placement is not None and self.placement.stay is not None


def _checked(session: Session, entry: Entry) -> Request:
    """The entry read as an imported request row, its id new and its references known.

    Raises
    ------
    ScenarioError
        Every fault, each on its field.
    StoreError
        ``store.empty``.
    """
    rules = casework_repo.bare_scenario(session).rules
    cells = entry_cells(entry)
    request, faults = read_entry(REQUESTS, cells, request_reader(rules.acute_nights))
    faults += _reference_faults(session, cells, faults)
    refuse(faults)
    assert request is not None, "read without fault"
    return request


def _reference_faults(session: Session, cells: Mapping[str, str], read: list[Fault]) -> list[Fault]:
    """The new id taken already, the person or preferred centre unknown (each judged on its
    cell as written, unless the cell has a fault of its own)."""
    faults = []
    request_id = cells.get("request_id", "")
    if sound_cell(read, "request_id", request_id) and casework_repo.request_exists(
        session, request_id
    ):
        faults.append(field_fault(REQUESTS, "request_id", "casework.id_taken", request_id))
    person_id = cells.get("person_id", "")
    if sound_cell(read, "person_id", person_id) and not casework_repo.person_exists(
        session, person_id
    ):
        faults.append(
            field_fault(REQUESTS, "person_id", "ref.unknown", person_id, target="persons")
        )
    preferred = cells.get("preferred_centre", "")
    if sound_cell(read, "preferred_centre", preferred) and not casework_repo.centre_exists(
        session, preferred
    ):
        faults.append(
            field_fault(REQUESTS, "preferred_centre", "ref.unknown", preferred, target="centres")
        )
    return faults


def preview_request(engine: Engine, entry: Entry) -> RequestOutcome:
    """Where the wish would be placed in the published plan now, or why not and which later
    stay would fit; nothing is written.

    Raises
    ------
    ScenarioError
        Every fault of the entry, each on its field.
    UserError
        ``operations.nothing_published``; ``store.empty``.
    """
    with Session(engine) as session:
        request = _checked(session, entry)
        published = load_published(session, persons=[request.person_id])
        scenario = with_request(published.scenario, request)
        placement = place_new(scenario, published.plan, request)
    names = {c.centre_id: c.name for c in scenario.centres}
    return RequestOutcome(request, False, placement, None, names, published.row.number)


def add_request(
    engine: Engine,
    entry: Entry,
    actor: str,
    *,
    place_now: bool = False,
    seen: int | None = None,
    handover_note: str = "",
) -> RequestOutcome:
    """Store a new wish in one transaction, with its audit entry; with ``place_now``, place it
    at once into the published plan as a new published version (origin ``placed``).

    ``entry`` is a ``RequestInput`` or the ``requests.csv`` cells as text. Without
    ``place_now`` the wish is left for the next planning run. With it, a wish that does not
    fit is not stored: the outcome says why and which later stay fits (``placement``).
    ``seen`` is the published version a preview was made on (``RequestOutcome.basis``): if
    another one is published now, nothing is written, so that what is booked is what the
    worker saw. ``handover_note`` is stored with the wish (the note to the centre's staff).

    Raises
    ------
    ScenarioError
        Every fault of the entry, each on its field; nothing is stored then.
    UserError
        ``operations.nothing_published`` (placing needs a published plan); ``store.empty``;
        ``privacy.note.too_long``.
    StalePlanError
        ``casework.stale_preview`` when ``seen`` is not the published version, or
        ``store.stale`` when another version was published meanwhile; nothing is kept.
    """
    began = perf_counter()
    note = checked_handover_note(handover_note)
    with Session(engine) as session, session.begin():
        request = _checked(session, entry)
        if not place_now:
            _store(session, request, note, actor)
            return RequestOutcome(request, True)
        published = load_published(session, seen, persons=[request.person_id])
        scenario = with_request(published.scenario, request)
        placement = place_new(scenario, published.plan, request)
        names = {c.centre_id: c.name for c in scenario.centres}
        basis = published.row.number
        if placement.stay is None:
            return RequestOutcome(request, False, placement, None, names, basis)
        _store(session, request, note, actor)
        number = publish_change(
            session, published.row, placement.change, VersionOrigin.PLACED, actor, began
        )
        decided = (placement.stay, placement.reason)
        record_placement_letter(session, scenario, request, decided, number, actor)
    return RequestOutcome(request, True, placement, number, names, basis)


def _store(session: Session, request: Request, note: str, actor: str) -> None:
    """Add the wish and, when there is one, its handover note, in the caller's transaction."""
    operations_repo.add_request(session, request, actor)
    if note:
        store_handover_note(session, request.request_id, note, actor)
