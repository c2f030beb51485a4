"""Mapping between the domain's dataclasses and the rows of ``scheduler.store.models``.

Each ``*_values`` function gives the column values of a row as a plain dict (for bulk inserts
and updates and for comparing with what is stored); each ``*_from_row`` builds the dataclass.
"""

from __future__ import annotations

from typing import Any

from scheduler.domain.model import (
    Booking,
    Centre,
    Closure,
    MonthDay,
    Person,
    Request,
    RequestKind,
    Rules,
)
from scheduler.io.profiles import RULE_KEYS, rules_from_mapping
from scheduler.store.errors import StoreError
from scheduler.store.models import BookingRow, CentreRow, ClosureRow, PersonRow, RequestRow

RULES_SOURCE = "settings"


def rules_to_json(rules: Rules) -> dict[str, Any]:
    """The rules as a JSON object of plain values (absent optional keys left out)."""
    data: dict[str, Any] = {}
    for key in RULE_KEYS:
        value = getattr(rules, key)
        if value is None:
            continue
        if isinstance(value, MonthDay):
            value = str(value)
        elif isinstance(value, frozenset):
            value = sorted(value)
        elif isinstance(value, tuple):
            value = list(value)
        data[key] = value
    return data


def rules_from_json(data: dict[str, Any]) -> Rules:
    """The rules stored by ``rules_to_json``; ``StoreError`` when they no longer validate."""
    rules, faults = rules_from_mapping(data, {}, RULES_SOURCE, RULES_SOURCE)
    if rules is None:
        raise StoreError("store.bad_rules", keys=", ".join(f.column or "" for f in faults))
    return rules


def _tags(tags: frozenset[str]) -> str:
    return ";".join(sorted(tags))


def _tag_set(text: str) -> frozenset[str]:
    return frozenset(tag for tag in text.split(";") if tag)


def centre_values(centre: Centre) -> dict[str, Any]:
    return {
        "centre_id": centre.centre_id,
        "name": centre.name,
        "kind": centre.kind,
        "beds": centre.beds,
        "tags": _tags(centre.tags),
    }


def centre_from_row(row: CentreRow) -> Centre:
    return Centre(row.centre_id, row.name, row.kind, row.beds, _tag_set(row.tags))


def closure_values(closure: Closure) -> dict[str, Any]:
    return {
        "centre_id": closure.centre_id,
        "start": closure.start,
        "end": closure.end,
        "beds_closed": closure.beds_closed,
    }


def closure_from_row(row: ClosureRow) -> Closure:
    return Closure(row.centre_id, row.start, row.end, row.beds_closed)


def person_values(person: Person) -> dict[str, Any]:
    return {
        "person_id": person.person_id,
        "name": person.name,
        "needs": _tags(person.needs),
        "annual_nights": person.annual_nights,
        "used_nights": person.used_nights,
        "self_appointed_helper": person.self_appointed_helper,
        "consent": person.consent,
        "used_stays": person.used_stays,
        "grant_start": person.grant_start,
        "carer_name": person.carer_name,
        "payment_exempt": person.payment_exempt,
    }


def person_from_row(row: PersonRow) -> Person:
    return Person(
        person_id=row.person_id,
        name=row.name,
        needs=_tag_set(row.needs),
        annual_nights=row.annual_nights,
        used_nights=row.used_nights,
        self_appointed_helper=row.self_appointed_helper,
        consent=row.consent,
        used_stays=row.used_stays,
        grant_start=row.grant_start,
        carer_name=row.carer_name,
        payment_exempt=row.payment_exempt,
    )


def request_values(request: Request) -> dict[str, Any]:
    return {
        "request_id": request.request_id,
        "person_id": request.person_id,
        "received": request.received,
        "start": request.start,
        "end": request.end,
        "flex_days": request.flex_days,
        "kind": request.kind.value,
        "priority": request.priority,
        "preferred_centre": request.preferred_centre,
    }


def request_from_row(row: RequestRow) -> Request:
    return Request(
        row.request_id,
        row.person_id,
        row.received,
        row.start,
        row.end,
        row.flex_days,
        RequestKind(row.kind),
        row.priority,
        row.preferred_centre,
    )


def booking_from_row(row: BookingRow, pinned: bool) -> Booking:
    return Booking(row.request_id, row.centre_id, row.start, row.end, pinned, row.bed)
