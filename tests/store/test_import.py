"""Importing scenarios: round trips, updates by id, and all-or-nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from scheduler.cli import main
from scheduler.domain.model import Scenario
from scheduler.io.scenario_reader import read_scenario
from scheduler.io.scenario_writer import write_scenario
from scheduler.service.importing import import_scenario
from scheduler.service.versions import (
    VersionOrigin,
    VersionStatus,
    list_versions,
    load_scenario,
)
from scheduler.store import scenario_repo
from scheduler.store.audit import entries
from scheduler.store.models import Base
from tests.store.conftest import DEMO, ROOT


def dump(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, for comparing a database before and after."""
    with Session(engine) as session:
        return {
            name: sorted(map(tuple, session.execute(select(table))), key=repr)
            for name, table in Base.metadata.tables.items()
        }


def test_demo_round_trips(store: Engine, demo: Scenario) -> None:
    report = import_scenario(store, demo, "tester")
    assert report.changes["request"].inserted == len(demo.requests)
    assert report.version is None
    assert load_scenario(store) == demo


def test_bookings_become_a_draft_keeping_pinned_flags(store: Engine, valid: Scenario) -> None:
    report = import_scenario(store, valid, "tester")
    assert report.version is not None and report.version.status is VersionStatus.DRAFT
    assert report.version.origin is VersionOrigin.IMPORTED
    assert report.version.solver_status is None
    assert load_scenario(store) == valid
    assert [v.number for v in list_versions(store)] == [report.version.number]


def test_version_2_persons_round_trip(store: Engine, valid: Scenario, tmp_path: Path) -> None:
    first, *rest = valid.persons
    carer = replace(
        first,
        used_stays=2,
        grant_start=date(2026, 9, 1),
        carer_name="Karen Ærø-Łukasz",
        payment_exempt=True,
    )
    scenario = replace(valid, persons=(carer, *rest))
    write_scenario(scenario, tmp_path / "v2", "haderslev")
    read = read_scenario(tmp_path / "v2")
    assert read.persons == scenario.persons
    import_scenario(store, read, "tester")
    assert load_scenario(store) == scenario
    cleared = replace(carer, carer_name="", payment_exempt=False, grant_start=None, used_stays=0)
    report = import_scenario(store, replace(scenario, persons=(cleared,)), "tester")
    assert report.changes["person"] == scenario_repo.Changes(0, 1, 0)
    assert load_scenario(store).persons == (cleared, *rest)


def test_every_version_2_rule_is_kept(store: Engine, valid: Scenario) -> None:
    rules = replace(
        valid.rules,
        min_stay_nights=2,
        max_stays_per_year=4,
        arrival_weekdays=frozenset({1}),
        departure_weekdays=frozenset({7}),
        acute_counts_toward_limits=False,
        acute_eligibility=False,
        acute_centre_kinds=("botilbud", "plejecenter"),
        self_payment_per_night=182.5,
    )
    import_scenario(store, replace(valid, rules=rules), "tester")
    assert load_scenario(store).rules == rules
    unset = replace(rules, self_payment_per_night=None, acute_centre_kinds=None)
    import_scenario(store, replace(valid, rules=unset), "tester")
    assert load_scenario(store).rules == unset


def test_reimport_updates_by_id_and_keeps_the_rest(store: Engine, demo: Scenario) -> None:
    import_scenario(store, demo, "tester")
    first = demo.requests[0]
    moved = replace(first, priority=first.priority + 5)
    smaller = replace(demo, requests=(moved,), persons=demo.persons, closures=demo.closures)
    report = import_scenario(store, smaller, "tester")
    assert report.changes["request"] == scenario_repo.Changes(0, 1, 0)
    assert report.changes["person"] == scenario_repo.Changes(0, 0, len(demo.persons))
    stored = load_scenario(store)
    assert stored.requests == (moved, *demo.requests[1:])
    again = import_scenario(store, demo, "tester")
    assert again.changes["request"] == scenario_repo.Changes(0, 1, len(demo.requests) - 1)
    assert load_scenario(store) == demo


def test_audit_log_holds_ids_but_no_names(store: Engine, demo: Scenario) -> None:
    import_scenario(store, demo, "case-worker-7")
    with Session(store) as session:
        log = entries(session)
    assert {e.entity for e in log} >= {"centre", "person", "request"}
    assert all(e.actor == "case-worker-7" and e.action == "import" for e in log)
    persons = next(e for e in log if e.entity == "person")
    assert sorted(persons.ids) == sorted(p.person_id for p in demo.persons)
    text = repr([(e.action, e.entity, e.ids) for e in log])
    assert not any(p.name in text for p in demo.persons)


def test_invalid_input_changes_nothing(
    store: Engine, store_url: str, demo: Scenario, capsys: pytest.CaptureFixture[str]
) -> None:
    import_scenario(store, demo, "tester")
    before = dump(store)
    broken = ROOT / "tests" / "data" / "broken"
    folder = next(p for p in sorted(broken.iterdir()) if p.is_dir())
    assert main(["import", str(folder), "--db", store_url]) == 2
    assert capsys.readouterr().err.strip()
    assert dump(store) == before


def test_failure_midway_rolls_everything_back(
    store: Engine, demo: Scenario, monkeypatch: pytest.MonkeyPatch
) -> None:
    import_scenario(store, replace(demo, requests=demo.requests[:10]), "tester")
    before = dump(store)
    real = scenario_repo.upsert

    def failing(session: Session, model: type[Base], key: str, items: Any) -> Any:
        if key == "request_id":
            raise RuntimeError("disk full")
        return real(session, model, key, items)

    monkeypatch.setattr(scenario_repo, "upsert", failing)
    changed = replace(demo, centres=tuple(replace(c, beds=c.beds + 1) for c in demo.centres))
    with pytest.raises(RuntimeError):
        import_scenario(store, changed, "tester")
    assert dump(store) == before


def test_import_command_reports_the_changes(
    store_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import", str(DEMO), "--db", store_url, "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "requests: 450 new, 0 changed, 0 unchanged" in out


def test_empty_store_is_refused_clearly(store_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plan", "--db", store_url, "--lang", "en"]) == 2
    assert "holds no data yet" in capsys.readouterr().err


def test_default_url_comes_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RESPITE_DB", f"sqlite:///{tmp_path / 'env.db'}")
    assert main(["import", str(DEMO)]) == 0
    assert (tmp_path / "env.db").is_file()
