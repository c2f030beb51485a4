"""Pinned bookings are promises: if one breaks a rule (FORMAT.md, objective point 1), that is an
input error naming the booking, judged by the independent checker."""

from __future__ import annotations

from collections.abc import Mapping

from scheduler.domain.checker import stay_violations
from scheduler.domain.faults import Fault
from scheduler.domain.model import Scenario, Stay


def pinned_faults(
    scenario: Scenario, file: str, rows: Mapping[str, int] | None = None
) -> list[Fault]:
    """One fault per pinned booking and broken rule; ``file`` names the bookings table.

    ``rows`` gives each booking's row number in that table by its request (the header is row 1);
    without it the bookings are taken to fill rows 2, 3, … in order. The fault's ``violation``
    param carries the checker's finding, worded when it is shown.
    """
    if rows is None:
        rows = {b.request_id: number for number, b in enumerate(scenario.bookings, start=2)}
    pinned = [
        Stay(b.request_id, b.centre_id, 0, b.start, b.end) for b in scenario.bookings if b.pinned
    ]
    faults = []
    for violation in stay_violations(scenario, pinned, check_beds=False):
        for request_id in violation.request_ids:
            if request_id in rows:
                faults.append(
                    Fault(
                        file,
                        "booking.pinned_breaks_rule",
                        row=rows[request_id],
                        column="request_id",
                        value=request_id,
                        params={"violation": violation},
                    )
                )
    return faults
