"""Day-centre places and relief at home from the store: allocating the places and what the app
and the command line show of both services.

A ``ServicesView`` holds the stored scenario, its service tables and the day plan in force (the
newest allocation). A day-centre leader's view (``centre`` given) holds only that centre: its
seats, closed days, the places there and the persons who have them (name only), no wishes
waiting, no relief. The figures per week and person are in ``scheduler.service.services_weeks``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from scheduler.daycare import allocate
from scheduler.domain.daycare import CurrentPlace, DayPlan
from scheduler.domain.errors import UserError
from scheduler.domain.model import Centre, Person, Scenario
from scheduler.domain.services import Services
from scheduler.i18n import t
from scheduler.service.service_letter_records import record_day_letters
from scheduler.store import plan_repo
from scheduler.store.day_plan_repo import DayRun, add_run, newest_run
from scheduler.store.scenario_repo import load_scenario
from scheduler.store.services_repo import load_services

ALLOCATION_SECONDS = 10.0
"""The time limit of one allocation of day-centre places."""


@dataclass(frozen=True)
class ServicesView:
    """The stored data of both services and the day plan in force (``run`` ``None``: no
    allocation yet)."""

    scenario: Scenario
    services: Services
    run: DayRun | None

    @property
    def plan(self) -> DayPlan:
        return DayPlan() if self.run is None else self.run.plan

    @property
    def day_centres(self) -> list[Centre]:
        """The centres of a day-centre kind, in the stored order."""
        kinds = set(self.services.rules.day_centre_kinds or ())
        return [c for c in self.scenario.centres if c.kind in kinds]


def stay_centres(scenario: Scenario) -> list[Centre]:
    """The centres with beds for stays (a kind for planned or acute stays): the bed views list
    these and never a day centre."""
    rules = scenario.rules
    kinds = set(rules.centre_kinds) | set(rules.acute_centre_kinds or ())
    return [c for c in scenario.centres if c.kind in kinds]


def _newest_run(session: Session, services: Services) -> DayRun | None:
    """The stored day plan in force with the decisions of the stored wishes only."""
    return newest_run(session, {w.wish_id: w.person_id for w in services.day_wishes})


def _plan_in_force(session: Session, services: Services) -> DayPlan:
    """The stored day plan in force (empty before the first allocation): what a new one's
    letters are told from."""
    run = _newest_run(session, services)
    return DayPlan() if run is None else run.plan


def _read(session: Session) -> ServicesView:
    scenario = load_scenario(session)
    services = load_services(session)
    return ServicesView(scenario, services, _newest_run(session, services))


def services_view(engine: Engine, centre: str | None = None) -> ServicesView:
    """The stored services and day plan, for one day centre or all.

    Raises
    ------
    UserError
        ``store.empty`` when nothing has been imported; ``store.unknown_centre`` when
        ``centre`` is not a stored day centre.
    """
    with Session(engine) as session:
        view = _read(session)
    return view if centre is None else _only_centre(view, centre)


def _only_centre(view: ServicesView, centre: str) -> ServicesView:
    """The view cut down to what the leader of day centre ``centre`` may see."""
    if centre not in {c.centre_id for c in view.day_centres}:
        raise UserError("store.unknown_centre", centre=centre)
    decisions = tuple(
        d for d in view.plan.decisions if d.place is not None and d.place.centre_id == centre
    )
    wishes = {d.wish_id for d in decisions}
    persons = {d.person_id for d in decisions}
    scenario = view.scenario
    only = replace(
        scenario,
        centres=tuple(c for c in scenario.centres if c.centre_id == centre),
        closures=(),
        persons=tuple(
            Person(p.person_id, p.name) for p in scenario.persons if p.person_id in persons
        ),
        requests=(),
        bookings=(),
        waivers=(),
    )
    services = view.services
    cut = Services(
        rules=services.rules,
        day_seats=tuple(s for s in services.day_seats if s.centre_id == centre),
        day_closures=tuple(c for c in services.day_closures if c.centre_id == centre),
        day_wishes=tuple(w for w in services.day_wishes if w.wish_id in wishes),
    )
    run = None if view.run is None else replace(view.run, plan=DayPlan(decisions))
    return ServicesView(only, cut, run)


@dataclass(frozen=True)
class AllocationReport:
    """What an allocation of day-centre places did: the stored run's number and its counts."""

    number: int
    status: str
    seconds: float
    granted: int
    waiting: int
    refused: int
    changes: int

    def text(self, lang: str | None = None) -> str:
        """The counts in words (the app's message and the command's line)."""
        return t(
            "svc.day.allocated",
            lang,
            granted=self.granted,
            waiting=self.waiting,
            refused=self.refused,
            changes=self.changes,
            seconds=f"{self.seconds:.1f}",
        )


def allocate_day_places(
    engine: Engine, actor: str, time_limit: float = ALLOCATION_SECONDS
) -> AllocationReport:
    """Allocate the day-centre places of the stored wishes and store the result as the day
    plan in force, in one audited transaction that also records the letter of every decision
    new or changed against the plan in force before (``record_day_letters``).

    The places of the plan in force count as places already given (as the imported current
    places do): the new allocation changes as few of them as it can; pinned places are kept.

    Raises
    ------
    UserError
        ``store.empty`` when nothing has been imported; ``svc.no_day_wishes`` when the
        store holds no day-centre wishes.
    """
    with Session(engine) as session:
        view = _read(session)
    if not view.services.day_wishes:
        raise UserError("svc.no_day_wishes")
    services = _with_current_places(view)
    result = allocate(view.scenario, services, time_limit=time_limit)
    with Session(engine) as session, session.begin():
        plan_repo.lock_head(session)
        before = _plan_in_force(session, view.services)
        number = add_run(session, result.plan, result.status, result.seconds, actor)
        plans = (before, result.plan)
        record_day_letters(session, view.scenario, view.services.wish_by_id, plans, actor)
    return AllocationReport(
        number,
        result.status,
        result.seconds,
        result.granted,
        result.waiting,
        result.refused,
        result.changes,
    )


def _with_current_places(view: ServicesView) -> Services:
    """The stored services with the places of the plan in force as current (unpinned) places
    of the wishes that have no imported place."""
    services = view.services
    placed = {p.wish_id for p in services.day_places}
    given = tuple(
        CurrentPlace(p.wish_id, p.centre_id, p.weekdays)
        for p in view.plan.places
        if p.wish_id not in placed and p.wish_id in services.wish_by_id
    )
    return replace(services, day_places=services.day_places + given)


def centre_groups(engine: Engine) -> tuple[list[Centre], list[Centre]]:
    """The stored centres with beds for stays and the day centres (both empty before the first
    import): whom a centre manager and a day-centre leader may be."""
    with Session(engine) as session:
        try:
            scenario = load_scenario(session)
        except UserError:
            return [], []
        kinds = set(load_services(session).rules.day_centre_kinds or ())
    return stay_centres(scenario), [c for c in scenario.centres if c.kind in kinds]
