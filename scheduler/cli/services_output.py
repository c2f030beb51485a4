"""What ``respite solve`` and ``check`` say about day-centre places and relief at home: a short
summary of the day plan (counts, seats per centre and weekday, the head of the waiting list,
refusals by reason) and of the relief visits."""

from __future__ import annotations

from collections import Counter

from scheduler.daycare import DayResult
from scheduler.domain.check_relief import check_relief
from scheduler.domain.daycare import DayReason, DayStatus
from scheduler.domain.model import Scenario
from scheduler.domain.relief import hours_text
from scheduler.domain.services import Services
from scheduler.i18n import t

QUEUE_SHOWN = 10
"""How many of the waiting list's first families the summary names."""


def day_summary(scenario: Scenario, services: Services, result: DayResult, lang: str) -> list[str]:
    """A few lines on the day plan of ``result``."""
    plan = result.plan
    lines = [
        t(
            "daycare.summary",
            lang,
            wishes=len(plan.decisions),
            granted=result.granted,
            preferred=result.preferred,
            waiting=result.waiting,
            refused=result.refused,
            changes=result.changes,
            status=t(f"daycare.status.{result.status}", lang),
            seconds=f"{result.seconds:.1f}",
        )
    ]
    used = Counter((p.centre_id, day) for p in plan.places for day in p.weekdays)
    seats: dict[str, list[tuple[int, int]]] = {}
    for row in sorted(services.day_seats, key=lambda s: (s.centre_id, s.weekday)):
        seats.setdefault(row.centre_id, []).append((row.weekday, row.seats))
    for centre_id, days in seats.items():
        centre = scenario.centre_by_id.get(centre_id)
        name = f"{centre_id} {centre.name}" if centre and centre.name != centre_id else centre_id
        words = ", ".join(
            t(
                "daycare.seat_day",
                lang,
                weekday=t(f"checker.weekday.{day}", lang),
                used=used[centre_id, day],
                seats=count,
            )
            for day, count in days
        )
        lines.append(t("daycare.seats", lang, centre=name, weekdays=words))
    waiting = plan.waiting
    if waiting:
        entries = ", ".join(
            t("daycare.queue_entry", lang, queue=d.queue, wish=d.wish_id)
            for d in waiting[:QUEUE_SHOWN]
        )
        if len(waiting) > QUEUE_SHOWN:
            entries += ", …"
        lines.append(t("daycare.queue_head", lang, entries=entries))
    refusals = Counter(
        d.reason for d in plan.decisions if d.status is DayStatus.REFUSED and d.reason is not None
    )
    if refusals:
        reasons = ", ".join(
            t("daycare.refusal", lang, reason=t(f"day_reason.{r.value}", lang), count=n)
            for r, n in sorted(refusals.items(), key=lambda item: list(DayReason).index(item[0]))
        )
        lines.append(t("daycare.refusals", lang, reasons=reasons))
    return lines


def relief_summary(scenario: Scenario, services: Services, lang: str) -> list[str]:
    """One line on the relief grants and visits, with the number of broken rules."""
    if not services.relief_grants and not services.relief_visits:
        return []
    minutes = sum(visit.minutes for visit in services.relief_visits)
    return [
        t(
            "relief.summary",
            lang,
            grants=len(services.relief_grants),
            visits=len(services.relief_visits),
            hours=hours_text(minutes, lang),
            problems=len(check_relief(scenario, services)),
        )
    ]
