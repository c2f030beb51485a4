"""The services of the quality standard beside stays: day-centre places and relief at home.

A scenario's ``Services`` hold the profile's rules for both (``ServiceRules``) and the optional
tables of ``docs/scenario-format.md``. A scenario without those tables has empty ``Services``
and means what it always meant. They live beside ``Scenario`` rather than in it: the stays'
solver, store and checker never see them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from scheduler.domain.daycare import CurrentPlace, DayClosure, DaySeats, DayWish
from scheduler.domain.relief import ReliefGrant, ReliefTeam, ReliefVisit


@dataclass(frozen=True)
class ServiceRules:
    """The profile keys of both services (``docs/rules.md``); ``None`` = the key is absent.

    Day-centre places are offered when ``day_centre_kinds`` is set; relief at home when any
    ``relief_*`` key is. Hours are whole minutes; the night is held in minutes after midnight
    (``relief_no_night_from`` later than ``relief_no_night_to`` wraps past midnight).
    """

    day_centre_kinds: tuple[str, ...] | None = None
    day_centre_days_per_week: int | None = None
    relief_hours_per_week: float | None = None
    relief_hours_per_fortnight: float | None = None
    relief_no_night_from: int | None = None
    relief_no_night_to: int | None = None

    @property
    def offers_day_centres(self) -> bool:
        return self.day_centre_kinds is not None

    @property
    def offers_relief(self) -> bool:
        return any(
            value is not None
            for value in (
                self.relief_hours_per_week,
                self.relief_hours_per_fortnight,
                self.relief_no_night_from,
                self.relief_no_night_to,
            )
        )


@dataclass(frozen=True)
class Services:
    """Day-centre and relief tables of a scenario, with the rules that govern them."""

    rules: ServiceRules = field(default_factory=ServiceRules)
    day_seats: tuple[DaySeats, ...] = ()
    day_closures: tuple[DayClosure, ...] = ()
    day_wishes: tuple[DayWish, ...] = ()
    day_places: tuple[CurrentPlace, ...] = ()
    relief_grants: tuple[ReliefGrant, ...] = ()
    relief_visits: tuple[ReliefVisit, ...] = ()
    relief_teams: tuple[ReliefTeam, ...] = ()

    @cached_property
    def wish_by_id(self) -> dict[str, DayWish]:
        return {w.wish_id: w for w in self.day_wishes}

    @cached_property
    def grant_by_id(self) -> dict[str, ReliefGrant]:
        return {g.grant_id: g for g in self.relief_grants}

    @property
    def empty(self) -> bool:
        """No table of either service (the rules may still offer them)."""
        return not (
            self.day_seats
            or self.day_closures
            or self.day_wishes
            or self.day_places
            or self.relief_grants
            or self.relief_visits
            or self.relief_teams
        )
