"""``respite solve`` and ``respite check`` with day-centre places and relief at home: plan.csv
as before, day_plan.csv beside it with a short summary, and check catching a broken day plan
and a visit over its grant, with the exit codes of FORMAT.md."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from scheduler.cli import main
from scheduler.io.day_plan_csv import DAY_PLAN_COLUMNS

DATA = Path(__file__).parent / "data"
VALID = DATA / "valid"
DAYCARE = DATA / "daycare_rules"
RELIEF = DATA / "relief_rules"
DEMO = Path(__file__).parents[1] / "data" / "demo" / "haderslev-2027"

SEATS = "centre_id,weekday,seats\nD1,1,1\nD1,2,1\n"
WISHES = (
    "wish_id,person_id,received,first_day,days_per_week,weekdays\n"
    "W1,P1,2026-12-01,2027-03-01,1,1;2\nW2,P2,2026-12-02,2027-03-01,1,1\n"
    "W3,P3,2026-12-03,2027-03-01,1,1\n"
)


def with_services(tmp_path: Path) -> Path:
    """The valid scenario with a day centre, three wishes and a relief grant with visits."""
    folder = tmp_path / "scenario"
    shutil.copytree(VALID, folder)
    with (folder / "centres.csv").open("a", encoding="utf-8") as handle:
        handle.write("D1,Dagcenter (fiktivt),dagcenter,0,demens;lift\n")
    (folder / "day_centre_seats.csv").write_text(SEATS)
    (folder / "day_centre_wishes.csv").write_text(WISHES)
    (folder / "relief_grants.csv").write_text(
        "grant_id,person_id,start,hours_per_week\nG1,P2,2027-03-01,3\n"
    )
    (folder / "relief_visits.csv").write_text(
        "visit_id,grant_id,date,start,end\nV1,G1,2027-03-02,10:00,12:00\n"
    )
    return folder


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_the_scenario_has_the_persons_the_services_name() -> None:
    persons = (VALID / "persons.csv").read_text()
    assert all(f"\nP{n}," in persons for n in (1, 2, 3))
    assert "dagcenter" not in (VALID / "centres.csv").read_text()


@pytest.mark.parametrize("solver", ["greedy", "cpsat"])
def test_plan_csv_is_the_same_with_or_without_the_services(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], solver: str
) -> None:
    plain, services = tmp_path / "plain" / "plan.csv", tmp_path / "services" / "plan.csv"
    plain.parent.mkdir()
    services.parent.mkdir()
    folder = with_services(tmp_path)
    assert run(capsys, "solve", str(VALID), "--out", str(plain), "--solver", solver)[0] == 0
    assert run(capsys, "solve", str(folder), "--out", str(services), "--solver", solver)[0] == 0
    assert plain.read_bytes() == services.read_bytes()
    assert not (plain.parent / "day_plan.csv").exists()
    assert (services.parent / "day_plan.csv").is_file()


def test_solve_writes_the_day_plan_and_a_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, out = with_services(tmp_path), tmp_path / "out" / "mine.csv"
    out.parent.mkdir()
    code, printed, _ = run(capsys, "solve", str(folder), "--out", str(out), "--solver", "greedy")
    assert code == 0
    day_plan = (out.parent / "day_plan.csv").read_text().splitlines()
    assert day_plan == [
        ",".join(DAY_PLAN_COLUMNS),
        "W1,P1,granted,D1,2,2027-03-02,,",
        "W2,P2,granted,D1,1,2027-03-01,,",
        "W3,P3,waiting,,,,1,capacity",
    ]
    assert "Dagcenter: 3 ønsker; 2 har plads" in printed
    assert "1 på venteliste" in printed and "Venteliste: 1. W3" in printed
    assert "D1 Dagcenter (fiktivt): mandag 1/1, tirsdag 1/1" in printed
    assert "Afløsning i hjemmet: 1 bevillinger, 1 besøg, 2 timer; 0 brudte regler" in printed
    assert "Dagplanen er skrevet til" in printed
    code, printed, _ = run(capsys, "check", str(folder), str(out), "--lang", "en")
    assert code == 0
    assert "The day plan (3 wishes) and relief at home (1 visits) keep every rule." in printed


def test_solve_in_english(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder, out = with_services(tmp_path), tmp_path / "plan.csv"
    code, printed, _ = run(
        capsys, "solve", str(folder), "--out", str(out), "--solver", "greedy", "--lang", "en"
    )
    assert code == 0
    assert "Day centre: 3 wishes; 2 have a place" in printed
    assert "Waiting list: 1. W3" in printed and "The best possible allocation (proven)" in printed


def test_check_catches_a_broken_day_plan(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "order"
    shutil.copytree(DAYCARE / "order", folder)
    (folder / "plan.csv").write_text(
        "request_id,person_id,status,centre_id,bed,start,end,nights,reason\n"
    )
    shutil.copy(folder / "day_plan-broken.csv", folder / "day_plan.csv")
    code, printed, _ = run(capsys, "check", str(folder), str(folder / "plan.csv"), "--lang", "en")
    assert code == 1
    assert printed.strip().splitlines() == [
        "Day-centre wish W1 is waiting, but could have a place at D1 (Monday) given the places"
        " granted before it in the queue."
    ]
    shutil.copy(folder / "day_plan-kept.csv", folder / "day_plan.csv")
    assert run(capsys, "check", str(folder), str(folder / "plan.csv"))[0] == 0


def test_check_reads_a_flawed_day_plan_row_by_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "seats"
    shutil.copytree(DAYCARE / "seats", folder)
    (folder / "plan.csv").write_text(
        "request_id,person_id,status,centre_id,bed,start,end,nights,reason\n"
    )
    (folder / "day_plan.csv").write_text(
        ",".join(DAY_PLAN_COLUMNS) + "\n"
        "W1,P1,granted,D1,1;9,2027-01-04,,\n"
        "W2,P2,refused,,,,,capacity\n"
    )
    code, printed, _ = run(capsys, "check", str(folder), str(folder / "plan.csv"), "--lang", "en")
    assert code == 1
    lines = printed.strip().splitlines()
    assert lines[0].startswith("day_plan.csv, row 2, column weekdays:")
    assert lines[1].startswith("day_plan.csv, row 3, column reason:")
    assert len(lines) == 2  # rows that could not be read are not also missing


def test_check_catches_a_visit_over_its_grant(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "hours"
    shutil.copytree(RELIEF / "hours_week", folder)
    plan = folder / "plan.csv"
    plan.write_text("request_id,person_id,status,centre_id,bed,start,end,nights,reason\n")
    code, printed, _ = run(capsys, "check", str(folder), str(plan), "--lang", "en")
    assert code == 0 and "relief at home (2 visits) keep every rule" in printed
    shutil.copy(folder / "relief_visits-broken.csv", folder / "relief_visits.csv")
    code, printed, _ = run(capsys, "check", str(folder), str(plan), "--lang", "en")
    assert code == 1
    assert printed.strip().splitlines() == [
        "Grant G1: the visits of 2027-01-04 – 2027-01-10 last 4 hours; the grant gives 3"
        " (hours cannot be saved up)."
    ]


def test_an_invalid_service_table_is_invalid_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = with_services(tmp_path)
    (folder / "relief_visits.csv").write_text(
        "visit_id,grant_id,date,start,end\nV1,G1,2027-03-02,10:00,09:00\n"
    )
    out = tmp_path / "plan.csv"
    code, _, err = run(capsys, "solve", str(folder), "--out", str(out), "--lang", "en")
    assert code == 2 and not out.exists() and not (tmp_path / "day_plan.csv").exists()
    assert "relief_visits.csv, row 2, column end:" in err
    code, _, err = run(capsys, "check", str(folder), str(out))
    assert code == 2


def test_the_demo_solves_and_checks_with_both_services(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "plan.csv"
    code, printed, _ = run(
        capsys, "solve", str(DEMO), "--out", str(out), "--solver", "greedy", "--lang", "en"
    )
    assert code == 0
    assert "Day centre: 65 wishes; 53 have a place" in printed
    assert "8 waiting" in printed and "The best possible allocation (proven)" in printed
    assert "Relief at home: 24 grants, 670 visits" in printed
    code, printed, _ = run(capsys, "check", str(DEMO), str(out), "--lang", "en")
    assert code == 0, printed


def test_profile_show_names_both_services(capsys: pytest.CaptureFixture[str]) -> None:
    _, haderslev, _ = run(capsys, "profile", "show", "haderslev")
    assert "Dagcenter: pladser på steder af typen dagcenter, højst 2 dage om ugen" in haderslev
    assert "højst 3 timer pr. uge eller 6 timer pr. 14 dage" in haderslev
    assert "Afløsning i hjemmet kan gives på alle tider af døgnet." in haderslev
    _, randers, _ = run(capsys, "profile", "show", "randers", "--lang", "en")
    assert "The profile offers no day-centre places." in randers
    assert "No relief at home at night (23:00–07:00)." in randers
    assert "each grant carries its own hours" in randers
