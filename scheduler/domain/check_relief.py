"""The checker of relief at home (afløsning i hjemmet) against ``docs/rules.md``, "Relief at
home": the visits against their grants, the night rule, one visit at a time, the teams' hours.

Hours are counted in whole minutes. A grant's periods (7 or 14 days) are counted from its first
day; the hours of a period are at most the grant's, and hours not used lapse. A team's hours
are counted per ISO week (Monday–Sunday), the relief workers' working week.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from scheduler.domain.check_violation import Violation
from scheduler.domain.model import Scenario
from scheduler.domain.relief import (
    MINUTES_PER_DAY,
    ReliefGrant,
    ReliefVisit,
    clock_text,
    hours_text,
)
from scheduler.domain.services import Services


def check_relief(scenario: Scenario, services: Services) -> list[Violation]:
    """Every rule the grants and visits break; empty when they keep them all.

    Parameters
    ----------
    scenario
        A valid scenario (its persons and rules: § 94 and consent).
    services
        Its relief grants, visits and teams, and the profile's relief rules.
    """
    grants = services.grant_by_id
    found = _grant_violations(scenario, services)
    inside: list[ReliefVisit] = []
    for visit in services.relief_visits:
        grant = grants.get(visit.grant_id)
        if grant is None:
            continue  # an input fault of the reader
        if visit.day < grant.start or (grant.end is not None and visit.day >= grant.end):
            found.append(
                _violation(
                    "relief_outside_grant",
                    [visit.visit_id],
                    visit=visit.visit_id,
                    grant=grant.grant_id,
                    day=visit.day,
                )
            )
        else:
            inside.append(visit)
    found += _hours_violations(grants, inside)
    found += _night_violations(services, services.relief_visits)
    found += _overlap_violations(grants, services.relief_visits)
    found += _team_violations(services, services.relief_visits)
    return found


def _grant_violations(scenario: Scenario, services: Services) -> list[Violation]:
    """Grants to a person the profile excludes (§ 94, consent), and two grants of one person
    on a common day."""
    found = []
    rules = scenario.rules
    for grant in services.relief_grants:
        person = scenario.person_by_id.get(grant.person_id)
        if person is None:
            continue
        helper = rules.exclude_self_appointed_helper and person.self_appointed_helper
        if helper or (rules.require_consent and not person.consent):
            found.append(
                _violation(
                    "relief_eligibility",
                    [grant.grant_id],
                    grant=grant.grant_id,
                    person=person.person_id,
                )
            )
    by_person: dict[str, list[ReliefGrant]] = defaultdict(list)
    for grant in services.relief_grants:
        by_person[grant.person_id].append(grant)
    for person_id, own in sorted(by_person.items()):
        own.sort(key=lambda g: (g.start, g.grant_id))
        for index, first in enumerate(own):
            for second in own[index + 1 :]:
                if first.end is None or second.start < first.end:
                    found.append(
                        _violation(
                            "relief_grants_overlap",
                            [first.grant_id, second.grant_id],
                            grant=first.grant_id,
                            other=second.grant_id,
                            person=person_id,
                        )
                    )
    return found


def _hours_violations(grants: dict[str, ReliefGrant], visits: list[ReliefVisit]) -> list[Violation]:
    """The visits of each period of a grant last at most the grant's hours."""
    used: dict[tuple[str, int], list[ReliefVisit]] = defaultdict(list)
    for visit in visits:
        grant = grants[visit.grant_id]
        used[grant.grant_id, (visit.day - grant.start).days // grant.period_days].append(visit)
    found = []
    for (grant_id, period), period_visits in sorted(used.items()):
        grant = grants[grant_id]
        minutes = sum(v.minutes for v in period_visits)
        if minutes <= grant.minutes:
            continue
        first = grant.start + timedelta(days=period * grant.period_days)
        found.append(
            _violation(
                "relief_hours",
                sorted(v.visit_id for v in period_visits),
                grant=grant_id,
                first=first,
                last=first + timedelta(days=grant.period_days - 1),
                used=hours_text(minutes),
                granted=hours_text(grant.minutes),
            )
        )
    return found


def _night_spans(services: Services) -> list[tuple[int, int]]:
    """The night as spans of minutes after midnight within one day (two where it wraps)."""
    start, end = services.rules.relief_no_night_from, services.rules.relief_no_night_to
    if start is None or end is None or start == end:
        return []
    if start < end:
        return [(start, end)]
    return [(start, MINUTES_PER_DAY), (0, end)]


def _night_violations(services: Services, visits: tuple[ReliefVisit, ...]) -> list[Violation]:
    spans = _night_spans(services)
    if not spans:
        return []
    rules = services.rules
    assert rules.relief_no_night_from is not None and rules.relief_no_night_to is not None
    return [
        _violation(
            "relief_night",
            [visit.visit_id],
            visit=visit.visit_id,
            day=visit.day,
            start=clock_text(visit.start),
            end=clock_text(visit.end),
            night_from=clock_text(rules.relief_no_night_from),
            night_to=clock_text(rules.relief_no_night_to),
        )
        for visit in visits
        if any(visit.start < span_end and span_start < visit.end for span_start, span_end in spans)
    ]


def _overlap_violations(
    grants: dict[str, ReliefGrant], visits: tuple[ReliefVisit, ...]
) -> list[Violation]:
    """Two visits to one person at the same time (touching is fine)."""
    by_person: dict[str, list[ReliefVisit]] = defaultdict(list)
    for visit in visits:
        grant = grants.get(visit.grant_id)
        if grant is not None:
            by_person[grant.person_id].append(visit)
    found = []
    for person_id, own in sorted(by_person.items()):
        own.sort(key=lambda v: (v.day, v.start, v.visit_id))
        latest: ReliefVisit | None = None
        for visit in own:
            if latest is not None and latest.day == visit.day and visit.start < latest.end:
                found.append(
                    _violation(
                        "relief_overlap",
                        [latest.visit_id, visit.visit_id],
                        visit=visit.visit_id,
                        other=latest.visit_id,
                        person=person_id,
                        day=visit.day,
                    )
                )
            if latest is None or latest.day != visit.day or visit.end > latest.end:
                latest = visit
    return found


def _team_violations(services: Services, visits: tuple[ReliefVisit, ...]) -> list[Violation]:
    """Each team's visits in an ISO week last at most the team's hours."""
    teams = {team.team_id: team for team in services.relief_teams}
    if not teams:
        return []
    used: dict[tuple[str, date], int] = defaultdict(int)
    for visit in visits:
        grant = services.grant_by_id.get(visit.grant_id)
        if grant is None or grant.team_id not in teams:
            continue
        monday = visit.day - timedelta(days=visit.day.isoweekday() - 1)
        used[grant.team_id, monday] += visit.minutes
    found = []
    for (team_id, monday), minutes in sorted(used.items()):
        most = teams[team_id].minutes_per_week
        if minutes > most:
            year, week, _ = monday.isocalendar()
            found.append(
                _violation(
                    "relief_team_hours",
                    [team_id],
                    team=team_id,
                    week=f"{year}-W{week:02d}",
                    used=hours_text(minutes),
                    most=hours_text(most),
                )
            )
    return found


def _violation(rule: str, ids: list[str], **params: object) -> Violation:
    return Violation(rule, tuple(ids), f"checker.{rule}", params)
