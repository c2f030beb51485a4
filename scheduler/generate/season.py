"""When stays are wished and when wishes arrive, for the generated planning year.

Start days are drawn with weights per day: in summer the Danish industrial holiday (weeks
26-31) weighs most; outside summer the school holidays (winter, Easter, autumn) and Christmas
weigh more than ordinary weeks. Summer wishes mostly reach Visitationen in January to March,
some exactly on the 15 March deadline and some after it; other wishes arrive 2-8 weeks ahead.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from itertools import accumulate

from scheduler.domain.model import Rules

YEAR = 2027
HORIZON_START = date(YEAR, 1, 1)
HORIZON_END = date(YEAR + 1, 1, 1)

# (first day, last day, weight) of periods wished more than ordinary days (weight 1); 2027 dates.
SUMMER_PEAKS = (
    (date(YEAR, 6, 1), date(YEAR, 6, 25), 1.5),
    (date(YEAR, 6, 26), date(YEAR, 8, 8), 3.0),
    (date(YEAR, 8, 9), date(YEAR, 8, 31), 1.5),
)
HOLIDAYS = (
    (date(YEAR, 2, 13), date(YEAR, 2, 21), 2.5),  # winter holiday, week 7
    (date(YEAR, 3, 20), date(YEAR, 3, 29), 3.0),  # Easter (Easter Sunday 28 March)
    (date(YEAR, 10, 16), date(YEAR, 10, 24), 3.0),  # autumn holiday, week 42
    (date(YEAR, 12, 17), date(YEAR, 12, 27), 3.5),  # Christmas
)

LATE_SHARE = 0.2  # summer wishes received after the deadline
ON_DEADLINE_SHARE = 0.07  # summer wishes received on the deadline day itself
AUTUMN_BEFORE_SHARE = 0.08  # summer wishes handed in during the previous November-December


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def _weight(day: date, peaks: tuple[tuple[date, date, float], ...]) -> float:
    return next((w for first, last, w in peaks if first <= day <= last), 1.0)


class DayPicker:
    """Draws days from a list with fixed weights (a cumulative table, so each draw is cheap)."""

    def __init__(self, days: list[date], weights: list[float]) -> None:
        self._days = days
        self._cumulative = list(accumulate(weights))

    def pick(self, rng: random.Random) -> date:
        return rng.choices(self._days, cum_weights=self._cumulative)[0]


def summer_starts(rules: Rules) -> DayPicker:
    """Wished arrivals inside the summer window."""
    first, last = rules.summer_window(YEAR)
    days = _days(first, last)
    return DayPicker(days, [_weight(d, SUMMER_PEAKS) for d in days])


def other_starts(rules: Rules) -> DayPicker:
    """Wished arrivals outside the summer window, more of them in the holidays."""
    first, last = rules.summer_window(YEAR)
    before = _days(HORIZON_START, first - timedelta(days=1))
    after = _days(last + timedelta(days=1), HORIZON_END - timedelta(days=1))
    days = before + after
    return DayPicker(days, [_weight(d, HOLIDAYS) for d in days])


def any_day() -> DayPicker:
    """Every night of the horizon alike (acute needs and closures come at any time)."""
    days = _days(HORIZON_START, HORIZON_END - timedelta(days=1))
    return DayPicker(days, [1.0] * len(days))


def _between(rng: random.Random, first: date, last: date) -> date:
    return first + timedelta(days=rng.randint(0, max(0, (last - first).days)))


def summer_received(rng: random.Random, start: date, deadline: date) -> date:
    """When a summer wish for ``start`` reached Visitationen, given that year's deadline."""
    draw = rng.random()
    if draw < LATE_SHARE:
        return _between(rng, deadline + timedelta(days=1), start - timedelta(days=7))
    if draw < LATE_SHARE + ON_DEADLINE_SHARE:
        return deadline
    if draw < LATE_SHARE + ON_DEADLINE_SHARE + AUTUMN_BEFORE_SHARE:
        return _between(rng, date(YEAR - 1, 11, 1), date(YEAR - 1, 12, 31))
    return _between(rng, date(YEAR, 1, 2), deadline - timedelta(days=1))


def ahead_received(rng: random.Random, start: date) -> date:
    """When an ordinary wish arrived: two to eight weeks before the wished arrival."""
    return start - timedelta(days=rng.randint(14, 56))


def acute_received(rng: random.Random, start: date) -> date:
    """When an acute need was reported: the day of arrival or a day or two before."""
    return start - timedelta(days=rng.randint(0, 2))
