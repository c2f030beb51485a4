"""``respite profile check FILE`` and ``respite profile show NAME``: a profile any municipality
writes is checked key by key (exit 2 and a message naming the file and key, no traceback) and
its rules are printed as sentences, in Danish and English."""

from __future__ import annotations

from pathlib import Path

import pytest

from scheduler.cli import main
from scheduler.io.profiles import PROFILE_DIR

REQUIRED = """\
summer_start = "05-01"
summer_end = "09-15"
centre_kinds = ["plejecenter"]
exclude_self_appointed_helper = true
require_consent = true
acute_nights = 14
"""

# Caps on stays: at most 4 stays and 120 nights a year, each stay 3–21 nights.
SLAGELSE = f"""\
name = "Slagelse-mønster: loft over ophold"
annual_nights = 120
max_stays_per_year = 4
min_stay_nights = 3
max_stay_nights = 21
{REQUIRED}"""

# Whole weeks: arrival on Mondays, departure on Sundays.
HERNING = f"""\
name = "Herning-mønster: hele uger"
annual_nights = 42
arrival_weekdays = [1]
departure_weekdays = [7]
summer_deadline = "03-01"
{REQUIRED}"""

# Own payment stated, acute stays in places of their own that do not count, no § 94 rule and
# no consent required, a case-processing deadline, and only a shortest stay.
OWN_PAYMENT = """\
name = "Mønster: egenbetaling og akutpladser"
annual_nights = 30
min_stay_nights = 2
summer_start = "06-01"
summer_end = "08-31"
centre_kinds = ["plejecenter", "botilbud"]
acute_centre_kinds = ["akutplads"]
exclude_self_appointed_helper = false
require_consent = false
acute_nights = 7
acute_counts_toward_limits = false
case_deadline_weeks = 6
self_payment_per_night = 175.50
"""


def write(tmp_path: Path, text: str, name: str = "profil.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    printed = capsys.readouterr()
    return code, printed.out, printed.err


# accepted profiles


def test_show_haderslev_in_danish(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "profile", "show", "haderslev")
    assert code == 0 and err == ""
    assert "Haderslev Kommune" in out
    assert "Højst 42 døgn pr. borger pr. år." in out
    assert "Hvert ophold varer højst 14 døgn." in out
    assert "1. maj – 15. september" in out and "15. marts" in out


def test_show_randers_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "profile", "show", "randers", "--lang", "en")
    assert code == 0
    assert "Randers Kommune" in out
    assert "Each person carries their own yearly nights" in out
    assert "Case-processing deadline: 8 weeks from receipt." in out
    assert "Acute stays do not count toward the yearly limits" in out


def test_the_language_may_come_from_the_environment_or_before_the_command(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RESPITE_LANG", "en")
    assert (
        "At most 42 nights per person per year." in run(capsys, "profile", "show", "haderslev")[1]
    )
    monkeypatch.delenv("RESPITE_LANG")
    assert (
        "Arrival: any day of the week."
        in run(capsys, "--lang", "en", "profile", "show", "randers")[1]
    )


@pytest.mark.parametrize("name", ["haderslev", "randers"])
def test_check_accepts_the_shipped_profiles(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "profile", "check", str(PROFILE_DIR / f"{name}.toml"))
    assert code == 0 and err == ""
    assert "profilen er gyldig" in out


def test_check_accepts_the_template(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "profile", "check", str(PROFILE_DIR / "TEMPLATE.toml"), "--lang", "en"
    )
    assert code == 0
    assert "the profile is valid" in out
    assert "Profile: Eksempel Kommune" in out


def test_show_refuses_an_unknown_name_and_the_template(capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("aarhus", "TEMPLATE"):
        code, out, err = run(capsys, "profile", "show", name)
        assert code == 2 and out == ""
        assert f'"{name}"' in err and "haderslev, randers" in err
        assert "TEMPLATE" not in err.split("(")[1]  # not offered as a profile
        assert "Traceback" not in err


def test_slagelse_caps_on_stays(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, SLAGELSE, "slagelse.toml")
    code, out, _ = run(capsys, "profile", "check", str(path))
    assert code == 0
    assert "Højst 120 døgn pr. borger pr. år." in out
    assert "Højst 4 ophold pr. borger pr. år" in out
    assert "Hvert ophold varer 3–21 døgn." in out
    code, out, _ = run(capsys, "profile", "check", str(path), "--lang", "en")
    assert code == 0
    assert "At most 120 nights per person per year." in out
    assert "At most 4 stays per person per year" in out
    assert "Each stay lasts 3–21 nights." in out


def test_herning_whole_weeks(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, HERNING, "herning.toml")
    code, out, _ = run(capsys, "profile", "check", str(path))
    assert code == 0
    assert "Ankomst: mandag." in out and "Afrejse: søndag." in out
    assert "senest 1. marts" in out
    code, out, _ = run(capsys, "profile", "check", str(path), "--lang", "en")
    assert code == 0
    assert "Arrival: Monday." in out and "Departure: Sunday." in out
    assert "on or before 1 March" in out


def test_own_payment_and_acute_places(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, OWN_PAYMENT)
    code, out, _ = run(capsys, "profile", "check", str(path))
    assert code == 0
    assert "Egenbetaling: 175,50 kr. pr. døgn." in out
    assert "Akutte ophold gives på steder af typen akutplads." in out
    assert "Ophold gives på steder af typen plejecenter eller botilbud." in out
    assert "Akutte ophold tæller ikke med" in out
    assert "Hvert ophold varer mindst 2 døgn; der er ingen øvre grænse." in out
    assert "Sagsbehandlingsfrist: 6 uger fra modtagelsen." in out
    assert "Borgerens samtykke er ikke et krav." in out
    code, out, _ = run(capsys, "profile", "check", str(path), "--lang", "en")
    assert code == 0
    assert "Own payment: DKK 175.50 per night." in out
    assert "An acute stay with no end date lasts 7 nights." in out
    assert "The person's consent is not required." in out


# refused profiles: exit 2, the file and key named, no traceback


def refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str | bytes, lang: str = "da"
) -> str:
    path = tmp_path / "kommune.toml"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    code, out, err = run(capsys, "profile", "check", str(path), "--lang", lang)
    assert code == 2
    assert out == ""
    assert "Traceback" not in err
    assert str(path) in err
    return err


def test_weekdays_outside_1_to_7(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    err = refused(tmp_path, capsys, f'name = "X"\narrival_weekdays = [0, 8]\n{REQUIRED}')
    assert "nøgle arrival_weekdays" in err and "1–7" in err
    err = refused(tmp_path, capsys, f'name = "X"\ndeparture_weekdays = [8]\n{REQUIRED}', "en")
    assert "key departure_weekdays" in err and "1–7" in err


def test_min_stay_above_max_stay(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = f'name = "X"\nmin_stay_nights = 5\nmax_stay_nights = 3\n{REQUIRED}'
    err = refused(tmp_path, capsys, text, "en")
    assert "key min_stay_nights" in err
    assert "max_stay_nights = 3" in err


def test_negative_stays_per_year(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    err = refused(tmp_path, capsys, f'name = "X"\nmax_stays_per_year = -1\n{REQUIRED}')
    assert "nøgle max_stays_per_year" in err
    assert '"-1" er ikke et helt tal på 1 eller mere' in err


def test_unknown_key(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    err = refused(tmp_path, capsys, f'name = "X"\nmax_nights_per_stay = 14\n{REQUIRED}', "en")
    assert "key max_nights_per_stay: unknown rule" in err


def test_missing_required_key(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    err = refused(tmp_path, capsys, REQUIRED)
    assert "nøgle name: reglen mangler i profilen" in err


def test_a_bad_type(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = f'name = "X"\nannual_nights = "mange"\n{REQUIRED}'.replace(
        "require_consent = true", 'require_consent = "måske"'
    )
    err = refused(tmp_path, capsys, text, "en")
    assert "key annual_nights" in err and "key require_consent" in err


def test_every_fault_is_listed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    err = refused(tmp_path, capsys, 'name = "X"\narrival_weekdays = [9]\nfoo = 1\n')
    faulty = [line for line in err.splitlines() if "kommune.toml, nøgle " in line]
    # arrival_weekdays, foo and the six missing required keys
    assert len(faulty) == 8


def test_invalid_toml(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    err = refused(tmp_path, capsys, f'name = "X\n{REQUIRED}', "en")
    assert "not valid TOML (error in line 1)" in err


def test_a_file_that_is_not_utf8(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    err = refused(tmp_path, capsys, f'name = "Ærø"\n{REQUIRED}'.encode("cp1252"))
    assert "filen kan ikke læses" in err


def test_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "findes-ikke.toml"
    code, out, err = run(capsys, "profile", "check", str(path))
    assert code == 2 and out == ""
    assert f"{path}: filen mangler" in err
    assert "Traceback" not in err


def test_a_folder_is_no_profile(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "profile", "check", str(tmp_path), "--lang", "en")
    assert code == 2
    assert f"{tmp_path}: the file cannot be read" in err
