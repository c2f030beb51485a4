"""Ids a case worker can trust: no invisible characters (shown visibly when found) and no CPR
number as a person's id (the message asks for the case number and never repeats the CPR)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from scheduler.cli import main
from scheduler.domain.faults import Fault, ScenarioError
from scheduler.io.fault_text import fault_table, format_fault
from scheduler.io.scenario_reader import read_scenario
from scheduler.io.text_checks import looks_like_cpr, visible

VALID = Path(__file__).parents[1] / "data" / "valid"


def copy(tmp_path: Path) -> Path:
    return Path(shutil.copytree(VALID, tmp_path / "s"))


def replace_in(folder: Path, file: str, old: str, new: str) -> None:
    path = folder / file
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")


def faults_of(folder: Path) -> tuple[Fault, ...]:
    with pytest.raises(ScenarioError) as raised:
        read_scenario(folder)
    return raised.value.faults


@pytest.mark.parametrize(
    ("char", "shown"),
    [
        ("\u200b", "<U+200B>"),  # zero-width space
        ("\u00a0", "<U+00A0>"),  # no-break space
        ("\ufeff", "<U+FEFF>"),  # byte-order mark inside a cell
        ("\u00ad", "<U+00AD>"),  # soft hyphen
    ],
)
def test_an_invisible_character_in_an_id_is_refused_and_shown(
    tmp_path: Path, char: str, shown: str
) -> None:
    folder = copy(tmp_path)
    replace_in(folder, "persons.csv", "\nP2,", f"\nP{char}2,")

    found = faults_of(folder)

    first = found[0]
    assert (first.file, first.row, first.column, first.code) == (
        "persons.csv",
        3,
        "person_id",
        "value.invisible_character",
    )
    line = format_fault(first, "en")
    assert f'"P{shown}2"' in line and char not in line
    assert shown in line.split(":", 1)[1]
    assert fault_table([first])[0]["value"] == f"P{shown}2"


def test_an_invisible_character_in_a_reference_is_shown_visibly(tmp_path: Path) -> None:
    folder = copy(tmp_path)
    replace_in(folder, "requests.csv", "R2,P2,", "R2,P2\u200b,")

    lines = [format_fault(fault, "en") for fault in faults_of(folder)]

    assert 'requests.csv, row 3, column person_id: "P2<U+200B>" does not exist in persons.csv' in (
        lines
    )


def test_ids_keep_ordinary_characters() -> None:
    assert visible("Plejecenter Søly, Nord – æøå 1/2") == "Plejecenter Søly, Nord – æøå 1/2"


@pytest.mark.parametrize(
    "text",
    ["010190-1234", "0101901234", "311299 1234", "290200-4321", "P-010190-1234"],
)
def test_cpr_numbers_are_recognised(text: str) -> None:
    assert looks_like_cpr(text)


@pytest.mark.parametrize(
    "text",
    ["P0001", "R00001", "A-2027-11-30-1", "320190-1234", "011390-1234", "290201-1234", "12345"],
)
def test_case_numbers_are_not_cpr_numbers(text: str) -> None:
    assert not looks_like_cpr(text)


@pytest.mark.parametrize("cpr", ["010190-1234", "0101901234"])
def test_a_cpr_number_as_person_id_is_refused_asking_for_the_case_number(
    tmp_path: Path, cpr: str
) -> None:
    folder = copy(tmp_path)
    replace_in(folder, "persons.csv", "\nP2,", f"\n{cpr},")
    replace_in(folder, "requests.csv", ",P2,", f",{cpr},")

    found = faults_of(folder)

    assert [(f.file, f.row, f.column, f.code) for f in found] == [
        ("persons.csv", 3, "person_id", "person.cpr_number"),
        ("requests.csv", 3, "person_id", "person.cpr_number"),
        ("requests.csv", 6, "person_id", "person.cpr_number"),
    ]
    lines = [format_fault(fault, "da") for fault in found]
    assert all(cpr not in line and "1234" not in line for line in lines)
    assert "sagsnummer" in lines[0]
    assert "case number" in format_fault(found[0], "en")
    assert all(cpr not in row["value"] for row in fault_table(found))


def test_a_cpr_number_in_requests_only_is_refused_without_repeating_it(tmp_path: Path) -> None:
    folder = copy(tmp_path)
    replace_in(folder, "requests.csv", "R2,P2,", "R2,010190-1234,")

    found = faults_of(folder)

    assert [(f.file, f.row, f.column, f.code) for f in found] == [
        ("requests.csv", 3, "person_id", "person.cpr_number"),
    ]


def test_the_cli_refuses_a_cpr_number_with_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = copy(tmp_path)
    replace_in(folder, "persons.csv", "\nP2,", "\n0101901234,")
    replace_in(folder, "requests.csv", ",P2,", ",0101901234,")
    out = tmp_path / "plan.csv"

    assert main(["solve", str(folder), "--out", str(out), "--lang", "en"]) == 2

    err = capsys.readouterr().err
    assert "persons.csv, row 3, column person_id:" in err and "0101901234" not in err
    assert "Traceback" not in err and not out.exists()
