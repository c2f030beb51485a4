"""Why a request was rejected: the first reason of the list in ``docs/rules.md`` ("Reasons for a
rejection") that holds in the final plan."""

from __future__ import annotations

from datetime import timedelta

from scheduler.domain.model import Reason, Request
from scheduler.solve.instance import (
    counts_toward_limits,
    eligibility_applies,
    in_horizon,
    length_allowed,
    on_allowed_weekdays,
    suitable,
)
from scheduler.solve.ledger import Ledger


def rejection_reason(ledger: Ledger, request: Request) -> Reason | None:
    """The first reason that applies to ``request`` against the plan in ``ledger``.

    ``None`` means the request would fit into the plan as it stands.
    """
    instance = ledger.instance
    scenario = instance.scenario
    rules = scenario.rules
    person = scenario.person_by_id[request.person_id]
    if eligibility_applies(request, scenario):
        if rules.exclude_self_appointed_helper and person.self_appointed_helper:
            return Reason.SELF_APPOINTED_HELPER
        if rules.require_consent and not person.consent:
            return Reason.NO_CONSENT
    centres = [c.centre_id for c in scenario.centres if suitable(c, person, request, scenario)]
    if not centres:
        return Reason.NO_SUITABLE_CENTRE
    if not length_allowed(request, scenario):
        return Reason.STAY_LIMIT
    length = request.nights
    starts = in_horizon(request, scenario)
    if not starts:
        return Reason.OUTSIDE_HORIZON
    allowed = [
        instance.index(d)
        for d in starts
        if on_allowed_weekdays(d, d + timedelta(days=length), scenario)
    ]
    if not allowed:
        return Reason.ARRIVAL_DAY
    if counts_toward_limits(request, scenario):
        allowed = [s for s in allowed if ledger.keeps_annual_limit(person.person_id, s, s + length)]
        if not allowed:
            return Reason.ANNUAL_LIMIT
        allowed = [s for s in allowed if ledger.keeps_stays_limit(person.person_id, s)]
        if not allowed:
            return Reason.STAYS_LIMIT
    apart = [s for s in allowed if not ledger.clashes_with_person(person.person_id, s, s + length)]
    if not apart:
        return Reason.PERSON_OVERLAP
    if not any(ledger.centre_has_room(c, s, s + length) for c in centres for s in apart):
        return Reason.CAPACITY
    return None
