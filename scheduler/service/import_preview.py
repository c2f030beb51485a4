"""What an import will do before it is done: what it adds, what it changes (old → new per
field), also in the day-centre and relief tables, and which promises of the published plan it
would break. The app's upload preview shows
it; ``import_scenario`` makes the same check inside its transaction and refuses an import that
breaks a promise (``ImportRefused``), writing nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from scheduler.domain.checker import format_violation
from scheduler.domain.errors import UserError
from scheduler.domain.model import Scenario
from scheduler.domain.services import Services
from scheduler.i18n import t
from scheduler.service.import_promises import BrokenPromise, broken_promises, merged
from scheduler.store import plan_repo, scenario_repo
from scheduler.store.import_diff import (
    ClosureChange,
    FieldChange,
    RowChange,
    hidden_requests,
    pending_changes,
)
from scheduler.store.services_diff import (
    PendingServiceChanges,
    SeatsChange,
    pending_service_changes,
)

__all__ = [
    "BrokenPromise",
    "ClosureChange",
    "FieldChange",
    "ImportPreview",
    "ImportRefused",
    "PendingServiceChanges",
    "RowChange",
    "SeatsChange",
    "preview_import",
    "refusal_lines",
]


@dataclass(frozen=True)
class ImportPreview:
    """What importing a scenario would do.

    ``added`` holds per entity (``centre``, ``person``, ``request``) the ids it adds, in the
    import's order; ``changed`` the stored rows it changes (``settings`` too), each changed
    field with its old and new value; ``closures`` the centres whose closures it replaces;
    ``broken`` the promises of the published version ``published`` (``None``: nothing is
    published yet) it would break, in which case the import is refused; ``bookings`` how many
    bookings the import holds (they would become a new draft).
    """

    added: dict[str, tuple[str, ...]]
    changed: tuple[RowChange, ...]
    closures: tuple[ClosureChange, ...]
    broken: tuple[BrokenPromise, ...]
    published: int | None
    bookings: int
    services: PendingServiceChanges | None = None

    @property
    def refused(self) -> bool:
        """Whether the import would be refused (it breaks a promise)."""
        return bool(self.broken)


class ImportRefused(UserError):
    """An import refused because it would break promises; nothing was written. ``preview``
    says what it would have done and lists the broken promises (``refusal_lines`` as text)."""

    def __init__(self, preview: ImportPreview) -> None:
        super().__init__("import.refused", count=len(preview.broken), version=preview.published)
        self.preview = preview


def preview_import(
    engine: Engine, scenario: Scenario, services: Services | None = None
) -> ImportPreview:
    """What importing ``scenario`` (validated by the reader) and its day-centre and relief
    tables ``services`` (``None``: none) would do; reads only.

    The import itself checks again when it runs: the published plan may change in between.
    """
    with Session(engine) as session:
        return preview_in(session, scenario, services)


def preview_in(
    session: Session, scenario: Scenario, services: Services | None = None
) -> ImportPreview:
    """``preview_import`` in the session's transaction."""
    changes = pending_changes(session, scenario)
    published, broken = promises_broken_in(session, scenario)
    return ImportPreview(
        changes.added,
        changes.changed,
        changes.closures,
        broken,
        published,
        len(scenario.bookings),
        None if services is None else pending_service_changes(session, services),
    )


def promises_broken_in(
    session: Session, scenario: Scenario
) -> tuple[int | None, tuple[BrokenPromise, ...]]:
    """The published version (``None``: none) and the promises of it that importing
    ``scenario`` would break, read in the session's transaction."""
    published = plan_repo.published_number(session)
    if published is None:
        return None, ()
    stored = scenario_repo.load_scenario(session)  # something is published, so it is stored
    plan = plan_repo.load_plan(session, plan_repo.get_version(session, published))
    after = merged(stored, scenario, hidden_requests(session))
    return published, tuple(broken_promises(stored, after, plan))


def refusal_lines(preview: ImportPreview, lang: str | None = None) -> list[str]:
    """The refusal as text: a first line saying that nothing was imported and why, one line per
    broken promise (request, person, centre, dates, the rule it breaks), and what to do."""
    lines = [t("import.refused", lang, count=len(preview.broken), version=preview.published)]
    for promise in preview.broken:
        lines.append(
            t(
                "import.broken",
                lang,
                request=promise.request_id,
                person=promise.person_id,
                centre=promise.centre_id,
                start=promise.start,
                end=promise.end,
                problem=format_violation(promise.violation, lang),
            )
        )
    lines.append(t("import.refused_hint", lang))
    return lines
