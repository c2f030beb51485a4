"""The audit log: who changed what, when, by ids only (never names or CPR numbers)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from scheduler.store.models import AuditRow


def utc_now() -> datetime:
    """The current time in UTC, without a zone (both engines store it the same way)."""
    return datetime.now(UTC).replace(tzinfo=None)


def record(session: Session, actor: str, action: str, entity: str, ids: Iterable[str]) -> None:
    """Add an entry to the log in the session's transaction."""
    session.add(AuditRow(at=utc_now(), actor=actor, action=action, entity=entity, ids=list(ids)))


def entries(session: Session) -> list[AuditRow]:
    """Every entry, oldest first."""
    return list(session.scalars(select(AuditRow).order_by(AuditRow.id)))
