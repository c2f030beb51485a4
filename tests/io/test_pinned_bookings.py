"""Pinned bookings that break a rule are input errors that name them (FORMAT.md, objective 1)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from scheduler.cli import main
from scheduler.domain.faults import ScenarioError
from scheduler.io.fault_text import format_fault
from scheduler.io.scenario_reader import read_scenario

DATA = Path(__file__).parents[1] / "data"


def test_pinned_bookings_that_break_rules_are_named() -> None:
    with pytest.raises(ScenarioError) as caught:
        read_scenario(DATA / "pinned-broken")
    assert [format_fault(f, "en") for f in caught.value.faults] == [
        "bookings.csv, row 2, column request_id: the pinned booking breaks a rule: "
        "Request R1: C2 lacks demens, which the person needs.",
        "bookings.csv, row 3, column request_id: the pinned booking breaks a rule: "
        "Request R5: arrival 2027-03-05 is 4 days from the wished 2027-03-01; "
        "at most 3 days are allowed.",
    ]


def test_pinned_bookings_that_keep_the_rules_are_accepted() -> None:
    scenario = read_scenario(DATA / "valid")
    assert [b.request_id for b in scenario.bookings if b.pinned] == ["R1"]


def test_solve_refuses_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "plan.csv"
    assert main(["solve", str(DATA / "pinned-broken"), "--out", str(out)]) == 2
    assert not out.exists()
    err = capsys.readouterr().err
    assert "bookings.csv, række 2, kolonne request_id: den fastlåste booking bryder en regel" in err
    assert "Traceback" not in err


def test_a_pinned_booking_is_named_by_its_row_as_the_spreadsheet_shows_it(
    tmp_path: Path,
) -> None:
    """A blank line before the booking still counts as a row (the header is row 1)."""
    folder = tmp_path / "scenario"
    shutil.copytree(DATA / "pinned-broken", folder)
    lines = (folder / "bookings.csv").read_text(encoding="utf-8").splitlines()
    (folder / "bookings.csv").write_text("\n".join([lines[0], "", *lines[1:]]) + "\n")
    with pytest.raises(ScenarioError) as caught:
        read_scenario(folder)
    assert [(f.row, f.value) for f in caught.value.faults] == [(3, "R1"), (4, "R5")]
