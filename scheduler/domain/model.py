"""The scheduling domain as frozen dataclasses: what a scenario holds and what a plan says.

Nothing here knows about solvers, databases or screens. A stay is the half-open range of nights
``[start, end)``: it occupies the nights ``start`` … ``end - 1`` and lasts ``end - start`` nights.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property


@dataclass(frozen=True, order=True)
class MonthDay:
    """A day of the year written ``MM-DD`` (e.g. the summer window's first night, 05-01)."""

    month: int
    day: int

    def __post_init__(self) -> None:
        date(2000, self.month, self.day)  # raises ValueError unless valid in a leap year

    @classmethod
    def parse(cls, text: str) -> MonthDay:
        """Read ``MM-DD``; raises ``ValueError`` when the text is not a day of the year."""
        parts = text.strip().split("-")
        if len(parts) != 2 or not all(p.isdigit() and len(p) == 2 for p in parts):
            raise ValueError(f"not MM-DD: {text!r}")
        return cls(int(parts[0]), int(parts[1]))

    def in_year(self, year: int) -> date:
        """This day in ``year`` (29 February falls back to the 28th in common years)."""
        try:
            return date(year, self.month, self.day)
        except ValueError:
            return date(year, self.month, self.day - 1)

    def __str__(self) -> str:
        return f"{self.month:02d}-{self.day:02d}"


ALL_WEEKDAYS: frozenset[int] = frozenset(range(1, 8))


@dataclass(frozen=True)
class Rules:
    """A municipality's rule profile (``data/profiles/<name>.toml``), with scenario overrides."""

    name: str
    summer_start: MonthDay
    summer_end: MonthDay
    centre_kinds: tuple[str, ...]
    exclude_self_appointed_helper: bool
    require_consent: bool
    acute_nights: int
    annual_nights: int | None = None
    max_stay_nights: int | None = None
    summer_deadline: MonthDay | None = None
    arrival_weekdays: frozenset[int] = ALL_WEEKDAYS
    case_deadline_weeks: int | None = None
    self_payment_per_night: float | None = None
    """Own payment (egenbetaling) in kroner per night, for letters; ``None``: the council sets
    it each year and letters state no amount."""
    min_stay_nights: int | None = None
    """Shortest single stay; ``None`` means one night."""
    max_stays_per_year: int | None = None
    """Most counting stays a person may arrive for in one of their years; ``None``: no limit."""
    departure_weekdays: frozenset[int] = ALL_WEEKDAYS
    acute_counts_toward_limits: bool = True
    """Acute stays count toward the yearly limits (nights and stays). Randers: false, since
    § 84 stk. 2 is the person's own temporary stay, not relief of the carer."""
    acute_eligibility: bool = True
    """The § 94 and consent rules apply to acute requests too."""
    acute_centre_kinds: tuple[str, ...] | None = None
    """Kinds of centre for acute stays; ``None`` means ``centre_kinds``."""
    follow_up_weeks: int | None = None
    """Weeks from a grant (or the last follow-up) to the next follow-up of the case; ``None``:
    no automatic date, a case worker sets each one by hand."""
    acute_follow_up_days: int | None = None
    """Days from an acute stay's arrival to its follow-up; ``None``: no automatic date."""

    def summer_window(self, year: int) -> tuple[date, date]:
        """The summer window of ``year`` as its first and last night (both inclusive)."""
        return self.summer_start.in_year(year), self.summer_end.in_year(year)


@dataclass(frozen=True)
class Centre:
    """A care centre (plejecenter) or residential facility (botilbud) with respite beds."""

    centre_id: str
    name: str
    kind: str
    beds: int
    tags: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Closure:
    """Beds out of use at a centre on the nights ``start`` … ``end - 1``."""

    centre_id: str
    start: date
    end: date
    beds_closed: int


@dataclass(frozen=True)
class Person:
    """The cared-for person (borgeren) whose stays are requested."""

    person_id: str
    name: str
    needs: frozenset[str] = frozenset()
    annual_nights: int | None = None
    used_nights: int = 0
    self_appointed_helper: bool = False
    consent: bool = True
    used_stays: int = 0
    """Stays already used, outside the scenario, in the person's year holding the horizon's
    start (like ``used_nights``)."""
    grant_start: date | None = None
    """The person's years are grant years beginning on this month and day (29 February counts
    as 1 March); ``None``: calendar years."""
    carer_name: str = ""
    """The relative who cares for the person and receives the decision letters."""
    payment_exempt: bool = False
    """No own payment (e.g. BPA or § 100 expenses): letters state none."""


class RequestKind(enum.StrEnum):
    """A planned wish, or an acute need (akutaflastning)."""

    PLANNED = "planned"
    ACUTE = "acute"


@dataclass(frozen=True)
class Request:
    """A wished stay. ``end`` is always known: an acute request without one has been extended
    by the profile's ``acute_nights`` when it was read."""

    request_id: str
    person_id: str
    received: date
    start: date
    end: date
    flex_days: int = 0
    kind: RequestKind = RequestKind.PLANNED
    priority: int = 0
    preferred_centre: str | None = None

    @property
    def nights(self) -> int:
        """The wished length in nights."""
        return (self.end - self.start).days

    @property
    def is_acute(self) -> bool:
        return self.kind is RequestKind.ACUTE


@dataclass(frozen=True)
class Booking:
    """A stay from an earlier plan: pinned (promised to the family) or a previous suggestion."""

    request_id: str
    centre_id: str
    start: date
    end: date
    pinned: bool = False
    bed: int | None = None


WAIVABLE_RULES = frozenset(
    {"suitability", "eligibility", "annual_limit", "stays_limit", "stay_limit", "weekday"}
)
"""The checker's rules a stay may be excused from: those a change to its person (needs,
consent, § 94, yearly nights, grant year) or what actually happened (a late arrival, an early
departure) can break after the stay was promised. Capacity, bed labels, dates inside the
horizon and one stay at a time are never waived."""


@dataclass(frozen=True, order=True)
class Waiver:
    """A promised stay kept although it breaks ``rule`` (a rule code of the checker, one of
    ``WAIVABLE_RULES``): a recorded exception, or a stay whose dates are what happened.

    Scenarios read from files carry none; the store adds them (docs/rules.md, "Case work all
    year")."""

    request_id: str
    rule: str


@dataclass(frozen=True)
class Scenario:
    """Everything one planning run needs: rules, horizon, centres, persons, requests, bookings.

    ``horizon_end`` is exclusive: the last plannable night is the day before.
    """

    rules: Rules
    horizon_start: date
    horizon_end: date
    centres: tuple[Centre, ...] = ()
    closures: tuple[Closure, ...] = ()
    persons: tuple[Person, ...] = ()
    requests: tuple[Request, ...] = ()
    bookings: tuple[Booking, ...] = ()
    waivers: tuple[Waiver, ...] = ()
    """Rules that given stays may break (recorded exceptions, stays that happened)."""

    @cached_property
    def waived(self) -> frozenset[tuple[str, str]]:
        """The waivers as (request_id, rule) pairs, for quick lookup."""
        return frozenset((w.request_id, w.rule) for w in self.waivers)

    @cached_property
    def centre_by_id(self) -> dict[str, Centre]:
        return {c.centre_id: c for c in self.centres}

    @cached_property
    def person_by_id(self) -> dict[str, Person]:
        return {p.person_id: p for p in self.persons}

    @cached_property
    def request_by_id(self) -> dict[str, Request]:
        return {r.request_id: r for r in self.requests}

    @cached_property
    def booking_by_request(self) -> dict[str, Booking]:
        return {b.request_id: b for b in self.bookings}

    def annual_limit(self, person: Person) -> int:
        """The person's yearly nights: their own figure, else the profile's.

        Validation guarantees one of the two is present.
        """
        limit = (
            person.annual_nights if person.annual_nights is not None else self.rules.annual_nights
        )
        assert limit is not None, "validated: every person has a yearly limit"
        return limit


class Status(enum.StrEnum):
    GRANTED = "granted"
    REJECTED = "rejected"


class Reason(enum.StrEnum):
    """Why a request was rejected; the list of ``docs/rules.md`` ("Reasons for a rejection"), in
    the order they are tried."""

    SELF_APPOINTED_HELPER = "self_appointed_helper"
    NO_CONSENT = "no_consent"
    NO_SUITABLE_CENTRE = "no_suitable_centre"
    STAY_LIMIT = "stay_limit"
    OUTSIDE_HORIZON = "outside_horizon"
    ARRIVAL_DAY = "arrival_day"
    ANNUAL_LIMIT = "annual_limit"
    STAYS_LIMIT = "stays_limit"
    PERSON_OVERLAP = "person_overlap"
    CAPACITY = "capacity"


@dataclass(frozen=True)
class Stay:
    """A granted stay: where, in which bed, and which nights."""

    request_id: str
    centre_id: str
    bed: int
    start: date
    end: date

    @property
    def nights(self) -> int:
        return (self.end - self.start).days

    def night_dates(self) -> list[date]:
        return [self.start + timedelta(days=i) for i in range(self.nights)]


@dataclass(frozen=True)
class Decision:
    """One row of ``plan.csv``: a request granted as ``stay`` or rejected for ``reason``."""

    request_id: str
    person_id: str
    stay: Stay | None = None
    reason: Reason | None = None

    @property
    def status(self) -> Status:
        return Status.GRANTED if self.stay is not None else Status.REJECTED


@dataclass(frozen=True)
class Plan:
    """A decision for every request of a scenario, in the scenario's request order."""

    decisions: tuple[Decision, ...] = field(default_factory=tuple)

    @cached_property
    def by_request(self) -> dict[str, Decision]:
        return {d.request_id: d for d in self.decisions}

    @property
    def stays(self) -> list[Stay]:
        return [d.stay for d in self.decisions if d.stay is not None]
