"""Which CP-SAT workers a model gets (and its seed and log, from ``SolveParams``).

Measured on 2 cores (models of generated S, M and the demo, exported at each criterion and solved
again with each setting; `bench/README.md` has the figures): one full-problem worker with CP-SAT's
strongest linear relaxation (``max_lp``: the centre choices and capacities linearised with cuts)
beside the LNS workers proves a criterion two to three times faster than the 8-worker portfolio,
whose threads share the 2 cores, and ten times faster than CP-SAT's own 2-worker choice
(``default_lp``), which often proves nothing on the centre-dependent criteria.
"""

from __future__ import annotations

import os

from ortools.sat.python.cp_model_helper import SatParameters

from scheduler.solve.params import SolveParams


def set_parameters(
    parameters: SatParameters,
    literals: int,
    params: SolveParams,
    *,
    exact: bool = False,
    proof: bool = False,
) -> None:
    """Set CP-SAT's workers, seed and log for a model of ``literals`` Boolean variables: the
    workers of ``params`` if given, else one per core (at most ``portfolio_workers``), or one
    plain worker for a tiny model, or one ``linearization_level`` 2 worker for a
    Haderslev-size pooled model. ``exact`` models (the narrowed one, mending, the proof of a
    centre-dependent criterion) keep the LNS workers beside ``max_lp``: they find the plans
    faster (the narrowed model of generated S seed 1: 1.7 units of deterministic time instead
    of 8.8 with one worker), and one ``lb_tree_search`` worker proved the 7 whole exact models
    of S seeds 1-6 and the demo in 150 s in all against 79 s. A ``proof`` (the whole exact
    model) under ``proof_worker_below`` literals gets one worker with ``max_lp``'s settings
    instead. On fewer than ``portfolio_cores`` workers, the one full-problem worker is
    ``max_lp`` unless the model is large. Models under ``overlap_presolve_from`` literals skip
    presolve's search for large overlaps between linear constraints."""
    if params.seed is not None:
        parameters.random_seed = params.seed
    if params.log:
        parameters.log_search_progress = True
    if literals < params.overlap_presolve_from:
        parameters.find_big_linear_overlap = False
    chosen = params.workers
    if literals < params.one_worker_below and chosen is None:
        parameters.num_workers = 1
        return
    if chosen is None and proof and literals < params.proof_worker_below:
        parameters.num_workers = 1
        parameters.linearization_level = 2
        parameters.add_lp_constraints_lazily = False
        parameters.root_lp_iterations = 100_000
        return
    if chosen is None and not exact and literals < params.single_lp_worker_below:
        parameters.num_workers = 1
        parameters.linearization_level = 2
        return
    workers = chosen or min(params.portfolio_workers, os.cpu_count() or 1)
    parameters.num_workers = workers
    if workers < params.portfolio_cores and literals < params.max_lp_below:
        parameters.subsolvers.append("max_lp")
