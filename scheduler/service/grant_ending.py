"""Ending a person's grant of respite on a day (``respite end``, the app's Opfølgning).

In one transaction: the day is recorded as ``grant_ended``; every promised stay of the person
arriving on or after the day is cancelled (as ``cancel`` does: the request leaves planning), and
so is every wish of theirs not granted whose wished nights reach past the day (it can no longer
be granted); a stay that runs over the day ends that day: recorded as an early departure (as
``record_departure`` does) when the day is today or earlier, else shortened in the plan (its
departure is recorded once it has happened, as ``scheduler.service.casework.records``
requires); the published plan without those nights is published as a new version (origin
``cancelled``), so the waiting list sees the room at once; and the decision letter of ending,
with complaint guidance, is recorded (``scheduler.service.letter_records``).
Stays that ended before the day are kept as they are.

``ending_preview`` shows what ending would do without changing anything (the app's
confirmation step); ``end_grant`` does it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from time import perf_counter

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from scheduler.domain.errors import UserError
from scheduler.domain.model import Decision, Stay
from scheduler.io.letter_ending import EndedStay, EndingFacts
from scheduler.service.casework.published import Published, as_wished, load_published
from scheduler.service.followup import open_case
from scheduler.service.followup_letter import ending_content
from scheduler.service.letter_records import record_letter
from scheduler.service.operations.attempts import run_locked
from scheduler.service.operations.commit import publish_change
from scheduler.service.operations.placement import Change, FixedPlan, rejudged
from scheduler.service.operations.waiting import waiting_list
from scheduler.store import casework_repo, followup_repo, operations_repo
from scheduler.store.audit import utc_now
from scheduler.store.casework_repo import StayRecord
from scheduler.store.plan_repo import VersionOrigin

LETTER_KIND = "ending"


@dataclass(frozen=True)
class Ending:
    """What ending the grant on ``day`` does: the promised stays cancelled, the wishes not
    granted that are cancelled, and the stay in progress as it ends (with its stay before)."""

    person_id: str
    day: date
    cancelled: tuple[Stay, ...]
    withdrawn: tuple[str, ...]
    shortened: Stay | None
    before: Stay | None

    @property
    def request_ids(self) -> tuple[str, ...]:
        """Every request that leaves planning."""
        return (*(s.request_id for s in self.cancelled), *self.withdrawn)


@dataclass(frozen=True)
class EndOutcome:
    """The ending as it was made, the published version (``None`` when the plan held nothing
    of the person after the day), the letter's id, how many requests of the waiting list fit
    after it, and how many times it was made again after losing a race."""

    ending: Ending
    version: int | None
    letter_id: int
    waiting: int
    retries: int = 0


def _ending(published: Published, person_id: str, day: date, session: Session) -> Ending:
    """What ending the person's grant on ``day`` does to the published plan."""
    plan = published.plan
    cancelled, withdrawn = [], []
    shortened = before = None
    for request in published.scenario.requests:
        if request.person_id != person_id:
            continue
        decision = plan.by_request.get(request.request_id)
        stay = decision.stay if decision is not None else None
        if stay is None:
            if request.end > day:
                withdrawn.append(request.request_id)
        elif stay.start >= day:
            cancelled.append(stay)
        elif day < stay.end:
            known = casework_repo.stay_record(session, stay.request_id)
            if known is None or known.departed is None:
                shortened, before = replace(stay, end=day), stay
    cancelled.sort(key=lambda stay: (stay.start, stay.request_id))
    return Ending(person_id, day, tuple(cancelled), tuple(withdrawn), shortened, before)


def _checked(session: Session, person_id: str, day: date) -> Published:
    """The published plan, once the person's grant may end on ``day``.

    Raises
    ------
    UserError
        ``followup.unknown_person``, ``followup.anonymised``, ``followup.already_ended``,
        ``followup.outside_horizon``; ``operations.nothing_published``.
    """
    open_case(session, person_id)
    bare = casework_repo.bare_scenario(session)
    if not bare.horizon_start <= day < bare.horizon_end:
        raise UserError(
            "followup.outside_horizon", day=day, start=bare.horizon_start, end=bare.horizon_end
        )
    return load_published(session, persons=[person_id])


def ending_preview(engine: Engine, person_id: str, day: date) -> Ending:
    """What ending the person's grant on ``day`` would do; nothing is changed.

    Raises
    ------
    UserError
        As ``end_grant``.
    """
    with Session(engine) as session:
        published = _checked(session, person_id, day)
        return _ending(published, person_id, day, session)


def _change(published: Published, ending: Ending) -> tuple[Change, bool]:
    """The change to the published plan, and whether it changes anything in it."""
    plan, scenario = published.plan, published.scenario
    removed = tuple(r for r in ending.request_ids if r in plan.by_request)
    kept: tuple[Decision, ...] = ()
    if ending.shortened is not None:
        scenario = as_wished(scenario, ending.shortened)
        kept = (Decision(ending.shortened.request_id, ending.person_id, stay=ending.shortened),)
    after = Change(kept, removed)
    rest = after.apply(plan)
    rejudge = rejudged(FixedPlan(scenario, rest), rest, ending.person_id, skip="")
    return Change((*kept, *rejudge), removed), bool(kept or removed)


def _end_stay(session: Session, ending: Ending, actor: str, today: date) -> None:
    """The stay running over the day ends on the day: its request's dates are cut, and when
    the day is not after ``today`` the early departure is recorded (with the arrival on the
    stay's start when none is recorded)."""
    stay, before = ending.shortened, ending.before
    if stay is None or before is None:
        return
    casework_repo.set_request_dates(session, stay.request_id, stay.start, stay.end, actor)
    if ending.day > today:
        return
    known = casework_repo.stay_record(session, stay.request_id)
    arrived = before.start if known is None or known.arrived is None else known.arrived
    planned = (
        (before.start, before.end) if known is None else (known.planned_start, known.planned_end)
    )
    record = StayRecord(
        stay.request_id, stay.centre_id, *planned, arrived, False, stay.end, actor, utc_now()
    )
    casework_repo.save_record(session, record, "record_departure")


def _letter_facts(published: Published, ending: Ending, written: date) -> EndingFacts:
    scenario = published.scenario
    names = {c.centre_id: c.name for c in scenario.centres}

    def ended(stay: Stay) -> EndedStay:
        return EndedStay(
            stay.request_id, names.get(stay.centre_id, stay.centre_id), stay.start, stay.end
        )

    return EndingFacts(
        scenario.rules,
        scenario.person_by_id[ending.person_id],
        ending.day,
        tuple(ended(stay) for stay in ending.cancelled),
        None if ending.shortened is None else ended(ending.shortened),
        written,
    )


def end_grant(
    engine: Engine,
    person_id: str,
    day: date,
    actor: str,
    *,
    lang: str = "da",
    written: date | None = None,
    today: date | None = None,
) -> EndOutcome:
    """End the person's grant on ``day`` in one transaction (see the module's docstring);
    ``written`` is the letter's date (default ``today``), ``lang`` its language; ``today``
    (default the real date) tells whether the stay running over the day has ended yet.

    Raises
    ------
    UserError
        ``followup.unknown_person``, ``followup.anonymised``, ``followup.already_ended``,
        ``followup.outside_horizon``; ``operations.nothing_published``.
    StalePlanError
        ``operations.lost_race`` when every attempt lost to another publication; nothing is
        kept.
    """
    began = perf_counter()
    now = today or date.today()

    def attempt(session: Session) -> EndOutcome:
        published = _checked(session, person_id, day)
        ending = _ending(published, person_id, day, session)
        change, changes = _change(published, ending)
        for request_id in ending.request_ids:
            operations_repo.cancel_request(session, request_id, actor)
        _end_stay(session, ending, actor, now)
        version = None
        if changes:
            version = publish_change(
                session, published.row, change, VersionOrigin.CANCELLED, actor, began
            )
        followup_repo.set_grant_ended(session, person_id, day, actor)
        facts = _letter_facts(published, ending, written or now)
        letter = record_letter(
            session,
            person_id=person_id,
            request_id=None,
            kind=LETTER_KIND,
            version_number=version,
            content=ending_content(facts),
            actor=actor,
            language=lang,
        )
        return EndOutcome(ending, version, letter, 0)

    outcome, retries = run_locked(engine, attempt)
    waiting = len(waiting_list(engine)) if outcome.version is not None else 0
    return replace(outcome, waiting=waiting, retries=retries)
