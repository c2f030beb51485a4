"""Following up each case (servicelovens § 148, stk. 2: "løbende følge den enkelte indsats"):
a person's next follow-up date, what was decided at the last one, the day a handleplan is due,
and the list of what is due.

The next follow-up is the date set by hand or at the last follow-up. A case never followed up
and with no date set gets one from the profile (docs/rules.md, "Following up a case"):
``follow_up_weeks`` after the arrival of the person's first granted stay; and every acute stay
arriving after the last follow-up held gets one ``acute_follow_up_days`` after its arrival;
without those keys no date is made up. Recording a follow-up without a next date sets it
``follow_up_weeks`` after the follow-up (none without the key).

``due_followups(today)`` lists what is due in today's ISO week (up to its Sunday) or overdue:
follow-ups and handleplans, with the reason. Anonymised persons and persons whose grant has
ended (on or before today, or before the item's date) are left out.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from scheduler.domain.errors import UserError
from scheduler.domain.model import Rules
from scheduler.io.text_checks import control_character
from scheduler.store import casework_repo, followup_repo, plan_repo
from scheduler.store.followup_repo import CaseState, GrantedArrival
from scheduler.store.models import FOLLOW_UP_NOTE_LENGTH

ALLOWED_CONTROLS = frozenset("\n\r\t")
"""Control characters a decision text may hold: it is written in a text box, in lines."""


class DueReason(enum.StrEnum):
    """Why a case is on the list."""

    FOLLOW_UP = "follow_up"
    HANDLEPLAN = "handleplan"
    ACUTE = "acute"
    """The follow-up of an acute stay ("Sagsbehandleren vil følge tæt op på akutaflastning")."""


@dataclass(frozen=True)
class DueItem:
    """One thing due on a person's case; ``days_overdue`` is 0 until the due day has passed."""

    person_id: str
    name: str
    reason: DueReason
    due: date
    days_overdue: int


@dataclass(frozen=True)
class FollowUpRecorded:
    """A recorded follow-up: the next date stored (``None``: none) and whether it came from
    the profile's ``follow_up_weeks`` rather than by hand."""

    person_id: str
    next_on: date | None
    automatic: bool
    handleplan_due: date | None


def week_end(today: date) -> date:
    """The Sunday of ``today``'s ISO week: what is due up to it is due this week."""
    return today + timedelta(days=7 - today.isoweekday())


def automatic_dates(
    case: CaseState, arrivals: Sequence[GrantedArrival], rules: Rules
) -> list[tuple[date, DueReason]]:
    """The follow-up dates the profile gives (``arrivals``: the person's granted stays,
    earliest first): ``follow_up_weeks`` after the first arrival for a case never followed up
    and with no date set; ``acute_follow_up_days`` after each acute stay that arrives after the
    last follow-up held (one held since has followed it up)."""
    found: list[tuple[date, DueReason]] = []
    never = case.follow_up_on is None and case.follow_up_held is None
    if rules.follow_up_weeks is not None and never and arrivals:
        first = arrivals[0].start + timedelta(weeks=rules.follow_up_weeks)
        found.append((first, DueReason.FOLLOW_UP))
    if rules.acute_follow_up_days is not None:
        days = timedelta(days=rules.acute_follow_up_days)
        held = case.follow_up_held
        found += [
            (a.start + days, DueReason.ACUTE)
            for a in arrivals
            if a.acute and (held is None or a.start > held)
        ]
    return found


def case_dates(
    case: CaseState, arrivals: Sequence[GrantedArrival], rules: Rules
) -> list[tuple[date, DueReason]]:
    """Every date on the case: the next follow-up (by hand or at the last follow-up), those
    from the profile, and the handleplan's due day, earliest first."""
    found = automatic_dates(case, arrivals, rules)
    if case.follow_up_on is not None:
        found.append((case.follow_up_on, DueReason.FOLLOW_UP))
    if case.handleplan_due is not None:
        found.append((case.handleplan_due, DueReason.HANDLEPLAN))
    return sorted(found)


def _open_on(case: CaseState, due: date, today: date) -> bool:
    """Whether an item due on ``due`` still concerns the case: not anonymised, and the grant
    not ended on or before today nor before the item."""
    if case.anonymised:
        return False
    ended = case.grant_ended
    return ended is None or (ended > today and due < ended)


def due_items(
    cases: Iterable[CaseState],
    arrivals: Iterable[GrantedArrival],
    rules: Rules,
    today: date,
) -> list[DueItem]:
    """What is due this week or overdue on ``cases``, most overdue first."""
    by_person: dict[str, list[GrantedArrival]] = {}
    for arrival in arrivals:
        by_person.setdefault(arrival.person_id, []).append(arrival)
    last = week_end(today)
    found = [
        DueItem(case.person_id, case.name, reason, due, max(0, (today - due).days))
        for case in cases
        for due, reason in case_dates(case, by_person.get(case.person_id, []), rules)
        if due <= last and _open_on(case, due, today)
    ]
    return sorted(found, key=lambda item: (item.due, item.person_id, item.reason))


def _arrivals(session: Session) -> list[GrantedArrival]:
    """The published plan's arrivals (none while nothing is published)."""
    number = plan_repo.published_number(session)
    if number is None:
        return []
    return followup_repo.granted_arrivals(session, plan_repo.get_version(session, number))


def due_followups(engine: Engine, today: date | None = None) -> list[DueItem]:
    """What is due this week (``today`` defaults to the current date) or overdue.

    Raises
    ------
    StoreError
        ``store.empty`` when nothing has been imported.
    """
    with Session(engine) as session:
        rules = casework_repo.bare_scenario(session).rules
        cases = followup_repo.open_cases(session)
        arrivals = _arrivals(session)
    return due_items(cases, arrivals, rules, today or date.today())


def open_cases(engine: Engine) -> list[CaseState]:
    """The cases that can still be followed up (not anonymised, grant not ended), in import
    order: the persons a follow-up may be recorded for or a grant ended."""
    with Session(engine) as session:
        cases = followup_repo.open_cases(session)
    return [case for case in cases if case.grant_ended is None]


def case_state(engine: Engine, person_id: str) -> CaseState:
    """What is stored on following up the person.

    Raises
    ------
    StoreError
        ``followup.unknown_person``.
    """
    with Session(engine) as session:
        return followup_repo.case_state(session, person_id)


def _checked_note(note: str) -> str:
    """The decision text, trimmed; refused when empty, too long or holding a control
    character other than a line break or tab."""
    text = note.strip()
    if not text:
        raise UserError("followup.note_empty")
    if len(text) > FOLLOW_UP_NOTE_LENGTH:
        raise UserError("followup.note_too_long", length=len(text), most=FOLLOW_UP_NOTE_LENGTH)
    bad = control_character("".join(c for c in text if c not in ALLOWED_CONTROLS))
    if bad is not None:
        raise UserError("followup.note_control", char=bad)
    return text


def open_case(session: Session, person_id: str) -> CaseState:
    """The person's case, locked in the caller's transaction, refused when it can no longer
    be followed up (nor its grant ended).

    Raises
    ------
    UserError
        ``followup.unknown_person``, ``followup.anonymised`` or ``followup.already_ended``.
    """
    case = followup_repo.case_state(session, person_id, lock=True)
    if case.anonymised:
        raise UserError("followup.anonymised", person=person_id)
    if case.grant_ended is not None:
        raise UserError("followup.already_ended", person=person_id, day=case.grant_ended)
    return case


def set_follow_up(engine: Engine, person_id: str, day: date, actor: str) -> None:
    """Set the person's next follow-up date by hand, in one audited transaction.

    Raises
    ------
    UserError
        ``followup.unknown_person``, ``followup.anonymised`` or ``followup.already_ended``.
    """
    with Session(engine) as session, session.begin():
        open_case(session, person_id)
        followup_repo.set_follow_up_date(session, person_id, day, actor)


def record_follow_up(
    engine: Engine,
    person_id: str,
    held: date,
    note: str,
    actor: str,
    *,
    next_on: date | None = None,
    handleplan_due: date | None = None,
) -> FollowUpRecorded:
    """Record a follow-up held on ``held``: what was decided (``note``, at most 2,000
    characters), the next date (default: ``follow_up_weeks`` after ``held``; none without the
    key) and the day a handleplan is due (``None``: none is), in one audited transaction.

    Raises
    ------
    UserError
        ``followup.note_empty``, ``followup.note_too_long``, ``followup.note_control``,
        ``followup.next_not_after_held``, ``followup.handleplan_before_held``, and as
        ``set_follow_up``.
    """
    text = _checked_note(note)
    if next_on is not None and next_on <= held:
        raise UserError("followup.next_not_after_held", next=next_on, held=held)
    if handleplan_due is not None and handleplan_due < held:
        raise UserError("followup.handleplan_before_held", due=handleplan_due, held=held)
    with Session(engine) as session, session.begin():
        open_case(session, person_id)
        weeks = casework_repo.bare_scenario(session).rules.follow_up_weeks
        automatic = next_on is None and weeks is not None
        if next_on is None and weeks is not None:
            next_on = held + timedelta(weeks=weeks)
        followup_repo.save_follow_up(session, person_id, held, text, next_on, handleplan_due, actor)
    return FollowUpRecorded(person_id, next_on, automatic, handleplan_due)
