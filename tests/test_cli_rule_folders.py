"""``respite solve`` and ``respite check`` agree on every v2 rule folder: the plan the command
line writes for each tiny scenario of ``tests/data/rules`` that exercises a version-2 rule
(FORMAT.md, marked *(v2)*) is one that the command line's own checker accepts."""

from __future__ import annotations

from pathlib import Path

import pytest

from scheduler.cli import main

RULES = Path(__file__).parent / "data" / "rules"

# The rule folders for FORMAT.md version 2 (registered in tests/domain/test_checker.py)
V2_FOLDERS = (
    "acute_centre_kinds",
    "acute_eligibility",
    "acute_not_counting",
    "departure_weekday",
    "grant_year",
    "grant_year_leap",
    "grant_year_used_nights",
    "min_stay",
    "reason_acute_eligibility",
    "reason_acute_not_counting",
    "reason_annual_limit_before_stays_limit",
    "reason_arrival_day_departure",
    "reason_no_suitable_centre_acute",
    "reason_stay_limit_min",
    "reason_stays_limit",
    "stays_limit",
    "stays_limit_used",
)


def test_every_v2_folder_is_there() -> None:
    assert all((RULES / name / "scenario.toml").is_file() for name in V2_FOLDERS)


@pytest.mark.parametrize("solver", [None, "greedy"], ids=["default", "greedy"])
@pytest.mark.parametrize("name", V2_FOLDERS)
def test_respite_solve_and_respite_check_agree(
    name: str, solver: str | None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, plan = RULES / name, tmp_path / "plan.csv"
    options = [] if solver is None else ["--solver", solver]
    assert main(["solve", str(folder), "--out", str(plan), "--time-limit", "10", *options]) == 0
    assert plan.is_file()
    capsys.readouterr()
    assert main(["check", str(folder), str(plan), "--lang", "en"]) == 0, capsys.readouterr().out
