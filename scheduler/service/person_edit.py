"""Editing what the letters need to know of one stored person: the carer who receives the
decisions (``carer_name``) and whether the person pays no own payment (``payment_exempt``).

Neither changes what may be planned, so no plan version is made: the edit is stored in one
transaction with its entry in the audit log (the person's id, never a name).
"""

from __future__ import annotations

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from scheduler.domain.faults import Fault, ScenarioError
from scheduler.domain.model import Person
from scheduler.store import scenario_repo
from scheduler.store.models import CARER_NAME_LENGTH

PERSONS_FILE = "persons.csv"


def edit_person(
    engine: Engine, person_id: str, carer_name: str, payment_exempt: bool, actor: str
) -> Person:
    """Set the carer's name (blank: none) and the payment exemption of the stored person.

    The name is stored without surrounding spaces. An edit that changes nothing stores and
    logs nothing.

    Raises
    ------
    ScenarioError
        ``ref.unknown`` when there is no such person, ``value.too_long`` when the name is
        longer than the database holds; nothing is stored then.
    """
    name = carer_name.strip()
    if len(name) > CARER_NAME_LENGTH:
        fault = Fault(
            PERSONS_FILE,
            "value.too_long",
            column="carer_name",
            value=name,
            params={"length": len(name), "most": CARER_NAME_LENGTH},
        )
        raise ScenarioError([fault])
    values = {"carer_name": name, "payment_exempt": payment_exempt}
    with Session(engine) as session, session.begin():
        person = scenario_repo.update_person(session, person_id, values, actor)
    if person is None:
        fault = Fault(
            PERSONS_FILE,
            "ref.unknown",
            column="person_id",
            value=person_id,
            params={"target": PERSONS_FILE},
        )
        raise ScenarioError([fault])
    return person
