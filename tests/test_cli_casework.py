"""The case-work commands as a case worker uses them: ``person add|show|edit``, ``request
add``, ``closure add``, ``change`` and ``record``, in Danish and English, with their exit codes.
The world is ``tests/store/casework_world.py``'s, published as version 2."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine

from scheduler.service.casework import person_account, records
from scheduler.service.versions import list_versions, load_plan, load_scenario
from scheduler.store.database import open_store
from tests.cli_run import Run
from tests.store.casework_world import published_world

LATER = ("--today", "2027-12-31")
"""Record as of a day after every day of the world's stays."""


@pytest.fixture
def run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Run:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    published_world(open_store(url))
    return Run(url, capsys)


def _engine(run: Run) -> Engine:
    return open_store(run.url)


def test_person_add(run: Run) -> None:
    code, out, _ = run(
        "person",
        "add",
        "--person-id",
        "P9",
        "--name",
        "Ny Borger (fiktiv)",
        "--needs",
        "demens;lift",
        "--annual-nights",
        "30",
        "--grant-start",
        "2026-09-01",
        "--no-consent",
    )
    assert code == 0 and out.strip() == "Borgeren P9 er oprettet."
    person = load_scenario(_engine(run)).person_by_id["P9"]
    assert (person.needs, person.annual_nights, person.consent) == (
        frozenset({"demens", "lift"}),
        30,
        False,
    )


def test_person_add_names_each_bad_flag(run: Run) -> None:
    code, out, err = run(
        "person", "add", "--person-id", "P1", "--annual-nights", "-3", "--grant-start", "x"
    )
    assert code == 2 and out == ""
    lines = err.strip().splitlines()
    assert lines[1:] == [
        '--annual-nights: "-3" er negativt; tallet skal være 0 eller mere',
        '--grant-start: "x" er ikke en dato (ÅÅÅÅ-MM-DD)',
        '--person-id: id\'et "P1" er allerede brugt; vælg et nyt',
    ]
    code, _, err = run("person", "add", "--person-id", "P1", "--lang", "en")
    assert code == 2 and 'the id "P1" is already taken' in err


WISH = ("request", "add", "--request-id", "R20", "--person-id", "P4", "--received", "2027-02-01")


def test_request_add_left_for_planning(run: Run) -> None:
    code, out, _ = run(
        *WISH,
        "--start",
        "2027-04-05",
        "--end",
        "2027-04-12",
        "--flex-days",
        "2",
        "--priority",
        "1",
    )
    assert code == 0 and "planlægges ved næste planlægning" in out
    assert load_scenario(_engine(run)).request_by_id["R20"].flex_days == 2


def test_request_add_place_now(run: Run) -> None:
    code, out, _ = run(
        *WISH,
        "--start",
        "2027-04-05",
        "--end",
        "2027-04-12",
        "--preferred-centre",
        "C3",
        "--place-now",
    )
    assert code == 0
    assert out.strip() == (
        "Ønsket R20 er gemt og bevilget: Valmuen (fiktivt) (C3), seng 1, 2027-04-05 – "
        "2027-04-12 (7 døgn). Offentliggjort som planversion 3."
    )


def test_request_add_place_now_that_does_not_fit(run: Run) -> None:
    code, out, _ = run(
        *WISH,
        "--start",
        "2027-03-03",
        "--end",
        "2027-03-06",
        "--place-now",
        "--lang",
        "en",
    )
    assert code == 1
    assert "does not fit into the published plan" in out and "Nothing is saved" in out
    assert "Earliest later stay that fits" in out and "2027-03-09" in out
    assert "R20" not in load_scenario(_engine(run)).request_by_id


def test_request_add_bad_flags(run: Run) -> None:
    code, _, err = run(*WISH, "--start", "2027-04-05", "--end", "2027-04-01")
    assert code == 2 and "--end: " in err


def test_closure_add(run: Run) -> None:
    code, out, _ = run(
        "closure",
        "add",
        "--centre-id",
        "C3",
        "--start",
        "2027-09-01",
        "--end",
        "2027-09-05",
        "--beds-closed",
        "1",
        "--own-centre",
        "C3",
    )
    assert code == 0
    assert out.splitlines() == [
        "Lukningen er gemt: C3, 1 senge lukket 2027-09-01 – 2027-09-05.",
        "Alle lovede ophold passer stadig; offentliggjort som planversion 3, så ældre kladder "
        "ikke kan offentliggøres.",
    ]


def test_closure_add_refused(run: Run) -> None:
    flags = ("--start", "2027-03-05", "--end", "2027-03-06", "--beds-closed", "1")
    code, out, err = run("closure", "add", "--centre-id", "C3", *flags, "--lang", "en")
    assert code == 1 and out == ""
    assert "The closure is not saved" in err and "R8, R9" in err
    code, _, err = run("closure", "add", "--centre-id", "C3", *flags, "--own-centre", "C1")
    assert code == 2 and "dit eget aflastningssted (C1)" in err
    code, _, err = run("closure", "add", "--centre-id", "C9", *flags)
    assert code == 2 and '--centre-id: "C9"' in err
    assert len(list_versions(_engine(run))) == 2


def test_change_that_fits(run: Run) -> None:
    code, out, _ = run("change", "R3", "--start", "2027-03-16")
    assert code == 0
    assert out.strip() == (
        "Opholdet for ønsket R3 er ændret: Kløvermarken (fiktivt) (C2), seng 1, 2027-03-16 – "
        "2027-03-23 (7 døgn). Offentliggjort som planversion 3."
    )


def test_change_that_does_not_fit(run: Run) -> None:
    before = load_plan(_engine(run))
    code, out, _ = run("change", "R3", "--start", "2027-03-05", "--lang", "en")
    assert code == 1
    assert out.splitlines() == [
        "The change of the stay of request R3 (C2, 2027-03-05 – 2027-03-12) does not fit; "
        "nothing is changed. Rules it would break:",
        "  C2 is overbooked on the nights 2027-03-05 to 2027-03-07: up to 1 stays more than its "
        "open beds.",
        "Nearest dates that fit at the same centre:",
        "  Kløvermarken (fiktivt) (C2), 2027-02-22 – 2027-03-01 (7 nights)",
        "  Kløvermarken (fiktivt) (C2), 2027-03-08 – 2027-03-15 (7 nights)",
        "To make room on the wished dates these stays would have to move:",
        "  request R2: 2027-03-01 – 2027-03-08, bed 1 (promised to the family)",
    ]
    assert load_plan(_engine(run)) == before


def test_change_refusals(run: Run) -> None:
    code, _, err = run("change", "R7", "--start", "2027-03-16")
    assert code == 2 and "har intet bevilget ophold" in err
    code, _, err = run("change", "R3", "--centre", "C9")
    assert code == 2 and "C9" in err


def test_record_and_person_show(run: Run) -> None:
    code, out, _ = run("record", "R3", "--arrived", "2027-03-16", "--own-centre", "C2", *LATER)
    assert code == 0
    assert out.splitlines() == [
        "Ankomst 2027-03-16 registreret for ønsket R3.",
        "1 døgn er frigivet; offentliggjort som planversion 3. Se ventelisten med "
        "'respite offers'.",
    ]
    code, out, _ = run("record", "R3", "--left", "2027-03-20", *LATER)
    assert code == 0 and "2 døgn er frigivet" in out
    code, out, _ = run("record", "R2", "--no-show", "--lang", "en", *LATER)
    assert code == 0 and out.startswith("No-show recorded for request R2.")
    code, out, _ = run("person", "show", "P3")
    assert code == 0
    assert out.splitlines() == [
        "Borger P3: Borger Tre (fiktiv); behov: ingen; årlige døgn: 42",
        "  2027: bevilget 11 døgn, brugt 4 (heraf 0 før planen), tilbage 31 af 42",
        "    ophold: bevilget 2, brugt 1, tilbage 2 af 4",
        "Lovede ophold:",
        "  R3: C2, 2027-03-16 – 2027-03-20 (4 døgn); ankom 2027-03-16; rejste 2027-03-20",
        "  R6: C3, 2027-06-01 – 2027-06-08 (7 døgn)",
    ]
    code, out, _ = run("person", "show", "P2", "--lang", "en")
    assert code == 0
    assert out.splitlines()[1:3] == [
        "  2027: granted 10 nights, used 3 (3 of them before the plan), left 7 of 20",
        "    stays: granted 1, used 1, left 2 of 4",
    ]
    assert "No-shows:" in out and "R2: did not come to 2027-03-01 – 2027-03-08 (C2)" in out


def test_a_record_undone(run: Run) -> None:
    code, _, err = run("record", "R3", "--undo")
    assert code == 2 and "intet at fortryde" in err
    assert run("record", "R3", "--arrived", "2027-03-16", *LATER)[0] == 0
    code, out, _ = run("record", "R3", "--undo")
    assert code == 0
    assert out.splitlines() == [
        "Den seneste registrering for ønsket R3 er fortrudt; opholdet har sine døgn igen, "
        "offentliggjort som planversion 4."
    ]
    code, out, _ = run("person", "show", "P3")
    assert "R3: C2, 2027-03-15 – 2027-03-22 (7 døgn)" in out


def test_record_refusals(run: Run) -> None:
    code, _, err = run("record", "R3", "--arrived", "2027-03-15", "--own-centre", "C1", *LATER)
    assert code == 2 and "ikke på C1" in err
    code, _, err = run("record", "R3", "--left", "2027-03-22", "--lang", "en", *LATER)
    assert code == 2 and "must come after the arrival" in err
    with pytest.raises(SystemExit):
        run("record", "R3", "--arrived", "2027-03-15", "--no-show")


def test_record_only_what_has_happened_as_of_today(run: Run) -> None:
    before = load_plan(_engine(run))
    code, out, err = run("record", "R3", "--arrived", "2027-03-17", "--today", "2027-03-16")
    assert (code, out) == (2, "")
    assert err.strip() == (
        "Ankomsten for ønske R3 kan først registreres, når den er sket: 2027-03-17 er efter i "
        "dag (2027-03-16)."
    )
    code, _, err = run("record", "R3", "--left", "2027-03-20", "--today", "2027-03-18")
    assert code == 2 and "Afrejsen for ønske R3 kan først registreres" in err
    code, _, err = run("record", "R3", "--no-show", "--today", "2027-03-14", "--lang", "en")
    assert code == 2 and "A no-show can be recorded only from the planned day of arrival" in err
    assert load_plan(_engine(run)) == before
    assert person_account(_engine(run), "P3").stays[0].record is None
    code, out, _ = run("record", "R3", "--arrived", "2027-03-17", "--today", "2027-03-17")
    assert code == 0 and out.startswith("Ankomst 2027-03-17 registreret for ønsket R3.")
    with pytest.raises(SystemExit):
        run("record", "R3", "--left", "2027-03-20", "--today", "17.03.2027")


def test_record_judges_by_the_real_date_without_today(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    class OnTheDay(date):  # the QA walk's day
        @classmethod
        def today(cls) -> OnTheDay:
            return cls(2026, 11, 30)

    monkeypatch.setattr(records, "date", OnTheDay)
    code, _, err = run("record", "R3", "--arrived", "2027-03-17")
    assert code == 2 and "2027-03-17 er efter i dag (2026-11-30)" in err


def test_person_edit_lists_broken_promises_then_saves_with_choices(run: Run) -> None:
    code, out, _ = run("person", "edit", "P3", "--needs", "demens")
    assert code == 1
    assert out.splitlines()[:3] == [
        "Ændringen bryder 1 lovede ophold; intet er gemt. Vælg for hvert med --move, --cancel "
        "eller --keep:",
        "Ønske R3: C2, 2027-03-15 – 2027-03-22",
        "  Anmodning R3: C2 mangler demens, som borgeren har brug for.",
    ]
    assert load_scenario(_engine(run)).person_by_id["P3"].needs == frozenset()
    code, out, _ = run(
        "person", "edit", "P3", "--needs", "demens", "--keep", "R3=Aftalt med familien"
    )
    assert code == 0
    assert out.splitlines() == [
        "Borgeren P3 er ændret.",
        "Ændringen er offentliggjort som planversion 3; ældre kladder kan ikke offentliggøres.",
    ]
    account = person_account(_engine(run), "P3")
    assert [(e.request_id, e.reason) for e in account.exceptions] == [("R3", "Aftalt med familien")]
    code, out, _ = run("person", "show", "P3")
    assert "R3: undtagelse fra egnethed: Aftalt med familien (tester, " in out


def test_person_edit_with_a_move_and_bad_input(run: Run) -> None:
    code, _, err = run("person", "edit", "P3", "--needs", "demens", "--move", "R3")
    assert code == 2 and "Kan ikke læse valget" in err
    code, _, err = run("person", "edit", "P3", "--annual-nights", "x")
    assert code == 2 and '--annual-nights: "x" er ikke et helt tal' in err
    code, _, _ = run("person", "edit", "P3", "--needs", "demens", "--move", "R3=@C3")
    assert code == 0
    stay = load_plan(_engine(run)).by_request["R3"].stay
    assert stay is not None and stay.centre_id == "C3"
