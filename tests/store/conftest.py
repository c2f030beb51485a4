"""Fixtures: a fresh store on SQLite and on a real PostgreSQL server.

Under ``CI=true`` a PostgreSQL server that cannot be started fails the tests instead of
skipping them.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text

from scheduler.domain.model import Scenario
from scheduler.io.scenario_reader import read_scenario
from scheduler.store.database import open_store
from tests.store.postgres import PostgresUnavailable, postgres_server

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "data" / "demo" / "haderslev-2027"
VALID = ROOT / "tests" / "data" / "valid"
ENGINES = ("sqlite", "postgresql")
_names = itertools.count(1)


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """The URL of a PostgreSQL server for this test session."""
    try:
        with postgres_server() as url:
            yield url
    except PostgresUnavailable as error:
        if os.environ.get("CI") == "true":
            pytest.fail(f"PostgreSQL is required under CI: {error}")
        pytest.skip(f"PostgreSQL not available: {error}")


@pytest.fixture(params=ENGINES)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The URL of an empty database on each engine."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'respite.db'}"
    server: str = request.getfixturevalue("postgres_url")
    name = f"respite_test_{next(_names)}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f"CREATE DATABASE {name}"))
    admin.dispose()
    return server.rsplit("/", 1)[0] + f"/{name}"


@pytest.fixture
def store(store_url: str) -> Iterator[Engine]:
    """An empty store at the newest schema."""
    engine = open_store(store_url)
    yield engine
    engine.dispose()


@pytest.fixture(scope="session")
def demo() -> Scenario:
    """The Haderslev demo scenario (450 requests)."""
    return read_scenario(DEMO)


@pytest.fixture(scope="session")
def valid() -> Scenario:
    """The small hand-checkable scenario, with closures and bookings."""
    return read_scenario(VALID)
