"""Migrations from an empty database, on both engines."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect

from scheduler.cli import main
from scheduler.store.database import create_store_engine, open_store, revisions, upgrade
from scheduler.store.errors import StoreError
from scheduler.store.models import Base


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
