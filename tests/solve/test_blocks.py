"""Blocks: consecutive criteria searched as one weighted criterion. A group's persons and nights
form one, groups merge while the weights stay within the limit, criteria that do not reward
stays stay alone; each member's bound follows from the block's; and the optimum is the same
with blocks, pairs only, or every criterion alone (brute force on tiny scenarios)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings

from scheduler.domain.checker import check_plan
from scheduler.domain.model import Centre, MonthDay, Person, Request, Scenario
from scheduler.domain.objective import Measure, Tier, values
from scheduler.generate import generate
from scheduler.solve import SearchModel, SolveParams, solve
from scheduler.solve.cpsat import PartModel
from scheduler.solve.instance import build_instance
from scheduler.solve.lexicographic import blocks_of, combined, split_bound
from tests.builders import rules_with
from tests.solve.brute_force import brute_force_optimum
from tests.strategies import scenarios


def _model(seed: int = 1) -> PartModel:
    scenario, _ = generate("XS", seed)
    instance = build_instance(scenario)
    return PartModel(instance, instance.candidates, exact=False)


def test_a_groups_persons_and_nights_are_one_block_and_the_plan_wide_ones_alone() -> None:
    model = _model()
    criteria = model.criteria(set())
    pairs = blocks_of(model, criteria, SolveParams(combined_weight_limit=1))
    for block in pairs:
        members = [criteria[p] for p, _ in block]
        if len(block) == 2:
            persons, nights = members
            assert persons.entry.group == nights.entry.group
            assert (persons.entry.measure, nights.entry.measure) == (
                Measure.PERSONS,
                Measure.NIGHTS,
            )
            # The persons' multiplier exceeds every plan's nights: the nights' ceiling + 1.
            assert block[0][1] == model.ceiling(nights) + 1 and block[1][1] == 1
        else:
            assert block[0][1] == 1
    plan_wide = [b for b in pairs if criteria[b[0][0]].entry.group is None]
    assert [len(b) for b in plan_wide] == [1, 1, 1]
    alone = blocks_of(model, criteria, SolveParams(combine_groups=False))
    assert alone == [((p, 1),) for p in range(len(criteria))]
    # A model as large as a city's searches every criterion alone.
    large = blocks_of(model, criteria, SolveParams(blocks_below=model.literal_count))
    assert large == alone


def test_groups_merge_while_the_largest_weight_stays_within_the_limit() -> None:
    model = _model()
    criteria = model.criteria(set())
    merged = blocks_of(model, criteria, SolveParams(combined_weight_limit=2**62))
    # Every criterion that rewards stays is in the first block; the plan-wide ones stay alone.
    rewarding = [p for p, c in enumerate(criteria) if c.rewards_stays and c.literals]
    assert [p for p, _ in merged[0]] == rewarding[: len(merged[0])]
    first, _ = merged[0][0]
    goal = combined(criteria, merged[0])
    assert model.ceiling(goal) < 2**62
    assert merged[0][0][1] > 1 and criteria[first].rewards_stays
    assert all(len(b) == 1 for b in merged if criteria[b[0][0]].entry.group is None)


def test_a_literal_in_two_members_gets_the_sum_of_its_weights() -> None:
    """A person with one option is served by that option's literal itself, so the literal is
    in the persons and the nights criterion of its group."""
    model = _model()
    criteria = model.criteria(set())
    block = blocks_of(model, criteria, SolveParams(combined_weight_limit=1))[0]
    goal = combined(criteria, block)
    indices = [literal.index for literal in goal.literals]
    assert len(indices) == len(set(indices))
    members = [criteria[p] for p, _ in block]
    assert model.ceiling(goal) == sum(
        m * model.ceiling(c) for c, (_, m) in zip(members, block, strict=True)
    )


def test_each_member_gets_its_bound_from_the_blocks() -> None:
    # persons (multiplier 101) and nights (multiplier 1, ceiling 100); block bound 5 * 101 + 40.
    assert split_bound(545, [5, 40], [9, 100], [101, 1]) == [(5, True), (40, True)]
    # Nights short of what the block allows: persons proven, nights bounded by the rest.
    assert split_bound(545, [5, 30], [9, 100], [101, 1]) == [(5, True), (40, False)]
    # Persons short: persons bounded by the block, nights only by their ceiling.
    assert split_bound(545, [4, 90], [9, 100], [101, 1]) == [(5, False), (100, False)]
    # A bound above what persons can reach still caps them at their ceiling.
    assert split_bound(10**6, [9, 3], [9, 100], [101, 1]) == [(9, True), (100, False)]


@pytest.mark.parametrize("limit", [1, 2**40])
def test_generated_scenarios_are_the_same_optimum_with_blocks_pairs_or_none(limit: int) -> None:
    for seed in (1, 2):
        scenario, _ = generate("XS", seed)
        alone = solve(scenario, params=SolveParams(time_limit=30, combine_groups=False))
        blocks = solve(scenario, params=SolveParams(time_limit=30, combined_weight_limit=limit))
        assert alone.optimal and blocks.optimal
        assert values(alone.objective) == values(blocks.objective)
        assert blocks.bounds == tuple(v for _, v in blocks.objective)
        assert [c.entry for c in blocks.criteria if c.part == 1] == [e for e, _ in blocks.vector]
        assert check_plan(scenario, blocks.plan) == []


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios(max_persons=4, max_requests=6, max_length=4))
def test_without_blocks_and_with_pairs_only_brute_force_agrees(scenario: Scenario) -> None:
    optimum = brute_force_optimum(scenario)
    for params in (
        SolveParams(time_limit=20, combine_groups=False),
        SolveParams(time_limit=20, combined_weight_limit=1),
    ):
        result = solve(scenario, params=params)
        assert result.optimal
        assert values(result.objective) == optimum


def test_a_groups_nights_are_not_searched_once_its_persons_are_proven_zero() -> None:
    """One bed in June: the timely wish takes it, so the late wish's group serves nobody, and
    its nights are 0 without a CP-SAT run (entries searched alone, as on a city's model)."""
    day = date(2027, 6, 1)
    rules = rules_with(summer_deadline=MonthDay(3, 15))
    scenario = Scenario(
        rules,
        day,
        day + timedelta(20),
        (Centre("A", "A", "plejecenter", 1),),
        (),
        (Person("P1", "One"), Person("P2", "Two")),
        (
            Request("R1", "P1", date(2027, 3, 1), day, day + timedelta(7)),
            Request("R2", "P2", date(2027, 4, 1), day + timedelta(1), day + timedelta(4)),
        ),
    )
    result = solve(scenario, params=SolveParams(time_limit=10, combine_groups=False))
    late = [c for c in result.criteria if c.entry.group and c.entry.group.tier is Tier.LATE]
    persons, nights = late
    assert (persons.value, persons.bound, persons.model) == (0, 0, SearchModel.POOLED)
    assert (nights.value, nights.bound, nights.model) == (0, 0, SearchModel.NONE)
    assert result.optimal and values(result.objective) == brute_force_optimum(scenario)
