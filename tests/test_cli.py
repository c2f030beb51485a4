"""The ``respite`` command as a case worker uses it: solve, check and generate, in Danish and
English, with the exit codes of FORMAT.md."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from scheduler.cli import main
from scheduler.io.plan_csv import PLAN_COLUMNS

DATA = Path(__file__).parent / "data"
VALID = DATA / "valid"


def test_solve_writes_the_plan_and_a_danish_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "plan.csv"
    assert main(["solve", str(VALID), "--out", str(out), "--time-limit", "10"]) == 0
    printed = capsys.readouterr().out
    assert "Rettidige" in printed and "Sene sommerønsker" in printed and "Akut" in printed
    assert "bevist optimal" in printed
    with out.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert tuple(rows[0]) == PLAN_COLUMNS
    assert [r["request_id"] for r in rows] == ["R1", "R2", "R3", "R4", "R5"]


def test_solve_speaks_english_on_request(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RESPITE_LANG", "en")
    out = tmp_path / "plan.csv"
    assert main(["solve", str(VALID), "--out", str(out), "--solver", "greedy"]) == 0
    printed = capsys.readouterr().out
    assert "Late summer wishes" in printed
    assert "first come, first served" in printed


def test_check_accepts_the_solvers_plan(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "plan.csv"
    main(["solve", str(VALID), "--out", str(out)])
    capsys.readouterr()
    assert main(["check", str(VALID), str(out), "--lang", "en"]) == 0
    assert "keeps every rule" in capsys.readouterr().out


def test_check_lists_violations_with_exit_1(capsys: pytest.CaptureFixture[str]) -> None:
    folder = DATA / "rules" / "capacity"
    assert main(["check", str(folder), str(folder / "plan-broken.csv")]) == 1
    lines = capsys.readouterr().out.strip().splitlines()
    # One line per violation and nothing else (FORMAT.md, "The command line").
    assert len(lines) == 1
    assert "C1" in lines[0]


def test_invalid_input_exits_2_lists_every_fault_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "plan.csv"
    assert main(["solve", str(DATA / "broken" / "several-faults"), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert not out.exists()
    assert "Traceback" not in err
    assert len([line for line in err.splitlines() if ", række " in line]) >= 2


def test_generate_writes_a_scenario_that_solves(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "s"
    assert main(["generate", "--size", "S", "--seed", "3", str(folder)]) == 0
    assert "450" in capsys.readouterr().out
    out = tmp_path / "plan.csv"
    assert main(["solve", str(folder), "--out", str(out), "--solver", "greedy"]) == 0
    capsys.readouterr()
    assert main(["check", str(folder), str(out)]) == 0


def test_solve_reads_a_workbook(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    workbook = tmp_path / "scenario.xlsx"
    assert main(["generate", "--size", "S", "--seed", "4", str(workbook)]) == 0
    out = tmp_path / "plan.csv"
    assert main(["solve", str(workbook), "--out", str(out), "--solver", "greedy"]) == 0
    assert out.exists()


def test_language_may_come_before_or_after_the_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "plan.csv"
    for argv in (["--lang", "en", "solve"], ["solve", "--lang", "en"]):
        assert main([*argv, str(VALID), "--out", str(out), "--solver", "greedy"]) == 0
        assert "Late summer wishes" in capsys.readouterr().out


def test_an_output_that_cannot_be_written_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "missing-folder" / "plan.csv"
    assert main(["solve", str(VALID), "--out", str(out), "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert "nothing was written" in err and "Traceback" not in err
    assert not out.parent.exists()


def _check_capacity_plan(folder: Path, rows: list[str]) -> int:
    """``respite check`` of the capacity rule scenario against a plan of ``rows``."""
    plan = folder / "plan.csv"
    plan.write_text("\n".join([",".join(PLAN_COLUMNS), *rows]) + "\n", encoding="utf-8")
    return main(["check", str(DATA / "rules" / "capacity"), str(plan), "--lang", "en"])


def test_check_reports_a_flawed_plan_file_as_violations_with_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A plan row that breaks FORMAT.md's plan format is a violation like any other: one line
    each, exit 1 (exit 2 is for a scenario that cannot be used)."""
    rows = ["R1,P1,granted,C1,1,2027-03-01,2027-03-05,5,", "R2,P2,rejected,,,,,4,capacity"]
    assert _check_capacity_plan(tmp_path, rows) == 1
    out, err = capsys.readouterr()
    assert out.strip().splitlines() == [
        'plan.csv, row 2, column nights: "5" does not match start and end',
        "plan.csv, row 3, column nights: a rejected request must not have a number of nights",
    ]
    assert err == ""


def test_check_does_not_call_an_unreadable_row_missing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = ["R1,P1,granted,C1,1,2027-03-01,2027-03-05,4,", "R2,P2,rejected,,,,,,full"]
    assert _check_capacity_plan(tmp_path, rows) == 1
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines == ['plan.csv, row 3, column reason: "full" is not a known reason for rejection']


def test_a_flex_window_at_its_bound_is_planned_and_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``flex_days`` may be up to 366 (docs/scenario-format.md, "Bounds"); only the starts
    inside the horizon matter, so a window reaching past the horizon is no error. A wider one
    is a located fault, not a traceback."""
    folder = tmp_path / "scenario"
    shutil.copytree(VALID, folder)
    requests = (folder / "requests.csv").read_text(encoding="utf-8")
    wide = requests.replace(
        "R3,P3,2027-01-10,2027-02-01,2027-02-08,,",
        "R3,P3,2027-01-10,2027-02-01,2027-02-08,366,",
    )
    assert wide != requests
    (folder / "requests.csv").write_text(wide, encoding="utf-8")
    out = tmp_path / "plan.csv"
    assert main(["solve", str(folder), "--out", str(out), "--solver", "greedy"]) == 0
    capsys.readouterr()
    assert main(["check", str(folder), str(out)]) == 0
    capsys.readouterr()
    (folder / "requests.csv").write_text(wide.replace(",366,", ",3000000,"), encoding="utf-8")
    assert main(["solve", str(folder), "--out", str(out), "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert 'requests.csv, row 4, column flex_days: "3000000" is too large; at most 366' in err
    assert "Traceback" not in err
