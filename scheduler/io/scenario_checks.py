"""Checks across the rows and tables of a scenario: unique ids, known references, bed labels,
yearly limits.

Uniqueness and references are judged on the id cells as written, not on the parsed objects, so
a row with some other bad cell neither hides its id nor makes its references look unknown. A
person id that is a CPR number is left to its row's own fault, which never repeats it.
"""

from __future__ import annotations

from scheduler.domain.faults import Fault
from scheduler.domain.model import Booking, Centre, Person, Rules
from scheduler.io.bounds import PERSON_ID_COLUMNS
from scheduler.io.scenario_rows import Numbered
from scheduler.io.scenario_tables import Row, Table
from scheduler.io.text_checks import looks_like_cpr


def duplicate_faults(table: Table | None, column: str) -> list[Fault]:
    """Every row repeating an id already given in an earlier row of ``column``."""
    if table is None:
        return []
    first: dict[str, int] = {}
    faults = []
    for row in table.rows:
        value = _id(row, column)
        if not value:
            continue
        if value in first:
            faults.append(
                Fault(
                    table.file,
                    "value.duplicate_id",
                    row.number,
                    column,
                    value,
                    {"first_row": first[value]},
                )
            )
        else:
            first[value] = row.number
    return faults


def reference_faults(
    table: Table | None, column: str, target: Table | None, target_column: str
) -> list[Fault]:
    """Every non-empty ``column`` cell naming an id that ``target_column`` of ``target`` lacks.

    Nothing is reported when the target table itself is missing: that is already a fault.
    """
    if table is None or target is None:
        return []
    known = {row.get(target_column) for row in target.rows}
    return [
        Fault(
            table.file, "ref.unknown", row.number, column, row.get(column), {"target": target.file}
        )
        for row in table.rows
        if _id(row, column) and row.get(column) not in known
    ]


def _id(row: Row, column: str) -> str:
    """The id in ``column`` of ``row``; empty for a CPR number (already a fault of its own)."""
    value = row.get(column)
    return "" if column in PERSON_ID_COLUMNS and looks_like_cpr(value) else value


def bed_faults(file: str, bookings: Numbered[Booking], centres: Numbered[Centre]) -> list[Fault]:
    """Bookings whose bed label is outside ``1 … beds`` of their (known) centre."""
    by_id = {centre.centre_id: centre for _, centre in centres}
    faults = []
    for number, booking in bookings:
        centre = by_id.get(booking.centre_id)
        if booking.bed is None or centre is None or 1 <= booking.bed <= centre.beds:
            continue
        faults.append(
            Fault(
                file,
                "booking.bad_bed",
                number,
                "bed",
                str(booking.bed),
                {"centre": centre.centre_id, "beds": centre.beds},
            )
        )
    return faults


def yearly_limit_faults(
    file: str, persons: Numbered[Person], rules: Rules, profile: str
) -> list[Fault]:
    """Persons without their own ``annual_nights`` when the profile has no default."""
    if rules.annual_nights is not None:
        return []
    return [
        Fault(file, "person.no_annual_limit", number, "annual_nights", "", {"profile": profile})
        for number, person in persons
        if person.annual_nights is None
    ]
