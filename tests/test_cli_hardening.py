"""The command line against hostile input and a hostile machine (issue 17): values beyond
their bounds, a bad ``--db``, encrypted zips, hostile ids in every export, inputs too large
for the memory or the time limit, and files that cannot be written. Every case is one clear
line (Danish by default), exit 2, no traceback, and nothing half-written left behind."""

from __future__ import annotations

import errno
import io
import os
import shutil
import stat
import struct
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import openpyxl
import pytest

from scheduler.cli import main
from scheduler.io import atomic
from scheduler.io.atomic import NotRegularFileError, write_atomically
from scheduler.io.plan_csv import read_plan_file

DATA = Path(__file__).parent / "data"
VALID = DATA / "valid"


def copy(tmp_path: Path, name: str = "s") -> Path:
    return Path(shutil.copytree(VALID, tmp_path / name))


def replace_in(folder: Path, file: str, old: str, new: str) -> None:
    path = folder / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def db_of(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'respite.db'}"


# --- point 1: bounds, through solve and import -------------------------------------------


@pytest.mark.parametrize(
    ("file", "old", "new", "line"),
    [
        (
            "centres.csv",
            "plejecenter,2,",
            "plejecenter,1000000000,",
            'centres.csv, række 2, kolonne beds: "1000000000" er for stort; højst 1000',
        ),
        (
            "requests.csv",
            "2,planned,1,C1",
            "2,planned,100000000000000000000,C1",
            'requests.csv, række 2, kolonne priority: "100000000000000000000" er for stort;'
            " højst 1000000",
        ),
        (
            "persons.csv",
            "Testborger Et",
            "Test\x00borger",
            'persons.csv, række 2, kolonne name: teksten "Test<U+0000>borger (fiktiv)"'
            " indeholder et styretegn (<U+0000>), som ikke kan gemmes; fjern det",
        ),
        (
            "persons.csv",
            "\nP3,",
            "\nP" + "x" * 80 + ",",
            "persons.csv, række 4, kolonne person_id: teksten har 81 tegn; den må højst have 64",
        ),
        (
            "persons.csv",
            "Testborger To (fiktiv)",
            "N" * 201,
            "persons.csv, række 3, kolonne name: teksten har 201 tegn; den må højst have 200",
        ),
    ],
)
@pytest.mark.parametrize("command", ["solve", "import"])
def test_a_value_beyond_its_bound_is_refused_by_solve_and_import(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    command: str,
    file: str,
    old: str,
    new: str,
    line: str,
) -> None:
    folder = copy(tmp_path)
    replace_in(folder, file, old, new)
    out = tmp_path / "plan.csv"
    argv = ["solve", str(folder), "--out", str(out)]
    if command == "import":
        argv = ["import", str(folder), "--db", db_of(tmp_path)]

    code, _, err = run(argv, capsys)

    assert code == 2
    assert line in err.splitlines()
    assert "Traceback" not in err and not out.exists()


# --- point 2: a bad --db, an encrypted zip, an unexpected error ---------------------------


@pytest.mark.parametrize(
    ("url", "danish", "english"),
    [
        (
            "mysql://case:secret@db.example/respite",
            'Databasen "mysql://case:***@db.example/respite" kan ikke bruges: respite bruger'
            " kun SQLite og PostgreSQL, ikke mysql.",
            'The database "mysql://case:***@db.example/respite" cannot be used: respite uses'
            " only SQLite and PostgreSQL, not mysql.",
        ),
        (
            "not a url",
            "Databasen --db kan ikke bruges: det er ikke en database-URL.",
            "The database --db cannot be used: it is not a database URL.",
        ),
        (
            "postgresql+nosuchdriver://host/db",
            'Databasen "postgresql+nosuchdriver://host/db" kan ikke bruges: driveren'
            " postgresql+nosuchdriver er ikke installeret.",
            'The database "postgresql+nosuchdriver://host/db" cannot be used: the driver'
            " postgresql+nosuchdriver is not installed.",
        ),
    ],
)
@pytest.mark.parametrize("command", [["versions"], ["import", str(VALID)], ["db", "upgrade"]])
def test_a_bad_database_url_is_one_clear_line(
    capsys: pytest.CaptureFixture[str], command: list[str], url: str, danish: str, english: str
) -> None:
    code, out, err = run([*command, "--db", url], capsys)
    assert code == 2 and out == ""
    assert err.splitlines()[0].startswith(danish)
    assert len(err.splitlines()) == 1 and "secret" not in err

    code, _, err = run([*command, "--db", url, "--lang", "en"], capsys)
    assert code == 2 and err.splitlines()[0].startswith(english)


def test_a_bad_database_url_from_the_environment(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RESPITE_DB", "mysql://x@y/z")
    code, _, err = run(["versions", "--lang", "en"], capsys)
    assert code == 2
    assert err.startswith('The database "mysql://x@y/z" cannot be used')


def _encrypted_zip(folder: Path, member: str) -> bytes:
    """A zip of ``folder`` whose ``member`` is marked encrypted, as a password-protected zip
    from Windows' Explorer or 7-Zip is."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for path in sorted(folder.iterdir()):
            archive.writestr(path.name, path.read_bytes())
    data = bytearray(buffer.getvalue())
    for signature, flags_at, name_at, length_at in (
        (b"PK\x03\x04", 6, 30, 26),
        (b"PK\x01\x02", 8, 46, 28),
    ):
        start = 0
        while (start := data.find(signature, start)) >= 0:
            (length,) = struct.unpack_from("<H", data, start + length_at)
            if data[start + name_at : start + name_at + length] == member.encode():
                struct.pack_into("<H", data, start + flags_at, 0x1)
            start += 4
    return bytes(data)


def test_an_encrypted_zip_member_is_a_located_fault(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    scenario = tmp_path / "s.zip"
    scenario.write_bytes(_encrypted_zip(VALID, "requests.csv"))

    code, _, err = run(["solve", str(scenario), "--out", str(tmp_path / "p.csv")], capsys)

    assert code == 2
    assert err.splitlines() == [
        "Inddata har fejl; der er ikke skrevet noget:",
        "requests.csv: filen er krypteret (beskyttet med adgangskode); lav zip-filen igen uden"
        " adgangskode",
    ]


def test_an_unexpected_error_is_one_line_without_its_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing(path: Path) -> None:
        raise ValueError("Testborger Et (fiktiv), 010190-1234")

    monkeypatch.setattr("scheduler.cli.engine.read_scenario_with_services", failing)
    monkeypatch.delenv("RESPITE_DEBUG", raising=False)

    code, out, err = run(["solve", str(VALID), "--out", str(tmp_path / "p.csv")], capsys)

    assert code == 3 and out == ""
    assert err.splitlines() == [
        "respite solve stoppede ved en uventet fejl (ValueError); der er ikke skrevet noget."
        " Fejlen er logget uden personoplysninger.",
    ]


def test_an_unexpected_error_is_logged_by_its_type_only(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    def failing(path: Path) -> None:
        raise ValueError("Testborger Et (fiktiv)")

    monkeypatch.setattr("scheduler.cli.engine.read_scenario_with_services", failing)
    monkeypatch.delenv("RESPITE_DEBUG", raising=False)

    run(["solve", str(VALID), "--out", str(tmp_path / "p.csv")], capsys)

    assert [record.getMessage() for record in caplog.records] == [
        "respite solve failed: ValueError"
    ]


# --- point 5: hostile ids through solve, check and export ---------------------------------


def hostile_folder(tmp_path: Path) -> Path:
    """The valid scenario with ids a spreadsheet would run: ``=R1``, ``-P2``, ``@C2``."""
    folder = copy(tmp_path, "hostile")
    for file in ("requests.csv", "bookings.csv"):
        replace_in(folder, file, "\nR1,", "\n=R1,")
    replace_in(folder, "persons.csv", "\nP2,", "\n-P2,")
    replace_in(folder, "requests.csv", ",P2,", ",-P2,")
    replace_in(folder, "centres.csv", "\nC2,", "\n@C2,")
    replace_in(folder, "requests.csv", ",C2\n", ",@C2\n")
    return folder


def test_hostile_ids_round_trip_through_solve_and_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = hostile_folder(tmp_path)
    out = tmp_path / "plan.csv"

    assert run(["solve", str(folder), "--out", str(out)], capsys)[0] == 0

    text = out.read_text(encoding="utf-8")
    assert '"\'=R1",P1,' in text and ',"\'-P2",' in text
    assert not any(line.startswith(("=", "-", "+", "@")) for line in text.splitlines())
    plan = read_plan_file(out).plan
    assert plan is not None and {d.request_id for d in plan.decisions} >= {"=R1"}
    code, printed, _ = run(["check", str(folder), str(out), "--lang", "en"], capsys)
    assert code == 0 and "keeps every rule" in printed


@pytest.mark.parametrize("centre", [None, "@C2"])
def test_exports_hold_hostile_ids_as_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], centre: str | None
) -> None:
    folder = hostile_folder(tmp_path)
    db = db_of(tmp_path)
    assert run(["import", str(folder), "--db", db], capsys)[0] == 0
    assert run(["plan", "--db", db, "--solver", "greedy"], capsys)[0] == 0
    only = [] if centre is None else [f"--centre={centre}"]
    workbook, plan = tmp_path / "plan.xlsx", tmp_path / "plan.csv"

    assert run(["export", str(workbook), "--db", db, *only], capsys)[0] == 0
    assert run(["export", str(plan), "--db", db, *only], capsys)[0] == 0

    book = openpyxl.load_workbook(workbook)
    cells = [cell for sheet in book.worksheets for row in sheet.iter_rows() for cell in row]
    assert not [cell.coordinate for cell in cells if cell.data_type == "f"]
    hostile = [c for c in cells if isinstance(c.value, str) and c.value[:1] in "=-+@"]
    assert hostile and all(c.data_type == "s" and c.quotePrefix for c in hostile)
    text = plan.read_text(encoding="utf-8")
    assert not any(line.startswith(("=", "-", "+", "@")) for line in text.splitlines())
    assert not any(",=" in line or ",-" in line or ",@" in line for line in text.splitlines())


# --- point 7: inputs too large ------------------------------------------------------------


def test_too_many_requests_are_refused_at_once_naming_the_count(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = copy(tmp_path)
    rows = "".join(f"X{i},P1,2027-01-01,2027-03-01,2027-03-02,,,,\n" for i in range(100_001))
    header = "request_id,person_id,received,start,end,flex_days,kind,priority,preferred_centre\n"
    (folder / "requests.csv").write_text(header + rows, encoding="utf-8")

    code, _, err = run(["solve", str(folder), "--out", str(tmp_path / "p.csv")], capsys)

    assert code == 2
    assert (
        "requests.csv: tabellen har 100001 rækker; respite kan højst håndtere 100000 (inden for"
        " 2 GiB hukommelse); del scenariet op"
    ) in err.splitlines()


def test_too_many_candidate_stays_are_refused_naming_the_count(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("scheduler.io.scenario_reader.MAX_CHOICES", 10)

    code, _, err = run(["import", str(VALID), "--db", db_of(tmp_path), "--lang", "en"], capsys)

    assert code == 2
    (line,) = [line for line in err.splitlines() if line.startswith("requests.csv")]
    assert line.startswith("requests.csv: the requests offer about ")
    assert line.endswith(
        " candidate stays (request × suitable centre × arrival day); respite handles at most"
        " 10 within 2 GiB of memory; split the scenario"
    )


def test_a_scenario_too_large_for_the_time_limit_is_refused_at_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Compiling is estimated from the candidate stays; here each is made to cost a second."""
    monkeypatch.setattr("scheduler.cli.time_budget.SECONDS_PER_CANDIDATE", 1.0)
    out = tmp_path / "plan.csv"

    code, printed, err = run(
        ["solve", str(VALID), "--out", str(out), "--time-limit", "5", "--lang", "en"], capsys
    )

    assert code == 2 and printed == "" and not out.exists()
    (line,) = err.splitlines()
    assert line.startswith("The scenario is too large for --time-limit 5: 5 requests with about ")
    assert "Give --time-limit " in line and line.endswith("Nothing was written.")


def test_the_time_spent_reading_is_taken_from_the_time_limit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import scheduler.cli.engine as engine

    given: list[float] = []
    real_solve, real_read = engine.solve, engine.read_scenario_with_services

    def slow_read(path: Path) -> object:
        import time

        time.sleep(0.3)
        return real_read(path)

    def spy(scenario: object, **options: object) -> object:
        given.append(float(options["time_limit"]))  # type: ignore[arg-type]
        return real_solve(scenario, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(engine, "read_scenario_with_services", slow_read)
    monkeypatch.setattr(engine, "solve", spy)

    args = ["solve", str(VALID), "--out", str(tmp_path / "p.csv"), "--time-limit", "10"]
    assert run([*args, "--solver", "greedy"], capsys)[0] == 0
    assert 9.0 < given[0] <= 9.7


# --- point 8: files written safely --------------------------------------------------------


@pytest.fixture
def devices_kept(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A net under the device test: should the code under test ever try to rename a file
    over something in ``/dev`` (as it once did, run as root), the rename fails instead, and
    any file it left in ``/dev`` is removed."""
    real_replace, real_rename = os.replace, os.rename

    def guarded(real: Callable[..., None]) -> Callable[..., None]:
        def move(source: object, target: object, *args: object, **kwargs: object) -> None:
            if os.path.realpath(str(target)).startswith("/dev/"):
                raise AssertionError(f"tried to replace {target}")
            real(source, target, *args, **kwargs)

        return move

    monkeypatch.setattr(os, "replace", guarded(real_replace))
    monkeypatch.setattr(os, "rename", guarded(real_rename))
    before = set(Path("/dev").iterdir())
    yield
    for left in set(Path("/dev").iterdir()) - before:
        if left.is_file() and not left.is_symlink():
            left.unlink()


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
def test_a_device_is_never_replaced(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], devices_kept: None
) -> None:
    code, _, err = run(["solve", str(VALID), "--out", "/dev/full", "--lang", "en"], capsys)

    assert code == 2
    assert err.splitlines() == [
        "/dev/full is not a regular file (but e.g. a device or a folder); respite writes only"
        " files and never replaces anything else; nothing was written."
    ]
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


def test_a_pipe_or_a_folder_is_never_replaced(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pipe = tmp_path / "pipe.csv"
    os.mkfifo(pipe)
    folder = tmp_path / "folder.xlsx"
    folder.mkdir()

    for argv in (
        ["solve", str(VALID), "--out", str(pipe)],
        ["generate", "--size", "XS", str(folder)],
    ):
        code, _, err = run([*argv, "--lang", "en"], capsys)
        assert code == 2 and "is not a regular file" in err, argv
    assert stat.S_ISFIFO(os.stat(pipe).st_mode) and folder.is_dir()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder.xlsx", "pipe.csv"]


def _disk_full(path: Path) -> None:
    with path.open("wb") as handle:
        handle.write(b"half a plan")
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_a_full_disk_leaves_nothing_and_names_the_path(tmp_path: Path) -> None:
    target = tmp_path / "plan.csv"

    with pytest.raises(OSError) as raised:
        write_atomically(target, _disk_full)

    assert raised.value.errno == errno.ENOSPC and raised.value.filename == str(target)
    assert list(tmp_path.iterdir()) == []


def test_a_full_disk_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "plan.csv"
    target.write_text("the old plan", encoding="utf-8")

    with pytest.raises(OSError):
        write_atomically(target, _disk_full)

    assert target.read_text(encoding="utf-8") == "the old plan"
    assert list(tmp_path.iterdir()) == [target]


@pytest.mark.parametrize(
    ("argv", "name"),
    [
        (["solve", str(VALID), "--out", "{dir}/plan.csv"], "plan.csv"),
        (["generate", "--size", "XS", "{dir}/s.xlsx"], "s.xlsx"),
        (["generate", "--size", "XS", "{dir}/s"], "s"),
    ],
)
def test_the_cli_on_a_full_disk_says_so_and_leaves_nothing(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
    name: str,
) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    monkeypatch.setattr(atomic, "_sync", _full_at_sync)

    code, _, err = run([arg.replace("{dir}", str(out_dir)) for arg in argv], capsys)

    assert code == 2
    assert err.splitlines() == [f"{out_dir / name}: disken er fuld; der er ikke skrevet noget."]
    assert list(out_dir.iterdir()) == []


def _full_at_sync(path: Path) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_a_letter_on_a_full_disk_leaves_no_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = db_of(tmp_path)
    for argv in (
        ["import", str(VALID)],
        ["plan", "--solver", "greedy"],
        ["publish"],
    ):
        assert run([*argv, "--db", db], capsys)[0] == 0
    out_dir = tmp_path / "letters"
    out_dir.mkdir()
    monkeypatch.setattr(atomic, "_sync", _full_at_sync)

    for argv, name in (
        (["letter", "R1", "--out", str(out_dir / "R1.pdf")], "R1.pdf"),
        (["letter", "R1", "--out", str(out_dir / "R1.html")], "R1.html"),
        (["letters", "R1", "R2", "--out", str(out_dir / "letters.zip")], "letters.zip"),
    ):
        code, _, err = run([*argv, "--db", db, "--lang", "en"], capsys)
        assert code == 2, argv
        assert err.splitlines() == [f"{out_dir / name}: the disk is full; nothing was written."]
    assert list(out_dir.iterdir()) == []


def test_a_letter_is_written_whole(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = db_of(tmp_path)
    for argv in (["import", str(VALID)], ["plan", "--solver", "greedy"], ["publish"]):
        assert run([*argv, "--db", db], capsys)[0] == 0
    out = tmp_path / "R1.pdf"
    out.write_bytes(b"an older letter")
    out.chmod(0o640)

    assert run(["letter", "R1", "--out", str(out), "--db", db], capsys)[0] == 0

    assert out.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(out.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["R1.pdf", "respite.db"]


def test_a_link_to_a_file_is_followed_and_kept(tmp_path: Path) -> None:
    real = tmp_path / "real.csv"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.csv"
    link.symlink_to(real)

    write_atomically(link, lambda temporary: temporary.write_text("new", encoding="utf-8"))

    assert link.is_symlink() and real.read_text(encoding="utf-8") == "new"


def test_a_link_to_a_device_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "link.csv"
    link.symlink_to("/dev/null")

    with pytest.raises(NotRegularFileError):
        write_atomically(link, lambda temporary: temporary.write_text("x", encoding="utf-8"))

    assert link.is_symlink() and list(tmp_path.iterdir()) == [link]


# --- point 10: a CPR number on the command line ------------------------------------------


def test_acute_refuses_a_cpr_number_without_looking_it_up(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = db_of(tmp_path)
    for argv in (["import", str(VALID)], ["plan", "--solver", "greedy"], ["publish"]):
        assert run([*argv, "--db", db], capsys)[0] == 0

    code, out, err = run(
        ["acute", "010190-1234", "--start", "2027-12-01", "--db", db, "--lang", "en"], capsys
    )

    assert code == 2 and out == ""
    assert err.splitlines() == [
        "PERSON_ID: the id looks like a CPR number; use the person's case number instead (CPR"
        " numbers must not appear in plans, calendars, exports or logs)"
    ]
