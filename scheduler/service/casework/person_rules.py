"""Changing what decides a person's grants (needs, yearly nights, consent, § 94 helper, grant
year) with their promises re-checked before anything is saved.

``preview_person_edit`` lists every promised (published) stay of the person that the new
values would make break a rule, judged by the independent checker, each with what would fit
instead (as for a changed promise). ``edit_person_rules`` saves the new values only with a
choice for each such stay: move it (``MoveStay``), cancel it (``CancelStay``) or keep it as a
recorded exception with a reason (``KeepStay``). All of it is one transaction: the person, the
moves and cancellations as a new published version (origin ``edited``; made for any change
of the values, so that a draft made before the edit cannot be published any more), the
exceptions and their audit entries. A kept stay is excused from exactly the rules it breaks
(a ``Waiver`` per rule, carried by every scenario the store gives out), so neither the checker
nor the next planning run is blocked by it (docs/rules.md, "Exceptions").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from time import perf_counter

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from scheduler.domain.errors import UserError
from scheduler.domain.faults import Fault
from scheduler.domain.model import Person, Scenario, Stay
from scheduler.io.scenario_checks import yearly_limit_faults
from scheduler.io.scenario_rows import person as person_row
from scheduler.service.casework.entries import (
    PERSONS,
    PersonInput,
    entry_cells,
    field_fault,
    read_entry,
    refuse,
)
from scheduler.service.casework.fitting import alternatives
from scheduler.service.casework.promise_choices import (
    BrokenPromise,
    CancelStay,
    Choices,
    KeepStay,
    MoveStay,
    StayChoice,
    broken_stays,
    match_choices,
)
from scheduler.service.casework.published import Published, load_published
from scheduler.service.operations.commit import OperationError, publish_change
from scheduler.service.operations.decision_letters import record_promise_letters
from scheduler.store import mapping, plan_repo, scenario_repo
from scheduler.store.models import PersonRow, RequestRow
from scheduler.store.plan_repo import VersionOrigin

EDITABLE = ("needs", "annual_nights", "consent", "self_appointed_helper", "grant_start")
"""The person's fields that decide what may be granted, and so are edited here."""


@dataclass(frozen=True)
class PersonRules:
    """New values for the fields of ``EDITABLE`` (``annual_nights`` ``None``: the profile's)."""

    needs: frozenset[str]
    annual_nights: int | None
    consent: bool
    self_appointed_helper: bool
    grant_start: date | None

    @classmethod
    def of(cls, person: Person) -> PersonRules:
        """The person's current values, to change some of them with ``dataclasses.replace``."""
        return cls(
            person.needs,
            person.annual_nights,
            person.consent,
            person.self_appointed_helper,
            person.grant_start,
        )


@dataclass(frozen=True)
class PersonEditPreview:
    """The person before and after, and the promises the edit would break (judged against
    published version ``version``; ``None`` when nothing is published)."""

    before: Person
    after: Person
    broken: tuple[BrokenPromise, ...]
    version: int | None
    centre_names: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class PersonEditOutcome:
    """The person as stored, the published version made (``None``: nothing changed, or no
    plan is published), and the stays moved (as they are now), cancelled and kept as
    exceptions (a stay chosen to be kept that breaks no rule once the other choices are made
    needs no exception and is not listed)."""

    person: Person
    version: int | None
    moved: tuple[Stay, ...] = ()
    cancelled: tuple[str, ...] = ()
    kept: tuple[str, ...] = ()


def _new_person(
    scenario: Scenario, person: Person, rules: PersonRules | Mapping[str, str]
) -> Person:
    """The person with the new values, read as an imported row is.

    ``rules`` is typed, or the changed fields' cells as text (only those of ``EDITABLE``).

    Raises
    ------
    ScenarioError
        Every fault, each on its field.
    """
    cells = entry_cells(_as_input(person))
    faults: list[Fault] = []
    if isinstance(rules, PersonRules):
        changed = entry_cells(
            replace(
                _as_input(person),
                needs=rules.needs,
                annual_nights=rules.annual_nights,
                consent=rules.consent,
                self_appointed_helper=rules.self_appointed_helper,
                grant_start=rules.grant_start,
            )
        )
        cells.update({name: changed[name] for name in EDITABLE})
    else:
        for name, value in rules.items():
            if name in EDITABLE:
                cells[name] = str(value).strip()
            else:
                faults.append(field_fault(PERSONS, name, "casework.not_editable", str(value)))
    after, read = read_entry(PERSONS, cells, person_row)
    faults += read
    if after is not None:
        rules_of = scenario.rules
        for fault in yearly_limit_faults(PERSONS.name, [(0, after)], rules_of, rules_of.name):
            faults.append(field_fault(PERSONS, "annual_nights", fault.code, "", **fault.params))
    refuse(faults)
    assert after is not None, "read without fault"
    return after


def _as_input(person: Person) -> PersonInput:
    """The stored person as a typed entry (the same fields)."""
    return PersonInput(
        person.person_id,
        person.name,
        person.needs,
        person.annual_nights,
        person.used_nights,
        person.used_stays,
        person.grant_start,
        person.self_appointed_helper,
        person.consent,
        person.carer_name,
        person.payment_exempt,
    )


def _with_person(scenario: Scenario, person: Person) -> Scenario:
    persons = tuple(person if p.person_id == person.person_id else p for p in scenario.persons)
    return replace(scenario, persons=persons)


def _judge(published: Published, after: Person) -> tuple[Scenario, list[BrokenPromise]]:
    scenario = _with_person(published.scenario, after)
    plan = published.plan
    broken = []
    for request_id, violations in broken_stays(scenario, plan, after.person_id).items():
        stay = plan.by_request[request_id].stay
        assert stay is not None, "a broken promise is a stay"
        found = alternatives(scenario, plan, stay, published.pinned, capacity_short=False)
        broken.append(BrokenPromise(stay, tuple(violations), found))
    return scenario, broken


def _stored_person(session: Session, person_id: str) -> tuple[Scenario, Person]:
    scenario = scenario_repo.load_scenario(
        session, RequestRow.person_id == person_id, PersonRow.person_id == person_id
    )
    person = scenario.person_by_id.get(person_id)
    if person is None:
        raise OperationError("operations.unknown_person", person=person_id)
    return scenario, person


def preview_person_edit(
    engine: Engine, person_id: str, rules: PersonRules | Mapping[str, str]
) -> PersonEditPreview:
    """The promises the new values would break, each with its rules and alternatives; nothing
    is written.

    Raises
    ------
    ScenarioError
        Every fault of the new values, each on its field.
    UserError
        ``operations.unknown_person``; ``store.empty``.
    """
    with Session(engine) as session:
        scenario, before = _stored_person(session, person_id)
        after = _new_person(scenario, before, rules)
        if plan_repo.published_number(session) is None:
            return PersonEditPreview(before, after, (), None)
        published = load_published(session)
    judged, broken = _judge(published, after)
    names = {c.centre_id: c.name for c in judged.centres}
    return PersonEditPreview(before, after, tuple(broken), published.number, names)


def edit_person_rules(
    engine: Engine,
    person_id: str,
    rules: PersonRules | Mapping[str, str],
    actor: str,
    *,
    choices: Mapping[str, StayChoice] | None = None,
    seen: int | None = None,
) -> PersonEditOutcome:
    """Save the new values with a choice for every promise they break, in one transaction.

    Parameters
    ----------
    engine
        The store.
    person_id
        The person.
    rules
        The new values (``PersonRules``), or the changed fields' cells as text.
    actor
        Who acts, for the audit log.
    choices
        Per request id of a broken promise (``preview_person_edit``): move, cancel or keep.
        Exactly the broken promises must have one.
    seen
        The published version the preview was made on; if another one is published now,
        nothing is written.

    Raises
    ------
    ScenarioError
        Every fault of the new values, each on its field.
    UserError
        ``operations.unknown_person``; ``casework.choice_missing`` and
        ``casework.choice_unneeded`` (the choices do not match the broken promises);
        ``casework.bad_reason`` (a keep without a usable reason); ``casework.cannot_keep``
        (a rule no exception may excuse); ``casework.bad_dates``, ``store.unknown_centre`` and
        ``casework.move_does_not_fit`` for a move; ``store.empty``.
    StalePlanError
        ``casework.stale_preview`` or ``store.stale``; nothing is kept.
    """
    began = perf_counter()
    chosen = dict(choices or {})
    with Session(engine) as session, session.begin():
        scenario, before = _stored_person(session, person_id)
        after = _new_person(scenario, before, rules)
        if plan_repo.published_number(session) is None:
            if chosen:
                raise UserError("casework.choice_unneeded", requests=", ".join(sorted(chosen)))
            return PersonEditOutcome(_save_person(session, after, actor), None)
        published = load_published(session, seen)
        judged, broken = _judge(published, after)
        match_choices(broken, chosen)
        plan = Choices(judged, published, after.person_id)
        for kind in (KeepStay, CancelStay, MoveStay):
            for promise in broken:
                choice = chosen[promise.stay.request_id]
                if isinstance(choice, kind):
                    plan.apply(promise, choice)
        change = plan.finish()
        person = _save_person(session, after, actor)
        plan.store(session, actor)
        number = None
        if person != before:
            # Published even when no stay changed: a draft made before the edit may grant the
            # person what the new values forbid, so it must not be published any more.
            number = publish_change(
                session, published.row, change, VersionOrigin.EDITED, actor, began
            )
            promised = (published.scenario, published.plan)
            record_promise_letters(session, promised, plan.moved, plan.cancelled, number, actor)
    return PersonEditOutcome(
        person, number, tuple(plan.moved.values()), tuple(plan.cancelled), tuple(plan.reasons)
    )


def _save_person(session: Session, person: Person, actor: str) -> Person:
    values = {key: mapping.person_values(person)[key] for key in EDITABLE}
    saved = scenario_repo.update_person(session, person.person_id, values, actor)
    assert saved is not None, "the person was read in this transaction"
    return saved
