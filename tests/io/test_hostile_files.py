"""Files that try to break the reader: an unclosed quote, look-alike sheet names, zip bombs,
encrypted members, files and tables beyond their limits. Each is one located fault."""

from __future__ import annotations

import io
import shutil
import struct
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from scheduler.domain.faults import ScenarioError
from scheduler.io import bounds
from scheduler.io.fault_text import format_fault
from scheduler.io.plan_csv import read_plan_file
from scheduler.io.scenario_reader import read_scenario, read_scenario_upload
from scheduler.io.scenario_writer import scenario_workbook
from tests.zips import zip_of

VALID = Path(__file__).parents[1] / "data" / "valid"
MB = 1_000_000


def lines_of(path: Path, lang: str = "en") -> list[str]:
    with pytest.raises(ScenarioError) as raised:
        read_scenario(path)
    return [format_fault(fault, lang) for fault in raised.value.faults]


def upload_lines(name: str, data: bytes, lang: str = "en") -> list[str]:
    with pytest.raises(ScenarioError) as raised:
        read_scenario_upload(name, data)
    return [format_fault(fault, lang) for fault in raised.value.faults]


# --- an unclosed quote -----------------------------------------------------------------------


def test_an_unclosed_quote_is_blamed_on_its_file_and_row(tmp_path: Path) -> None:
    folder = Path(shutil.copytree(VALID, tmp_path / "s"))
    requests = folder / "requests.csv"
    requests.write_text(
        requests.read_text(encoding="utf-8").replace("R2,P2,", 'R2,"P2,'), encoding="utf-8"
    )

    assert lines_of(folder) == [
        'requests.csv, row 3, column person_id: a quote (") opens the cell in line 3 and never'
        ' closes, so the rest of the file would become one cell; add the missing " or remove it',
    ]


def test_an_unclosed_quote_in_danish_excel_csv(tmp_path: Path) -> None:
    folder = Path(shutil.copytree(VALID, tmp_path / "s"))
    persons = folder / "persons.csv"
    text = persons.read_text(encoding="utf-8").replace(",", ";").replace("\n", "\r\n")
    text = text.replace("P3;Testborger Tre", 'P3;"Testborger Tre')
    persons.write_bytes(text.encode("cp1252"))

    assert lines_of(folder, "da") == [
        'persons.csv, række 4, kolonne name: et anførselstegn (") åbner cellen i linje 4 og'
        ' lukkes aldrig, så resten af filen ville blive én celle; tilføj det manglende " eller'
        " fjern det",
    ]


def test_quotes_that_close_are_still_read(tmp_path: Path) -> None:
    folder = Path(shutil.copytree(VALID, tmp_path / "s"))
    persons = folder / "persons.csv"
    persons.write_text(
        persons.read_text(encoding="utf-8").replace(
            "Testborger Et (fiktiv)", '"Testborger ""Et"", fiktiv"'
        ),
        encoding="utf-8",
    )

    assert read_scenario(folder).persons[0].name == 'Testborger "Et", fiktiv'


def test_an_unclosed_quote_in_a_plan_file_is_located(tmp_path: Path) -> None:
    path = tmp_path / "plan.csv"
    path.write_text(
        "request_id,person_id,status,centre_id,bed,start,end,nights,reason\n"
        "R1,P1,rejected,,,,,,capacity\n"
        'R2,"P2,rejected,,,,,,capacity\nR3,P3,rejected,,,,,,capacity\n',
        encoding="utf-8",
    )

    with pytest.raises(ScenarioError) as raised:
        read_plan_file(path)

    (fault,) = raised.value.faults
    assert (fault.file, fault.row, fault.column, fault.code) == (
        "plan.csv",
        3,
        "person_id",
        "csv.unclosed_quote",
    )


# --- sheets whose names differ only in case or spaces ----------------------------------------


def _renamed(data: bytes, old: str, new: str) -> bytes:
    """The workbook ``data`` with sheet ``old`` named ``new`` in ``xl/workbook.xml`` (as a
    program other than Excel may write it: Excel itself refuses names differing in case)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "xl/workbook.xml":
                content = content.replace(f'name="{old}"'.encode(), f'name="{new}"'.encode())
            target.writestr(info, content)
    return buffer.getvalue()


@pytest.mark.parametrize("twin", ["Requests ", "REQUESTS", " requests"])
def test_look_alike_sheets_are_a_fault_naming_both(twin: str) -> None:
    book = scenario_workbook(read_scenario(VALID), "haderslev")
    book.copy_worksheet(book["requests"]).title = "twin"
    buffer = io.BytesIO()
    book.save(buffer)
    data = _renamed(buffer.getvalue(), "twin", twin)

    assert upload_lines("s.xlsx", data) == [
        f'requests: the workbook has several sheets that all read as "requests": "requests",'
        f' "{twin}"; keep one of them',
    ]


def test_one_sheet_in_another_case_is_still_read() -> None:
    book = scenario_workbook(read_scenario(VALID), "haderslev")
    book["requests"].title = "Requests "
    buffer = io.BytesIO()
    book.save(buffer)

    assert read_scenario_upload("s.xlsx", buffer.getvalue()) == read_scenario(VALID)


# --- zips: inflated bytes counted, encrypted members ------------------------------------------


def _valid_files() -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in VALID.iterdir() if path.is_file()}


def _patch_entry(data: bytes, name: str, **fields: int) -> bytes:
    """``data`` with the local and central headers of member ``name`` changed: ``flags``
    and/or ``size`` (the declared uncompressed size)."""
    patched = bytearray(data)
    encoded = name.encode()
    for signature, flags_at, size_at, name_at in (
        (b"PK\x03\x04", 6, 22, 30),
        (b"PK\x01\x02", 8, 24, 46),
    ):
        start = 0
        while (start := patched.find(signature, start)) >= 0:
            length_at = 26 if signature == b"PK\x03\x04" else 28
            (length,) = struct.unpack_from("<H", patched, start + length_at)
            if bytes(patched[start + name_at : start + name_at + length]) == encoded:
                if "flags" in fields:
                    struct.pack_into("<H", patched, start + flags_at, fields["flags"])
                if "size" in fields:
                    struct.pack_into("<I", patched, start + size_at, fields["size"])
            start += 4
    return bytes(patched)


def test_a_member_lying_about_its_size_is_refused_without_inflating_it() -> None:
    files = _valid_files()
    files["requests.csv"] = files["requests.csv"] + b"\n" * (200 * MB)
    data = _patch_entry(zip_of(files), "requests.csv", size=1000)
    assert len(data) < 2 * MB

    tracemalloc.start()
    try:
        lines = upload_lines("s.zip", data)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()

    assert lines in (
        ["requests.csv: the file cannot be read"],
        ["requests.csv: the file is too large; respite reads at most 50 MB per file (unpacked)"],
    )
    assert peak < 20 * MB


def test_a_member_inflating_past_the_limit_is_too_large() -> None:
    files = _valid_files()
    files["requests.csv"] = files["requests.csv"] + b"\n" * (60 * MB)

    assert upload_lines("s.zip", zip_of(files)) == [
        "requests.csv: the file is too large; respite reads at most 50 MB per file (unpacked)",
    ]


def test_an_encrypted_member_is_a_located_fault() -> None:
    data = _patch_entry(zip_of(_valid_files()), "persons.csv", flags=0x1)

    assert upload_lines("s.zip", data, "da") == [
        "persons.csv: filen er krypteret (beskyttet med adgangskode); lav zip-filen igen uden"
        " adgangskode",
    ]


def test_a_workbook_bomb_is_refused() -> None:
    book = scenario_workbook(read_scenario(VALID), "haderslev")
    buffer = io.BytesIO()
    book.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    files = {info.filename: source.read(info) for info in source.infolist()}
    files["xl/sharedStrings.xml"] = b" " * (60 * MB)

    assert upload_lines("s.xlsx", zip_of(files)) == [
        "s.xlsx: the file is too large; respite reads at most 50 MB per file (unpacked)",
    ]


# --- files and tables beyond their limits ----------------------------------------------------


def test_a_file_beyond_the_limit_is_refused_unread(tmp_path: Path) -> None:
    folder = Path(shutil.copytree(VALID, tmp_path / "s"))
    with (folder / "persons.csv").open("r+b") as handle:
        handle.truncate(bounds.MAX_FILE_BYTES + 1)

    assert lines_of(folder) == [
        "persons.csv: the file is too large; respite reads at most 50 MB per file (unpacked)",
    ]


def test_a_table_beyond_its_row_limit_is_refused_naming_the_count(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(bounds.ROW_LIMITS, "requests", 3)

    assert lines_of(VALID) == [
        "requests.csv: the table has 5 rows; respite handles at most 3 (within 2 GiB of"
        " memory); split the scenario",
    ]


def test_a_sheet_beyond_its_row_limit_is_refused_naming_the_count(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    book = scenario_workbook(read_scenario(VALID), "haderslev")
    buffer = io.BytesIO()
    book.save(buffer)
    monkeypatch.setitem(bounds.ROW_LIMITS, "persons", 2)

    assert upload_lines("s.xlsx", buffer.getvalue()) == [
        "persons: the table has 3 rows; respite handles at most 2 (within 2 GiB of memory);"
        " split the scenario",
    ]


def test_an_upload_beyond_the_limit_is_refused() -> None:
    assert upload_lines("s.zip", b"\0" * (bounds.MAX_FILE_BYTES + 1)) == [
        "s.zip: the file is too large; respite reads at most 50 MB per file (unpacked)",
    ]
