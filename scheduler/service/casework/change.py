"""Changing a promise: move, shorten, extend or give another centre to a granted stay of the
published plan, in two steps for the app (``preview_change`` judges without writing,
``change_stay`` writes).

The changed stay is judged by the independent checker with every other published stay pinned
where it is, so no other promise moves. The request's wished dates become the changed stay's
(docs/rules.md, "Changing a promise"), so its length and flex window hold by construction and
every other rule is judged as for any stay. When it does not fit, nothing is written and the
preview says which rules it breaks and what would fit.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from time import perf_counter

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from scheduler.domain.checker import Violation
from scheduler.domain.errors import UserError
from scheduler.domain.model import Plan, Scenario, Stay
from scheduler.service.casework.fitting import (
    Alternatives,
    alternatives,
    stay_faults,
    verdict,
    without,
)
from scheduler.service.casework.published import Published, as_wished, load_published
from scheduler.service.operations.commit import OperationError, publish_change
from scheduler.service.operations.decision_letters import record_change_letter
from scheduler.service.operations.placement import (
    Change,
    FixedPlan,
    granted_decisions,
    rejudged,
)
from scheduler.store import casework_repo, operations_repo
from scheduler.store.plan_repo import VersionOrigin


@dataclass(frozen=True)
class ChangePreview:
    """The verdict on a wished change of one promised stay.

    ``before`` is the stay as promised, ``after`` the wished one (with its bed label when it
    fits); ``violations`` the rules it would break (empty: it fits); ``alternatives`` what
    would fit instead (only when it does not); ``version`` the published version judged
    against, to pass back to ``change_stay`` so that nothing else is written than what was seen.
    """

    request_id: str
    person_id: str
    before: Stay
    after: Stay
    violations: tuple[Violation, ...]
    alternatives: Alternatives
    version: int
    centre_names: dict[str, str] = field(default_factory=dict)
    relabelled: tuple[Stay, ...] = ()
    """Other stays at the centre whose bed label changes to make room (never their dates)."""

    @property
    def fits(self) -> bool:
        return not self.violations

    @property
    def rules(self) -> tuple[str, ...]:
        """The rule codes broken, each once, in the checker's order."""
        return tuple(dict.fromkeys(v.rule for v in self.violations))


@dataclass(frozen=True)
class ChangeOutcome:
    """The preview the change was made on and the new published version (``None``: it did not
    fit and nothing was changed)."""

    preview: ChangePreview
    version: int | None


def wished_stay(before: Stay, start: date | None, end: date | None, centre: str | None) -> Stay:
    """The stay as wished: a new ``start`` alone moves the stay keeping its length; a new
    ``end`` alone shortens or extends it; ``centre`` alone keeps the dates."""
    if start is not None and end is None:
        end = start + timedelta(days=before.nights)
    new_start = before.start if start is None else start
    new_end = before.end if end is None else end
    new_centre = before.centre_id if centre is None else centre
    bed = before.bed if new_centre == before.centre_id else 0
    return Stay(before.request_id, new_centre, bed, new_start, new_end)


def judge_change(published: Published, wished: Stay) -> tuple[ChangePreview, Change]:
    """Judge ``wished`` (a new place for a promised stay) against the published plan; the
    preview and, when it fits, the change to publish (empty otherwise)."""
    rid = wished.request_id
    decision = published.decision(rid)
    assert decision is not None and decision.stay is not None, "a promised stay"
    scenario = as_wished(_unexcused(published.pinned_scenario(skip=rid), rid), wished)
    rest = without(published.plan, rid)
    names = {c.centre_id: c.name for c in scenario.centres}
    unlabelled = Stay(rid, wished.centre_id, 0, wished.start, wished.end)
    faults = stay_faults(scenario, rest.stays, unlabelled)
    if faults:
        short = any(v.rule == "capacity" for v in faults)
        found = alternatives(
            scenario, published.plan, wished, published.pinned, short, decision.stay
        )
        preview = ChangePreview(
            rid, decision.person_id, decision.stay, wished, faults, found, published.number, names
        )
        return preview, Change()
    fixed = FixedPlan(scenario, rest)
    labelled = (wished,) if _bed_free(rest, wished) else fixed.label(unlabelled)
    request = scenario.request_by_id[rid]
    decisions = granted_decisions(request, labelled, published.plan)
    after = Change(tuple(decisions)).apply(published.plan)
    problems = verdict(scenario, after, rid)
    if problems:
        preview = ChangePreview(
            rid,
            decision.person_id,
            decision.stay,
            labelled[0],
            problems,
            Alternatives(),
            published.number,
            names,
        )
        return preview, Change()
    decisions += rejudged(FixedPlan(scenario, after), after, decision.person_id, rid)
    preview = ChangePreview(
        rid,
        decision.person_id,
        decision.stay,
        labelled[0],
        (),
        Alternatives(),
        published.number,
        names,
        labelled[1:],
    )
    return preview, Change(tuple(decisions))


def _unexcused(scenario: Scenario, request_id: str) -> Scenario:
    """The scenario without the waivers a recorded arrival gives the request's stay: the
    change decides its length and departure anew, so they are judged by every rule again."""
    waivers = tuple(
        w
        for w in scenario.waivers
        if not (w.request_id == request_id and w.rule in casework_repo.RECORD_WAIVED)
    )
    return replace(scenario, waivers=waivers)


def _bed_free(rest: Plan, wished: Stay) -> bool:
    """Whether the wished stay keeps a bed label no other stay there holds on its nights."""
    return bool(wished.bed) and not any(
        s.centre_id == wished.centre_id
        and s.bed == wished.bed
        and s.start < wished.end
        and wished.start < s.end
        for s in rest.stays
    )


def _wished(
    session: Session,
    published: Published,
    request_id: str,
    start: date | None,
    end: date | None,
    centre: str | None,
) -> Stay:
    """The wished stay, after the refusals that need no rule to judge.

    Raises
    ------
    UserError
        ``operations.unknown_request``, ``casework.not_granted``, ``store.unknown_centre``,
        ``casework.bad_dates``, ``casework.no_change``, ``casework.stay_closed`` or
        ``casework.arrived_keeps_start``.
    """
    operations_repo.request_state(session, request_id)
    decision = published.decision(request_id)
    if decision is None or decision.stay is None:
        raise OperationError("casework.not_granted", request=request_id)
    if centre is not None and centre not in published.scenario.centre_by_id:
        raise UserError("store.unknown_centre", centre=centre)
    wished = wished_stay(decision.stay, start, end, centre)
    if wished.end <= wished.start:
        raise OperationError("casework.bad_dates", start=wished.start, end=wished.end)
    before = decision.stay
    if (wished.centre_id, wished.start, wished.end) == (before.centre_id, before.start, before.end):
        raise OperationError("casework.no_change", request=request_id)
    record = casework_repo.stay_record(session, request_id)
    if record is not None and (record.no_show or record.departed is not None):
        raise OperationError("casework.stay_closed", request=request_id)
    if record is not None and (wished.start, wished.centre_id) != (before.start, before.centre_id):
        raise OperationError("casework.arrived_keeps_start", request=request_id)
    return wished


def preview_change(
    engine: Engine,
    request_id: str,
    *,
    start: date | None = None,
    end: date | None = None,
    centre: str | None = None,
) -> ChangePreview:
    """Judge a change of the promised stay of ``request_id`` without writing anything.

    ``start`` alone moves the stay keeping its length, ``end`` alone shortens or extends it,
    ``centre`` alone keeps its dates; any two or all three may be given.

    Raises
    ------
    UserError
        As ``change_stay``.
    """
    with Session(engine) as session:
        published = load_published(session)
        wished = _wished(session, published, request_id, start, end, centre)
        return judge_change(published, wished)[0]


def change_stay(
    engine: Engine,
    request_id: str,
    actor: str,
    *,
    start: date | None = None,
    end: date | None = None,
    centre: str | None = None,
    seen: int | None = None,
) -> ChangeOutcome:
    """Change the promised stay of ``request_id`` if it fits, in one transaction: the request
    gets the new dates and a new version (origin ``changed``) is published with the stay moved,
    every other promise where it was. When it does not fit, nothing is written and the outcome
    carries the preview with the rules broken and the alternatives.

    Parameters
    ----------
    engine
        The store.
    request_id
        The request whose granted stay changes.
    actor
        Who acts, for the audit log.
    start, end, centre
        As ``preview_change``.
    seen
        The published version the worker's preview was made on (``ChangePreview.version``);
        if another one is published now, nothing is written.

    Raises
    ------
    UserError
        ``operations.unknown_request``, ``casework.not_granted`` (not a stay of the published
        plan), ``store.unknown_centre``, ``casework.bad_dates``, ``casework.no_change``,
        ``casework.stay_closed`` (a no-show or an early departure is recorded) or
        ``casework.arrived_keeps_start`` (after the arrival only the end may change);
        ``operations.nothing_published``.
    StalePlanError
        ``casework.stale_preview`` when ``seen`` is not the published version, or
        ``store.stale`` when another version was published meanwhile; nothing is kept.
    """
    began = perf_counter()
    with Session(engine) as session, session.begin():
        published = load_published(session, seen)
        wished = _wished(session, published, request_id, start, end, centre)
        preview, change = judge_change(published, wished)
        if not preview.fits:
            return ChangeOutcome(preview, None)
        after = preview.after
        if (after.start, after.end) != (preview.before.start, preview.before.end):
            casework_repo.set_request_dates(session, request_id, after.start, after.end, actor)
        number = publish_change(session, published.row, change, VersionOrigin.CHANGED, actor, began)
        record_change_letter(session, published.scenario, preview.before, after, number, actor)
    return ChangeOutcome(preview, number)
