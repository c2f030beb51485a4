"""A plan's summary for a case worker: per tier what was asked, granted and rejected, families
served and nights, rejections by reason, and how sure the solver is."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from scheduler.domain.model import Reason, Scenario
from scheduler.domain.objective import Entry, Tier, tier_of
from scheduler.i18n import t
from scheduler.solve import SolveResult


@dataclass(frozen=True)
class TierFigures:
    """Counts for one tier (or for all): requests, granted, rejected, families served, nights."""

    requests: int = 0
    granted: int = 0
    rejected: int = 0
    families: int = 0
    nights: int = 0


@dataclass(frozen=True)
class PlanSummary:
    """The numbers behind the summary; the UI draws them, the CLI prints them."""

    tiers: dict[Tier, TierFigures]
    total: TierFigures
    reasons: dict[Reason, int]
    method: str
    optimal: bool
    wall_time: float
    gaps: list[tuple[Entry, int, int]] = field(default_factory=list)
    """Objective entries below their proven bound: (entry, value, bound)."""
    unknown_bounds: int = 0


def summarise(scenario: Scenario, result: SolveResult) -> PlanSummary:
    """Count the plan per tier and collect where it may still be short of the optimum."""
    counts: dict[Tier | None, Counter[str]] = defaultdict(Counter)
    families: dict[Tier | None, set[str]] = defaultdict(set)
    reasons: Counter[Reason] = Counter()
    for request in scenario.requests:
        decision = result.plan.by_request[request.request_id]
        for key in (tier_of(request, scenario.rules), None):
            counts[key]["requests"] += 1
            if decision.stay is not None:
                counts[key]["granted"] += 1
                counts[key]["nights"] += decision.stay.nights
                families[key].add(request.person_id)
            else:
                counts[key]["rejected"] += 1
        if decision.reason is not None:
            reasons[decision.reason] += 1

    def figures(key: Tier | None) -> TierFigures:
        c = counts[key]
        return TierFigures(
            c["requests"], c["granted"], c["rejected"], len(families[key]), c["nights"]
        )

    gaps = [
        (entry, value, bound)
        for (entry, value), bound in zip(result.vector, result.bounds, strict=True)
        if bound is not None and bound > value
    ]
    return PlanSummary(
        tiers={tier: figures(tier) for tier in Tier},
        total=figures(None),
        reasons={reason: reasons[reason] for reason in Reason if reasons[reason]},
        method=result.method,
        optimal=result.optimal,
        wall_time=result.wall_time,
        gaps=gaps,
        unknown_bounds=sum(b is None for b in result.bounds),
    )


def entry_text(entry: Entry, lang: str | None = None) -> str:
    """An objective entry (``timely.p1.nights``) in words."""
    measure = t(f"summary.entry.{entry.measure.value}", lang)
    group = entry.group
    if group is None:
        return measure
    tier = t(f"tier.{group.tier.value}", lang)
    if group.priority is not None:
        return t(
            "summary.entry.priority", lang, tier=tier, priority=group.priority, measure=measure
        )
    return f"{tier}, {measure}"


def format_summary(summary: PlanSummary, lang: str | None = None) -> list[str]:
    """The summary as lines of text for the terminal."""
    head = [
        t(f"summary.col.{c}", lang)
        for c in ("tier", "requests", "granted", "rejected", "families", "nights")
    ]
    rows = [head]
    for tier, figures in summary.tiers.items():
        rows.append([t(f"tier.{tier.value}", lang), *_numbers(figures)])
    rows.append([t("summary.total", lang), *_numbers(summary.total)])
    width = max(len(row[0]) for row in rows)
    lines = [
        row[0].ljust(width)
        + "".join(cell.rjust(max(10, len(head[i + 1]) + 2)) for i, cell in enumerate(row[1:]))
        for row in rows
    ]
    if summary.reasons:
        lines.append(t("summary.reasons", lang))
        for reason, count in summary.reasons.items():
            lines.append(f"  {count:>6}  {t(f'reason.{reason.value}', lang)}")
    lines.append(_status_line(summary, lang))
    for entry, value, bound in summary.gaps:
        words = entry_text(entry, lang)
        if entry.minimised:  # held negated so that larger is better; shown as counted
            line = t("summary.gap_min", lang, entry=words, value=-value, bound=-bound)
        else:
            line = t("summary.gap", lang, entry=words, value=value, bound=bound)
        lines.append("  " + line)
    lines.append(t("summary.time", lang, seconds=f"{summary.wall_time:.1f}"))
    return lines


def _numbers(figures: TierFigures) -> list[str]:
    return [
        str(figures.requests),
        str(figures.granted),
        str(figures.rejected),
        str(figures.families),
        str(figures.nights),
    ]


def _status_line(summary: PlanSummary, lang: str | None) -> str:
    if summary.method == "greedy":
        return t("summary.status.greedy", lang)
    if summary.optimal:
        return t("summary.status.optimal", lang)
    if summary.unknown_bounds:
        return t("summary.status.unproven_unknown", lang)
    return t("summary.status.unproven", lang)
