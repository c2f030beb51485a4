"""Relief at home (afløsning i hjemmet): grants of hours and the visits that use them.

A grant gives a number of hours per week or per 14 days ("op til 3 timer om ugen eller op til 6
timer hver 14. dag"); its periods are counted from the grant's first day, and hours not used in
a period lapse ("Timerne kan ikke opspares yderligere"). Times of day are held as minutes after
midnight (0 … 1440, so a visit may end at ``24:00``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

MINUTES_PER_DAY = 24 * 60
WEEK_DAYS = 7
FORTNIGHT_DAYS = 14


def clock_text(minute: int) -> str:
    """``13:30`` for 810; ``24:00`` for the end of the day."""
    return f"{minute // 60:02d}:{minute % 60:02d}"


def hours_text(minutes: int, lang: str | None = None) -> str:
    """Hours as a planner writes them: ``3``, ``1.5``, ``2.25`` (in Danish text ``1,5``; files
    keep the point, ``lang`` None)."""
    hours = minutes / 60
    text = str(int(hours)) if hours == int(hours) else f"{hours:g}"
    return text.replace(".", ",") if lang == "da" else text


@dataclass(frozen=True)
class ReliefGrant:
    """A grant of relief at home: ``minutes`` in every period of ``period_days`` (7 or 14)
    counted from ``start``, on the days ``start`` … ``end - 1`` (no ``end``: until further
    notice). ``team_id`` names the relief workers' district or team, if given."""

    grant_id: str
    person_id: str
    minutes: int
    period_days: int
    start: date
    end: date | None = None
    team_id: str | None = None

    @property
    def per_fortnight(self) -> bool:
        return self.period_days == FORTNIGHT_DAYS


@dataclass(frozen=True)
class ReliefVisit:
    """A relief worker's visit under a grant: on ``day`` from ``start`` to ``end`` (minutes
    after midnight, ``end`` after ``start``, at most 1440)."""

    visit_id: str
    grant_id: str
    day: date
    start: int
    end: int

    @property
    def minutes(self) -> int:
        return self.end - self.start


@dataclass(frozen=True)
class ReliefTeam:
    """A district or team of relief workers and the hours they work per ISO week, in minutes."""

    team_id: str
    minutes_per_week: int
    name: str = ""
