"""Rejection reasons judged against the final plan (``docs/rules.md``, "Reasons for a rejection").

A rejected request must carry the first reason of that list that applies. The list is
walked in order; from reason 5 on, the request's possible starts are narrowed step by step:
inside the horizon, on allowed arrival and departure weekdays, keeping the yearly limits on
nights and then on stays (for stays that count toward them), apart from the person's other
stays, and finally with room at a suitable centre. If a start survives every step the
request fits into the plan as it is, and the plan is not maximal.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from scheduler.domain.check_calendar import (
    CentreNights,
    counts_toward_limits,
    nights_per_year,
    overlaps_or_touches,
    person_year,
    stays_before,
    used_before,
)
from scheduler.domain.check_violation import Violation
from scheduler.domain.model import Centre, Decision, Person, Reason, Request, Scenario, Stay


@dataclass(frozen=True)
class Verdict:
    """The first reason that applies to a request, or where it would fit when none applies."""

    reason: Reason | None
    fit: tuple[date, str] | None = None


def suitable_centres(scenario: Scenario, person: Person, request: Request) -> list[Centre]:
    """Centres of a kind allowed for the request (acute requests may have kinds of their own)
    whose tags include all the person's needs."""
    rules = scenario.rules
    kinds = rules.centre_kinds
    if request.is_acute and rules.acute_centre_kinds is not None:
        kinds = rules.acute_centre_kinds
    return [c for c in scenario.centres if c.kind in kinds and person.needs <= c.tags]


def window(
    request: Request, earliest: date | None = None, latest: date | None = None
) -> list[date]:
    """Every start within ``flex_days`` of the wished start, nearest to it first.

    With ``earliest`` and ``latest`` only the starts between them (both included) are given;
    the others are never computed, so a flex window of any width costs no more than that span.
    """
    low, high = -request.flex_days, request.flex_days
    if earliest is not None:
        low = max(low, (earliest - request.start).days)
    if latest is not None:
        high = min(high, (latest - request.start).days)
    starts = [request.start + timedelta(days=shift) for shift in range(low, high + 1)]
    return sorted(starts, key=lambda s: (abs((s - request.start).days), s))


def first_reason(
    scenario: Scenario, request: Request, others: Sequence[Stay], centre_nights: CentreNights
) -> Verdict:
    """The first applicable rejection reason for ``request``.

    Parameters
    ----------
    scenario
        The scenario the request belongs to.
    request
        The request to judge; it must not be among the granted stays.
    others
        The person's granted stays in the plan (all of them but this request's).
    centre_nights
        Every granted stay of the plan, night by night.
    """
    rules = scenario.rules
    person = scenario.person_by_id[request.person_id]
    if rules.acute_eligibility or not request.is_acute:
        if rules.exclude_self_appointed_helper and person.self_appointed_helper:
            return Verdict(Reason.SELF_APPOINTED_HELPER)
        if rules.require_consent and not person.consent:
            return Verdict(Reason.NO_CONSENT)
    centres = suitable_centres(scenario, person, request)
    if not centres:
        return Verdict(Reason.NO_SUITABLE_CENTRE)
    too_long = rules.max_stay_nights is not None and request.nights > rules.max_stay_nights
    too_short = rules.min_stay_nights is not None and request.nights < rules.min_stay_nights
    if too_long or too_short:
        return Verdict(Reason.STAY_LIMIT)
    length = timedelta(days=request.nights)
    starts = [
        s
        for s in window(request, scenario.horizon_start, scenario.horizon_end - length)
        if s >= scenario.horizon_start and s + length <= scenario.horizon_end
    ]
    if not starts:
        return Verdict(Reason.OUTSIDE_HORIZON)
    starts = [
        s
        for s in starts
        if s.isoweekday() in rules.arrival_weekdays
        and (s + length).isoweekday() in rules.departure_weekdays
    ]
    if not starts:
        return Verdict(Reason.ARRIVAL_DAY)
    if counts_toward_limits(rules, request):
        counting = [
            o for o in others if counts_toward_limits(rules, scenario.request_by_id[o.request_id])
        ]
        taken: Counter[int] = Counter()
        for stay in counting:
            taken += nights_per_year(person, stay.start, stay.end)
        starts = [s for s in starts if _keeps_yearly_limit(scenario, person, taken, s, s + length)]
        if not starts:
            return Verdict(Reason.ANNUAL_LIMIT)
        arrivals = Counter(person_year(person, stay.start) for stay in counting)
        starts = [s for s in starts if _keeps_stays_limit(scenario, person, arrivals, s)]
        if not starts:
            return Verdict(Reason.STAYS_LIMIT)
    starts = [
        s
        for s in starts
        if not any(overlaps_or_touches((s, s + length), (o.start, o.end)) for o in others)
    ]
    if not starts:
        return Verdict(Reason.PERSON_OVERLAP)
    for start in starts:
        for centre in centres:
            if centre_nights.has_room(centre.centre_id, start, start + length):
                return Verdict(None, (start, centre.centre_id))
    return Verdict(Reason.CAPACITY)


def _keeps_yearly_limit(
    scenario: Scenario, person: Person, taken: Counter[int], start: date, end: date
) -> bool:
    """Whether a stay ``[start, end)`` keeps the person's limit in every year it touches."""
    limit = scenario.annual_limit(person)
    return all(
        taken[year] + count + used_before(scenario, person, year) <= limit
        for year, count in nights_per_year(person, start, end).items()
    )


def _keeps_stays_limit(
    scenario: Scenario, person: Person, arrivals: Counter[int], start: date
) -> bool:
    """Whether one more stay arriving on ``start`` keeps ``max_stays_per_year`` in its year."""
    limit = scenario.rules.max_stays_per_year
    if limit is None:
        return True
    year = person_year(person, start)
    return arrivals[year] + 1 + stays_before(scenario, person, year) <= limit


def reason_violations(scenario: Scenario, chosen: Mapping[str, Decision]) -> list[Violation]:
    """Rejections whose stated reason is not the first that applies, or to which none applies
    (the request fits into the plan as it is: the plan is not maximal)."""
    granted = [d.stay for d in chosen.values() if d.stay is not None]
    centre_nights = CentreNights(scenario, granted)
    by_person: dict[str, list[Stay]] = {}
    for stay in granted:
        person_id = scenario.request_by_id[stay.request_id].person_id
        by_person.setdefault(person_id, []).append(stay)
    found: list[Violation] = []
    for request in scenario.requests:
        decision = chosen.get(request.request_id)
        if decision is None or decision.stay is not None:
            continue
        others = by_person.get(request.person_id, [])
        verdict = first_reason(scenario, request, others, centre_nights)
        rid = request.request_id
        if verdict.fit is not None:
            start, centre = verdict.fit
            found.append(
                Violation(
                    "not_maximal",
                    (rid,),
                    "checker.not_maximal",
                    {
                        "request": rid,
                        "stated": decision.reason,
                        "centre": centre,
                        "start": start,
                        "end": start + timedelta(days=request.nights),
                    },
                )
            )
        elif verdict.reason != decision.reason:
            found.append(
                Violation(
                    "wrong_reason",
                    (rid,),
                    "checker.wrong_reason",
                    {"request": rid, "stated": decision.reason, "true": verdict.reason},
                )
            )
    return found
