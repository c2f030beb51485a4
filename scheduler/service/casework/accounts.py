"""Each person's yearly nights and stays as case work keeps them: the opening balance, what the
records say was used, what is promised still, and what is left (docs/rules.md, "What
happened").

Per person and year (calendar year, or grant year from ``grant_start``), for the stays that
count toward the yearly limits:

- *opening*: the imported ``used_nights`` / ``used_stays``, in the year holding the horizon's
  first night (used before the plan);
- *recorded*: the nights of stays whose arrival is recorded, from the arrival to the actual
  departure (the planned end when the person did not leave early), and those stays (counted in
  the year of arrival); a no-show uses nothing;
- *promised*: the nights and stays of the published plan's other stays (no record yet);
- *used* = opening + recorded; *granted* = recorded + promised;
- *left* = limit − opening − recorded − promised (never below 0).

A recorded stay's nights are the published stay's own (records shorten it), so the yearly limits
the planner and the checker keep are exactly these figures.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from scheduler.domain.check_calendar import counts_toward_limits, person_year, year_period
from scheduler.domain.model import Person, Plan, Scenario, Stay
from scheduler.service.operations.commit import OperationError
from scheduler.store import casework_repo, operations_repo, plan_repo, scenario_repo
from scheduler.store.casework_repo import StayException, StayRecord
from scheduler.store.models import PersonRow, RequestRow


@dataclass(frozen=True)
class YearAccount:
    """One person's nights and stays in one of their years."""

    person_id: str
    year: int
    period: str
    """The year as a reader sees it: ``2027``, or a grant year's first and last day."""
    limit: int
    opening: int
    recorded: int
    promised: int
    stays_limit: int | None = None
    opening_stays: int = 0
    recorded_stays: int = 0
    promised_stays: int = 0

    @property
    def used(self) -> int:
        return self.opening + self.recorded

    @property
    def granted(self) -> int:
        return self.recorded + self.promised

    @property
    def left(self) -> int:
        return max(self.limit - self.used - self.promised, 0)

    @property
    def used_stays(self) -> int:
        return self.opening_stays + self.recorded_stays

    @property
    def granted_stays(self) -> int:
        return self.recorded_stays + self.promised_stays

    @property
    def stays_left(self) -> int | None:
        if self.stays_limit is None:
            return None
        return max(self.stays_limit - self.used_stays - self.promised_stays, 0)


@dataclass(frozen=True)
class StayLine:
    """One of the person's promised stays with what is recorded of it (``None``: nothing yet)
    and the rules it is excused from (recorded exceptions, with the reasons)."""

    stay: Stay
    record: StayRecord | None
    exceptions: tuple[StayException, ...] = ()


@dataclass(frozen=True)
class PersonAccount:
    """A person's years, promised stays (by arrival), no-shows and exceptions."""

    person: Person
    years: tuple[YearAccount, ...]
    stays: tuple[StayLine, ...]
    no_shows: tuple[StayRecord, ...]
    exceptions: tuple[StayException, ...]


def year_accounts(
    scenario: Scenario, plan: Plan, records: dict[str, StayRecord]
) -> list[YearAccount]:
    """Every person's figures for each of their years that the horizon touches."""
    rules = scenario.rules
    last_night = scenario.horizon_end - timedelta(days=1)
    nights: dict[tuple[str, int, bool], int] = defaultdict(int)
    stays: dict[tuple[str, int, bool], int] = defaultdict(int)
    for decision in plan.decisions:
        request = scenario.request_by_id.get(decision.request_id)
        stay = decision.stay
        if stay is None or request is None or not counts_toward_limits(rules, request):
            continue
        person = scenario.person_by_id[decision.person_id]
        known = records.get(stay.request_id)
        done = known is not None and known.arrived is not None
        stays[person.person_id, person_year(person, stay.start), done] += 1
        for night in stay.night_dates():
            nights[person.person_id, person_year(person, night), done] += 1
    found = []
    for person in scenario.persons:
        first = person_year(person, scenario.horizon_start)
        pid = person.person_id
        for year in range(first, person_year(person, last_night) + 1):
            found.append(
                YearAccount(
                    pid,
                    year,
                    year_period(person, year),
                    scenario.annual_limit(person),
                    person.used_nights if year == first else 0,
                    nights[pid, year, True],
                    nights[pid, year, False],
                    rules.max_stays_per_year,
                    person.used_stays if year == first else 0,
                    stays[pid, year, True],
                    stays[pid, year, False],
                )
            )
    return found


def all_year_accounts(engine: Engine) -> list[YearAccount]:
    """Every person's years in the published plan (nothing promised when none is published).

    Raises
    ------
    StoreError
        ``store.empty`` when nothing has been imported.
    """
    with Session(engine) as session:
        scenario = scenario_repo.load_scenario(session)
        number = plan_repo.published_number(session)
        plan = Plan()
        if number is not None:
            _, plan = operations_repo.load_published(
                session, plan_repo.get_version(session, number)
            )
        records = {r.request_id: r for r in casework_repo.stay_records(session)}
    return year_accounts(scenario, plan, records)


def person_account(engine: Engine, person_id: str) -> PersonAccount:
    """The person's years, promised stays with their records, no-shows and exceptions, as the
    published plan holds them (nothing promised when none is published).

    Raises
    ------
    UserError
        ``operations.unknown_person``; ``store.empty``.
    """
    with Session(engine) as session:
        scenario = scenario_repo.load_scenario(
            session, RequestRow.person_id == person_id, PersonRow.person_id == person_id
        )
        if person_id not in scenario.person_by_id:
            raise OperationError("operations.unknown_person", person=person_id)
        number = plan_repo.published_number(session)
        plan = Plan()
        if number is not None:
            version = plan_repo.get_version(session, number)
            scenario, plan = operations_repo.load_published(session, version, [person_id])
        ids = casework_repo.person_request_ids(session, person_id)
        records = {r.request_id: r for r in casework_repo.stay_records(session, ids)}
        exceptions = tuple(casework_repo.stay_exceptions(session, ids))
    mine = Plan(tuple(d for d in plan.decisions if d.person_id == person_id))
    lines = tuple(
        StayLine(
            stay,
            records.get(stay.request_id),
            tuple(e for e in exceptions if e.request_id == stay.request_id),
        )
        for stay in sorted(mine.stays, key=lambda s: s.start)
    )
    no_shows = tuple(r for r in records.values() if r.no_show)
    years = tuple(year_accounts(scenario, mine, records))
    return PersonAccount(scenario.person_by_id[person_id], years, lines, no_shows, exceptions)
