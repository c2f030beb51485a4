"""From a filled ``Ledger`` to a ``Plan``: pinned stays, granted stays with bed labels, and a
reason for every rejection."""

from __future__ import annotations

from datetime import date

from scheduler.domain.model import Decision, Plan, Stay
from scheduler.solve.beds import label_beds
from scheduler.solve.ledger import Ledger
from scheduler.solve.reasons import rejection_reason


def assemble_plan(ledger: Ledger) -> Plan:
    """The plan with one decision per request, in the scenario's order.

    Raises ``RuntimeError`` if a rejected request would still fit: callers make the ledger
    maximal first.
    """
    instance = ledger.instance
    scenario = instance.scenario
    dates: dict[str, tuple[str, date, date]] = {
        b.request_id: (b.centre_id, b.start, b.end) for b in instance.pinned
    }
    for request_id, (centre_id, day) in ledger.granted.items():
        length = scenario.request_by_id[request_id].nights
        dates[request_id] = (centre_id, instance.day(day), instance.day(day + length))
    previous = {b.request_id: b.bed for b in scenario.bookings if b.bed is not None}
    labels = label_beds(
        [(rid, c, s, e) for rid, (c, s, e) in dates.items()],
        {c.centre_id: c.beds for c in scenario.centres},
        previous,
    )
    decisions = []
    for request in scenario.requests:
        granted = dates.get(request.request_id)
        if granted is not None:
            centre_id, start, end = granted
            stay = Stay(request.request_id, centre_id, labels[request.request_id], start, end)
            decisions.append(Decision(request.request_id, request.person_id, stay=stay))
            continue
        reason = rejection_reason(ledger, request)
        if reason is None:
            raise RuntimeError(f"request {request.request_id} fits but was not granted")
        decisions.append(Decision(request.request_id, request.person_id, reason=reason))
    return Plan(tuple(decisions))
