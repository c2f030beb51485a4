"""Exporting a stored plan version as the file its name's ending asks for. A centre's own
workbook and calendar name who is arriving at its stays (name, needs, the case worker's
handover note); nothing about other centres or rejected requests."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from scheduler.domain.errors import UserError
from scheduler.domain.model import Plan, Scenario
from scheduler.io.plan_csv import write_plan_csv
from scheduler.io.plan_ics import write_plan_ics
from scheduler.io.plan_xlsx import write_plan_xlsx
from scheduler.io.stay_guests import Guest
from scheduler.service.request_edit import notes_of
from scheduler.store import plan_repo, scenario_repo

FORMATS = (".csv", ".xlsx", ".ics")


def _only_centre(plan: Plan, centre: str) -> Plan:
    return Plan(
        tuple(d for d in plan.decisions if d.stay is not None and d.stay.centre_id == centre)
    )


def export_plan(
    engine: Engine,
    out: Path,
    version: int | None = None,
    centre: str | None = None,
    lang: str = "da",
) -> int:
    """Write plan version ``version`` (default the newest) to ``out``; returns its number.

    ``.csv`` is ``plan.csv`` of ``docs/scenario-format.md``; ``.xlsx`` a workbook (plan,
    occupancy, rejected); ``.ics`` an iCalendar of the stays. With ``centre``, only the stays at
    that centre (and, in the workbook, its occupancy), and the workbook and the calendar name
    each stay's guest with their needs and handover note.

    Raises
    ------
    UserError
        ``store.bad_format``, ``store.unknown_centre``, ``store.no_versions`` or
        ``store.unknown_version``.
    """
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        raise UserError("store.bad_format", path=out, formats=", ".join(FORMATS))
    with Session(engine) as session:
        scenario = scenario_repo.load_scenario(session)
        row = plan_repo.get_version(session, version)
        plan = plan_repo.load_plan(session, row)
        number = row.number
        guests = None
        if centre is not None:
            if centre not in scenario.centre_by_id:
                raise UserError("store.unknown_centre", centre=centre)
            plan = _only_centre(plan, centre)
            guests = _guests(session, scenario, plan)
            scenario = _only_centre_scenario(scenario, centre)
    if suffix == ".csv":
        write_plan_csv(plan, out)
    elif suffix == ".xlsx":
        write_plan_xlsx(scenario, plan, out, lang, guests)
    else:
        write_plan_ics(scenario, plan, out, centre, lang, guests)
    return number


def _guests(session: Session, scenario: Scenario, plan: Plan) -> dict[str, Guest]:
    """The guest of each stay of ``plan`` (a centre's own stays): the person's name and needs
    and the request's handover note."""
    persons = scenario.person_by_id
    notes = notes_of(session, [stay.request_id for stay in plan.stays])
    return {
        decision.request_id: Guest(
            persons[decision.person_id].name,
            tuple(sorted(persons[decision.person_id].needs)),
            notes.get(decision.request_id, ""),
        )
        for decision in plan.decisions
        if decision.stay is not None
    }


def _only_centre_scenario(scenario: Scenario, centre: str) -> Scenario:
    return replace(
        scenario,
        centres=tuple(c for c in scenario.centres if c.centre_id == centre),
        closures=tuple(c for c in scenario.closures if c.centre_id == centre),
    )
