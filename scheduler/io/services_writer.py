"""The day-centre and relief tables of a scenario in the columns of
``docs/scenario-format.md``, and its service rules as overrides of a shipped profile, for
``scheduler.io.scenario_writer``."""

from __future__ import annotations

from typing import Any

from scheduler.domain.daycare import WEEKDAYS, weekdays_text
from scheduler.domain.relief import clock_text, hours_text
from scheduler.domain.services import Services
from scheduler.io.profiles import read_profile
from scheduler.io.scenario_schema import (
    DAY_CENTRE_CLOSED,
    DAY_CENTRE_PLACES,
    DAY_CENTRE_SEATS,
    DAY_CENTRE_WISHES,
    RELIEF_GRANTS,
    RELIEF_TEAMS,
    RELIEF_VISITS,
)
from scheduler.io.service_profile import service_overrides, service_rules_from_mapping

Cell = str | int
ServiceTable = tuple[str, tuple[str, ...], list[tuple[Cell, ...]]]


def _bool(value: bool) -> str:
    return "true" if value else "false"


def service_tables(services: Services) -> list[ServiceTable]:
    """Each service table as (name, columns, rows); absent values are empty cells. A closed
    span of one day is written with its ``end`` too, so that it reads back the same."""
    return [
        (
            DAY_CENTRE_SEATS.name,
            DAY_CENTRE_SEATS.columns,
            [(s.centre_id, s.weekday, s.seats) for s in services.day_seats],
        ),
        (
            DAY_CENTRE_CLOSED.name,
            DAY_CENTRE_CLOSED.columns,
            [(c.centre_id, c.start.isoformat(), c.end.isoformat()) for c in services.day_closures],
        ),
        (
            DAY_CENTRE_WISHES.name,
            DAY_CENTRE_WISHES.columns,
            [
                (
                    w.wish_id,
                    w.person_id,
                    w.received.isoformat(),
                    w.first_day.isoformat(),
                    w.days_per_week,
                    "" if w.weekdays == WEEKDAYS else weekdays_text(w.weekdays),
                    w.preferred_centre or "",
                    w.priority,
                )
                for w in services.day_wishes
            ],
        ),
        (
            DAY_CENTRE_PLACES.name,
            DAY_CENTRE_PLACES.columns,
            [
                (p.wish_id, p.centre_id, weekdays_text(p.weekdays), _bool(p.pinned))
                for p in services.day_places
            ],
        ),
        (
            RELIEF_GRANTS.name,
            RELIEF_GRANTS.columns,
            [
                (
                    g.grant_id,
                    g.person_id,
                    g.start.isoformat(),
                    "" if g.per_fortnight else hours_text(g.minutes),
                    hours_text(g.minutes) if g.per_fortnight else "",
                    "" if g.end is None else g.end.isoformat(),
                    g.team_id or "",
                )
                for g in services.relief_grants
            ],
        ),
        (
            RELIEF_VISITS.name,
            RELIEF_VISITS.columns,
            [
                (v.visit_id, v.grant_id, v.day.isoformat(), clock_text(v.start), clock_text(v.end))
                for v in services.relief_visits
            ],
        ),
        (
            RELIEF_TEAMS.name,
            RELIEF_TEAMS.columns,
            [(t.team_id, hours_text(t.minutes_per_week), t.name) for t in services.relief_teams],
        ),
    ]


def service_rule_overrides(services: Services, profile: str) -> dict[str, Any]:
    """The service keys whose values differ from the shipped ``profile`` (in plain form).

    Raises
    ------
    KeyError
        When no such profile is shipped.
    ValueError
        When ``services`` lacks a key the profile sets.
    """
    base = service_rules_from_mapping(read_profile(profile), {})
    return service_overrides(services.rules, base)
