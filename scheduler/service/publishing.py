"""Publishing a draft: its stays become pinned promises to the families."""

from __future__ import annotations

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from scheduler.service.operations.decision_letters import record_publication_letters
from scheduler.service.versions import PlanVersionInfo, version_info
from scheduler.store import plan_repo


def publish(engine: Engine, version: int | None, actor: str) -> PlanVersionInfo:
    """Publish draft ``version`` (default the newest version) in one transaction.

    Raises
    ------
    StalePlanError
        When another version was published since the draft was made; the draft is kept.
    StoreError
        ``store.no_versions``, ``store.unknown_version`` or ``store.not_draft``.
    """
    with Session(engine) as session, session.begin():
        row = plan_repo.publish(session, version, actor)
        session.flush()
        record_publication_letters(session, row, actor)
        session.refresh(row)
        return version_info(session, row)
