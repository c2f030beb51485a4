"""The worker's choices for the promises a change to a person breaks: move the stay, cancel
it, or keep it as a recorded exception with a reason, applied and judged together before
anything is saved (``person_rules.edit_person_rules`` runs them in its transaction)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy.orm import Session

from scheduler.domain.checker import Violation, stay_violations
from scheduler.domain.errors import UserError
from scheduler.domain.model import WAIVABLE_RULES, Decision, Plan, Scenario, Stay, Waiver
from scheduler.io.text_checks import control_character
from scheduler.service.casework.change import wished_stay
from scheduler.service.casework.fitting import Alternatives, stay_faults, without
from scheduler.service.casework.published import Published, as_wished
from scheduler.service.operations.commit import OperationError
from scheduler.service.operations.placement import (
    Change,
    FixedPlan,
    granted_decisions,
    rejudged,
)
from scheduler.store import casework_repo, operations_repo
from scheduler.store.models import EXCEPTION_REASON_LENGTH


@dataclass(frozen=True)
class MoveStay:
    """Move the stay (as ``change_stay`` takes it: a new start alone keeps the length)."""

    start: date | None = None
    end: date | None = None
    centre: str | None = None


@dataclass(frozen=True)
class CancelStay:
    """Cancel the stay's request (its bed is freed)."""


@dataclass(frozen=True)
class KeepStay:
    """Keep the stay as it is, as a recorded exception to the rules it breaks."""

    reason: str


StayChoice = MoveStay | CancelStay | KeepStay


@dataclass(frozen=True)
class BrokenPromise:
    """A promised stay the new values would make break ``violations``, with what would fit."""

    stay: Stay
    violations: tuple[Violation, ...]
    alternatives: Alternatives

    @property
    def rules(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(v.rule for v in self.violations))


def person_stays(plan: Plan, person_id: str) -> list[Stay]:
    """The person's granted stays in ``plan``."""
    return [d.stay for d in plan.decisions if d.stay is not None and d.person_id == person_id]


def broken_stays(scenario: Scenario, plan: Plan, person_id: str) -> dict[str, list[Violation]]:
    """The person's stays in ``plan`` that break a rule under ``scenario``, with the rules."""
    stays = person_stays(plan, person_id)
    found: dict[str, list[Violation]] = {}
    for violation in stay_violations(scenario, stays, check_beds=False):
        for request_id in violation.request_ids:
            found.setdefault(request_id, []).append(violation)
    order = [s.request_id for s in stays]
    return {rid: found[rid] for rid in order if rid in found}


def match_choices(broken: list[BrokenPromise], chosen: Mapping[str, StayChoice]) -> None:
    """Refuse unless exactly the broken promises have a choice.

    Raises
    ------
    UserError
        ``casework.choice_missing`` or ``casework.choice_unneeded``.
    """
    wanted = [p.stay.request_id for p in broken]
    missing = [rid for rid in wanted if rid not in chosen]
    if missing:
        raise UserError("casework.choice_missing", requests=", ".join(missing))
    extra = sorted(set(chosen) - set(wanted))
    if extra:
        raise UserError("casework.choice_unneeded", requests=", ".join(extra))


class Choices:
    """The person's promises as the worker's choices change them, judged as they go: keeps
    first (their waivers hold while the moves are judged), then cancellations, then moves;
    ``finish`` records as exceptions only the rules a kept stay still breaks at the end."""

    def __init__(self, scenario: Scenario, published: Published, person_id: str) -> None:
        self.stored_waivers = scenario.waivers
        self.scenario = scenario
        self.plan = published.plan
        self.person_id = person_id
        self.decisions: dict[str, Decision] = {}
        self.moved: dict[str, Stay] = {}
        self.cancelled: list[str] = []
        self.kept: list[str] = []
        self.reasons: dict[str, tuple[str, tuple[str, ...]]] = {}

    def apply(self, promise: BrokenPromise, choice: StayChoice) -> None:
        """Make the choice for one broken promise (keeps before cancellations before moves).

        Raises
        ------
        UserError
            ``casework.bad_reason``, ``casework.cannot_keep``, ``store.unknown_centre``,
            ``casework.bad_dates`` or ``casework.move_does_not_fit``.
        """
        rid = promise.stay.request_id
        if isinstance(choice, KeepStay):
            self._keep(promise, choice.reason)
        elif isinstance(choice, CancelStay):
            self.cancelled.append(rid)
            self.plan = without(self.plan, rid)
            self.decisions.pop(rid, None)
        else:
            self._move(promise.stay, choice)

    def _keep(self, promise: BrokenPromise, reason: str) -> None:
        rid = promise.stay.request_id
        text = reason.strip()
        if not text or len(text) > EXCEPTION_REASON_LENGTH or control_character(text):
            raise UserError("casework.bad_reason", request=rid, most=EXCEPTION_REASON_LENGTH)
        for rule in promise.rules:
            if rule not in WAIVABLE_RULES:
                raise UserError("casework.cannot_keep", request=rid, rule=rule)
        waivers = tuple(Waiver(rid, rule) for rule in promise.rules)
        self.scenario = replace(self.scenario, waivers=(*self.scenario.waivers, *waivers))
        self.kept.append(rid)
        self.reasons[rid] = (text, promise.rules)

    def _needed(self) -> dict[str, tuple[str, ...]]:
        """Per kept stay, the rules it still breaks once every choice is made (a cancel or a
        move may have mended one): only those are recorded as exceptions."""
        bare = replace(self.scenario, waivers=self.stored_waivers)
        left = broken_stays(bare, self.plan, self.person_id)
        return {
            rid: tuple(dict.fromkeys(v.rule for v in left.get(rid, [])))
            for rid in self.kept
            if rid in left
        }

    def _move(self, stay: Stay, choice: MoveStay) -> None:
        rid = stay.request_id
        if choice.centre is not None and choice.centre not in self.scenario.centre_by_id:
            raise UserError("store.unknown_centre", centre=choice.centre)
        wished = wished_stay(stay, choice.start, choice.end, choice.centre)
        if wished.end <= wished.start:
            raise OperationError("casework.bad_dates", start=wished.start, end=wished.end)
        self.scenario = as_wished(self.scenario, wished)
        rest = without(self.plan, rid)
        unlabelled = replace(wished, bed=0)
        faults = stay_faults(self.scenario, rest.stays, unlabelled)
        if faults:
            rules = ", ".join(dict.fromkeys(v.rule for v in faults))
            raise UserError("casework.move_does_not_fit", request=rid, rules=rules)
        labelled = FixedPlan(self.scenario, rest).label(unlabelled)
        request = self.scenario.request_by_id[rid]
        for decision in granted_decisions(request, labelled, self.plan):
            self.decisions[decision.request_id] = decision
        self.plan = Change(tuple(self.decisions.values())).apply(rest)
        self.moved[rid] = labelled[0]

    def finish(self) -> Change:
        """The change to publish, after the final check that no stay of the person breaks a
        rule that is not excused.

        Raises
        ------
        UserError
            ``casework.move_does_not_fit`` when the moves together break a rule.
        """
        needed = self._needed()
        for rid, rules in needed.items():
            for rule in rules:
                if rule not in WAIVABLE_RULES:
                    raise UserError("casework.cannot_keep", request=rid, rule=rule)
        waivers = tuple(Waiver(rid, rule) for rid, rules in needed.items() for rule in rules)
        self.scenario = replace(self.scenario, waivers=(*self.stored_waivers, *waivers))
        self.reasons = {rid: (self.reasons[rid][0], rules) for rid, rules in needed.items()}
        left = broken_stays(self.scenario, self.plan, self.person_id)
        if left:
            broken = ", ".join(dict.fromkeys(v.rule for vs in left.values() for v in vs))
            raise UserError("casework.move_does_not_fit", request=", ".join(left), rules=broken)
        fixed = FixedPlan(self.scenario, self.plan)
        reasons = rejudged(fixed, self.plan, self.person_id, "")
        return Change((*self.decisions.values(), *reasons), tuple(self.cancelled))

    def store(self, session: Session, actor: str) -> None:
        """Write the moves' dates, the cancellations and the exceptions."""
        for rid, stay in self.moved.items():
            casework_repo.set_request_dates(session, rid, stay.start, stay.end, actor)
        for rid in self.cancelled:
            operations_repo.cancel_request(session, rid, actor)
        for rid, (reason, rules) in self.reasons.items():
            casework_repo.add_exceptions(session, rid, rules, reason, actor)
