"""Engine set-up and schema migrations.

The URL comes from ``--db``, else ``RESPITE_DB``, else ``sqlite:///respite.db``. An SQLite
database is migrated to the newest schema when first opened; so is an empty PostgreSQL
database. A PostgreSQL database on an older schema is left alone until ``respite db upgrade``
(production migrations are a deliberate step).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event, inspect

from scheduler.store.errors import StoreError

DEFAULT_URL = "sqlite:///respite.db"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
SQLITE_TIMEOUT = 60.0
"""Seconds an SQLite writer waits for another to finish before giving up."""


def database_url(url: str | None = None) -> str:
    """The URL to use: ``url`` if given, else ``RESPITE_DB``, else the local SQLite file."""
    return url or os.environ.get("RESPITE_DB") or DEFAULT_URL


def create_store_engine(url: str | None = None) -> Engine:
    """An engine for ``url`` without touching the schema (SQLite with foreign keys on)."""
    chosen = database_url(url)
    options: dict[str, Any] = {}
    if chosen.startswith("sqlite"):
        options["connect_args"] = {"timeout": SQLITE_TIMEOUT}
    engine = create_engine(chosen, **options)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(connection: Any, _record: object) -> None:
    cursor = connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def open_store(url: str | None = None) -> Engine:
    """An engine for ``url`` whose schema is the newest, migrating where that is safe.

    Raises
    ------
    StoreError
        ``store.needs_upgrade`` when a PostgreSQL database holds an older schema.
    """
    engine = create_store_engine(url)
    current, head = revisions(engine)
    if current != head:
        if engine.dialect.name == "sqlite" or (current is None and _is_empty(engine)):
            upgrade(engine)
        else:
            raise StoreError("store.needs_upgrade", url=engine.url.render_as_string())
    return engine


def _config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def revisions(engine: Engine) -> tuple[str | None, str | None]:
    """The database's schema revision and the newest one this package knows."""
    head = ScriptDirectory.from_config(_config()).get_current_head()
    with engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
    return current, head


def _is_empty(engine: Engine) -> bool:
    return not inspect(engine).get_table_names()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Apply every migration the database lacks up to ``revision`` (default the newest), in
    one transaction where the engine allows."""
    with _migrating(engine) as connection:
        command.upgrade(_config(connection), revision)


def downgrade(engine: Engine, revision: str) -> None:
    """Undo every migration after ``revision``, in one transaction where the engine allows."""
    with _migrating(engine) as connection:
        command.downgrade(_config(connection), revision)


@contextmanager
def _migrating(engine: Engine) -> Iterator[Connection]:
    """A connection in a transaction for migrations. SQLite alters a table by copying it and
    dropping the old one, which its foreign keys would refuse while other rows refer to it:
    they are off while the migrations run and checked as a whole before the commit."""
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            connection.commit()
        try:
            with connection.begin():
                yield connection
                if sqlite and connection.exec_driver_sql("PRAGMA foreign_key_check").first():
                    raise StoreError("store.migration_broke_references")
        finally:
            if sqlite:
                connection.exec_driver_sql("PRAGMA foreign_keys=ON")
                connection.commit()
