"""The promises an import would break: the published plan's stays judged by the independent
checker (``scheduler.domain.checker``) against the scenario as the import would leave the store.

An import inserts or updates by id and replaces the closures of the centres it names
(``scheduler.store.scenario_repo``); ``merged`` builds that scenario from the stored one without
writing anything, so a preview and the import itself judge the same thing. Every published stay
is a promise of its centre and dates, held as a pinned booking: a cut in beds, a new closure, a
moved wish, changed needs or eligibility that such a stay no longer keeps is a broken promise.
Bed labels are not promised (the next plan labels the beds again, as for any pinned booking),
and only what the import breaks counts: a rule the stored data already broke is not laid to it.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, replace
from datetime import date
from typing import TypeVar

from scheduler.domain.checker import Violation, check_plan
from scheduler.domain.model import Booking, Plan, Scenario

LABEL_RULES = frozenset({"bed_label", "bed_clash"})
"""The checker's rules on bed labels, which are not part of a promise."""

T = TypeVar("T")


@dataclass(frozen=True)
class BrokenPromise:
    """A published stay the import would break: the request, its person, the promised centre
    and dates, the checker's ``rule`` code (``capacity``, ``flex``, ``suitability`` …) and the
    ``violation`` itself (``format_violation`` gives its text)."""

    request_id: str
    person_id: str
    centre_id: str
    start: date
    end: date
    rule: str
    violation: Violation


def merged(stored: Scenario, imported: Scenario, hidden: Collection[str]) -> Scenario:
    """The stored scenario as importing ``imported`` leaves it.

    Rules and horizon are the import's; centres, persons and requests are matched by id (an
    imported one replaces the stored one in its place, a new one comes last); the closures of
    the imported centres are the import's; ``hidden`` requests (cancelled or no-shows in the
    store) stay out of planning; the store's waivers stay.
    """
    named = {c.centre_id for c in imported.centres}
    requests = _by_id(stored.requests, imported.requests, lambda r: r.request_id)
    return replace(
        stored,
        rules=imported.rules,
        horizon_start=imported.horizon_start,
        horizon_end=imported.horizon_end,
        centres=_by_id(stored.centres, imported.centres, lambda c: c.centre_id),
        closures=(*(c for c in stored.closures if c.centre_id not in named), *imported.closures),
        persons=_by_id(stored.persons, imported.persons, lambda p: p.person_id),
        requests=tuple(r for r in requests if r.request_id not in hidden),
        bookings=(),
    )


def _by_id(stored: Iterable[T], imported: Iterable[T], key: Callable[[T], str]) -> tuple[T, ...]:
    new = {key(item): item for item in imported}
    kept = [new.pop(key(item), item) for item in stored]
    return (*kept, *new.values())


def broken_promises(before: Scenario, after: Scenario, plan: Plan) -> list[BrokenPromise]:
    """The promises of ``plan`` (the published one) that hold in the stored scenario ``before``
    but not in ``after`` (the scenario the import would leave), in the checker's order."""
    violations = _promise_violations(after, plan)
    if not violations:  # the usual case: the stored scenario is not judged at all
        return []
    already = {_identity(v) for v in _promise_violations(before, plan)}
    stays = {s.request_id: s for s in plan.stays}
    found = []
    for violation in violations:
        if _identity(violation) in already:
            continue
        for request_id in violation.request_ids:
            stay = stays.get(request_id)
            if stay is None:
                continue
            person_id = plan.by_request[request_id].person_id
            found.append(
                BrokenPromise(
                    request_id,
                    person_id,
                    stay.centre_id,
                    stay.start,
                    stay.end,
                    violation.rule,
                    violation,
                )
            )
    return found


def _promise_violations(scenario: Scenario, plan: Plan) -> list[Violation]:
    """What the checker finds wrong with the plan's stays in ``scenario``, each stay pinned:
    the scenario holds the granted requests only (the plan decides no others) and the plan
    their stays only (rejections are no promises)."""
    granted = {s.request_id: s for s in plan.stays}
    requests = tuple(r for r in scenario.requests if r.request_id in granted)
    bookings = tuple(
        Booking(r.request_id, s.centre_id, s.start, s.end, True)
        for r in requests
        for s in (granted[r.request_id],)
    )
    kept = {r.request_id for r in requests}
    promised = Plan(tuple(d for d in plan.decisions if d.request_id in kept and d.stay))
    pinned = replace(scenario, requests=requests, bookings=bookings)
    return [v for v in check_plan(pinned, promised) if v.rule not in LABEL_RULES]


def _identity(violation: Violation) -> tuple[str, tuple[str, ...], str]:
    return violation.rule, violation.request_ids, violation.key
