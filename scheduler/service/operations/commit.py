"""Storing an operation's change as a new published version derived from the published one.

The new version's base is the version published when the operation read it, and it is published
in the same transaction with the store's compare-and-set: if another version was published in
between, the operation is refused (``StalePlanError`` ``operations.stale``) and nothing is kept;
the version it made never existed, so the refusal says that the change was not made, not that a
draft is left (``scheduler.service.operations.attempts`` runs such an operation again). Drafts
made before the operation become stale too, so a plan that does not know of the change cannot
be published.
"""

from __future__ import annotations

from time import perf_counter

from sqlalchemy.orm import Session

from scheduler.domain.errors import UserError
from scheduler.service.operations.placement import Change
from scheduler.store import operations_repo, plan_repo
from scheduler.store.errors import StalePlanError
from scheduler.store.models import PlanVersionRow


class OperationError(UserError):
    """An operation the published plan does not allow (unknown person, nothing to accept …);
    ``key`` names the message in ``scheduler.i18n``, ``params`` fill it."""


def publish_change(
    session: Session,
    base: PlanVersionRow,
    change: Change,
    origin: plan_repo.VersionOrigin,
    actor: str,
    began: float,
) -> int:
    """Store ``change`` on ``base`` as a new version and publish it; returns its number.

    ``origin`` names the operation that made the version; ``began`` is
    the ``perf_counter`` reading when the operation started, for the version's wall time.

    Raises
    ------
    StalePlanError
        ``operations.stale`` when another version was published since ``base`` was read; the
        caller must roll back, and then nothing of the change is kept.
    """
    facts = plan_repo.VersionFacts(origin, None, [], [], perf_counter() - began)
    row = operations_repo.derive_version(
        session, base, change.stays, change.rejections, change.removed, facts, actor
    )
    session.flush()
    try:
        plan_repo.publish(session, row.number, actor)
    except StalePlanError as error:
        published = error.params.get("published")
        raise StalePlanError("operations.stale", published=published) from None
    return row.number
