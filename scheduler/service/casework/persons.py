"""Entering one new person, checked as a row of an imported ``persons.csv`` is."""

from __future__ import annotations

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from scheduler.domain.model import Person
from scheduler.io.scenario_checks import yearly_limit_faults
from scheduler.io.scenario_rows import person as person_row
from scheduler.service.casework.entries import (
    PERSONS,
    Entry,
    entry_cells,
    field_fault,
    read_entry,
    refuse,
    sound_cell,
)
from scheduler.store import casework_repo


def add_person(engine: Engine, entry: Entry, actor: str) -> Person:
    """Store a new person in one transaction, with its audit entry (the id, never the name).

    ``entry`` is a ``PersonInput`` or the ``persons.csv`` cells as text. The row is read as an
    import reads it (every bound, the CPR check on the id, a yearly limit where the profile
    has none), and the id must be new. A person changes no plan, so no version is made.

    Raises
    ------
    ScenarioError
        Every fault, each on its field (``Fault.column``); nothing is stored then.
    StoreError
        ``store.empty`` before the first import (there are no rules yet).
    """
    cells = entry_cells(entry)
    person, faults = read_entry(PERSONS, cells, person_row)
    with Session(engine) as session, session.begin():
        rules = casework_repo.bare_scenario(session).rules
        person_id = cells.get("person_id", "")
        if sound_cell(faults, "person_id", person_id) and casework_repo.person_exists(
            session, person_id
        ):
            faults.append(field_fault(PERSONS, "person_id", "casework.id_taken", person_id))
        if person is not None:
            for fault in yearly_limit_faults(PERSONS.name, [(0, person)], rules, rules.name):
                faults.append(field_fault(PERSONS, "annual_nights", fault.code, "", **fault.params))
        refuse(faults)
        assert person is not None, "read without fault"
        casework_repo.insert_person(session, person, actor)
    return person
