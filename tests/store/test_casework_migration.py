"""Migration 0005 (stay records and exceptions) from revision 0004, and back, on both
engines: stored data keeps its meaning (nothing recorded, nothing excepted)."""

from __future__ import annotations

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from scheduler.domain.model import Scenario
from scheduler.service.importing import import_scenario
from scheduler.store import casework_repo, scenario_repo
from scheduler.store.database import create_store_engine, downgrade, revisions, upgrade

NEW_TABLES = {"stay_records", "stay_exceptions"}


def test_upgrade_from_0004_adds_the_empty_tables_and_back(store_url: str, valid: Scenario) -> None:
    engine = create_store_engine(store_url)
    upgrade(engine)
    import_scenario(engine, valid, "t")
    downgrade(engine, "0004")  # the stored scenario as revision 0004 held it
    assert not NEW_TABLES & set(inspect(engine).get_table_names())
    upgrade(engine, "0005")
    assert revisions(engine)[0] == "0005"
    assert set(inspect(engine).get_table_names()) >= NEW_TABLES
    upgrade(engine)
    with Session(engine) as session:
        assert casework_repo.stay_records(session) == []
        assert casework_repo.waivers(session) == ()
        assert scenario_repo.load_scenario(session).requests == valid.requests
    downgrade(engine, "0004")
    assert not NEW_TABLES & set(inspect(engine).get_table_names())
    engine.dispose()
