"""Recording what happened to a promised stay: the arrival, a no-show, an early departure.

A planner records any stay; a centre manager only the stays at their own centre (pass it as
``centre``). Each record is one transaction with its audit entry (the request's id). Nights
that did not happen go back to the plan at once: a no-show takes the stay out of the published
plan and the request out of planning (as a cancellation does), a late arrival or an early
departure shortens the stay; either way a new version (origin ``recorded``) is published, so
the waiting list sees the room. The request's wished dates follow the stay, and the stay's
planned dates are kept in the record (docs/rules.md, "What happened").

Only what has happened can be recorded: an arrival or a departure dated after today, and a
no-show before the stay's planned arrival, are refused (``today`` is a parameter, by default
the real date, so a test or a demo records as of its own day).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from time import perf_counter

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from scheduler.domain.errors import UserError
from scheduler.domain.model import Decision, Stay
from scheduler.service.casework.published import Published, as_wished, load_published
from scheduler.service.operations.commit import OperationError, publish_change
from scheduler.service.operations.placement import Change, FixedPlan, rejudged
from scheduler.service.operations.waiting import cancel_change
from scheduler.store import casework_repo, operations_repo
from scheduler.store.audit import utc_now
from scheduler.store.casework_repo import StayRecord
from scheduler.store.plan_repo import VersionOrigin

FUTURE_ARRIVAL = "casework.record.future_arrival"
FUTURE_DEPARTURE = "casework.record.future_departure"
FUTURE_NO_SHOW = "casework.record.future_no_show"
NOT_YET: frozenset[str] = frozenset({FUTURE_ARRIVAL, FUTURE_DEPARTURE, FUTURE_NO_SHOW})
"""The refusals of recording what has not happened yet (a form shows them at the day's field)."""


@dataclass(frozen=True)
class RecordOutcome:
    """The record as stored now, the stay as the published plan holds it now (``None`` after a
    no-show), the nights given back, and the version published for them (``None`` when no
    night was freed)."""

    record: StayRecord
    stay: Stay | None
    freed_nights: int
    version: int | None


@dataclass(frozen=True)
class _Target:
    """The stay a record is about, read in the record's transaction."""

    published: Published
    stay: Stay
    person_id: str
    record: StayRecord | None


def _target(session: Session, request_id: str, centre: str | None) -> _Target:
    """The promised stay of ``request_id`` and its record so far.

    Raises
    ------
    UserError
        ``operations.unknown_request``, ``casework.not_granted`` or ``casework.other_centre``
        (the actor may record only at ``centre``); ``operations.nothing_published``.
    """
    request, cancelled = operations_repo.request_state(session, request_id)
    published = load_published(session, persons=[request.person_id])
    decision = published.decision(request_id)
    if cancelled is not None or decision is None or decision.stay is None:
        raise OperationError("casework.not_granted", request=request_id)
    if centre is not None and decision.stay.centre_id != centre:
        raise UserError("casework.other_centre", request=request_id, centre=centre)
    record = casework_repo.stay_record(session, request_id)
    return _Target(published, decision.stay, request.person_id, record)


def _happened(key: str, day: date, today: date | None, request_id: str, name: str) -> None:
    """Refuse with ``key`` when ``day`` is after ``today`` (by default the real date): what
    has not happened yet cannot be recorded. ``name`` is the parameter the message shows
    ``day`` as."""
    today = date.today() if today is None else today
    if day > today:
        raise OperationError(key, request=request_id, today=today, **{name: day})


def _shorten(session: Session, target: _Target, stay: Stay, actor: str, began: float) -> int:
    """Publish the plan with the target's stay as ``stay`` (shorter); the request's dates
    follow it. Returns the new version."""
    published = target.published
    scenario = as_wished(published.scenario, stay)
    after = Change((Decision(stay.request_id, target.person_id, stay=stay),))
    plan = after.apply(published.plan)
    decisions = (
        *after.decisions,
        *rejudged(FixedPlan(scenario, plan), plan, target.person_id, stay.request_id),
    )
    casework_repo.set_request_dates(session, stay.request_id, stay.start, stay.end, actor)
    return publish_change(
        session, published.row, Change(decisions), VersionOrigin.RECORDED, actor, began
    )


def record_arrival(
    engine: Engine,
    request_id: str,
    arrived: date,
    actor: str,
    *,
    centre: str | None = None,
    today: date | None = None,
) -> RecordOutcome:
    """Record that the person arrived on ``arrived`` (the planned start or a later day of the
    stay, not after ``today``, by default the real date). A late arrival shortens the stay to
    begin that day.

    Raises
    ------
    UserError
        As ``_target``; ``casework.already_recorded`` when the stay has a record;
        ``casework.bad_arrival`` when the day is not a night of the stay;
        ``casework.record.future_arrival`` when it is after ``today``.
    StalePlanError
        When another version was published meanwhile; nothing is kept.
    """
    began = perf_counter()
    with Session(engine) as session, session.begin():
        target = _target(session, request_id, centre)
        stay = target.stay
        if target.record is not None:
            raise OperationError("casework.already_recorded", request=request_id)
        if not stay.start <= arrived < stay.end:
            raise OperationError(
                "casework.bad_arrival",
                request=request_id,
                day=arrived,
                start=stay.start,
                end=stay.end,
            )
        _happened(FUTURE_ARRIVAL, arrived, today, request_id, "day")
        record = StayRecord(
            request_id,
            stay.centre_id,
            stay.start,
            stay.end,
            arrived,
            False,
            None,
            actor,
            utc_now(),
        )
        casework_repo.save_record(session, record, "record_arrival")
        version = None
        now = replace(stay, start=arrived)
        if arrived > stay.start:
            version = _shorten(session, target, now, actor, began)
    return RecordOutcome(record, now, stay.nights - now.nights, version)


def record_no_show(
    engine: Engine,
    request_id: str,
    actor: str,
    *,
    centre: str | None = None,
    today: date | None = None,
) -> RecordOutcome:
    """Record that the person did not come: the stay leaves the published plan (its nights go
    back to the waiting list) and the request leaves planning. Only once the planned arrival
    has come: not when it is after ``today`` (by default the real date).

    Raises
    ------
    UserError
        As ``_target``; ``casework.already_recorded`` when an arrival or a no-show is recorded;
        ``casework.record.future_no_show`` when the planned arrival is after ``today``.
    StalePlanError
        When another version was published meanwhile; nothing is kept.
    """
    began = perf_counter()
    with Session(engine) as session, session.begin():
        target = _target(session, request_id, centre)
        stay = target.stay
        if target.record is not None:
            raise OperationError("casework.already_recorded", request=request_id)
        _happened(FUTURE_NO_SHOW, stay.start, today, request_id, "start")
        record = StayRecord(
            request_id, stay.centre_id, stay.start, stay.end, None, True, None, actor, utc_now()
        )
        published = target.published
        change = cancel_change(published.scenario, published.plan, request_id)
        casework_repo.save_record(session, record, "record_no_show")
        version = publish_change(
            session, published.row, change, VersionOrigin.RECORDED, actor, began
        )
    return RecordOutcome(record, None, stay.nights, version)


def record_departure(
    engine: Engine,
    request_id: str,
    departed: date,
    actor: str,
    *,
    centre: str | None = None,
    today: date | None = None,
) -> RecordOutcome:
    """Record that the person left early, on ``departed`` (after the arrival, before the
    planned end, not after ``today``, by default the real date): the stay ends that day.
    Without a recorded arrival the person is taken to have arrived on the stay's start, and
    that is recorded too.

    Raises
    ------
    UserError
        As ``_target``; ``casework.stay_closed`` after a no-show, ``casework.already_recorded``
        when a departure is recorded, ``casework.bad_departure`` when the day is not after the
        arrival and before the planned end; ``casework.record.future_departure`` when it is after
        ``today``.
    StalePlanError
        When another version was published meanwhile; nothing is kept.
    """
    began = perf_counter()
    with Session(engine) as session, session.begin():
        target = _target(session, request_id, centre)
        stay, known = target.stay, target.record
        if known is not None and known.no_show:
            raise OperationError("casework.stay_closed", request=request_id)
        if known is not None and known.departed is not None:
            raise OperationError("casework.already_recorded", request=request_id)
        arrived = stay.start if known is None or known.arrived is None else known.arrived
        if not arrived < departed < stay.end:
            raise OperationError(
                "casework.bad_departure",
                request=request_id,
                day=departed,
                arrived=arrived,
                end=stay.end,
            )
        _happened(FUTURE_DEPARTURE, departed, today, request_id, "day")
        planned = (
            (stay.start, stay.end) if known is None else (known.planned_start, known.planned_end)
        )
        record = StayRecord(
            request_id, stay.centre_id, *planned, arrived, False, departed, actor, utc_now()
        )
        casework_repo.save_record(session, record, "record_departure")
        now = replace(stay, end=departed)
        version = _shorten(session, target, now, actor, began)
    return RecordOutcome(record, now, stay.nights - now.nights, version)
