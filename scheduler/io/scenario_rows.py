"""Turning the rows of each scenario table into domain objects (FORMAT.md, one table each).

Each reader returns the objects of the rows without fault, paired with their row number so
that later cross-table checks can point at them; bad rows add their faults and are left out.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TypeVar

from scheduler.domain.faults import Fault
from scheduler.domain.model import Booking, Centre, Closure, Person, Request, RequestKind
from scheduler.io.bounds import MAX_CLOSURE_NIGHTS, MAX_STAY_NIGHTS
from scheduler.io.scenario_cells import Cells
from scheduler.io.scenario_tables import Table

T = TypeVar("T")

Numbered = list[tuple[int, T]]


def read_rows(
    table: Table | None, build: Callable[[Cells], T | None], faults: list[Fault]
) -> Numbered[T]:
    """Apply ``build`` to every row of ``table`` (none when the table is absent)."""
    if table is None:
        return []
    built: Numbered[T] = []
    for row in table.rows:
        cells = Cells(table.file, row, faults)
        item = build(cells)
        if item is not None and cells.ok:
            built.append((row.number, item))
    return built


def centre(cells: Cells) -> Centre:
    """A row of ``centres``: the name defaults to the id."""
    centre_id = cells.text("centre_id")
    return Centre(
        centre_id=centre_id,
        name=cells.optional_text("name", centre_id),
        kind=cells.text("kind"),
        beds=cells.count("beds"),
        tags=cells.tags("tags"),
    )


def person(cells: Cells) -> Person:
    """A row of ``persons``."""
    return Person(
        person_id=cells.text("person_id"),
        name=cells.optional_text("name"),
        needs=cells.tags("needs"),
        annual_nights=cells.optional_count("annual_nights"),
        used_nights=cells.optional_count("used_nights", 0) or 0,
        self_appointed_helper=cells.flag("self_appointed_helper", False),
        consent=cells.flag("consent", True),
        used_stays=cells.optional_count("used_stays", 0) or 0,
        grant_start=cells.optional_date("grant_start"),
        carer_name=cells.optional_text("carer_name"),
        payment_exempt=cells.flag("payment_exempt", False),
    )


def closure(cells: Cells) -> Closure:
    """A row of ``closures``."""
    start, end = cells.date("start"), cells.date("end")
    cells.end_after(start, end, MAX_CLOSURE_NIGHTS)
    return Closure(cells.text("centre_id"), start, end, cells.count("beds_closed"))


def booking(cells: Cells) -> Booking:
    """A row of ``bookings``; ``pinned`` defaults to false."""
    start, end = cells.date("start"), cells.date("end")
    cells.end_after(start, end, MAX_STAY_NIGHTS)
    return Booking(
        request_id=cells.text("request_id"),
        centre_id=cells.text("centre_id"),
        start=start,
        end=end,
        pinned=cells.flag("pinned", False),
        bed=cells.optional_count("bed"),
    )


def request_reader(acute_nights: int | None) -> Callable[[Cells], Request | None]:
    """A reader of ``requests`` rows; an acute request without end lasts ``acute_nights``.

    ``acute_nights`` is ``None`` when the rules could not be read (already a fault): such an
    acute request is then left out silently.
    """

    def request(cells: Cells) -> Request | None:
        request_id, person_id = cells.text("request_id"), cells.text("person_id")
        received, start = cells.date("received"), cells.date("start")
        kind = _kind(cells)
        end = _end(cells, kind, start, acute_nights)
        flex_days = cells.optional_count("flex_days", 0) or 0
        priority = cells.optional_count("priority", 0) or 0
        preferred_centre = cells.optional_text("preferred_centre") or None
        if kind is None or end is None:
            return None
        cells.end_after(start, end, MAX_STAY_NIGHTS)
        return Request(
            request_id, person_id, received, start, end, flex_days, kind, priority, preferred_centre
        )

    return request


def _kind(cells: Cells) -> RequestKind | None:
    """``planned`` (the default) or ``acute``, in any case; ``None`` after a fault."""
    try:
        return RequestKind(cells.optional_text("kind", RequestKind.PLANNED.value).lower())
    except ValueError:
        cells.fault("kind", "value.bad_kind")
        return None


def _end(
    cells: Cells, kind: RequestKind | None, start: date, acute_nights: int | None
) -> date | None:
    """The wished departure: the ``end`` cell, else (acute only) ``start + acute_nights``.

    ``None`` when it cannot be known: a bad cell, a planned request without end (a fault),
    an unknown kind, or rules that could not be read.
    """
    end = cells.optional_date("end")
    if end is not None or "end" in cells.failed or kind is None:
        return end
    if kind is RequestKind.PLANNED:
        cells.fault("end", "request.missing_end")
        return None
    return None if acute_nights is None else start + timedelta(days=acute_nights)
