"""Migrations from an empty database and from revision 0002 (format version 1's persons
and rules), on both engines."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    Engine,
    Integer,
    String,
    column,
    insert,
    inspect,
    table,
)
from sqlalchemy.orm import Session

from scheduler.cli import main
from scheduler.domain.model import Person
from scheduler.io.profiles import read_profile, rules_from_mapping
from scheduler.store import scenario_repo
from scheduler.store.database import create_store_engine, open_store, revisions, upgrade
from scheduler.store.errors import StoreError
from scheduler.store.mapping import rules_to_json
from scheduler.store.models import Base, Settings


def test_upgrade_from_empty_creates_every_table(store_url: str) -> None:
    engine = create_store_engine(store_url)
    assert revisions(engine)[0] is None
    upgrade(engine)
    current, head = revisions(engine)
    assert current == head is not None
    assert set(Base.metadata.tables) <= set(inspect(engine).get_table_names())
    upgrade(engine)  # a second run changes nothing
    assert revisions(engine)[0] == head


def test_db_upgrade_command(store_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["db", "upgrade", "--lang", "en", "--db", store_url]) == 0
    assert "schema revision" in capsys.readouterr().out
    assert revisions(create_store_engine(store_url))[0] is not None


def test_open_store_migrates_a_fresh_database(store_url: str) -> None:
    engine = open_store(store_url)
    assert revisions(engine)[0] == revisions(engine)[1]


def test_postgres_on_an_older_schema_needs_an_explicit_upgrade(store_url: str) -> None:
    engine = open_store(store_url)
    with engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = 'older'")
    if engine.dialect.name == "sqlite":
        return  # SQLite would be migrated; an unknown revision cannot be, so nothing to check
    with pytest.raises(StoreError) as raised:
        open_store(store_url)
    assert raised.value.key == "store.needs_upgrade"


_PERSONS_0002 = table(
    "persons",
    column("person_id", String),
    column("name", String),
    column("needs", String),
    column("annual_nights", Integer),
    column("used_nights", Integer),
    column("self_appointed_helper", Boolean),
    column("consent", Boolean),
    column("seq", Integer),
)
_SETTINGS = table(
    "settings",
    column("id", Integer),
    column("profile_name", String),
    column("rules", JSON),
    column("horizon_start", Date),
    column("horizon_end", Date),
)


def _store_at_0002(store_url: str, rules: dict[str, Any]) -> Engine:
    """A store at revision 0002 holding one person and the rules as version 1 stored them."""
    engine = create_store_engine(store_url)
    upgrade(engine, "0002")
    with engine.begin() as connection:
        connection.execute(
            insert(_PERSONS_0002),
            [
                {
                    "person_id": "P1",
                    "name": "Testborger Et (fiktiv)",
                    "needs": "demens",
                    "annual_nights": 30,
                    "used_nights": 4,
                    "self_appointed_helper": False,
                    "consent": True,
                    "seq": 1,
                }
            ],
        )
        connection.execute(
            insert(_SETTINGS),
            [
                {
                    "id": 1,
                    "profile_name": rules["name"],
                    "rules": rules,
                    "horizon_start": date(2027, 1, 1),
                    "horizon_end": date(2028, 1, 1),
                }
            ],
        )
    return engine


def _version_1_rules(rate: float, year: int) -> dict[str, Any]:
    """The Haderslev rules as a version-1 store held them, with a rate for a year."""
    loaded, _ = rules_from_mapping(read_profile("haderslev"), {}, "haderslev", "")
    assert loaded is not None
    return {**rules_to_json(loaded), "self_payment_per_night": rate, "self_payment_year": year}


def test_upgrade_from_0002_keeps_persons_with_version_1_meaning(store_url: str) -> None:
    engine = _store_at_0002(store_url, _version_1_rules(150.0, 2027))
    upgrade(engine)
    assert revisions(engine)[0] == revisions(engine)[1]
    columns = {c["name"] for c in inspect(engine).get_columns("persons")}
    assert {"used_stays", "grant_start", "carer_name", "payment_exempt"} <= columns
    with Session(engine) as session:
        stored = scenario_repo.load_scenario(session)
    (person,) = stored.persons
    assert person == Person(
        "P1", "Testborger Et (fiktiv)", frozenset({"demens"}), 30, 4, False, True
    )
    assert (person.used_stays, person.grant_start) == (0, None)
    assert (person.carer_name, person.payment_exempt) == ("", False)
    # the old shipped placeholder rate is no rate a council set: letters state no amount
    assert stored.rules.self_payment_per_night is None
    engine.dispose()


def test_upgrade_from_0002_keeps_a_rate_the_planner_set(store_url: str) -> None:
    engine = _store_at_0002(store_url, _version_1_rules(182.5, 2027))
    upgrade(engine)
    with Session(engine) as session:
        stored = session.get(Settings, 1)
        assert stored is not None and "self_payment_year" not in stored.rules
        assert scenario_repo.load_scenario(session).rules.self_payment_per_night == 182.5
    engine.dispose()


def test_rows_written_without_the_new_columns_get_their_defaults(store_url: str) -> None:
    engine = _store_at_0002(store_url, _version_1_rules(182.5, 2027))
    upgrade(engine)
    row = {
        "person_id": "P2",
        "name": "Testborger To (fiktiv)",
        "needs": "",
        "annual_nights": None,
        "used_nights": 0,
        "self_appointed_helper": False,
        "consent": True,
        "seq": 2,
    }
    with engine.begin() as connection:
        connection.execute(insert(_PERSONS_0002), [row])
    with Session(engine) as session:
        persons = scenario_repo.load_scenario(session).persons
    assert [(p.person_id, p.used_stays, p.carer_name, p.payment_exempt) for p in persons] == [
        ("P1", 0, "", False),
        ("P2", 0, "", False),
    ]
    engine.dispose()


def test_upgrade_from_0003_moves_operations_out_of_the_solver_status(store_url: str) -> None:
    engine = create_store_engine(store_url)
    upgrade(engine, "0003")
    versions = table(
        "plan_versions",
        column("id", Integer),
        column("number", Integer),
        column("status", String),
        column("created_at", Date),
        column("created_by", String),
        column("solver_status", String),
        column("objective", JSON),
        column("bounds", JSON),
        column("wall_time", Integer),
    )
    made = ["optimal", "imported", "acute", "greedy", "cancelled", "accepted"]
    with engine.begin() as connection:
        connection.execute(
            insert(versions),
            [
                {
                    "id": number,
                    "number": number,
                    "status": "draft",
                    "created_at": date(2027, 1, 1),
                    "created_by": "test",
                    "solver_status": status,
                    "objective": [],
                    "bounds": [],
                    "wall_time": 0,
                }
                for number, status in enumerate(made, start=1)
            ],
        )
    upgrade(engine)
    with engine.connect() as connection:
        rows = connection.exec_driver_sql(
            "SELECT origin, solver_status FROM plan_versions ORDER BY number"
        ).all()
    assert [tuple(row) for row in rows] == [
        ("planned", "optimal"),
        ("imported", None),
        ("acute", None),
        ("planned", "greedy"),
        ("cancelled", None),
        ("accepted", None),
    ]
