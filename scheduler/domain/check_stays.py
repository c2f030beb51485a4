"""The rules a set of granted stays must keep on their own (``docs/rules.md``, "What every plan
keeps").

Each rule is checked the plain way, stay by stay, night by night or person by person, so that a
reader can see it is right. The same checks serve plans and pinned bookings (which have no bed
label yet: pass ``check_beds=False``).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import combinations

from scheduler.domain.check_calendar import (
    ONE_DAY,
    CentreNights,
    counts_toward_limits,
    nights_per_year,
    overlaps_or_touches,
    person_year,
    stays_before,
    used_before,
    year_period,
)
from scheduler.domain.check_violation import Violation
from scheduler.domain.model import WAIVABLE_RULES, Centre, Person, Request, Scenario, Stay


def stay_violations(
    scenario: Scenario, stays: Sequence[Stay], *, check_beds: bool = True
) -> list[Violation]:
    """Every rule the granted ``stays`` break among themselves, in a stable order.

    Parameters
    ----------
    scenario
        A valid scenario (every request names a known person).
    stays
        The granted stays, at most one per request.
    check_beds
        Check the bed labels (in ``1 … beds``, no two stays sharing one on a night). Pinned
        bookings carry no label yet, so the scenario reader passes ``False`` for them.

    Returns
    -------
    list[Violation]
        First the stays' own faults in the given order, then over-full nights by centre, bed
        clashes, and the yearly limit and one-stay-at-a-time rule person by person. A
        violation the scenario's waivers excuse (``waived``) is left out.
    """
    violations: list[Violation] = []
    known: list[Stay] = []
    for stay in stays:
        request = scenario.request_by_id.get(stay.request_id)
        if request is None:
            violations.append(
                Violation(
                    "unknown_request",
                    (stay.request_id,),
                    "checker.unknown_request",
                    {"request": stay.request_id},
                )
            )
            continue
        known.append(stay)
        violations += _single_stay(scenario, request, stay, check_beds)
    centre_nights = CentreNights(scenario, known)
    order = {r.request_id: i for i, r in enumerate(scenario.requests)}
    violations += _capacity(scenario, centre_nights, order)
    if check_beds:
        violations += _bed_clashes(centre_nights, order)
    violations += _person_rules(scenario, known, order)
    return [v for v in violations if not waived(scenario, v)]


def waived(scenario: Scenario, violation: Violation) -> bool:
    """Whether the scenario excuses the violation: its rule may be waived and every request it
    names has a waiver for that rule (an exception for one stay never excuses another)."""
    return (
        violation.rule in WAIVABLE_RULES
        and bool(violation.request_ids)
        and all((rid, violation.rule) in scenario.waived for rid in violation.request_ids)
    )


def _in_request_order(order: Mapping[str, int], request_ids: Iterable[str]) -> tuple[str, ...]:
    """The distinct ``request_ids`` sorted by ``order`` (their place in ``requests.csv``)."""
    return tuple(sorted(set(request_ids), key=order.__getitem__))


def _single_stay(
    scenario: Scenario, request: Request, stay: Stay, check_beds: bool
) -> list[Violation]:
    person = scenario.person_by_id[request.person_id]
    found = _place_rules(scenario, person, request, stay, check_beds)
    found += _date_rules(scenario, request, stay)
    found += _eligibility(scenario, person, request, stay)
    return found


def _violation(rule: str, key: str, stay: Stay, **params: object) -> Violation:
    """A violation of one stay's own rule; its message names the request."""
    return Violation(
        rule, (stay.request_id,), f"checker.{key}", {"request": stay.request_id, **params}
    )


def _place_rules(
    scenario: Scenario, person: Person, request: Request, stay: Stay, check_beds: bool
) -> list[Violation]:
    """The centre exists, the bed label is one of its beds, and the centre suits the person:
    its kind is allowed for the request (acute ones may have kinds of their own) and it has
    every one of the person's needs."""
    centre: Centre | None = scenario.centre_by_id.get(stay.centre_id)
    if centre is None:
        return [_violation("unknown_centre", "unknown_centre", stay, centre=stay.centre_id)]
    found = []
    if check_beds and not 1 <= stay.bed <= centre.beds:
        found.append(
            _violation(
                "bed_label",
                "bed_label",
                stay,
                centre=centre.centre_id,
                bed=stay.bed,
                beds=centre.beds,
            )
        )
    rules = scenario.rules
    kinds = rules.centre_kinds
    if request.is_acute and rules.acute_centre_kinds is not None:
        kinds = rules.acute_centre_kinds
    if centre.kind not in kinds:
        found.append(
            _violation(
                "suitability", "suitability_kind", stay, centre=centre.centre_id, kind=centre.kind
            )
        )
    missing = person.needs - centre.tags
    if missing:
        found.append(
            _violation(
                "suitability",
                "suitability_needs",
                stay,
                centre=centre.centre_id,
                missing=", ".join(sorted(missing)),
            )
        )
    return found


def _date_rules(scenario: Scenario, request: Request, stay: Stay) -> list[Violation]:
    """Wished length, stay limits, flex window, arrival and departure weekdays and horizon."""
    rules = scenario.rules
    found = []
    if stay.nights != request.nights:
        found.append(
            _violation("length", "length", stay, nights=stay.nights, wished=request.nights)
        )
    if rules.max_stay_nights is not None and stay.nights > rules.max_stay_nights:
        found.append(
            _violation(
                "stay_limit", "stay_limit", stay, nights=stay.nights, limit=rules.max_stay_nights
            )
        )
    if rules.min_stay_nights is not None and stay.nights < rules.min_stay_nights:
        found.append(
            _violation(
                "stay_limit",
                "stay_limit_min",
                stay,
                nights=stay.nights,
                limit=rules.min_stay_nights,
            )
        )
    shift = abs((stay.start - request.start).days)
    if shift > request.flex_days:
        found.append(
            _violation(
                "flex",
                "flex",
                stay,
                start=stay.start,
                wished=request.start,
                shift=shift,
                flex=request.flex_days,
            )
        )
    if stay.start.isoweekday() not in rules.arrival_weekdays:
        found.append(_violation("weekday", "weekday", stay, weekday=stay.start.isoweekday()))
    if stay.end.isoweekday() not in rules.departure_weekdays:
        found.append(
            _violation("weekday", "departure_weekday", stay, weekday=stay.end.isoweekday())
        )
    if stay.start < scenario.horizon_start or stay.end > scenario.horizon_end:
        found.append(
            _violation(
                "horizon",
                "horizon",
                stay,
                start=stay.start,
                end=stay.end,
                horizon_start=scenario.horizon_start,
                horizon_end=scenario.horizon_end,
            )
        )
    return found


def _eligibility(
    scenario: Scenario, person: Person, request: Request, stay: Stay
) -> list[Violation]:
    """No grant where the carer is a self-appointed helper, none without consent (per profile;
    for an acute request only where ``acute_eligibility`` holds)."""
    rules = scenario.rules
    found: list[Violation] = []
    if request.is_acute and not rules.acute_eligibility:
        return found
    if rules.exclude_self_appointed_helper and person.self_appointed_helper:
        found.append(_violation("eligibility", "eligibility_helper", stay))
    if rules.require_consent and not person.consent:
        found.append(_violation("eligibility", "eligibility_consent", stay))
    return found


@dataclass
class _Run:
    """Consecutive over-full nights at one centre, with the stays on them."""

    centre_id: str
    first: date
    last: date
    excess: int
    request_ids: list[str]


def _capacity(
    scenario: Scenario, centre_nights: CentreNights, order: Mapping[str, int]
) -> list[Violation]:
    """Nights on which a centre holds more stays than its open beds, one violation per run of
    consecutive over-full nights (stays at unknown centres are reported on their own)."""
    runs: list[_Run] = []
    for centre_id, night in centre_nights.occupied():
        if centre_id not in scenario.centre_by_id:
            continue
        request_ids = [s.request_id for s in centre_nights.stays_on(centre_id, night)]
        excess = len(request_ids) - centre_nights.capacity(centre_id, night)
        if excess <= 0:
            continue
        run = runs[-1] if runs else None
        if run is not None and run.centre_id == centre_id and run.last + ONE_DAY == night:
            run.last = night
            run.excess = max(run.excess, excess)
            run.request_ids += request_ids
        else:
            runs.append(_Run(centre_id, night, night, excess, request_ids))
    return [
        Violation(
            "capacity",
            _in_request_order(order, run.request_ids),
            "checker.capacity",
            {"centre": run.centre_id, "first": run.first, "last": run.last, "excess": run.excess},
        )
        for run in runs
    ]


def _bed_clashes(centre_nights: CentreNights, order: Mapping[str, int]) -> list[Violation]:
    """Pairs of stays at one centre sharing a bed label on some night, reported once per pair
    with the first night they share."""
    first_clash: dict[tuple[str, ...], tuple[str, int, date]] = {}
    for centre_id, night in centre_nights.occupied():
        by_bed: defaultdict[int, list[str]] = defaultdict(list)
        for stay in centre_nights.stays_on(centre_id, night):
            by_bed[stay.bed].append(stay.request_id)
        for bed, request_ids in sorted(by_bed.items()):
            for pair in combinations(_in_request_order(order, request_ids), 2):
                first_clash.setdefault(pair, (centre_id, bed, night))
    return [
        Violation(
            "bed_clash",
            pair,
            "checker.bed_clash",
            {"first": pair[0], "second": pair[1], "centre": centre_id, "bed": bed, "night": night},
        )
        for pair, (centre_id, bed, night) in first_clash.items()
    ]


def _person_rules(
    scenario: Scenario, stays: Sequence[Stay], order: Mapping[str, int]
) -> list[Violation]:
    """The yearly limits and one stay at a time, person by person in ``persons.csv`` order.

    Only the stays that count (``docs/rules.md``: not acute ones where the profile says so) are
    held to the yearly limits; every stay is held to one stay at a time.
    """
    by_person: defaultdict[str, list[Stay]] = defaultdict(list)
    for stay in stays:
        by_person[scenario.request_by_id[stay.request_id].person_id].append(stay)
    found: list[Violation] = []
    for person in scenario.persons:
        mine = sorted(by_person.get(person.person_id, []), key=lambda s: (s.start, s.end))
        counting = [
            stay
            for stay in mine
            if counts_toward_limits(scenario.rules, scenario.request_by_id[stay.request_id])
        ]
        found += _yearly_limit(scenario, person, counting, order)
        found += _stays_limit(scenario, person, counting, order)
        found += _one_at_a_time(mine)
    return found


def _yearly_limit(
    scenario: Scenario, person: Person, stays: Sequence[Stay], order: Mapping[str, int]
) -> list[Violation]:
    """Nights in each of the person's years Y plus ``used_nights`` (when Y holds
    ``horizon_start``) must not pass the person's yearly nights."""
    per_year: Counter[int] = Counter()
    in_year: defaultdict[int, list[str]] = defaultdict(list)
    for stay in stays:
        for year, count in nights_per_year(person, stay.start, stay.end).items():
            per_year[year] += count
            in_year[year].append(stay.request_id)
    limit = scenario.annual_limit(person)
    found = []
    for year in sorted(per_year):
        used = used_before(scenario, person, year)
        if per_year[year] + used > limit:
            request_ids = _in_request_order(order, in_year[year])
            found.append(
                Violation(
                    "annual_limit",
                    request_ids,
                    "checker.annual_limit",
                    {
                        "person": person.person_id,
                        "requests": ", ".join(request_ids),
                        "year": year,
                        "period": year_period(person, year),
                        "nights": per_year[year] + used,
                        "used": used,
                        "limit": limit,
                    },
                )
            )
    return found


def _stays_limit(
    scenario: Scenario, person: Person, stays: Sequence[Stay], order: Mapping[str, int]
) -> list[Violation]:
    """The stays arriving in each of the person's years Y plus ``used_stays`` (when Y holds
    ``horizon_start``) must not pass ``max_stays_per_year``."""
    limit = scenario.rules.max_stays_per_year
    if limit is None:
        return []
    arriving: defaultdict[int, list[str]] = defaultdict(list)
    for stay in stays:
        arriving[person_year(person, stay.start)].append(stay.request_id)
    found = []
    for year in sorted(arriving):
        used = stays_before(scenario, person, year)
        if len(arriving[year]) + used > limit:
            request_ids = _in_request_order(order, arriving[year])
            found.append(
                Violation(
                    "stays_limit",
                    request_ids,
                    "checker.stays_limit",
                    {
                        "person": person.person_id,
                        "requests": ", ".join(request_ids),
                        "year": year,
                        "period": year_period(person, year),
                        "stays": len(arriving[year]) + used,
                        "used": used,
                        "limit": limit,
                    },
                )
            )
    return found


def _one_at_a_time(stays: Sequence[Stay]) -> list[Violation]:
    """Every pair of one person's stays that overlap or touch (arrival on a departure day)."""
    return [
        Violation(
            "person_overlap",
            (first.request_id, second.request_id),
            "checker.person_overlap",
            {
                "first": first.request_id,
                "first_start": first.start,
                "first_end": first.end,
                "second": second.request_id,
                "second_start": second.start,
                "second_end": second.end,
            },
        )
        for first, second in combinations(stays, 2)
        if overlaps_or_touches((first.start, first.end), (second.start, second.end))
    ]
