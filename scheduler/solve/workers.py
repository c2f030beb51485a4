"""Which CP-SAT workers a model gets.

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

SMALL_MODEL = 200
"""Models with fewer literals than this are solved by one plain worker (threads and cuts cost
more than they give there)."""
LARGE_MODEL = 50_000
"""From this many literals on, ``max_lp``'s linear relaxation costs more than it gives within a
minute: on generated L (78,000 literals) timely persons reached 4,883 in 21 s with it and 5,233
in 19 s with CP-SAT's own choice."""
PORTFOLIO_CORES = 3
"""From this many cores on, CP-SAT's own portfolio (which includes ``max_lp``) gets one worker a
core, at most ``PORTFOLIO_WORKERS``."""
PORTFOLIO_WORKERS = 8


def set_workers(parameters: SatParameters, literals: int, chosen: int | None = None) -> None:
    """Set the workers for a model of ``literals`` Boolean variables: ``chosen`` of them if
    given, else one per core (at most ``PORTFOLIO_WORKERS``). On fewer than
    ``PORTFOLIO_CORES`` workers, the one full-problem worker is ``max_lp`` unless the model is
    large."""
    if literals < SMALL_MODEL and chosen is None:
        parameters.num_workers = 1
        return
    workers = chosen or min(PORTFOLIO_WORKERS, os.cpu_count() or 1)
    parameters.num_workers = workers
    if workers < PORTFOLIO_CORES and literals < LARGE_MODEL:
        parameters.subsolvers.append("max_lp")
