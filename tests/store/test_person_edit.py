"""Editing a person's carer and payment exemption: stored in one transaction with its audit
entry (ids only), on both engines; nothing stored or logged on a fault or when nothing
changes."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from scheduler.domain.faults import ScenarioError
from scheduler.domain.model import Scenario
from scheduler.service.importing import import_scenario
from scheduler.service.person_edit import CARER_NAME_LENGTH, edit_person
from scheduler.service.versions import load_scenario
from scheduler.store import audit

CARER = "Karen Ærø-Łukasz"


@pytest.fixture
def imported(store: Engine, valid: Scenario) -> Engine:
    import_scenario(store, valid, "tester")
    return store


def _log(engine: Engine) -> list[tuple[str, str, str, list[str]]]:
    with Session(engine) as session:
        return [(e.actor, e.action, e.entity, e.ids) for e in audit.entries(session)]


def test_an_edit_is_stored_and_logged_by_id(imported: Engine, valid: Scenario) -> None:
    before = _log(imported)
    person = edit_person(imported, "P2", f"  {CARER} ", True, "planner-3")
    assert (person.carer_name, person.payment_exempt) == (CARER, True)
    stored = load_scenario(imported)
    assert stored.person_by_id["P2"] == person
    others = [p for p in stored.persons if p.person_id != "P2"]
    assert others == [p for p in valid.persons if p.person_id != "P2"]
    assert _log(imported) == [*before, ("planner-3", "edit", "person", ["P2"])]
    assert CARER not in repr(_log(imported))

    cleared = edit_person(imported, "P2", "", False, "planner-3")
    assert (cleared.carer_name, cleared.payment_exempt) == ("", False)
    assert load_scenario(imported).person_by_id["P2"] == valid.person_by_id["P2"]


def test_an_edit_that_changes_nothing_logs_nothing(imported: Engine, valid: Scenario) -> None:
    before = _log(imported)
    assert edit_person(imported, "P1", "", False, "planner-3") == valid.person_by_id["P1"]
    assert _log(imported) == before


@pytest.mark.parametrize(
    ("person_id", "name", "fault"),
    [
        ("P9", CARER, ("persons.csv", "ref.unknown", "person_id")),
        ("P1", "x" * (CARER_NAME_LENGTH + 1), ("persons.csv", "value.too_long", "carer_name")),
    ],
)
def test_a_fault_stores_nothing(
    imported: Engine, person_id: str, name: str, fault: tuple[str, str, str]
) -> None:
    before, logged = load_scenario(imported), _log(imported)
    with pytest.raises(ScenarioError) as raised:
        edit_person(imported, person_id, name, True, "planner-3")
    assert [(f.file, f.code, f.column) for f in raised.value.faults] == [fault]
    assert load_scenario(imported) == before
    assert _log(imported) == logged


def test_the_longest_name_fits_on_both_engines(imported: Engine) -> None:
    longest = "Æ" * CARER_NAME_LENGTH
    assert edit_person(imported, "P3", longest, False, "t").carer_name == longest
    assert load_scenario(imported).person_by_id["P3"].carer_name == longest
