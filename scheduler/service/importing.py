"""Importing a scenario into the store: all of it, or nothing; and never when it would break a
promise of the published plan (``scheduler.service.import_preview``)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from scheduler.domain.model import Decision, Plan, Scenario, Stay
from scheduler.domain.relief import ReliefGrant
from scheduler.domain.services import Services
from scheduler.service.import_preview import ImportRefused, preview_in, promises_broken_in
from scheduler.service.service_letter_records import record_relief_letters
from scheduler.service.versions import PlanVersionInfo, version_info
from scheduler.store import plan_repo
from scheduler.store.plan_repo import VersionOrigin
from scheduler.store.scenario_repo import Changes, save_scenario
from scheduler.store.services_repo import load_services, save_services


@dataclass(frozen=True)
class ImportReport:
    """What the import changed per entity, and the plan version holding its bookings, if any."""

    changes: dict[str, Changes]
    version: PlanVersionInfo | None = None


def import_scenario(
    engine: Engine, scenario: Scenario, actor: str, services: Services | None = None
) -> ImportReport:
    """Insert or update the scenario's data by id in one transaction.

    The scenario's bookings, if any, become a new draft plan version (solver status
    ``imported``) keeping their pinned flags, so the next plan starts from them. The
    transaction first takes the writers' lock and checks the published plan's promises against
    the data as the import leaves it (as ``preview_import`` does): an import that would break
    one is refused and nothing is written. Holding the lock, no operation can publish a stay on
    the old data meanwhile.

    Parameters
    ----------
    engine
        The store.
    scenario
        A validated scenario (``read_scenario`` raises on invalid input before anything is
        written).
    actor
        Who imports, for the audit log.
    services
        The scenario's day-centre and relief tables and rules, stored in the same transaction
        (``scheduler.store.services_repo``); ``None`` leaves the stored ones as they are. A
        grant of relief at home that is new or has new hours or dates records its letter
        (``scheduler.service.service_letter_records``) in the same transaction.

    Raises
    ------
    ImportRefused
        ``import.refused`` when the import would break promises; its ``preview`` lists them.
    """
    with Session(engine) as session, session.begin():
        plan_repo.lock_head(session)
        if promises_broken_in(session, scenario)[1]:
            raise ImportRefused(preview_in(session, scenario))
        changes = save_scenario(session, scenario, actor)
        if services is not None:
            granted = _stored_grants(session) if services.relief_grants else {}
            changes.update(save_services(session, services, actor))
            grants = services.relief_grants
            record_relief_letters(session, scenario.rules, granted, grants, actor)
        version = None
        if scenario.bookings:
            row = plan_repo.add_version(
                session,
                _booked_plan(scenario),
                plan_repo.VersionFacts(VersionOrigin.IMPORTED, None, [], [], 0.0),
                base=plan_repo.published_number(session),
                pinned={b.request_id for b in scenario.bookings if b.pinned},
                actor=actor,
            )
            session.flush()
            version = version_info(session, row)
    return ImportReport(changes, version)


def _stored_grants(session: Session) -> dict[str, ReliefGrant]:
    """The stored grants of relief at home by id (what an import's grants are told from)."""
    return load_services(session).grant_by_id


def _booked_plan(scenario: Scenario) -> Plan:
    """The bookings as a plan of granted decisions (a missing bed label is 0: none)."""
    requests = scenario.request_by_id
    return Plan(
        tuple(
            Decision(
                b.request_id,
                requests[b.request_id].person_id,
                stay=Stay(b.request_id, b.centre_id, b.bed or 0, b.start, b.end),
            )
            for b in scenario.bookings
        )
    )
