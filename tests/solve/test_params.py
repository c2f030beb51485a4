"""The solver's parameters: CP-SAT's workers, seed and log as ``SolveParams`` sets them, and the
old keyword arguments of ``solve`` still honoured."""

from __future__ import annotations

from ortools.sat.python import cp_model

from scheduler.generate import generate
from scheduler.solve import SolveParams, SolveStatus, solve
from scheduler.solve.workers import set_parameters


def _parameters(
    literals: int, params: SolveParams, *, exact: bool = False, proof: bool = False
) -> cp_model.SatParameters:
    solver = cp_model.CpSolver()
    set_parameters(solver.parameters, literals, params, exact=exact, proof=proof)
    return solver.parameters


def test_a_small_model_gets_one_plain_worker_unless_workers_are_chosen() -> None:
    assert _parameters(100, SolveParams()).num_workers == 1
    chosen = _parameters(100, SolveParams(workers=2))
    assert chosen.num_workers == 2 and list(chosen.subsolvers) == ["max_lp"]


def test_max_lp_is_left_out_from_its_size_on_and_seed_and_log_are_passed_on() -> None:
    params = SolveParams(workers=2, seed=7, log=True, max_lp_below=1_000)
    large = _parameters(1_000, params)
    assert large.num_workers == 2 and list(large.subsolvers) == []
    assert large.random_seed == 7 and large.log_search_progress
    default = _parameters(1_000, SolveParams())
    assert not default.log_search_progress


def test_the_keyword_arguments_override_the_parameters() -> None:
    scenario, _ = generate("XS", 1)
    result = solve(scenario, params=SolveParams(time_limit=60), time_limit=0)
    assert result.status is SolveStatus.TIMED_OUT
    assert solve(scenario, params=SolveParams(time_limit=0)).status is SolveStatus.TIMED_OUT


def test_a_haderslev_size_pooled_model_gets_one_strong_lp_worker() -> None:
    pooled = _parameters(5_000, SolveParams())
    assert pooled.num_workers == 1 and pooled.linearization_level == 2
    assert not pooled.optimize_with_lb_tree_search
    city = _parameters(30_000, SolveParams())
    assert list(city.subsolvers) == ["max_lp"] or city.num_workers >= 3


def test_exact_models_keep_the_lns_workers_beside_max_lp() -> None:
    solver = cp_model.CpSolver()
    set_parameters(solver.parameters, 5_000, SolveParams(), exact=True)
    assert list(solver.parameters.subsolvers) == ["max_lp"] or solver.parameters.num_workers >= 3


def test_a_proof_in_a_haderslev_size_exact_model_gets_one_max_lp_worker() -> None:
    """The whole exact model (``proof``) gets one worker set as CP-SAT's ``max_lp``; a larger
    one, or chosen workers, keep the usual choice."""
    proof = _parameters(5_000, SolveParams(), exact=True, proof=True)
    assert proof.num_workers == 1 and proof.linearization_level == 2
    assert not proof.add_lp_constraints_lazily and proof.root_lp_iterations == 100_000
    large = _parameters(20_000, SolveParams(), exact=True, proof=True)
    assert list(large.subsolvers) == ["max_lp"] or large.num_workers >= 3
    chosen = _parameters(5_000, SolveParams(workers=2), exact=True, proof=True)
    assert chosen.num_workers == 2 and chosen.add_lp_constraints_lazily


def test_only_large_models_look_for_big_linear_overlaps_in_presolve() -> None:
    for literals, exact in ((100, False), (5_000, False), (5_000, True)):
        assert not _parameters(literals, SolveParams(), exact=exact).find_big_linear_overlap
    assert _parameters(30_000, SolveParams()).find_big_linear_overlap
    assert _parameters(5_000, SolveParams(overlap_presolve_from=0)).find_big_linear_overlap
