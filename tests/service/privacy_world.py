"""A small store for the tests of anonymising and of a person's export: the valid scenario
planned and published, with names, notes, a letter and an exception written for two persons,
and a helper that finds text anywhere in the database."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from sqlalchemy import JSON, Engine, String, select
from sqlalchemy.orm import Session

from scheduler.io.scenario_reader import read_scenario
from scheduler.service.casework import add_person, add_request
from scheduler.service.importing import import_scenario
from scheduler.service.planning import make_plan
from scheduler.service.publishing import publish
from scheduler.service.request_edit import set_handover_note
from scheduler.store import casework_repo
from scheduler.store.audit import utc_now
from scheduler.store.models import Base, LetterRow, PersonRow
from tests.store.conftest import VALID

ENDED = date(2027, 10, 1)
"""The day P1's grant ended (P2's runs)."""


@dataclass(frozen=True)
class Secrets:
    """What identifies one person in the store: their name, the carer's name and free text."""

    person_id: str
    name: str
    carer: str
    follow_up: str
    handover: str
    exception: str

    @property
    def texts(self) -> tuple[str, ...]:
        return (self.name, self.carer, self.follow_up, self.handover, self.exception)


P1 = Secrets(
    "P1",
    "Testborger Et (fiktiv)",
    "Karen Etsen",
    "Opfølgning: Karen Etsen ønsker færre ophold",
    "Sover uroligt; ring til datteren Karen Etsen ved uro",
    "Aftalt med Karen Etsen: liften lånes",
)
P2 = Secrets(
    "P2",
    "Testborger To (fiktiv)",
    "Ole Tosen",
    "Opfølgning: alt vel hos Ole Tosen",
    "Bruger høreapparat; Ole Tosen henter",
    "Aftalt med Ole Tosen: kort ophold",
)
REQUEST_OF = {"P1": "R1", "P2": "R5"}


def _write_secrets(engine: Engine, secrets: Secrets, grant_ended: date | None) -> None:
    request_id = REQUEST_OF[secrets.person_id]
    set_handover_note(engine, request_id, secrets.handover, "tester")
    with Session(engine) as session, session.begin():
        person = session.get(PersonRow, secrets.person_id)
        assert person is not None
        person.carer_name = secrets.carer
        person.follow_up_note = secrets.follow_up
        person.grant_ended = grant_ended
        casework_repo.add_exceptions(session, request_id, ["capacity"], secrets.exception, "tester")
        # a letter as the letters' record keeps it (written directly: only its content matters)
        letter = LetterRow(
            person_id=secrets.person_id,
            request_id=request_id,
            kind="grant",
            language="da",
            version_number=2,
            content={
                "person": {
                    "person_id": secrets.person_id,
                    "name": secrets.name,
                    "carer_name": secrets.carer,
                },
                "greeting": f"Kære {secrets.carer}",
                "about": f"Afgørelse om aflastning til {secrets.name}",
            },
            made_at=utc_now(),
            made_by="tester",
        )
        session.add(letter)


def build(engine: Engine) -> Engine:
    """Import, plan (greedy) and publish the valid scenario; write both persons' secrets;
    end P1's grant on ``ENDED``."""
    import_scenario(engine, read_scenario(VALID), "tester")
    make_plan(engine, 10.0, "tester", method="greedy")
    publish(engine, None, "tester")
    _write_secrets(engine, P1, ENDED)
    _write_secrets(engine, P2, None)
    return engine


STRANGERS = {"P4": "Testborger Fire (fiktiv)", "P5": "Testborger Fem (fiktiv)"}
"""Two more persons wishing the same July nights, when the closure leaves the first centre no
bed: one stays at the second centre (R6, with a note), the other is rejected (R7)."""
STRANGER_NOTE = "Fire har sin kat med"


def add_strangers(engine: Engine) -> None:
    """Enter ``STRANGERS`` and their wishes, plan (greedy) and publish again."""
    for number, (person_id, name) in enumerate(STRANGERS.items(), start=6):
        add_person(engine, {"person_id": person_id, "name": name}, "tester")
        wish = {"request_id": f"R{number}", "person_id": person_id, "received": "2027-01-03"}
        add_request(engine, {**wish, "start": "2027-07-06", "end": "2027-07-10"}, "tester")
    set_handover_note(engine, "R6", STRANGER_NOTE, "tester")
    make_plan(engine, 10.0, "tester", method="greedy")
    publish(engine, None, "tester")


def text_columns() -> list[tuple[str, str]]:
    """Every text and JSON column of every table: (table, column)."""
    return [
        (table.name, column.name)
        for table in Base.metadata.sorted_tables
        for column in table.columns
        if isinstance(column.type, String | JSON)
    ]


def found_anywhere(engine: Engine, texts: tuple[str, ...]) -> list[tuple[str, str, str]]:
    """Where any of ``texts`` occurs in any text or JSON column: (table, column, text)."""
    hits = []
    with Session(engine) as session:
        for table_name, column_name in text_columns():
            column = Base.metadata.tables[table_name].c[column_name]
            for value in session.scalars(select(column)):
                if value is None:
                    continue
                cell = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
                hits += [(table_name, column_name, text) for text in texts if text in cell]
    return hits
