"""``--time-limit`` covers reading and compiling too (issue 17, point 7).

The time spent reading a scenario is taken from the limit before the solver gets the rest. A
scenario whose compiling alone would not fit in what is left is refused at once with the time
it needs, instead of running far past the limit. Compiling grows with the candidate stays
(``scheduler.io.scenario_size``) and the requests; the rates below were measured on the
generated L scenario and on five copies of it (2 cores, 2026; docs/scenario-format.md).
"""

from __future__ import annotations

import math
import sys

from scheduler.domain.model import Scenario
from scheduler.i18n import t
from scheduler.io.scenario_size import candidate_stays

SECONDS_PER_CANDIDATE = 1e-6
SECONDS_PER_REQUEST = 50e-6


def compile_seconds(scenario: Scenario, candidates: int) -> float:
    """About how long compiling ``scenario`` for the solver takes."""
    return candidates * SECONDS_PER_CANDIDATE + len(scenario.requests) * SECONDS_PER_REQUEST


def time_left(scenario: Scenario, time_limit: float, elapsed: float, lang: str) -> float | None:
    """The seconds left for solving after ``elapsed`` seconds of reading; ``None`` (with the
    reason printed) when compiling would not fit in the limit."""
    candidates = candidate_stays(scenario)
    needed = elapsed + compile_seconds(scenario, candidates)
    if needed <= time_limit:
        return time_limit - elapsed
    print(
        t(
            "cli.too_large_for_time",
            lang,
            limit=f"{time_limit:g}",
            requests=_number(len(scenario.requests), lang),
            candidates=_number(candidates, lang),
            needed=math.ceil(needed),
            suggested=math.ceil(2 * needed),
        ),
        file=sys.stderr,
    )
    return None


def _number(count: int, lang: str) -> str:
    """A count with thousands separated as the language writes them (5.049.255 / 5,049,255)."""
    text = f"{count:,}"
    return text.replace(",", ".") if lang == "da" else text
