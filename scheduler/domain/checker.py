"""The independent plan checker behind ``respite check``: does a plan keep every rule of
``docs/rules.md`` and is it a well-formed ``plan.csv`` (``docs/scenario-format.md``)?

It shares no code with the solver. The work is split by kind of rule: the plan's rows
(``check_rows``), the granted stays on their own (``check_stays``) and the rejection reasons
against the final plan (``check_reasons``).
"""

from __future__ import annotations

from scheduler.domain.check_reasons import reason_violations
from scheduler.domain.check_rows import effective_decisions, pinned_violations, row_violations
from scheduler.domain.check_stays import stay_violations
from scheduler.domain.check_violation import Violation, format_violation
from scheduler.domain.model import Plan, Scenario

__all__ = ["Violation", "check_plan", "format_violation", "stay_violations"]


def check_plan(scenario: Scenario, plan: Plan) -> list[Violation]:
    """Every rule the plan breaks, in a stable order; an empty list means the plan is sound.

    Parameters
    ----------
    scenario
        A valid scenario (as the scenario reader returns it).
    plan
        The plan to check, e.g. read from ``plan.csv``.

    Returns
    -------
    list[Violation]
        First faults of the rows (missing, repeated, unknown, wrong person), then the granted
        stays' rules, then pinned bookings, then the rejection reasons. Where a request has
        several rows, only its first is judged beyond being reported as repeated.
    """
    chosen = effective_decisions(scenario, plan)
    stays = [d.stay for d in chosen.values() if d.stay is not None]
    return [
        *row_violations(scenario, plan),
        *stay_violations(scenario, stays),
        *pinned_violations(scenario, chosen),
        *reason_violations(scenario, chosen),
    ]
