"""Broken scenarios (``tests/data/broken/<kind>/``, each the valid one with one kind of fault)
give exactly the expected lines, Danish by default and English on request; the catalogue knows
every fault code the readers use."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from scheduler.domain.faults import Fault, ScenarioError
from scheduler.i18n import has
from scheduler.io.fault_text import fault_table, format_fault
from scheduler.io.profiles import available_profiles
from scheduler.io.scenario_reader import read_scenario

BROKEN = Path(__file__).parents[1] / "data" / "broken"
SCHEDULER = Path(__file__).parents[2] / "scheduler"

DANISH: dict[str, list[str]] = {
    "bad-date": [
        'requests.csv, række 4, kolonne start: "2027-13-01" er ikke en dato (ÅÅÅÅ-MM-DD)',
    ],
    "bad-integer": ['requests.csv, række 2, kolonne flex_days: "to" er ikke et helt tal'],
    "negative-number": [
        'closures.csv, række 2, kolonne beds_closed: "-1" er negativt;'
        " tallet skal være 0 eller mere",
    ],
    "bad-boolean": [
        'persons.csv, række 2, kolonne consent: "måske" er hverken ja eller nej'
        " (true/false, yes/no, ja/nej, 1/0)",
    ],
    "bad-kind": ['requests.csv, række 3, kolonne kind: "urgent" er hverken planned eller acute'],
    "unknown-column": [
        "persons.csv, række 1, kolonne telefon: ukendt kolonne; ret navnet eller fjern kolonnen",
    ],
    "missing-column": ["centres.csv, række 1, kolonne beds: kolonnen mangler"],
    "empty-cell": ["centres.csv, række 3, kolonne kind: cellen er tom, men skal udfyldes"],
    "duplicate-id": [
        'requests.csv, række 6, kolonne request_id: "R2" står allerede i række 3',
    ],
    "duplicate-booking": [
        'bookings.csv, række 4, kolonne request_id: "R1" står allerede i række 2',
    ],
    "unknown-person": [
        'requests.csv, række 3, kolonne person_id: "P9" findes ikke i persons.csv',
    ],
    "unknown-centre": [
        'requests.csv, række 6, kolonne preferred_centre: "C7" findes ikke i centres.csv',
        'closures.csv, række 2, kolonne centre_id: "C9" findes ikke i centres.csv',
    ],
    "unknown-request": [
        'bookings.csv, række 3, kolonne request_id: "R9" findes ikke i requests.csv',
    ],
    "end-before-start": [
        'requests.csv, række 3, kolonne end: slutdatoen "2027-07-05" skal ligge efter'
        " startdatoen 2027-07-05",
        'closures.csv, række 2, kolonne end: slutdatoen "2027-07-01" skal ligge efter'
        " startdatoen 2027-07-15",
        'bookings.csv, række 2, kolonne end: slutdatoen "2027-06-07" skal ligge efter'
        " startdatoen 2027-06-14",
    ],
    "planned-without-end": [
        "requests.csv, række 3, kolonne end: en planlagt anmodning skal have en slutdato"
        " (kun en akut må være uden)",
    ],
    "bed-out-of-range": [
        'bookings.csv, række 2, kolonne bed: plads "3" findes ikke på C1,'
        " som har 2 aflastningspladser",
    ],
    "no-yearly-limit": [
        f"persons.csv, række {row}, kolonne annual_nights: borgeren har intet årligt antal døgn,"
        " og profilen randers giver ingen standard; udfyld annual_nights"
        for row in (2, 4)
    ],
    "missing-file": ["requests.csv: filen mangler"],
    "unknown-profile": [
        'scenario.toml, nøgle profile: der findes ingen regelprofil "aarhus"'
        f" (der findes: {', '.join(available_profiles())})",
    ],
    "bad-horizon": [
        'scenario.toml, nøgle horizon_end: slutdatoen "2026-12-31" skal ligge efter'
        " startdatoen 2027-01-01",
    ],
    "missing-horizon": ["scenario.toml, nøgle horizon_end: indstillingen mangler"],
    "bad-toml": ["scenario.toml: filen er ikke gyldig TOML (fejl i linje 2)"],
    "bad-rules": [
        "scenario.toml, nøgle rules.weekend_only: ukendt regel",
        'scenario.toml, nøgle rules.max_stay_nights: "lang" er ikke et helt tal på 1 eller mere',
    ],
    "bad-v2-persons": [
        'persons.csv, række 2, kolonne used_stays: "-1" er negativt; tallet skal være 0 eller mere',
        'persons.csv, række 3, kolonne grant_start: "2026-02-30" er ikke en dato (ÅÅÅÅ-MM-DD)',
        'persons.csv, række 4, kolonne payment_exempt: "måske" er hverken ja eller nej'
        " (true/false, yes/no, ja/nej, 1/0)",
    ],
    "bad-v2-rules": [
        'scenario.toml, nøgle rules.departure_weekdays: "[0, 7, 8]" er ikke en liste af ugedage'
        " 1–7 (1 = mandag)",
        'scenario.toml, nøgle rules.max_stays_per_year: "0" er ikke et helt tal på 1 eller mere',
        'scenario.toml, nøgle rules.acute_eligibility: "kun hverdage" er ikke ja eller nej'
        " (true/false)",
        "scenario.toml, nøgle rules.min_stay_nights: korteste ophold er længere end længste"
        " ophold (max_stay_nights = 14)",
    ],
}

ENGLISH: dict[str, list[str]] = {
    "bad-date": ['requests.csv, row 4, column start: "2027-13-01" is not a date (YYYY-MM-DD)'],
    "unknown-person": ['requests.csv, row 3, column person_id: "P9" does not exist in persons.csv'],
    "missing-column": ["centres.csv, row 1, column beds: the column is missing"],
    "bad-rules": [
        "scenario.toml, key rules.weekend_only: unknown rule",
        'scenario.toml, key rules.max_stay_nights: "lang" is not a whole number of 1 or more',
    ],
    "missing-file": ["requests.csv: the file is missing"],
    "bad-v2-rules": [
        'scenario.toml, key rules.departure_weekdays: "[0, 7, 8]" is not a list of weekdays 1–7'
        " (1 = Monday)",
        'scenario.toml, key rules.max_stays_per_year: "0" is not a whole number of 1 or more',
        'scenario.toml, key rules.acute_eligibility: "kun hverdage" is not yes or no (true/false)',
        "scenario.toml, key rules.min_stay_nights: the shortest stay is longer than the longest"
        " stay (max_stay_nights = 14)",
    ],
    "planned-without-end": [
        "requests.csv, row 3, column end: a planned request needs an end date"
        " (only an acute one may go without)",
    ],
}


def faults_of(folder: Path) -> tuple[Fault, ...]:
    """The faults reading ``folder`` raises (failing the test if it reads cleanly)."""
    with pytest.raises(ScenarioError) as raised:
        read_scenario(folder)
    return raised.value.faults


def test_every_broken_folder_has_its_expected_lines() -> None:
    folders = {path.name for path in BROKEN.iterdir() if path.is_dir()}

    assert folders == set(DANISH) | {"several-faults"}


@pytest.mark.parametrize("kind", sorted(DANISH))
def test_broken_scenario_gives_exact_danish_lines(
    kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("RESPITE_LANG", raising=False)

    lines = [format_fault(fault) for fault in faults_of(BROKEN / kind)]

    assert lines == DANISH[kind]


@pytest.mark.parametrize("kind", sorted(ENGLISH))
def test_broken_scenario_gives_exact_english_lines(kind: str) -> None:
    lines = [format_fault(fault, "en") for fault in faults_of(BROKEN / kind)]

    assert lines == ENGLISH[kind]


def test_language_follows_respite_lang(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RESPITE_LANG", "en")

    lines = [format_fault(fault) for fault in faults_of(BROKEN / "bad-date")]

    assert lines == ENGLISH["bad-date"]


def test_all_faults_of_several_files_are_reported_in_reading_order() -> None:
    lines = [format_fault(fault, "da") for fault in faults_of(BROKEN / "several-faults")]

    assert lines == [
        DANISH["bad-horizon"][0],
        DANISH["bad-boolean"][0],
        DANISH["unknown-person"][0],
        DANISH["bad-date"][0],
        DANISH["negative-number"][0],
        DANISH["bed-out-of-range"][0],
    ]


def test_fault_table_gives_the_parts_apart() -> None:
    table = fault_table(faults_of(BROKEN / "bad-date"), "en")

    assert table == [
        {
            "file": "requests.csv",
            "row": "4",
            "column": "start",
            "value": "2027-13-01",
            "message": '"2027-13-01" is not a date (YYYY-MM-DD)',
        }
    ]


def test_location_parts_that_do_not_apply_are_left_out() -> None:
    assert format_fault(Fault("centres.csv", "file.empty"), "en") == (
        "centres.csv: the file is empty; the first row must hold the column names"
    )
    assert format_fault(Fault("x.csv", "value.extra_cell", row=3, value="9"), "da") == (
        'x.csv, række 3: "9" står uden for tabellens kolonner'
    )


def test_every_fault_code_in_the_readers_has_a_message() -> None:
    pattern = re.compile(
        r'"((?:file|sheet|toml|upload|column|value|ref|request|booking|person|scenario|rules'
        r'|expect|plan|csv|cell|table)\.[a-z_]+)"'
    )
    codes = {
        code
        for path in (SCHEDULER / "io").glob("*.py")
        for code in pattern.findall(path.read_text(encoding="utf-8"))
        if not code.endswith((".toml", ".csv"))  # file names, not codes
    }

    assert len(codes) > 30
    assert sorted(code for code in codes if not has(code)) == []
