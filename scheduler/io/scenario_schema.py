"""The tables of a scenario (FORMAT.md): their names, columns, and the header check.

A column is *required* when it has no default: it must be in the header (and its cells are
checked by the row readers). ``end`` in ``requests`` is required although an acute request may
leave the cell empty, because a planned one may not.
"""

from __future__ import annotations

from dataclasses import dataclass

from scheduler.domain.faults import Fault
from scheduler.io.scenario_tables import Table


@dataclass(frozen=True)
class TableSpec:
    """A table's name (the file without ``.csv``), whether it must exist, and its columns."""

    name: str
    required_file: bool
    required: tuple[str, ...]
    optional: tuple[str, ...] = ()

    @property
    def columns(self) -> tuple[str, ...]:
        return self.required + self.optional


CENTRES = TableSpec("centres", True, ("centre_id", "kind", "beds"), ("name", "tags"))
PERSONS = TableSpec(
    "persons",
    True,
    ("person_id",),
    (
        "name",
        "needs",
        "annual_nights",
        "used_nights",
        "self_appointed_helper",
        "consent",
        "used_stays",
        "grant_start",
        "carer_name",
        "payment_exempt",
    ),
)
REQUESTS = TableSpec(
    "requests",
    True,
    ("request_id", "person_id", "received", "start", "end"),
    ("flex_days", "kind", "priority", "preferred_centre"),
)
CLOSURES = TableSpec("closures", False, ("centre_id", "start", "end", "beds_closed"))
BOOKINGS = TableSpec(
    "bookings", False, ("request_id", "centre_id", "start", "end"), ("bed", "pinned")
)

# day-centre places and relief at home (docs/scenario-format.md): optional, read by
# scheduler.io.services_reader
DAY_CENTRE_SEATS = TableSpec("day_centre_seats", False, ("centre_id", "weekday", "seats"))
DAY_CENTRE_CLOSED = TableSpec("day_centre_closed", False, ("centre_id", "start"), ("end",))
DAY_CENTRE_WISHES = TableSpec(
    "day_centre_wishes",
    False,
    ("wish_id", "person_id", "received", "first_day", "days_per_week"),
    ("weekdays", "preferred_centre", "priority"),
)
DAY_CENTRE_PLACES = TableSpec(
    "day_centre_places", False, ("wish_id", "centre_id", "weekdays"), ("pinned",)
)
RELIEF_GRANTS = TableSpec(
    "relief_grants",
    False,
    ("grant_id", "person_id", "start"),
    ("hours_per_week", "hours_per_fortnight", "end", "team_id"),
)
RELIEF_VISITS = TableSpec("relief_visits", False, ("visit_id", "grant_id", "date", "start", "end"))
RELIEF_TEAMS = TableSpec("relief_teams", False, ("team_id", "hours_per_week"), ("name",))
SERVICE_TABLES: tuple[TableSpec, ...] = (
    DAY_CENTRE_SEATS,
    DAY_CENTRE_CLOSED,
    DAY_CENTRE_WISHES,
    DAY_CENTRE_PLACES,
    RELIEF_GRANTS,
    RELIEF_VISITS,
    RELIEF_TEAMS,
)

TABLES: tuple[TableSpec, ...] = (
    CENTRES,
    PERSONS,
    REQUESTS,
    CLOSURES,
    BOOKINGS,
    *SERVICE_TABLES,
)


def header_faults(table: Table, spec: TableSpec) -> list[Fault]:
    """Required columns that are missing and columns the format does not know."""
    faults = [
        Fault(table.file, "column.missing", row=table.header_row, column=column)
        for column in spec.required
        if column not in table.header
    ]
    faults += [
        Fault(table.file, "column.unknown", row=table.header_row, column=column)
        for column in table.header
        if column not in spec.columns
    ]
    return faults
