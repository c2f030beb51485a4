"""The pooled model and dealing out centres: a pooled optimum is taken only once every stay has
a centre, and when it cannot be dealt out the exact model decides (so the optimum stays exact).

The hand-made case: centres A and B have one bed each; X may use either for nights 0–1, Y needs
A's feature on night 0, Z needs B's feature on night 1. Every night two stays want two beds, so
Hall's condition holds night by night, yet X cannot change centre overnight: only two of the
three fit.
"""

from __future__ import annotations

import logging
import re
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings

from scheduler.domain.checker import check_plan
from scheduler.domain.model import Centre, Person, Request, Scenario
from scheduler.domain.objective import values
from scheduler.generate import generate
from scheduler.solve import solve, stages
from scheduler.solve.cpsat import PartModel
from scheduler.solve.instance import build_instance
from scheduler.solve.realise import realise, repair
from tests.builders import BASE_RULES
from tests.solve.brute_force import brute_force_optimum
from tests.strategies import scenarios

DAY = date(2027, 2, 1)
RULES = BASE_RULES


def _scenario(preferred: str | None = None, later: bool = False) -> Scenario:
    """The hand-made case; ``later`` gives X a second stay, on nights 5-6."""
    centres = (
        Centre("A", "A", "plejecenter", 1, frozenset({"a"})),
        Centre("B", "B", "plejecenter", 1, frozenset({"b"})),
    )
    persons = (
        Person("PX", "X"),
        Person("PY", "Y", needs=frozenset({"a"})),
        Person("PZ", "Z", needs=frozenset({"b"})),
    )
    requests: tuple[Request, ...] = (
        Request("RX", "PX", DAY, DAY, DAY + timedelta(2), preferred_centre=preferred),
        Request("RY", "PY", DAY, DAY, DAY + timedelta(1)),
        Request("RZ", "PZ", DAY, DAY + timedelta(1), DAY + timedelta(2)),
    )
    if later:
        requests += (Request("RX2", "PX", DAY, DAY + timedelta(5), DAY + timedelta(7)),)
    return Scenario(RULES, DAY, DAY + timedelta(10), centres, (), persons, requests)


def test_hall_night_by_night_is_not_enough_to_deal_out_centres() -> None:
    instance = build_instance(_scenario())
    candidates = {c.request_id: c for c in instance.candidates}
    picks = {r: (c.centres, c.starts[0]) for r, c in candidates.items()}
    assert realise(instance, candidates, picks, {}, 1e12, 1, strict=False) is None
    assert len(repair(instance, candidates, picks, {})) == 2


def test_a_plan_that_cannot_be_dealt_out_goes_to_the_exact_model(
    caplog: pytest.LogCaptureFixture,
) -> None:
    scenario = _scenario()
    with caplog.at_level(logging.INFO, logger="scheduler.solve.stages"):
        result = solve(scenario, time_limit=20)
    assert "cannot be dealt out" in caplog.text
    assert "exact model" in caplog.text
    assert check_plan(scenario, result.plan) == []
    assert result.optimal
    assert values(result.objective) == brute_force_optimum(scenario)


def test_a_part_too_large_for_the_exact_model_mends_the_nights_around_what_is_left(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the exact model out of reach, the stays sharing nights with those the pooled plan
    cannot deal out are planned anew in the exact model, the rest pinned, keeping the values
    fixed so far (it is a local search: it need not find the optimum)."""
    monkeypatch.setattr(stages, "affordable", lambda candidates: len(candidates) < 4)
    scenario = _scenario(later=True)
    with caplog.at_level(logging.INFO, logger="scheduler.solve.stages"):
        result = solve(scenario, time_limit=20)
    assert "exact model" not in caplog.text
    assert re.search(r"timely.p0.nights on \d candidates \(\d pinned\): OPTIMAL", caplog.text)
    assert check_plan(scenario, result.plan) == []
    assert values(result.objective) >= values(solve(scenario, method="greedy").objective)


@pytest.mark.parametrize("seed", [1, 2, 4, 6])
def test_without_the_exact_model_plans_keep_the_rules_and_beat_greedy(
    seed: int, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Generated XS scenarios whose pooled plans cannot always be dealt out, with the exact
    model only for windows of under 50 candidates: mending runs, and every plan passes the
    checker (rules, reasons, maximal) and is lexicographically at least greedy's."""
    monkeypatch.setattr(stages, "affordable", lambda candidates: len(candidates) < 50)
    scenario, _ = generate("XS", seed)
    with caplog.at_level(logging.INFO, logger="scheduler.solve.stages"):
        # One worker: the same pooled plans every run.
        result = solve(scenario, time_limit=20, workers=1)
    assert re.search(r"on \d+ candidates \(\d+ pinned\): (OPTIMAL|FEASIBLE)", caplog.text)
    assert check_plan(scenario, result.plan) == []
    assert values(result.objective) >= values(solve(scenario, method="greedy").objective)


def test_while_no_criterion_needs_centres_a_stay_may_leave_its_pool() -> None:
    instance = build_instance(_scenario(preferred="A"))
    candidates = {c.request_id: c for c in instance.candidates}
    picks = {"RX": (("A",), 0), "RZ": (("B",), 1)}
    assert realise(instance, candidates, picks, {}, 1e12, 1, strict=True) == {
        "RX": ("A", 0),
        "RZ": ("B", 1),
    }
    picks = {"RX": (("A",), 0), "RY": (("A",), 0)}
    assert realise(instance, candidates, picks, {}, 1e12, 1, strict=True) is None
    assert realise(instance, candidates, picks, {}, 1e12, 1, strict=False) == {
        "RX": ("B", 0),
        "RY": ("A", 0),
    }


def test_the_previous_centre_is_kept_where_it_may_be() -> None:
    scenario = _scenario()
    wide = Scenario(
        scenario.rules,
        scenario.horizon_start,
        scenario.horizon_end,
        (
            Centre("A", "A", "plejecenter", 2, frozenset({"a", "b"})),
            Centre("B", "B", "plejecenter", 2, frozenset({"a", "b"})),
        ),
        (),
        scenario.persons,
        scenario.requests,
    )
    instance = build_instance(wide)
    candidates = {c.request_id: c for c in instance.candidates}
    picks = {"RX": (("A", "B"), 0), "RY": (("A", "B"), 0)}
    dealt = realise(instance, candidates, picks, {"RX": ("B", 0)}, 1e12, 1, strict=True)
    assert dealt is not None and dealt["RX"] == ("B", 0)


def test_the_pooled_model_gives_the_preferred_centre_and_the_booking_a_pool_of_their_own() -> None:
    instance = build_instance(_scenario(preferred="A"))
    pooled = PartModel(instance, instance.candidates, exact=False)
    exact = PartModel(instance, instance.candidates, exact=True)
    x = [c.request_id for c in instance.candidates].index("RX")
    assert {o.pool for o in pooled.options[x]} == {("A",), ("B",)}
    assert all(len(o.pool) == 1 for options in exact.options for o in options)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios(max_centres=3, max_beds=1, max_persons=4, max_requests=5, max_length=4))
def test_cpsat_equals_brute_force_on_single_beds_with_features(scenario: Scenario) -> None:
    """Many small centres of different features: where pooled plans most often fail to deal."""
    result = solve(scenario, time_limit=20)
    assert check_plan(scenario, result.plan) == []
    assert result.optimal
    assert values(result.objective) == brute_force_optimum(scenario)


def test_a_stay_in_the_way_moves_to_another_of_its_centres() -> None:
    instance = build_instance(_scenario())
    candidates = {c.request_id: c for c in instance.candidates}
    picks = {"RX": (("A", "B"), 0), "RY": (("A",), 0)}
    previous = {"RX": ("A", 0)}
    dealt = realise(instance, candidates, picks, previous, 1e12, 1, strict=True)
    assert dealt == {"RX": ("B", 0), "RY": ("A", 0)}


def test_unless_strict_a_stay_may_take_another_allowed_start() -> None:
    one_bed = (Centre("A", "A", "plejecenter", 1, frozenset()),)
    requests = (
        Request("RX", "PX", DAY, DAY + timedelta(1), DAY + timedelta(2), flex_days=1),
        Request("RY", "PY", DAY, DAY + timedelta(1), DAY + timedelta(2)),
    )
    persons = (Person("PX", "X"), Person("PY", "Y"))
    scenario = Scenario(RULES, DAY, DAY + timedelta(10), one_bed, (), persons, requests)
    instance = build_instance(scenario)
    candidates = {c.request_id: c for c in instance.candidates}
    picks = {"RX": (("A",), 1), "RY": (("A",), 1)}
    assert realise(instance, candidates, picks, {}, 1e12, 1, strict=True) is None
    dealt = realise(instance, candidates, picks, {}, 1e12, 1, strict=False)
    assert dealt is not None and dealt["RY"] == ("A", 1) and dealt["RX"] in {("A", 0), ("A", 2)}
