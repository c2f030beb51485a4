"""Every tunable of a solve in one place (as PyVRP's ``SolveParams``): the time limit and CP-SAT's
workers, seed and log, and the shares of time and the model sizes the pipeline switches at.

The defaults are what the measurements in ``docs/solver.md`` and ``bench/README.md`` chose;
change one for an experiment with ``solve(scenario, params=SolveParams(...))``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SolveParams:
    """How a solve may spend its time and which models it may build."""

    time_limit: float = 60.0
    """Seconds for the whole run, reading excepted; always honoured (model building included,
    roughly)."""
    workers: int | None = None
    """CP-SAT search workers for every model; ``None``: chosen by the model's size (see
    ``one_worker_below``, ``portfolio_cores``)."""
    seed: int | None = None
    """CP-SAT's random seed; ``None`` leaves CP-SAT's own."""
    log: bool = False
    """Whether CP-SAT logs its search (to standard output)."""

    # The share of the time each step may take.
    finishing_share: float = 0.3
    """At most this share of the time limit is kept back for the work after CP-SAT (making the
    plan maximal, the reasons): about twice the compile-and-greedy time is kept."""
    safety_share: float = 0.02
    """Kept back too, for CP-SAT overrunning its limits on a loaded machine."""
    part_min_seconds: float = 1.0
    """Seconds a part may use at least (if an equal split of the time left allows): a share by
    size alone would leave a tiny part less than a criterion's safety margin, and so
    unsearched. Small parts finish in milliseconds, so what they do not use flows on to the
    larger ones."""
    criterion_share: float = 0.6
    """The share of the part's remaining time a criterion may search when later ones have
    something to search (the last takes all). Earlier criteria rank strictly higher, so each
    takes most of what is left; time a criterion does not need flows on to the next. Measured
    on the demo: a fairer split (a quarter each) proved the late tiers but lost 142 timely
    nights."""
    criterion_margin_seconds: float = 0.3
    """Seconds kept back at least per criterion for setting it up and for what CP-SAT does
    after its time limit; on large parts the margin grows to the largest such overrun seen, so
    that a part ends by its deadline."""
    overrun_seconds_per_literal: float = 1e-5
    """CP-SAT's presolve cannot stop at once: on a region-size part (970,000 literals) a
    criterion overran its limit by several seconds, about a second per 100,000 literals."""
    narrowed_share: float = 0.5
    """The share of a criterion's time that the exact model of just the granted candidates
    (and, for a part too large for the exact model, mending) may take."""
    deal_search_share: float = 0.1
    """The share of the part's remaining time a CP-SAT search for centres may take when first
    fit fails to deal out a pooled plan: a deal is usually found at once or not at all."""

    # The sizes at which the pipeline changes course.
    exact_model_below: int = 50_000
    """A part falls back on its exact model (and mending on a window's) only when that model
    has fewer (centre, start) literals than this: a larger one would cost the time and memory
    the pooled model saves. Larger parts mend instead."""
    mend_reach_days: int = 7
    """Days around each stay left over that mending frees when the stays sharing its nights are
    too few (doubled while still too few)."""
    combine_groups: bool = True
    """Search a group's persons and nights as one weighted criterion (persons times the nights'
    ceiling plus one, plus nights): exactly the pair in order, in one CP-SAT run instead of
    two."""
    combined_weight_limit: int = 2**40
    """Consecutive groups (and other criteria that reward stays) are searched as one block
    while the product of their ceilings plus one stays within this (the block's largest
    weight); 1 keeps blocks to one group's pair. On generated S and the demo, 4 CP-SAT runs
    instead of 10 before the preferred centre (6 with pairs only), each of which costs about
    0.1 s of presolve however little it has to decide. CP-SAT's objective stays far from the
    2**53 where floating point would round it."""
    blocks_below: int = 10_000
    """Blocks (a group's pair, and groups merged) only in pooled models with fewer literals
    than this (a Haderslev year): there each CP-SAT run's fixed cost of about 0.1 s is what a
    block saves. On a city (M, 60,000 literals) the runs take seconds, and a block that runs
    out of time proves less than its members alone would: a pair whose persons are not proven
    leaves the nights with no bound but their ceiling (M: timely nights 10,491 below that
    ceiling, against 81 below a proven bound when persons and nights are searched apart), and
    a block of the timely tier with the first late group ran out at 60 % of the minute."""
    hall_unions: int = 0
    """Unions of overlapping sets of usable centres that get Hall constraints of their own in
    the pooled model, beyond the sets themselves: they make the relaxation tighter, at the
    price of model size, and measured they never paid. On generated L (54 sets of centres) 64
    unions made the pooled model 9,966,479 terms in 45,333 constraints against 1,692,010 in
    27,394 without (built in 8.1 s against 2.6 s); each of the first criteria took 4.3-5.2 s
    against 1.2-1.5 s, and the largest timely group's persons found no plan in the minute
    (5,302 families against 5,656, seed 1). On M (seeds 1-3, 60 s) timely nights were 9-49
    higher without; on S seeds 1-3 and the demo the times were alike (5.3, 4.8, 7.5, 5.2 s
    without against 5.4, 5.3, 9.2, 4.8 s with)."""

    # CP-SAT's workers by model size (measured on 2 cores: see ``workers``).
    one_worker_below: int = 200
    """Models with fewer literals than this are solved by one plain worker (threads and cuts
    cost more than they give there), unless ``workers`` is set."""
    max_lp_below: int = 50_000
    """On fewer than ``portfolio_cores`` workers, the one full-problem worker is ``max_lp`` only
    for models with fewer literals than this: from here on its linear relaxation costs more than
    it gives within a minute (on generated L, 78,000 literals, timely persons reached 4,883 in
    21 s with it and 5,233 in 19 s with CP-SAT's own choice)."""
    portfolio_cores: int = 3
    """From this many workers on, CP-SAT's own portfolio (which includes ``max_lp``) is used."""
    portfolio_workers: int = 8
    """The most workers chosen by default (one per core)."""
    proof_worker_below: int = 10_000
    """Whole exact models (the proof of a criterion whose pooled plan could not be dealt out:
    on a Haderslev year, the preferred centre) with fewer literals than this get one worker set
    as CP-SAT's ``max_lp`` worker sets itself (``linearization_level`` 2, every linear
    constraint in the relaxation from the start, 100,000 root LP iterations), unless
    ``workers`` is set. Measured on the whole exact models of the preferred centre exported
    from generated S seeds 1-3 and the demo (CP-SAT seeds 1-3): S1 proven in 4.7-4.9 units of
    deterministic time instead of 11.4 with ``max_lp`` beside the LNS workers (wall time 2.6 s
    against 8.5 s back to back, load 3), the demo 5.1-7.1 instead of 10.8, S2 6.6-10 instead
    of 7.3 (wall 4.3 s against 5.0 s); S3 unproven in 40 s either way. Each of the settings
    alone did not prove S1 or S2 in 20 s, nor did ``linearization_level`` 2 alone in 40 s.
    The narrowed model keeps the LNS workers, which find its plans faster (S1: 4.4 s against
    9.2 s)."""
    race_below: int = 10_000
    """Parts whose exact model has fewer literals than this (a Haderslev year) prove a
    criterion whose pooled plan could not be dealt out two ways at once, one core each, the
    first to finish winning (see ``lexicographic._Part._proven_two_ways``); 0 turns it off.
    Set where the whole exact model gets one proof worker, so that the race uses two cores."""
    overlap_presolve_from: int = 10_000
    """Only models with at least this many literals get CP-SAT's presolve steps that look for
    large overlaps between linear constraints (``find_big_linear_overlap``): on a Haderslev
    year they took about 0.1 s of each of presolve's three rounds, in every one of the 10-20
    CP-SAT runs of a solve. Without them, whole runs interleaved on a quiet machine (2 rounds
    for S seeds 1-3 and the demo, 1 for seeds 4-6): S1 5.0-5.2 s against 7.2-7.5 s, S2
    4.7-5.2 against 5.8-6.2, S3 7.1-8.5 against 10.3-25.2, S4 7.6 against 12.4, S5 5.8 against
    7.1, S6 12.0 against 8.5, the demo 3.9-4.7 against 6.4-7.0. On M (60 s, seeds 1-3) the
    values moved within the run-to-run noise either way, so larger models keep them."""
    single_lp_worker_below: int = 10_000
    """Pooled models with fewer literals than this (a Haderslev year: 1,800-6,000) get one
    worker with CP-SAT's strongest linear relaxation (``linearization_level`` 2, what the
    ``max_lp`` worker runs), unless ``workers`` is set: on generated S and the demo it proves
    the criteria before the preferred centre as fast as ``max_lp`` beside the LNS workers on 2
    cores (10.7 s against 10.6 s for 20 stored models), deterministically, and leaves the other
    core free. Larger models (a city) keep the LNS workers, which find their plans."""
