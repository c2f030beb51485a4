"""First come, first served: how a spreadsheet is filled today, and the baseline for CP-SAT.

Acute requests first, then by date received; each gets the nearest allowed start, at the first
suitable centre with a free bed (the preferred centre first). Every request is tried once against
all the requests granted before it, so the plan is maximal by construction.
"""

from __future__ import annotations

from scheduler.solve.instance import Candidate, Instance
from scheduler.solve.ledger import Ledger


def arrival_order(candidates: list[Candidate]) -> list[Candidate]:
    """Acute first, then by date received, then as listed in the scenario."""
    return sorted(candidates, key=lambda c: (not c.request.is_acute, c.request.received, c.order))


def greedy(instance: Instance) -> Ledger:
    """The first-come-first-served plan, in its ``Ledger``."""
    ledger = Ledger(instance)
    ledger.fill(arrival_order(instance.candidates))
    return ledger
