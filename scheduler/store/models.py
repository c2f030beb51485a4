"""The database schema as typed SQLAlchemy 2 models.

The rows hold plain values only; ``scheduler.store.mapping`` turns them into the domain's
dataclasses and back. Tags and needs are kept as ``;``-joined text (as in the CSV files), the
rules as a JSON object of plain values, objective vectors as JSON lists.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, MetaData, String, UniqueConstraint, false
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

ID = String(64)
CARER_NAME_LENGTH = 200
"""The most characters a carer's name may have."""
FOLLOW_UP_NOTE_LENGTH = 2000
"""The most characters of what was decided at a follow-up."""
HANDOVER_NOTE_LENGTH = 1000
"""The most characters of the case worker's handover note to the centre."""

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Head(Base):
    """The one row that serialises writers: the last version number handed out and the
    version published now. Publishing compares and sets ``published`` in one statement."""

    __tablename__ = "head"

    id: Mapped[int] = mapped_column(primary_key=True)
    last_number: Mapped[int] = mapped_column(default=0)
    published: Mapped[int | None]


class Settings(Base):
    """The rule profile and horizon in use (one row, ``id`` 1)."""

    __tablename__ = "settings"

    id: Mapped[int] = mapped_column(primary_key=True)
    profile_name: Mapped[str] = mapped_column(String(200))
    rules: Mapped[dict[str, Any]] = mapped_column(JSON)
    horizon_start: Mapped[date]
    horizon_end: Mapped[date]


class CentreRow(Base):
    __tablename__ = "centres"

    centre_id: Mapped[str] = mapped_column(ID, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(64))
    beds: Mapped[int]
    tags: Mapped[str] = mapped_column(String(500), default="")
    seq: Mapped[int]


class ClosureRow(Base):
    __tablename__ = "closures"

    id: Mapped[int] = mapped_column(primary_key=True)
    centre_id: Mapped[str] = mapped_column(ForeignKey("centres.centre_id"), index=True)
    start: Mapped[date]
    end: Mapped[date]
    beds_closed: Mapped[int]


class PersonRow(Base):
    __tablename__ = "persons"

    person_id: Mapped[str] = mapped_column(ID, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    needs: Mapped[str] = mapped_column(String(500), default="")
    annual_nights: Mapped[int | None]
    used_nights: Mapped[int] = mapped_column(default=0)
    self_appointed_helper: Mapped[bool] = mapped_column(default=False)
    consent: Mapped[bool] = mapped_column(default=True)
    seq: Mapped[int]
    used_stays: Mapped[int] = mapped_column(default=0, server_default="0")
    grant_start: Mapped[date | None]
    carer_name: Mapped[str] = mapped_column(
        String(CARER_NAME_LENGTH), default="", server_default=""
    )
    """The relative who cares and receives the decision letters ("" when none is given)."""
    payment_exempt: Mapped[bool] = mapped_column(default=False, server_default=false())
    follow_up_on: Mapped[date | None]
    """The next follow-up of the case (servicelovens § 148, stk. 2), if one is set."""
    follow_up_held: Mapped[date | None]
    """The day the last follow-up was held; None if none was."""
    follow_up_note: Mapped[str] = mapped_column(
        String(FOLLOW_UP_NOTE_LENGTH), default="", server_default=""
    )
    """What was decided at the last follow-up."""
    handleplan_due: Mapped[date | None]
    """The day a (new) handleplan is due, if one is."""
    grant_ended: Mapped[date | None]
    """The day the person's grant of respite ended; None while it runs."""
    anonymised_at: Mapped[datetime | None]
    """When names and free text were replaced (the case had ended); None if never."""


class RequestRow(Base):
    __tablename__ = "requests"

    request_id: Mapped[str] = mapped_column(ID, primary_key=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("persons.person_id"), index=True)
    received: Mapped[date]
    start: Mapped[date]
    end: Mapped[date]
    flex_days: Mapped[int] = mapped_column(default=0)
    kind: Mapped[str] = mapped_column(String(16))
    priority: Mapped[int] = mapped_column(default=0)
    preferred_centre: Mapped[str | None] = mapped_column(ID)
    seq: Mapped[int]
    cancelled_at: Mapped[datetime | None]
    """When the family cancelled the request; a cancelled request is no longer planned."""
    handover_note: Mapped[str] = mapped_column(
        String(HANDOVER_NOTE_LENGTH), default="", server_default=""
    )
    """What the centre's staff need to know about the stay, written by the case worker."""


class PlanVersionRow(Base):
    """A plan version: a draft until published. ``base`` is the version that was published
    when the draft was made (``None``: none was); publishing needs it to still be so."""

    __tablename__ = "plan_versions"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[int] = mapped_column(unique=True)
    status: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime]
    created_by: Mapped[str] = mapped_column(String(100))
    base: Mapped[int | None]
    published_at: Mapped[datetime | None]
    published_by: Mapped[str | None] = mapped_column(String(100))
    origin: Mapped[str] = mapped_column(String(16), default="planned", server_default="planned")
    """What made the version (``plan_repo.VersionOrigin``)."""
    solver_status: Mapped[str | None] = mapped_column(String(16))
    """For a planning run: ``optimal``, ``feasible`` or ``greedy``; none for other origins."""
    objective: Mapped[list[Any]] = mapped_column(JSON)
    bounds: Mapped[list[Any]] = mapped_column(JSON)
    wall_time: Mapped[float]


class BookingRow(Base):
    """A granted stay of a plan version."""

    __tablename__ = "bookings"
    __table_args__ = (UniqueConstraint("plan_version_id", "request_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_version_id: Mapped[int] = mapped_column(ForeignKey("plan_versions.id"))
    request_id: Mapped[str] = mapped_column(ForeignKey("requests.request_id"))
    centre_id: Mapped[str] = mapped_column(ForeignKey("centres.centre_id"))
    bed: Mapped[int | None]
    start: Mapped[date]
    end: Mapped[date]
    pinned: Mapped[bool] = mapped_column(default=False)


class RejectionRow(Base):
    """A request a plan version rejects, with the reason (FORMAT.md's list)."""

    __tablename__ = "rejections"
    __table_args__ = (UniqueConstraint("plan_version_id", "request_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_version_id: Mapped[int] = mapped_column(ForeignKey("plan_versions.id"))
    request_id: Mapped[str] = mapped_column(ForeignKey("requests.request_id"))
    reason: Mapped[str] = mapped_column(String(32))


class AuditRow(Base):
    """Who did what when, to which ids. Never names or CPR numbers."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_at", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(32))
    entity: Mapped[str] = mapped_column(String(32))
    ids: Mapped[list[str]] = mapped_column(JSON)


EXCEPTION_REASON_LENGTH = 500
"""The most characters of the reason given for keeping a stay as an exception."""


class StayRecordRow(Base):
    """What actually happened to a promised stay: the arrival, a no-show, an early departure.

    ``planned_start`` and ``planned_end`` keep the stay as it was promised when the first
    record was made; ``arrived`` and ``departed`` are the days it really began and ended
    (``departed`` only when the person left before the planned end)."""

    __tablename__ = "stay_records"

    request_id: Mapped[str] = mapped_column(ForeignKey("requests.request_id"), primary_key=True)
    centre_id: Mapped[str] = mapped_column(ForeignKey("centres.centre_id"))
    planned_start: Mapped[date]
    planned_end: Mapped[date]
    arrived: Mapped[date | None]
    no_show: Mapped[bool] = mapped_column(default=False, server_default=false())
    departed: Mapped[date | None]
    recorded_by: Mapped[str] = mapped_column(String(100))
    recorded_at: Mapped[datetime]


class StayExceptionRow(Base):
    """A promised stay kept although a change to its person makes it break ``rule`` (a rule
    code of the checker), with the case worker's reason."""

    __tablename__ = "stay_exceptions"
    __table_args__ = (UniqueConstraint("request_id", "rule"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[str] = mapped_column(ForeignKey("requests.request_id"), index=True)
    rule: Mapped[str] = mapped_column(String(32))
    reason: Mapped[str] = mapped_column(String(EXCEPTION_REASON_LENGTH))
    created_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime]


class LetterRow(Base):
    """A decision letter made by the app: its kind (grant, rejection, change, cancellation,
    offer, ending...), what it said (``content``, so the same letter can be written again), who
    made it, and when and by whom it was sent (``sent_at`` None: not sent yet)."""

    __tablename__ = "letters"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("persons.person_id"), index=True)
    request_id: Mapped[str | None] = mapped_column(ForeignKey("requests.request_id"))
    kind: Mapped[str] = mapped_column(String(32))
    language: Mapped[str] = mapped_column(String(2))
    version_number: Mapped[int | None]
    content: Mapped[dict[str, Any]] = mapped_column(JSON)
    made_at: Mapped[datetime]
    made_by: Mapped[str] = mapped_column(String(100))
    sent_at: Mapped[datetime | None] = mapped_column(index=True)
    sent_by: Mapped[str | None] = mapped_column(String(100))


class ServiceSettingsRow(Base):
    """The rules of day-centre places and relief at home in use (one row, ``id`` 1): the
    profile's service keys with the scenario's overrides, as a JSON object of plain values."""

    __tablename__ = "service_settings"

    id: Mapped[int] = mapped_column(primary_key=True)
    rules: Mapped[dict[str, Any]] = mapped_column(JSON)


class DaySeatsRow(Base):
    """The seats a day centre has on one ISO weekday."""

    __tablename__ = "day_centre_seats"
    __table_args__ = (UniqueConstraint("centre_id", "weekday"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    centre_id: Mapped[str] = mapped_column(ForeignKey("centres.centre_id"))
    weekday: Mapped[int]
    seats: Mapped[int]


class DayClosedRow(Base):
    """Days ``start`` … ``end - 1`` on which a day centre is closed."""

    __tablename__ = "day_centre_closed"

    id: Mapped[int] = mapped_column(primary_key=True)
    centre_id: Mapped[str] = mapped_column(ForeignKey("centres.centre_id"), index=True)
    start: Mapped[date]
    end: Mapped[date]


class DayWishRow(Base):
    """A family's wish for a day-centre place; ``weekdays`` the usable ISO weekdays as ``1;4``."""

    __tablename__ = "day_centre_wishes"

    wish_id: Mapped[str] = mapped_column(ID, primary_key=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("persons.person_id"), index=True)
    received: Mapped[date]
    first_day: Mapped[date]
    days_per_week: Mapped[int]
    weekdays: Mapped[str] = mapped_column(String(16))
    preferred_centre: Mapped[str | None] = mapped_column(ID)
    priority: Mapped[int] = mapped_column(default=0)
    seq: Mapped[int]
    ended_at: Mapped[datetime | None]
    """When the family's place or wish was ended; an ended wish is no longer allocated."""


class DayPlaceRow(Base):
    """A place already given to a wish (pinned: promised, kept exactly)."""

    __tablename__ = "day_centre_places"

    wish_id: Mapped[str] = mapped_column(ForeignKey("day_centre_wishes.wish_id"), primary_key=True)
    centre_id: Mapped[str] = mapped_column(ForeignKey("centres.centre_id"))
    weekdays: Mapped[str] = mapped_column(String(16))
    pinned: Mapped[bool] = mapped_column(default=False)
    seq: Mapped[int]


class ReliefTeamRow(Base):
    """A district or team of relief workers and its minutes of work per ISO week."""

    __tablename__ = "relief_teams"

    team_id: Mapped[str] = mapped_column(ID, primary_key=True)
    minutes_per_week: Mapped[int]
    name: Mapped[str] = mapped_column(String(200), default="")
    seq: Mapped[int]


class ReliefGrantRow(Base):
    """A grant of relief at home: ``minutes`` per ``period_days`` (7 or 14) from ``start``."""

    __tablename__ = "relief_grants"

    grant_id: Mapped[str] = mapped_column(ID, primary_key=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("persons.person_id"), index=True)
    minutes: Mapped[int]
    period_days: Mapped[int]
    start: Mapped[date]
    end: Mapped[date | None]
    team_id: Mapped[str | None] = mapped_column(ID)
    seq: Mapped[int]


class ReliefVisitRow(Base):
    """A relief worker's visit under a grant, ``start`` to ``end`` minutes after midnight."""

    __tablename__ = "relief_visits"

    visit_id: Mapped[str] = mapped_column(ID, primary_key=True)
    grant_id: Mapped[str] = mapped_column(ForeignKey("relief_grants.grant_id"), index=True)
    day: Mapped[date]
    start: Mapped[int]
    end: Mapped[int]
    seq: Mapped[int]


class DayRunRow(Base):
    """One allocation of day-centre places; the newest is the day plan in force."""

    __tablename__ = "day_plan_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    made_at: Mapped[datetime]
    made_by: Mapped[str] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(16))
    """``optimal`` or ``timed_out`` (``scheduler.daycare``)."""
    seconds: Mapped[float]


class DayDecisionRow(Base):
    """What an allocation decided for one wish: a place (centre, weekdays, first day), a place
    on the waiting list (``queue``), or a refusal with its reason."""

    __tablename__ = "day_plan_decisions"
    __table_args__ = (UniqueConstraint("run_id", "wish_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("day_plan_runs.id"), index=True)
    wish_id: Mapped[str] = mapped_column(ForeignKey("day_centre_wishes.wish_id"))
    centre_id: Mapped[str | None] = mapped_column(ForeignKey("centres.centre_id"))
    weekdays: Mapped[str] = mapped_column(String(16), default="")
    start: Mapped[date | None]
    reason: Mapped[str | None] = mapped_column(String(32))
    queue: Mapped[int | None]
