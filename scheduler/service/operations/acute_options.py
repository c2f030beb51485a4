"""Acute placement in two steps: first the options (nothing is written), then the one the case
worker picks is booked.

``preview_acute`` says what the published plan offers an acute need now: the place found in
the wished days (``place``), else the earliest later start that fits as the plan stands
(``later``) and, always when there is no place, recording the need as rejected so that it heads
the waiting list (``wait``); and, when beds are what is missing, the stays whose moving would
make room sooner (information: a promise is moved with the change of a promise, not here).

``book_acute`` books the chosen option in one transaction under the writers' lock: the request
is recorded and the plan with it published as a new version, only if the option is still what
the plan offers (else ``acute.options_changed`` and nothing is written). Booking the same need
again (a second click, a retry after a lost connection) adds no second request: the request
recorded the first time is answered.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from time import perf_counter

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from scheduler.domain.model import Plan, Reason, Request, RequestKind, Scenario, Stay
from scheduler.service.casework.fitting import Blocking
from scheduler.service.operations.acute import (
    ACUTE_PREFIX,
    LATER_MAY_FIT,
    AcutePlacement,
    acute_request,
    place_acute,
)
from scheduler.service.operations.attempts import run_locked
from scheduler.service.operations.commit import OperationError, publish_change
from scheduler.service.operations.decision_letters import record_placement_letter
from scheduler.store import operations_repo
from scheduler.store.plan_repo import VersionOrigin

PREVIEW_ID = "preview"
"""The id suffix of the request while only its options are looked for (never stored)."""


class AcuteChoice(enum.StrEnum):
    """What the case worker may book."""

    PLACE = "place"
    """The place found within the wished days."""
    LATER = "later"
    """The earliest later start that fits as the plan stands."""
    WAIT = "wait"
    """No place now: the need is recorded as rejected and heads the waiting list."""


@dataclass(frozen=True)
class AcuteOption:
    """One thing the worker may book: the stay it gives (none for ``wait``)."""

    choice: AcuteChoice
    stay: Stay | None = None


@dataclass(frozen=True)
class AcuteNeed:
    """An acute need as the worker entered it."""

    person_id: str
    start: date
    nights: int | None = None
    """``None``: the profile's ``acute_nights``."""
    flex_days: int = 0
    received: date | None = None
    """``None``: today."""


@dataclass(frozen=True)
class AcuteOptions:
    """What the published plan ``version`` offers ``need``.

    ``reason`` is why the wished days have no place (``None`` when they have); ``options`` are
    what may be booked, the best first; ``sooner`` is a stay within the wished days that moving
    the stays ``to_move`` would make room for (each with whether it is a promise);
    ``later_searched`` says whether a later start was looked for (only when the reason is one a
    later start may overcome).
    """

    need: AcuteNeed
    nights: int
    version: int
    reason: Reason | None
    options: tuple[AcuteOption, ...]
    sooner: Stay | None = None
    to_move: tuple[Blocking, ...] = ()
    centre_names: dict[str, str] = field(default_factory=dict)
    later_searched: bool = False

    def option(self, choice: AcuteChoice) -> AcuteOption | None:
        return next((o for o in self.options if o.choice is choice), None)


@dataclass(frozen=True)
class AcuteBooking:
    """The booked option: the request, its stay (none when it waits), the reason it waits,
    the published version holding it, whether it had been booked before (``repeated``: no new
    request, no new version) and how many times the booking was made again after losing a
    race."""

    request: Request
    choice: AcuteChoice
    stay: Stay | None
    reason: Reason | None
    version: int
    centre_names: dict[str, str]
    repeated: bool = False
    retries: int = 0


def _read(session: Session, need: AcuteNeed) -> tuple[Scenario, Plan, set[str], int]:
    """The published scenario and plan for the need's person, the pinned requests, the
    version's number and the stay's length, with the need checked.

    Raises
    ------
    OperationError
        ``operations.unknown_person``, ``operations.bad_length`` or
        ``operations.outside_horizon``.
    StoreError
        ``operations.nothing_published`` or ``store.empty``.
    """
    base = operations_repo.published_version(session)
    scenario, plan = operations_repo.load_published(session, base, [need.person_id])
    if need.person_id not in scenario.person_by_id:
        raise OperationError("operations.unknown_person", person=need.person_id)
    length = scenario.rules.acute_nights if need.nights is None else need.nights
    if length < 1 or need.flex_days < 0:
        raise OperationError("operations.bad_length", nights=length, flex=need.flex_days)
    if not scenario.horizon_start <= need.start < scenario.horizon_end:
        raise OperationError(
            "operations.outside_horizon",
            start=need.start,
            first=scenario.horizon_start,
            end=scenario.horizon_end,
        )
    pinned = operations_repo.pinned_requests(session, base)
    return scenario, plan, pinned, length


def _names(scenario: Scenario) -> dict[str, str]:
    return {c.centre_id: c.name for c in scenario.centres}


def _placed(scenario: Scenario, plan: Plan, request: Request, pinned: set[str]) -> AcutePlacement:
    return place_acute(
        replace(scenario, requests=(*scenario.requests, request)), plan, request, pinned
    )


def preview_acute(engine: Engine, need: AcuteNeed) -> AcuteOptions:
    """The options the published plan offers ``need`` now; nothing is written.

    Raises
    ------
    OperationError
        ``operations.unknown_person``, ``operations.bad_length`` or
        ``operations.outside_horizon``.
    StoreError
        ``operations.nothing_published`` or ``store.empty``.
    """
    with Session(engine) as session:
        scenario, plan, pinned, length = _read(session, need)
        version = operations_repo.published_version(session).number
    day = need.received or date.today()
    request = acute_request(
        f"{ACUTE_PREFIX}{day}-{PREVIEW_ID}", need.person_id, need.start, length, need.flex_days, day
    )
    # Every stay counts as movable here, so that the stays blocking the wished days are named
    # even when all are promises (as in a published plan); each says whether it is one.
    placement = _placed(scenario, plan, request, set())
    names = _names(scenario)
    if placement.stay is not None:
        option = AcuteOption(AcuteChoice.PLACE, placement.stay)
        return AcuteOptions(need, length, version, None, (option,), centre_names=names)
    options = []
    if placement.earliest is not None:
        options.append(AcuteOption(AcuteChoice.LATER, placement.earliest))
    options.append(AcuteOption(AcuteChoice.WAIT))
    to_move = tuple(Blocking(s, s.request_id in pinned) for s in placement.to_move)
    return AcuteOptions(
        need,
        length,
        version,
        placement.reason,
        tuple(options),
        placement.sooner,
        to_move,
        names,
        later_searched=placement.reason is Reason.CAPACITY or placement.reason in LATER_MAY_FIT,
    )


def _same(one: Stay | None, other: Stay | None) -> bool:
    if one is None or other is None:
        return one is other
    return (one.centre_id, one.start, one.end) == (other.centre_id, other.start, other.end)


def _booked_before(
    scenario: Scenario, plan: Plan, need: AcuteNeed, start: date, end: date, day: date
) -> Request | None:
    """The person's acute request for the same days, received the same day, if one is stored
    (cancelled requests are not in ``scenario``)."""
    for request in scenario.requests:
        if (
            request.person_id == need.person_id
            and request.kind is RequestKind.ACUTE
            and (request.received, request.start, request.end) == (day, start, end)
            and request.request_id in plan.by_request
        ):
            return request
    return None


def book_acute(engine: Engine, need: AcuteNeed, option: AcuteOption, actor: str) -> AcuteBooking:
    """Book ``option`` (one of ``preview_acute(engine, need).options``) in one transaction: the
    request recorded, the plan with it published as a new version (origin ``acute``).

    ``place`` books the stay found in the wished days; ``later`` a request from the later
    start (no flex days); ``wait`` records the need as rejected, heading the waiting list. The
    option must still be what the plan offers: the same stay (centre and dates), or for
    ``wait`` still no place.

    Raises
    ------
    OperationError
        ``acute.options_changed`` when the plan offers something else now (nothing is
        written); and what ``preview_acute`` raises.
    StalePlanError
        ``operations.lost_race`` when every attempt lost to another publication.
    """
    began = perf_counter()
    day = need.received or date.today()
    if option.choice is AcuteChoice.LATER and option.stay is None:
        raise OperationError("acute.options_changed")

    def attempt(session: Session) -> AcuteBooking:
        scenario, plan, pinned, length = _read(session, need)
        base = operations_repo.published_version(session)
        start, flex = need.start, need.flex_days
        if option.choice is AcuteChoice.LATER:
            assert option.stay is not None, "checked above"
            start, flex = option.stay.start, 0
        end = start + timedelta(days=length)
        names = _names(scenario)
        before = _booked_before(scenario, plan, need, start, end, day)
        if before is not None:
            decision = plan.by_request[before.request_id]
            return AcuteBooking(
                before,
                option.choice,
                decision.stay,
                decision.reason,
                base.number,
                names,
                repeated=True,
            )
        request_id = operations_repo.next_request_id(session, f"{ACUTE_PREFIX}{day}-")
        request = acute_request(request_id, need.person_id, start, length, flex, day)
        placement = _placed(scenario, plan, request, pinned)
        wanted = option.stay if option.choice is not AcuteChoice.WAIT else None
        if not _same(placement.stay, wanted):
            raise OperationError("acute.options_changed")
        operations_repo.add_request(session, request, actor)
        number = publish_change(session, base, placement.change, VersionOrigin.ACUTE, actor, began)
        decided = (placement.stay, placement.reason)
        record_placement_letter(session, scenario, request, decided, number, actor)
        return AcuteBooking(request, option.choice, placement.stay, placement.reason, number, names)

    booking, retries = run_locked(engine, attempt)
    return replace(booking, retries=retries)
