"""Reading the optional tables of day-centre places and relief at home
(``docs/scenario-format.md``) into ``Services``, with the same located faults as every other
table.

``read_service_rows`` reads the rows and checks them across tables while the rest of the
scenario is read (so every fault is reported together); ``late_service_faults`` checks what
needs the whole scenario (pinned places, the size of the allocation) and ``services_of``
builds the ``Services``.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from math import comb

from scheduler.domain.check_daycare import first_open_day, place_violations
from scheduler.domain.daycare import (
    WEEKDAYS,
    CurrentPlace,
    DayClosure,
    DayPlace,
    DaySeats,
    DayWish,
)
from scheduler.domain.faults import Fault
from scheduler.domain.model import Centre, Scenario
from scheduler.domain.relief import FORTNIGHT_DAYS, WEEK_DAYS, ReliefGrant, ReliefTeam, ReliefVisit
from scheduler.domain.services import ServiceRules, Services
from scheduler.io import scenario_checks as checks
from scheduler.io.bounds import (
    MAX_CLOSURE_NIGHTS,
    MAX_DAY_CHOICES,
    MAX_GRANT_HOURS,
    MAX_TEAM_HOURS,
)
from scheduler.io.profiles import read_profile
from scheduler.io.scenario_cells import Cells
from scheduler.io.scenario_rows import Numbered, read_rows
from scheduler.io.scenario_settings import RULES_PREFIX, Setting
from scheduler.io.scenario_tables import Table
from scheduler.io.service_profile import (
    clock_to_minute,
    hours_to_minutes,
    service_rules_from_mapping,
)

DAY_TABLES = ("day_centre_seats", "day_centre_closed", "day_centre_wishes", "day_centre_places")
RELIEF_TABLES = ("relief_grants", "relief_visits", "relief_teams")


@dataclass
class ServiceRows:
    """The rows of the service tables that could be read, by their row numbers, and the files
    they came from (``None`` for an absent table)."""

    rules: ServiceRules
    seats: Numbered[DaySeats] = field(default_factory=list)
    closures: Numbered[DayClosure] = field(default_factory=list)
    wishes: Numbered[DayWish] = field(default_factory=list)
    places: Numbered[CurrentPlace] = field(default_factory=list)
    grants: Numbered[ReliefGrant] = field(default_factory=list)
    visits: Numbered[ReliefVisit] = field(default_factory=list)
    teams: Numbered[ReliefTeam] = field(default_factory=list)
    files: dict[str, str] = field(default_factory=dict)


def service_rules_of(entries: Sequence[Setting] | None) -> ServiceRules | None:
    """The service rules of a scenario's settings (its profile and ``rules.*`` overrides);
    ``None`` when the profile is unknown (already a fault of the settings)."""
    if entries is None:
        return None
    by_key = {entry.key: entry.value for entry in entries}
    try:
        base = read_profile(str(by_key.get("profile", "")).strip())
    except (KeyError, tomllib.TOMLDecodeError):
        return None
    overrides = {
        key.removeprefix(RULES_PREFIX): value
        for key, value in by_key.items()
        if key.startswith(RULES_PREFIX)
    }
    return service_rules_from_mapping(base, overrides)


def read_service_rows(
    entries: Sequence[Setting] | None,
    profile: str,
    tables: Mapping[str, Table | None],
    centres: Numbered[Centre],
    faults: list[Fault],
) -> ServiceRows:
    """Read every service table of ``tables`` and check it across tables; faults go to
    ``faults``."""
    rules = service_rules_of(entries)
    rows = ServiceRows(rules or ServiceRules())
    rows.files = {
        name: table.file for name in (*DAY_TABLES, *RELIEF_TABLES) if (table := tables.get(name))
    }
    rows.seats = read_rows(tables.get("day_centre_seats"), _seats, faults)
    rows.closures = read_rows(tables.get("day_centre_closed"), _closure, faults)
    rows.wishes = read_rows(tables.get("day_centre_wishes"), _wish, faults)
    rows.places = read_rows(tables.get("day_centre_places"), _place, faults)
    rows.grants = read_rows(tables.get("relief_grants"), _grant, faults)
    rows.visits = read_rows(tables.get("relief_visits"), _visit, faults)
    rows.teams = read_rows(tables.get("relief_teams"), _team, faults)
    faults += _identity_faults(tables)
    if rules is not None:
        faults += _offered_faults(rules, profile, tables)
        faults += _day_centre_faults(rules, tables, centres)
        faults += _standard_hours_faults(rules, rows)
    faults += _one_wish_per_person(tables.get("day_centre_wishes"))
    return rows


def services_of(rows: ServiceRows) -> Services:
    """The ``Services`` of rows read without fault."""
    return Services(
        rules=rows.rules,
        day_seats=tuple(item for _, item in rows.seats),
        day_closures=tuple(item for _, item in rows.closures),
        day_wishes=tuple(item for _, item in rows.wishes),
        day_places=tuple(item for _, item in rows.places),
        relief_grants=tuple(item for _, item in rows.grants),
        relief_visits=tuple(item for _, item in rows.visits),
        relief_teams=tuple(item for _, item in rows.teams),
    )


def late_service_faults(scenario: Scenario, rows: ServiceRows) -> list[Fault]:
    """What needs the whole scenario: pinned places that break a rule (judged by the
    independent checker, as pinned bookings are) and an allocation too large to weigh."""
    services = services_of(rows)
    return _pinned_faults(scenario, services, rows) + _size_faults(scenario, services, rows)


# rows


def _weekday(cells: Cells, column: str) -> int:
    number = cells.count(column)
    if column not in cells.failed and number < 1:
        cells.fault(column, "value.bad_weekday")
    return number


def parse_weekdays(cells: Cells, column: str, required: bool) -> frozenset[int]:
    """ISO weekdays separated by ``;`` (or ``,``), e.g. ``1;4``; empty: all seven, unless the
    column is required."""
    text = cells.optional_text(column)
    if column in cells.failed:
        return WEEKDAYS
    if not text:
        if required:
            cells.fault(column, "value.missing")
        return WEEKDAYS
    days: set[int] = set()
    for item in text.replace(",", ";").split(";"):
        item = item.strip()
        if not item:
            continue
        if not item.isdigit() or not 1 <= int(item) <= 7 or int(item) in days:
            cells.fault(column, "value.bad_weekdays")
            return WEEKDAYS
        days.add(int(item))
    if not days:
        cells.fault(column, "value.bad_weekdays")
        return WEEKDAYS
    return frozenset(days)


def _seats(cells: Cells) -> DaySeats:
    return DaySeats(cells.text("centre_id"), _weekday(cells, "weekday"), cells.count("seats"))


def _closure(cells: Cells) -> DayClosure:
    """A closed day (``end`` empty) or days ``start`` … ``end - 1``."""
    centre_id, start = cells.text("centre_id"), cells.date("start")
    end = cells.optional_date("end")
    if end is None:
        end = start + timedelta(days=1) if "start" not in cells.failed else start
    else:
        cells.end_after(start, end, MAX_CLOSURE_NIGHTS)
    return DayClosure(centre_id, start, end)


def _wish(cells: Cells) -> DayWish:
    wish_id, person_id = cells.text("wish_id"), cells.text("person_id")
    received, first_day = cells.date("received"), cells.date("first_day")
    days = _days_per_week(cells)
    weekdays = parse_weekdays(cells, "weekdays", required=False)
    preferred = cells.optional_text("preferred_centre") or None
    priority = cells.optional_count("priority", 0) or 0
    return DayWish(wish_id, person_id, received, first_day, days, weekdays, preferred, priority)


def _days_per_week(cells: Cells) -> int:
    days = cells.count("days_per_week")
    if "days_per_week" not in cells.failed and days < 1:
        cells.fault("days_per_week", "value.bad_days_per_week")
    return days


def _place(cells: Cells) -> CurrentPlace:
    wish_id, centre_id = cells.text("wish_id"), cells.text("centre_id")
    weekdays = parse_weekdays(cells, "weekdays", required=True)
    return CurrentPlace(wish_id, centre_id, weekdays, cells.flag("pinned", False))


def _hours(cells: Cells, column: str, most: int) -> int:
    """Hours (``3``, ``1.5``, ``1,5``) as whole minutes, more than 0 and at most ``most``."""
    text = cells.optional_text(column)
    if column in cells.failed:
        return 0
    try:
        minutes = hours_to_minutes(text)
    except ValueError:
        cells.fault(column, "value.bad_hours")
        return 0
    if minutes == 0:
        cells.fault(column, "value.bad_hours")
    elif minutes > most * 60:
        cells.fault(column, "value.too_large", most=most)
    return minutes


def _grant(cells: Cells) -> ReliefGrant:
    """A grant per week or per 14 days: exactly one of the two hour columns is filled."""
    grant_id, person_id = cells.text("grant_id"), cells.text("person_id")
    start, end = cells.date("start"), cells.optional_date("end")
    if end is not None:
        cells.end_after(start, end)
    week, fortnight = cells.row.get("hours_per_week"), cells.row.get("hours_per_fortnight")
    period, minutes = WEEK_DAYS, 0
    if week and fortnight:
        cells.fault("hours_per_fortnight", "relief.both_periods")
    elif not week and not fortnight:
        cells.fault("hours_per_week", "relief.no_hours")
    elif week:
        minutes = _hours(cells, "hours_per_week", MAX_GRANT_HOURS["hours_per_week"])
    else:
        period = FORTNIGHT_DAYS
        minutes = _hours(cells, "hours_per_fortnight", MAX_GRANT_HOURS["hours_per_fortnight"])
    team = cells.optional_text("team_id") or None
    return ReliefGrant(grant_id, person_id, minutes, period, start, end, team)


def _clock(cells: Cells, column: str, end: bool) -> int:
    text = cells.text(column)
    if column in cells.failed or not text:
        return 0
    try:
        return clock_to_minute(text, end=end)
    except ValueError:
        cells.fault(column, "value.bad_clock")
        return 0


def _visit(cells: Cells) -> ReliefVisit:
    visit_id, grant_id, day = cells.text("visit_id"), cells.text("grant_id"), cells.date("date")
    start, end = _clock(cells, "start", False), _clock(cells, "end", True)
    if not cells.failed & {"start", "end"} and end <= start:
        cells.fault("end", "relief.end_not_after_start", start=cells.row.get("start"))
    return ReliefVisit(visit_id, grant_id, day, start, end)


def _team(cells: Cells) -> ReliefTeam:
    team_id = cells.text("team_id")
    minutes = 0
    if not cells.row.get("hours_per_week"):
        cells.fault("hours_per_week", "value.missing")
    else:
        minutes = _hours(cells, "hours_per_week", MAX_TEAM_HOURS)
    return ReliefTeam(team_id, minutes, cells.optional_text("name"))


# across tables


# (table, column) whose values must be unique
_UNIQUE = (
    ("day_centre_wishes", "wish_id"),
    ("day_centre_places", "wish_id"),
    ("relief_grants", "grant_id"),
    ("relief_visits", "visit_id"),
    ("relief_teams", "team_id"),
)
# (table, column, target table, target column, the target must be there)
_REFERENCES = (
    ("day_centre_seats", "centre_id", "centres", "centre_id", True),
    ("day_centre_closed", "centre_id", "centres", "centre_id", True),
    ("day_centre_wishes", "person_id", "persons", "person_id", True),
    ("day_centre_wishes", "preferred_centre", "centres", "centre_id", True),
    ("day_centre_places", "wish_id", "day_centre_wishes", "wish_id", True),
    ("day_centre_places", "centre_id", "centres", "centre_id", True),
    ("relief_grants", "person_id", "persons", "person_id", True),
    ("relief_grants", "team_id", "relief_teams", "team_id", False),
    ("relief_visits", "grant_id", "relief_grants", "grant_id", True),
)


def _identity_faults(tables: Mapping[str, Table | None]) -> list[Fault]:
    faults: list[Fault] = []
    for name, column in _UNIQUE:
        faults += checks.duplicate_faults(tables.get(name), column)
    faults += _pair_faults(tables.get("day_centre_seats"), ("centre_id", "weekday"))
    for name, column, target, target_column, needed in _REFERENCES:
        table, target_table = tables.get(name), tables.get(target)
        if table is None:
            continue
        if target_table is None and needed and target not in ("centres", "persons"):
            target_table = Table(f"{target}.csv" if table.file.endswith(".csv") else target, (), ())
        faults += checks.reference_faults(table, column, target_table, target_column)
    return faults


def _pair_faults(table: Table | None, columns: tuple[str, str]) -> list[Fault]:
    """A row repeating the pair of cells of an earlier row (one row per centre and weekday)."""
    if table is None:
        return []
    first: dict[tuple[str, str], int] = {}
    faults = []
    for row in table.rows:
        pair = (row.get(columns[0]), row.get(columns[1]))
        if not all(pair):
            continue
        if pair in first:
            faults.append(
                Fault(
                    table.file,
                    "daycare.duplicate_weekday",
                    row.number,
                    columns[1],
                    pair[1],
                    {"first_row": first[pair], "centre": pair[0]},
                )
            )
        else:
            first[pair] = row.number
    return faults


def _one_wish_per_person(table: Table | None) -> list[Fault]:
    """A family has one day-centre wish at a time: a changed wish replaces its row."""
    if table is None:
        return []
    first: dict[str, int] = {}
    faults = []
    for row in table.rows:
        person = row.get("person_id")
        if not person:
            continue
        if person in first:
            faults.append(
                Fault(
                    table.file,
                    "daycare.second_wish",
                    row.number,
                    "person_id",
                    person,
                    {"first_row": first[person]},
                )
            )
        else:
            first[person] = row.number
    return faults


def _offered_faults(
    rules: ServiceRules, profile: str, tables: Mapping[str, Table | None]
) -> list[Fault]:
    """Tables of a service the profile does not offer."""
    faults = []
    for names, offered, code in (
        (DAY_TABLES, rules.offers_day_centres, "daycare.not_offered"),
        (RELIEF_TABLES, rules.offers_relief, "relief.not_offered"),
    ):
        if offered:
            continue
        for name in names:
            table = tables.get(name)
            if table is not None and table.rows:
                faults.append(Fault(table.file, code, params={"profile": profile}))
    return faults


def _day_centre_faults(
    rules: ServiceRules, tables: Mapping[str, Table | None], centres: Numbered[Centre]
) -> list[Fault]:
    """Seats, closed days, places and preferred centres name centres of a day-centre kind."""
    if not rules.offers_day_centres:
        return []
    kinds = rules.day_centre_kinds or ()
    by_id = {centre.centre_id: centre for _, centre in centres}
    faults = []
    for name, column in (
        ("day_centre_seats", "centre_id"),
        ("day_centre_closed", "centre_id"),
        ("day_centre_wishes", "preferred_centre"),
        ("day_centre_places", "centre_id"),
    ):
        table = tables.get(name)
        if table is None:
            continue
        for row in table.rows:
            centre = by_id.get(row.get(column))
            if centre is not None and centre.kind not in kinds:
                faults.append(
                    Fault(
                        table.file,
                        "daycare.not_day_centre",
                        row.number,
                        column,
                        row.get(column),
                        {"kind": centre.kind, "kinds": ", ".join(kinds)},
                    )
                )
    return faults


def _standard_hours_faults(rules: ServiceRules, rows: ServiceRows) -> list[Fault]:
    """A grant of more hours than the profile allows for its period."""
    file = rows.files.get("relief_grants")
    if file is None:
        return []
    faults = []
    for number, grant in rows.grants:
        column = "hours_per_fortnight" if grant.per_fortnight else "hours_per_week"
        most = (
            rules.relief_hours_per_fortnight if grant.per_fortnight else rules.relief_hours_per_week
        )
        if most is not None and grant.minutes > round(most * 60):
            faults.append(
                Fault(
                    file,
                    "relief.over_standard",
                    number,
                    column,
                    f"{grant.minutes / 60:g}",
                    {"most": f"{most:g}"},
                )
            )
    return faults


def _pinned_faults(scenario: Scenario, services: Services, rows: ServiceRows) -> list[Fault]:
    """One fault per pinned place and rule it breaks (alone or with the other pinned places)."""
    file = rows.files.get("day_centre_places")
    if file is None:
        return []
    numbers = {place.wish_id: number for number, place in rows.places}
    wishes = services.wish_by_id
    pinned = []
    for place in services.day_places:
        wish = wishes.get(place.wish_id)
        if not place.pinned or wish is None:
            continue
        start = first_open_day(scenario, services, place.centre_id, place.weekdays, wish.first_day)
        pinned.append(
            DayPlace(place.wish_id, place.centre_id, place.weekdays, start or wish.first_day)
        )
    faults = []
    for violation in place_violations(scenario, services, pinned):
        for wish_id in violation.request_ids:
            if wish_id in numbers:
                faults.append(
                    Fault(
                        file,
                        "daycare.pinned_breaks_rule",
                        numbers[wish_id],
                        "wish_id",
                        wish_id,
                        {"violation": violation},
                    )
                )
    return faults


def _size_faults(scenario: Scenario, services: Services, rows: ServiceRows) -> list[Fault]:
    """The allocation's options counted from above: day centres × sets of usable weekdays."""
    file = rows.files.get("day_centre_wishes")
    if file is None:
        return []
    kinds = set(services.rules.day_centre_kinds or ())
    centres = sum(1 for c in scenario.centres if c.kind in kinds)
    count = sum(
        centres * comb(len(wish.weekdays), wish.days_per_week) for wish in services.day_wishes
    )
    if count <= MAX_DAY_CHOICES:
        return []
    return [
        Fault(
            file, "scenario.too_many_day_choices", params={"count": count, "most": MAX_DAY_CHOICES}
        )
    ]
