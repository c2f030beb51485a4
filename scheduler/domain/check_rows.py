"""The plan's rows against the scenario: one decision per request, and pinned bookings kept."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from scheduler.domain.check_violation import Violation
from scheduler.domain.model import Decision, Plan, Scenario


def effective_decisions(scenario: Scenario, plan: Plan) -> dict[str, Decision]:
    """The decision the checker judges for each request: its first row in the plan.

    Rows for unknown requests and repeated rows are reported by ``row_violations`` and otherwise
    left out, so that one bad row is not reported again by every other rule.
    """
    chosen: dict[str, Decision] = {}
    for decision in plan.decisions:
        if decision.request_id in scenario.request_by_id:
            chosen.setdefault(decision.request_id, decision)
    return chosen


def row_violations(scenario: Scenario, plan: Plan) -> list[Violation]:
    """Missing, repeated and unknown rows, and rows naming another person than the request's."""
    counts = Counter(d.request_id for d in plan.decisions)
    chosen = effective_decisions(scenario, plan)
    found: list[Violation] = []
    for request in scenario.requests:
        rid = request.request_id
        decision = chosen.get(rid)
        if decision is None:
            found.append(
                Violation("missing_decision", (rid,), "checker.missing_decision", {"request": rid})
            )
            continue
        if counts[rid] > 1:
            found.append(
                Violation(
                    "duplicate_decision",
                    (rid,),
                    "checker.duplicate_decision",
                    {"request": rid, "count": counts[rid]},
                )
            )
        if decision.person_id != request.person_id:
            found.append(
                Violation(
                    "person_mismatch",
                    (rid,),
                    "checker.person_mismatch",
                    {"request": rid, "expected": request.person_id, "found": decision.person_id},
                )
            )
    for rid in counts:
        if rid not in scenario.request_by_id:
            found.append(
                Violation("unknown_request", (rid,), "checker.unknown_request", {"request": rid})
            )
    return found


def pinned_violations(scenario: Scenario, chosen: Mapping[str, Decision]) -> list[Violation]:
    """Pinned bookings granted with exactly their centre, arrival and departure (any bed)."""
    found: list[Violation] = []
    for booking in scenario.bookings:
        decision = chosen.get(booking.request_id)
        if not booking.pinned or decision is None:
            continue
        stay = decision.stay
        params = {
            "request": booking.request_id,
            "centre": booking.centre_id,
            "start": booking.start,
            "end": booking.end,
        }
        if stay is None:
            found.append(
                Violation("pinned_moved", (booking.request_id,), "checker.pinned_rejected", params)
            )
        elif (stay.centre_id, stay.start, stay.end) != (
            booking.centre_id,
            booking.start,
            booking.end,
        ):
            found.append(
                Violation("pinned_moved", (booking.request_id,), "checker.pinned_moved", params)
            )
    return found
