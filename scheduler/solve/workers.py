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
    prove: bool = False,
) -> None:
    """Set CP-SAT's workers, seed and log for a model of ``literals`` Boolean variables: the
    workers of ``params`` if given, else one per core (at most ``portfolio_workers``), or one
    plain worker for a tiny model, one ``linearization_level`` 2 worker for a Haderslev-size
    pooled model, or one ``lb_tree_search`` worker for a Haderslev-size model whose search is
    mostly a proof (``prove``: the whole exact model after the narrowed one found the plan).
    Other ``exact`` models (the narrowed one, mending) are searches for plans, which the LNS
    workers beside ``max_lp`` find faster (the narrowed model of generated S seed 1: 1.7 units
    of deterministic time instead of 8.8 with one worker). On fewer
    than ``portfolio_cores`` workers, the one full-problem worker is ``max_lp`` unless the
    model is large."""
    if params.seed is not None:
        parameters.random_seed = params.seed
    if params.log:
        parameters.log_search_progress = True
    chosen = params.workers
    if literals < params.one_worker_below and chosen is None:
        parameters.num_workers = 1
        return
    if chosen is None and prove and literals < params.lb_tree_exact_below:
        parameters.num_workers = 1
        parameters.linearization_level = 2
        parameters.add_lp_constraints_lazily = False
        parameters.optimize_with_lb_tree_search = True
        return
    if chosen is None and not exact and literals < params.single_lp_worker_below:
        parameters.num_workers = 1
        parameters.linearization_level = 2
        return
    workers = chosen or min(params.portfolio_workers, os.cpu_count() or 1)
    parameters.num_workers = workers
    if workers < params.portfolio_cores and literals < params.max_lp_below:
        parameters.subsolvers.append("max_lp")
