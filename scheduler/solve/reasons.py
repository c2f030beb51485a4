"""Why a request was rejected: the first reason of FORMAT.md's list that holds in the final plan."""

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
from scheduler.solve.occupancy import Occupancy


def rejection_reason(occupancy: Occupancy, request: Request) -> Reason | None:
    """The first reason that applies to ``request`` against the plan in ``occupancy``.

    ``None`` means the request would fit into the plan as it stands.
    """
    instance = occupancy.instance
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
        allowed = [s for s in allowed if occupancy.keeps_annual_limit(person.person_id, s, length)]
        if not allowed:
            return Reason.ANNUAL_LIMIT
        allowed = [s for s in allowed if occupancy.keeps_stays_limit(person.person_id, s)]
        if not allowed:
            return Reason.STAYS_LIMIT
    apart = [s for s in allowed if not occupancy.clashes_with_person(person.person_id, s, length)]
    if not apart:
        return Reason.PERSON_OVERLAP
    if not any(occupancy.centre_has_room(c, s, length) for c in centres for s in apart):
        return Reason.CAPACITY
    return None
