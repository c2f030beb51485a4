"""Windows of nights around stays, and the candidates that may stay in them: the neighbourhood
a plan is mended in when a few stays of a pooled plan cannot be dealt out."""

from __future__ import annotations

from dataclasses import replace

from scheduler.solve.cpsat import Pick
from scheduler.solve.instance import Candidate, Instance, Span

Window = Span
"""Nights ``[first, last)`` as day indices."""


def freed(
    instance: Instance, picks: dict[str, Pick], left: set[str], windows: list[Window]
) -> list[Candidate]:
    """The candidates of ``picks`` whose stay shares a night with ``windows``: those ``left``
    at every start that does, the others at their pick's start."""
    found = []
    for candidate in instance.candidates:
        pick = picks.get(candidate.request_id)
        if pick is None:
            continue
        starts = tuple(
            s
            for s in candidate.starts
            if (candidate.request_id in left or s == pick[1])
            and inside(windows, s, s + candidate.length)
        )
        if starts:
            found.append(replace(candidate, starts=starts))
    return found


def around(stays: list[Window], reach: int, days: int) -> list[Window]:
    """The nights of ``stays`` widened by ``reach`` days on each side within the horizon's
    ``days``, merged where they overlap or touch, in order."""
    windows: list[Window] = []
    for first, last in sorted((max(0, a - reach), min(days, b + reach)) for a, b in stays):
        if windows and first <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], last))
        else:
            windows.append((first, last))
    return windows


def inside(windows: list[Window], start: int, end: int) -> bool:
    """Whether the stay ``[start, end)`` shares a night with one of ``windows``."""
    return any(start < last and first < end for first, last in windows)
