"""A store for the app's tests of day centres and relief at home: the demo imported with its
service tables, planned (greedy), published, and its day-centre places allocated."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from scheduler.io.scenario_reader import read_scenario_with_services
from scheduler.service.importing import import_scenario
from scheduler.service.planning import make_plan
from scheduler.service.publishing import publish
from scheduler.service.services_view import allocate_day_places
from scheduler.store.database import open_store
from tests.ui.helpers import DEMO


def services_demo(path: Path) -> Path:
    """Fill a new SQLite database at ``path`` with the demo and both services; ``path``."""
    engine = open_store(f"sqlite:///{path}")
    scenario, services = read_scenario_with_services(DEMO)
    import_scenario(engine, scenario, "tester", services)
    make_plan(engine, 10, "tester", method="greedy")
    publish(engine, None, "tester")
    allocate_day_places(engine, "tester")
    engine.dispose()
    return path


@pytest.fixture(scope="module")
def services_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo with both services, made once per test module."""
    return services_demo(tmp_path_factory.mktemp("services") / "demo.db")


@pytest.fixture
def services_url(services_store: Path, tmp_path: Path) -> str:
    """A fresh copy of ``services_store`` for one test."""
    copy = tmp_path / "demo.db"
    shutil.copy(services_store, copy)
    return f"sqlite:///{copy}"
