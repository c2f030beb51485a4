"""An import never breaks a promise silently: one that would is refused with the list of the
promises it would break and nothing is written; ``preview_import`` shows the same list, and what
the import adds and changes, before anything is written. On SQLite and PostgreSQL.

The world (``race_world``): centre ``C1`` with 2 beds (1 closed from September), ``R01`` …
``R60`` granted and published two at a time from January to May.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine

from scheduler.cli import main
from scheduler.domain.model import Closure, Scenario
from scheduler.io.profiles import read_profile, rules_from_mapping
from scheduler.io.scenario_writer import write_scenario
from scheduler.service.import_preview import (
    ClosureChange,
    FieldChange,
    ImportRefused,
    RowChange,
    preview_import,
)
from scheduler.service.import_promises import merged
from scheduler.service.importing import import_scenario
from scheduler.service.operations import cancel
from scheduler.service.planning import make_plan
from scheduler.service.publishing import publish
from scheduler.service.versions import load_scenario
from tests.store import race_world as world
from tests.store.test_import import dump

WORLD = world.race_world()
JANUARY_4 = date(2027, 1, 4)


@pytest.fixture
def published(store: Engine) -> Engine:
    world.publish_world(store)
    return store


def with_request(scenario: Scenario, request_id: str, **changes: object) -> Scenario:
    requests = tuple(
        replace(r, **changes) if r.request_id == request_id else r  # type: ignore[arg-type]
        for r in scenario.requests
    )
    return replace(scenario, requests=requests)


def with_person(scenario: Scenario, person_id: str, **changes: object) -> Scenario:
    persons = tuple(
        replace(p, **changes) if p.person_id == person_id else p  # type: ignore[arg-type]
        for p in scenario.persons
    )
    return replace(scenario, persons=persons)


def refused(engine: Engine, scenario: Scenario) -> list[tuple[str, str, str]]:
    """Import ``scenario``, which must be refused with nothing written; the broken promises as
    (request, centre, rule), the same as the preview lists."""
    before = dump(engine)
    with pytest.raises(ImportRefused) as raised:
        import_scenario(engine, scenario, "tester")
    assert dump(engine) == before
    preview = raised.value.preview
    assert preview.refused and preview.published == 1
    assert preview_import(engine, scenario) == preview
    assert raised.value.params == {"count": len(preview.broken), "version": 1}
    return [(p.request_id, p.centre_id, p.rule) for p in preview.broken]


def test_fewer_beds_than_the_promised_stays_is_refused(published: Engine) -> None:
    fewer = replace(WORLD, centres=(replace(WORLD.centres[0], beds=1),), closures=())
    broken = refused(published, fewer)
    assert broken == [(world.request_id(n), "C1", "capacity") for n in range(1, 61)]
    make_plan(published, 10.0, "tester", method="greedy")  # the next plan still works


def test_a_closure_over_promised_stays_is_refused(published: Engine) -> None:
    closure = Closure("C1", JANUARY_4, JANUARY_4 + timedelta(days=1), 1)
    broken = refused(published, replace(WORLD, closures=(*WORLD.closures, closure)))
    assert broken == [("R01", "C1", "capacity"), ("R02", "C1", "capacity")]


def test_a_promised_request_moved_is_refused(published: Engine) -> None:
    moved = with_request(
        WORLD, "R05", start=date(2027, 1, 13), end=date(2027, 1, 17)
    )  # promised 01-12 – 01-16
    assert refused(published, moved) == [("R05", "C1", "flex")]
    longer = with_request(WORLD, "R06", end=date(2027, 1, 18))
    assert refused(published, longer) == [("R06", "C1", "length")]


@pytest.mark.parametrize(
    ("person", "changes", "rule"),
    [
        ("P001", {"needs": frozenset({"demens"})}, "suitability"),
        ("P001", {"consent": False}, "eligibility"),
        ("P001", {"self_appointed_helper": True}, "eligibility"),
        ("P001", {"annual_nights": 2}, "annual_limit"),
    ],
)
def test_a_person_changed_so_that_a_promise_breaks_a_rule_is_refused(
    published: Engine, person: str, changes: dict[str, object], rule: str
) -> None:
    assert refused(published, with_person(WORLD, person, **changes)) == [("R01", "C1", rule)]


def test_a_promised_request_given_to_another_person_is_refused(published: Engine) -> None:
    broken = refused(published, with_request(WORLD, "R03", person_id="P099"))
    assert broken == [("R03", "C1", "person_mismatch")]


def test_a_horizon_that_leaves_out_promised_stays_is_refused(published: Engine) -> None:
    shorter = replace(WORLD, horizon_end=date(2027, 5, 1), closures=())
    broken = refused(published, shorter)
    assert {rule for _, _, rule in broken} == {"horizon"}
    assert [request for request, _, _ in broken] == ["R59", "R60"]


def test_a_first_import_adds_everything_and_breaks_nothing(store: Engine) -> None:
    before = dump(store)
    preview = preview_import(store, WORLD)
    assert preview.added["request"] == tuple(r.request_id for r in WORLD.requests)
    assert preview.added["centre"] == ("C1",) and len(preview.added["person"]) == 100
    assert (preview.changed, preview.broken, preview.published) == ((), (), None)
    assert preview.closures == (ClosureChange("C1", (), WORLD.closures),)
    assert dump(store) == before  # a preview writes nothing


def test_an_import_keeping_every_promise_is_previewed_and_written(published: Engine) -> None:
    more = replace(WORLD.centres[0], beds=3, name="Rosen (fiktivt, udvidet)")
    new = replace(WORLD.requests[0], request_id="R61", person_id="P061")
    later = Closure("C1", date(2027, 10, 1), date(2028, 1, 1), 2)
    scenario = replace(
        with_person(WORLD, "P002", name="Borger 2 (fiktiv, ny)"),
        centres=(more,),
        closures=(later,),
        requests=(*WORLD.requests, new),
    )
    preview = preview_import(published, scenario)
    assert not preview.refused and preview.broken == ()
    assert preview.added == {"centre": (), "person": (), "request": ("R61",)}
    assert preview.changed == (
        RowChange(
            "centre",
            "C1",
            (
                FieldChange("name", "Rosen (fiktivt)", "Rosen (fiktivt, udvidet)"),
                FieldChange("beds", 2, 3),
            ),
        ),
        RowChange(
            "person", "P002", (FieldChange("name", "Borger 2 (fiktiv)", "Borger 2 (fiktiv, ny)"),)
        ),
    )
    assert preview.closures == (ClosureChange("C1", WORLD.closures, (later,)),)
    report = import_scenario(published, scenario, "tester")
    assert report.changes["request"].inserted == 1


def test_the_preview_judges_the_scenario_the_import_leaves(published: Engine) -> None:
    """``merged`` (what the check judges) is what the store holds after the import."""
    cancel(published, "R07", "tester")
    stored = load_scenario(published)
    part = replace(
        WORLD,
        persons=(replace(WORLD.persons[1], name="Ny (fiktiv)"),),
        requests=(
            with_request(WORLD, "R07", priority=3).request_by_id["R07"],  # cancelled: stays out
            replace(WORLD.requests[4], priority=2),
            replace(WORLD.requests[0], request_id="R61", person_id="P002"),
        ),
        closures=(Closure("C1", date(2027, 11, 1), date(2027, 12, 1), 1),),
    )
    import_scenario(published, part, "tester")
    after = load_scenario(published)
    expected = merged(replace(stored, bookings=()), part, {"R07"})
    assert replace(expected, bookings=after.bookings) == after


def randers_world() -> Scenario:
    """The world under Randers' rules (its centres' kind allowed, 42 nights a year), so that
    it can be written as a scenario folder against that shipped profile."""
    rules, _ = rules_from_mapping(read_profile("randers"), {}, "randers.toml", "")
    assert rules is not None
    kinds = ("plejecenter",)
    rules = replace(rules, centre_kinds=kinds, acute_centre_kinds=kinds, annual_nights=42)
    return replace(WORLD, rules=rules)


def test_the_command_line_refuses_and_lists_the_broken_promises(
    store: Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = randers_world()
    write_scenario(base, tmp_path / "base", "randers")
    moved = with_request(base, "R05", start=date(2027, 1, 13), end=date(2027, 1, 17))
    write_scenario(moved, tmp_path / "moved", "randers")
    url = store.url.render_as_string(hide_password=False)
    assert main(["import", str(tmp_path / "base"), "--db", url]) == 0
    make_plan(store, 10.0, "tester", method="greedy")
    publish(store, None, "tester")
    capsys.readouterr()
    before = dump(store)
    assert main(["import", str(tmp_path / "moved"), "--db", url, "--lang", "en"]) == 1
    out, err = capsys.readouterr()
    assert out == "" and dump(store) == before
    assert err.splitlines() == [
        "The import is refused: it would break 1 promise(s) of the published plan (plan "
        "version 1). Nothing was imported.",
        "  request R05 (person P005) at C1, 2027-01-12 – 2027-01-16: Request R05: arrival "
        "2027-01-12 is 1 days from the wished 2027-01-13; at most 0 days are allowed.",
        "Correct the file so that the stays still fit, or move or cancel them first "
        "('respite change', 'respite cancel'), then import again.",
    ]
    assert main(["import", str(tmp_path / "moved"), "--db", url]) == 1
    assert capsys.readouterr().err.startswith("Indlæsningen er afvist: den ville bryde 1 løfte")
