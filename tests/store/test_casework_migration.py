"""Migration 0005 (stay records and exceptions) from revision 0004, and back, on both
engines: stored data keeps its meaning (nothing recorded, nothing excepted)."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, inspect
from sqlalchemy.orm import Session

from scheduler.domain.model import Scenario
from scheduler.service.importing import import_scenario
from scheduler.store import casework_repo, scenario_repo
from scheduler.store.database import MIGRATIONS, create_store_engine, revisions, upgrade

NEW_TABLES = {"stay_records", "stay_exceptions"}


def _downgrade(engine: Engine, revision: str) -> None:
    with engine.begin() as connection:
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        config.attributes["connection"] = connection
        command.downgrade(config, revision)


def test_upgrade_from_0004_adds_the_empty_tables_and_back(store_url: str, valid: Scenario) -> None:
    engine = create_store_engine(store_url)
    upgrade(engine, "0004")
    assert not NEW_TABLES & set(inspect(engine).get_table_names())
    import_scenario(engine, valid, "t")  # the 0004 schema holds every table an import writes
    upgrade(engine)
    assert revisions(engine)[0] == "0005" == revisions(engine)[1]
    assert set(inspect(engine).get_table_names()) >= NEW_TABLES
    with Session(engine) as session:
        assert casework_repo.stay_records(session) == []
        assert casework_repo.waivers(session) == ()
        assert scenario_repo.load_scenario(session).requests == valid.requests
    _downgrade(engine, "0004")
    assert not NEW_TABLES & set(inspect(engine).get_table_names())
    engine.dispose()
