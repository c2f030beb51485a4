"""The bounds of every value a scenario may hold (docs/scenario-format.md, "Bounds").

A value beyond its bound is a located fault like any other. The bounds keep every value
storable (the store's columns: ids ``String(64)``, kinds ``String(64)``, names ``String(200)``,
tags ``String(500)``, integers 32-bit on PostgreSQL) and keep what the readers, the solver and
the bed labels allocate small: no per-bed, per-night or per-row structure grows past them.
The row counts and the count of candidate stays are what ``respite solve`` handles within
2 GiB of memory (measured on the generated L scenario scaled up; see the docs).
"""

from __future__ import annotations

from datetime import date

ID_LENGTH = 64
"""Characters of an id (``centre_id``, ``person_id``, ``request_id``): the store's
``String(64)``."""
KIND_LENGTH = 64
"""Characters of a centre's ``kind`` (the store's ``String(64)``)."""
NAME_LENGTH = 200
"""Characters of a name or other free text (the store's ``String(200)``)."""
TAGS_LENGTH = 500
"""Characters of a ``;``-separated tag cell (the store's ``String(500)``)."""

ID_COLUMNS = frozenset(
    {
        "centre_id",
        "person_id",
        "request_id",
        "preferred_centre",
        # day-centre places and relief at home
        "wish_id",
        "grant_id",
        "visit_id",
        "team_id",
    }
)
"""Columns holding an id: only visible characters are allowed in them."""
PERSON_ID_COLUMNS = frozenset({"person_id"})
"""Columns naming a person: a CPR number is refused there."""

TEXT_LIMITS: dict[str, int] = {
    "centre_id": ID_LENGTH,
    "person_id": ID_LENGTH,
    "request_id": ID_LENGTH,
    "preferred_centre": ID_LENGTH,
    "name": NAME_LENGTH,
    "carer_name": NAME_LENGTH,
    "kind": KIND_LENGTH,
    "tags": TAGS_LENGTH,
    "needs": TAGS_LENGTH,
    "wish_id": ID_LENGTH,
    "grant_id": ID_LENGTH,
    "visit_id": ID_LENGTH,
    "team_id": ID_LENGTH,
}
"""The most characters of each text column of the scenario tables (any other text cell:
``NAME_LENGTH``)."""

MAX_BEDS = 1_000
NIGHTS_PER_YEAR = 366
COUNT_LIMITS: dict[str, int] = {
    "beds": MAX_BEDS,
    "beds_closed": MAX_BEDS,
    "bed": MAX_BEDS,
    "flex_days": NIGHTS_PER_YEAR,
    "priority": 1_000_000,
    "annual_nights": NIGHTS_PER_YEAR * 10,
    "used_nights": NIGHTS_PER_YEAR * 10,
    "used_stays": 1_000,
    "seats": MAX_BEDS,
    "weekday": 7,
    "days_per_week": 7,
}
"""The largest whole number of each numeric column of the scenario tables (all are ≥ 0)."""

FIRST_DATE = date(2000, 1, 1)
LAST_DATE = date(2100, 12, 31)
"""Every date lies between these two, both included."""
MAX_HORIZON_DAYS = 1_100
"""The longest planning horizon: about three years."""
MAX_STAY_NIGHTS = NIGHTS_PER_YEAR
"""The longest wished stay or booking."""
MAX_CLOSURE_NIGHTS = MAX_HORIZON_DAYS
"""The longest closure (a longer one can be split; only nights in the horizon matter)."""

RULE_LIMITS: dict[str, int] = {
    "annual_nights": NIGHTS_PER_YEAR * 10,
    "max_stay_nights": MAX_STAY_NIGHTS,
    "min_stay_nights": MAX_STAY_NIGHTS,
    "acute_nights": MAX_STAY_NIGHTS,
    "case_deadline_weeks": 104,
    "follow_up_weeks": 104,
    "acute_follow_up_days": 366,
    "max_stays_per_year": NIGHTS_PER_YEAR,
    "self_payment_per_night": 100_000,
    "day_centre_days_per_week": 7,
    "relief_hours_per_week": 168,
    "relief_hours_per_fortnight": 336,
}
"""The largest value of each numeric rule key (``self_payment_per_night`` in kroner)."""
RULE_TEXT_LIMITS: dict[str, int] = {"name": NAME_LENGTH}
"""The most characters of a text rule key; each kind in a list of kinds: ``KIND_LENGTH``."""

ROW_LIMITS: dict[str, int] = {
    "centres": 2_000,
    "persons": 50_000,
    "requests": 100_000,
    "closures": 10_000,
    "bookings": 100_000,
    "day_centre_seats": 14_000,
    "day_centre_closed": 10_000,
    "day_centre_wishes": 50_000,
    "day_centre_places": 50_000,
    "relief_grants": 50_000,
    "relief_visits": 500_000,
    "relief_teams": 2_000,
}
"""The most data rows of each table (a plan file: as many as requests)."""
MAX_CHOICES = 10_000_000
"""The most candidate stays (request × suitable centre × start in its flex window) a scenario
may offer the solver: 9.1 million peaked at 1.15 GiB with ``--time-limit 60``, 16 million at
1.6 GiB (docs/scenario-format.md, "The largest scenario")."""
MAX_DAY_CHOICES = 2_000_000
"""The most options the day-centre allocation may weigh: the sum over the wishes of suitable
day centres × sets of usable weekdays (docs/scenario-format.md, "Bounds")."""
MAX_GRANT_HOURS = {"hours_per_week": 168, "hours_per_fortnight": 336}
"""The most hours of a relief grant per week and per 14 days (every hour of the period)."""
MAX_TEAM_HOURS = 100_000
"""The most hours a team of relief workers may work per week."""
MAX_FILE_BYTES = 50_000_000
"""The most bytes one file of a scenario may hold (also each file inside a zip or workbook,
counted as unpacked)."""
