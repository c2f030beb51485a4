"""The letters each decision of the app makes, recorded in the decision's own transaction.

Publishing a plan makes one letter per request whose decision changed against the version
published before: a grant (newly granted), a rejection (newly rejected, or a stay withdrawn) or
a change (a granted stay at another centre or on other nights; a new bed label alone is no
change to the family). A rejection that stays a rejection makes none. Placing a request at
once (an acute stay, a wish placed as it is entered) makes its grant or rejection; changing a
stay, cancelling a granted stay and booking a request from the waiting list each make their own
letter, and so does each promise moved or cancelled when a person's values are edited. Ending
a grant makes the ending letter (``scheduler.service.grant_ending``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date

from sqlalchemy.orm import Session

from scheduler.domain.model import Decision, Plan, Reason, Request, Scenario, Stay
from scheduler.io.letter_changes import Earlier
from scheduler.io.letters import LetterFacts
from scheduler.service.letter_records import letter_content, record_letters
from scheduler.service.operations.letters import letter_facts
from scheduler.store import letters_repo, operations_repo, plan_repo
from scheduler.store.models import PlanVersionRow


def _where(stay: Stay) -> tuple[str, date, date]:
    """What the family is told of a stay: the centre and the nights (not the bed label)."""
    return stay.centre_id, stay.start, stay.end


def _earlier(scenario: Scenario, stay: Stay) -> Earlier:
    return Earlier(scenario.centre_by_id[stay.centre_id].name, stay.start, stay.end)


def _kind(before: Decision | None, after: Decision) -> str | None:
    """The letter a decision that was ``before`` and is ``after`` needs, if any."""
    if after.stay is None:
        return None if before is not None and before.stay is None else "rejection"
    if before is None or before.stay is None:
        return "grant"
    return "change" if _where(before.stay) != _where(after.stay) else None


def _facts(scenario: Scenario, decision: Decision) -> LetterFacts:
    """What a letter on ``decision`` of a request of ``scenario`` says, written today."""
    return letter_facts(scenario, Plan((decision,)), decision.request_id, date.today())


def _letter(
    facts: LetterFacts, kind: str, version: int | None, earlier: Earlier | None = None
) -> letters_repo.NewLetter:
    return letters_repo.NewLetter(
        facts.person.person_id,
        facts.request.request_id,
        kind,
        "da",
        version,
        letter_content(facts, earlier),
    )


def record_publication_letters(session: Session, version: PlanVersionRow, actor: str) -> int:
    """Record the letters of publishing ``version`` (see the module); returns how many."""
    scenario, plan = operations_repo.load_published(session, version)
    before = (
        Plan()
        if version.base is None
        else plan_repo.load_plan(session, plan_repo.get_version(session, version.base))
    )
    letters = []
    for decision in plan.decisions:
        was = before.by_request.get(decision.request_id)
        kind = _kind(was, decision)
        if kind is not None:
            old = _earlier(scenario, was.stay) if was is not None and was.stay else None
            letters.append(_letter(_facts(scenario, decision), kind, version.number, old))
    return len(record_letters(session, letters, actor))


def record_change_letter(
    session: Session, scenario: Scenario, before: Stay, after: Stay, version: int, actor: str
) -> int:
    """Record the letter on the change of a granted stay from ``before`` to ``after``
    (``scenario`` as it was before the change); returns the letter's id."""
    request = scenario.request_by_id[after.request_id]
    facts = _facts(scenario, Decision(request.request_id, request.person_id, after))
    facts = replace(facts, request=replace(request, start=after.start, end=after.end))
    letter = _letter(facts, "change", version, _earlier(scenario, before))
    return record_letters(session, [letter], actor)[0]


def record_cancellation_letter(
    session: Session, scenario: Scenario, cancelled: Stay, version: int, actor: str
) -> int:
    """Record the letter confirming the cancellation of the granted stay ``cancelled``;
    returns the letter's id."""
    request = scenario.request_by_id[cancelled.request_id]
    facts = _facts(scenario, Decision(request.request_id, request.person_id))
    letter = _letter(facts, "cancellation", version, _earlier(scenario, cancelled))
    return record_letters(session, [letter], actor)[0]


def record_offer_letter(
    session: Session, scenario: Scenario, offered: Stay, version: int, actor: str
) -> int:
    """Record the letter offering the stay ``offered`` to a request from the waiting list;
    returns the letter's id."""
    request = scenario.request_by_id[offered.request_id]
    facts = _facts(scenario, Decision(request.request_id, request.person_id, offered))
    return record_letters(session, [_letter(facts, "offer", version)], actor)[0]


def record_placement_letter(
    session: Session,
    scenario: Scenario,
    request: Request,
    decided: tuple[Stay | None, Reason | None],
    version: int,
    actor: str,
) -> int:
    """Record the grant or rejection of ``request`` placed at once (an acute stay, a wish
    placed as it is entered): ``decided`` is its stay, or none and the reason why.
    ``scenario`` need not hold the request yet. Returns the letter's id."""
    if request.request_id not in scenario.request_by_id:
        scenario = replace(scenario, requests=(*scenario.requests, request))
    stay, reason = decided
    facts = _facts(scenario, Decision(request.request_id, request.person_id, stay, reason))
    kind = "grant" if stay is not None else "rejection"
    return record_letters(session, [_letter(facts, kind, version)], actor)[0]


def record_promise_letters(
    session: Session,
    published: tuple[Scenario, Plan],
    moved: Mapping[str, Stay],
    cancelled: Sequence[str],
    version: int,
    actor: str,
) -> int:
    """Record the letters of promises changed together (a person's values edited): a change
    for each stay ``moved`` (request id to its new stay), a cancellation for each request
    ``cancelled``; ``published`` is the scenario and plan they were promised in. Returns how
    many."""
    scenario, plan = published
    for request_id, stay in moved.items():
        before = plan.by_request[request_id].stay
        assert before is not None, "only promised stays are moved"
        record_change_letter(session, scenario, before, stay, version, actor)
    for request_id in cancelled:
        freed = plan.by_request[request_id].stay
        assert freed is not None, "only promised stays are cancelled"
        record_cancellation_letter(session, scenario, freed, version, actor)
    return len(moved) + len(cancelled)
