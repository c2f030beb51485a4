"""Day-centre places (dagcenter, "et forløb på 1-2 dage om ugen"): what a scenario holds about
them and what a day plan says.

A *place* is a weekly pattern: a centre and the ISO weekdays (1 = Monday … 7 = Sunday) on which
the person comes, from its first day on, with no end inside the horizon. Seats are counted per
centre and weekday. Nothing here knows how places are allocated (``scheduler.daycare``) or
checked (``scheduler.domain.check_daycare``); the two share only these data classes.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

WEEKDAYS: frozenset[int] = frozenset(range(1, 8))
"""The ISO weekdays, 1 = Monday … 7 = Sunday."""

WEEKDAY_SEPARATOR = ";"
"""Weekdays in a cell are written as ISO numbers separated like tags: ``1;4``."""


def weekdays_text(days: frozenset[int]) -> str:
    """``1;4``: the weekdays in order, as a cell holds them."""
    return WEEKDAY_SEPARATOR.join(str(day) for day in sorted(days))


@dataclass(frozen=True)
class DaySeats:
    """The seats a day centre has on one ISO weekday; a weekday without a row has none."""

    centre_id: str
    weekday: int
    seats: int


@dataclass(frozen=True)
class DayClosure:
    """A day centre closed on the days ``start`` … ``end - 1`` (a holiday, a summer break)."""

    centre_id: str
    start: date
    end: date


@dataclass(frozen=True)
class DayWish:
    """A family's wish for a day-centre place.

    ``days_per_week`` is how many days a week the place has; ``weekdays`` the ISO weekdays the
    family can use (all seven when the cell was empty). ``first_day`` is the wished first day:
    the place begins on the first open day on or after it.
    """

    wish_id: str
    person_id: str
    received: date
    first_day: date
    days_per_week: int
    weekdays: frozenset[int] = WEEKDAYS
    preferred_centre: str | None = None
    priority: int = 0


@dataclass(frozen=True)
class CurrentPlace:
    """A place already given to a wish (``day_centre_places.csv``).

    A pinned place is promised: it is kept exactly (centre and weekdays). An unpinned one is
    the previous allocation: the new one changes as few of them as it can.
    """

    wish_id: str
    centre_id: str
    weekdays: frozenset[int]
    pinned: bool = False


class DayStatus(enum.StrEnum):
    """A wish is granted a place, waits for one (the waiting list), or is refused."""

    GRANTED = "granted"
    WAITING = "waiting"
    REFUSED = "refused"


class DayReason(enum.StrEnum):
    """Why a wish has no place; ``docs/rules.md`` ("Day-centre places"), in the order tried.

    Every reason but ``capacity`` refuses the wish; ``capacity`` puts it on the waiting list.
    """

    SELF_APPOINTED_HELPER = "self_appointed_helper"
    NO_CONSENT = "no_consent"
    DAYS_LIMIT = "days_limit"
    NO_SUITABLE_CENTRE = "no_suitable_centre"
    OUTSIDE_HORIZON = "outside_horizon"
    WEEKDAYS = "weekdays"
    CAPACITY = "capacity"


@dataclass(frozen=True)
class DayPlace:
    """A granted place: the centre, the weekdays and the first day the person comes."""

    wish_id: str
    centre_id: str
    weekdays: frozenset[int]
    start: date


@dataclass(frozen=True)
class DayDecision:
    """One row of ``day_plan.csv``.

    Granted with ``place``; else a ``reason``: ``capacity`` means waiting, with ``queue`` the
    family's place on the waiting list (1 is next), any other reason means refused.
    """

    wish_id: str
    person_id: str
    place: DayPlace | None = None
    reason: DayReason | None = None
    queue: int | None = None

    @property
    def status(self) -> DayStatus:
        if self.place is not None:
            return DayStatus.GRANTED
        if self.reason is DayReason.CAPACITY:
            return DayStatus.WAITING
        return DayStatus.REFUSED


@dataclass(frozen=True)
class DayPlan:
    """A decision for every day-centre wish, in the scenario's order of wishes."""

    decisions: tuple[DayDecision, ...] = field(default_factory=tuple)

    @cached_property
    def by_wish(self) -> dict[str, DayDecision]:
        return {d.wish_id: d for d in self.decisions}

    @property
    def places(self) -> list[DayPlace]:
        return [d.place for d in self.decisions if d.place is not None]

    @property
    def waiting(self) -> list[DayDecision]:
        """The waiting list in queue order (those without a queue number last)."""
        waiting = [d for d in self.decisions if d.status is DayStatus.WAITING]
        return sorted(waiting, key=lambda d: (d.queue is None, d.queue or 0, d.wish_id))
