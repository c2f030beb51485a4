"""The profile keys of day-centre places and relief at home: converted, checked (a located
fault each), put into sentences by ``respite profile show``, and written back as overrides."""

from __future__ import annotations

from pathlib import Path

import pytest

from scheduler.domain.services import ServiceRules
from scheduler.io.profile_text import rules_sentences
from scheduler.io.profiles import PROFILE_DIR, read_profile, rules_from_mapping
from scheduler.io.service_profile import (
    clock_to_minute,
    hours_to_minutes,
    service_overrides,
    service_rules_from_file,
    service_rules_from_mapping,
)
from tests.builders import rules_with


def sentences(lang: str = "da", **keys: object) -> list[str]:
    """The sentences of the services alone."""
    stays = len(rules_sentences(rules_with(), lang))
    return rules_sentences(rules_with(), lang, ServiceRules(**keys))[stays:]  # type: ignore[arg-type]


def test_the_shipped_profiles() -> None:
    assert service_rules_from_file(PROFILE_DIR / "haderslev.toml") == ServiceRules(
        day_centre_kinds=("dagcenter",),
        day_centre_days_per_week=2,
        relief_hours_per_week=3,
        relief_hours_per_fortnight=6,
    )
    assert service_rules_from_file(PROFILE_DIR / "randers.toml") == ServiceRules(
        relief_no_night_from=23 * 60, relief_no_night_to=7 * 60
    )
    assert service_rules_from_file(PROFILE_DIR / "missing.toml") == ServiceRules()


def test_without_services_the_sentences_are_as_before() -> None:
    assert rules_sentences(rules_with(), "da") == rules_sentences(rules_with(), "da", None)
    assert len(rules_sentences(rules_with(), "da", ServiceRules())) == (
        len(rules_sentences(rules_with(), "da")) + 2
    )


def test_sentences_of_each_service() -> None:
    assert sentences() == [
        "Profilen tilbyder ikke dagcenterpladser.",
        "Profilen tilbyder ikke afløsning i hjemmet.",
    ]
    few = sentences(day_centre_kinds=("dagcenter", "aktivitetscenter"), day_centre_days_per_week=1)
    assert few[0] == (
        "Dagcenter: pladser på steder af typen dagcenter eller aktivitetscenter, højst 1 dag om"
        " ugen; er der ingen ledig plads, kommer ønsket på venteliste."
    )
    assert "på op til alle ugens dage" in sentences(day_centre_kinds=("dagcenter",))[0]
    week = sentences(relief_hours_per_week=2.5)
    assert week[-2].startswith("Afløsning i hjemmet: højst 2,5 timer pr. uge, regnet fra")
    assert week[-1] == "Afløsning i hjemmet kan gives på alle tider af døgnet."
    fortnight = sentences("en", relief_hours_per_fortnight=1)
    assert fortnight[-2].startswith("Relief at home: at most 1 hour per 14 days")
    night = sentences("en", relief_no_night_from=22 * 60, relief_no_night_to=6 * 60 + 30)
    assert night[-2].startswith("Relief at home: each grant carries its own hours")
    assert night[-1] == "No relief at home at night (22:00–06:30)."


@pytest.mark.parametrize(
    ("text", "minutes"), [("3", 180), ("1.5", 90), ("1,5", 90), ("0", 0), (2.25, 135)]
)
def test_hours(text: object, minutes: int) -> None:
    assert hours_to_minutes(text) == minutes


@pytest.mark.parametrize("text", ["-1", "tre", "1.33", "inf", "nan", True])
def test_bad_hours(text: object) -> None:
    with pytest.raises(ValueError):
        hours_to_minutes(text)


def test_times_of_day() -> None:
    assert clock_to_minute("7:05") == 425
    assert clock_to_minute("24:00", end=True) == 1440
    for bad in ("24:00", "12:60", "123:00", "12", "12:5", "aa:bb", "-1:00"):
        with pytest.raises(ValueError):
            clock_to_minute(bad)


def test_every_key_is_checked_where_it_came_from() -> None:
    base = read_profile("haderslev")
    _, faults = rules_from_mapping(
        base,
        {
            "day_centre_kinds": [],
            "day_centre_days_per_week": 0,
            "relief_hours_per_fortnight": "seks",
            "relief_no_night_to": 7,
        },
        "haderslev.toml",
        "scenario.toml",
    )
    found = {(f.file, f.column, f.code) for f in faults}
    assert found == {
        ("scenario.toml", "day_centre_kinds", "rules.bad_value"),
        ("scenario.toml", "day_centre_days_per_week", "rules.bad_value"),
        ("scenario.toml", "relief_hours_per_fortnight", "rules.bad_value"),
        ("scenario.toml", "relief_no_night_to", "rules.bad_value"),
    }
    _, faults = rules_from_mapping(base, {"relief_no_night_to": "07:00"}, "h.toml", "s.toml")
    assert [(f.column, f.code, f.params["missing"]) for f in faults] == [
        ("relief_no_night_to", "rules.night_half", "relief_no_night_from")
    ]
    _, faults = rules_from_mapping(base, {"relief_hours_per_week": 168.5}, "h.toml", "s.toml")
    assert [(f.column, f.code) for f in faults] == [("relief_hours_per_week", "value.too_large")]


def test_service_keys_stay_out_of_the_stays_rules() -> None:
    rules, faults = rules_from_mapping(read_profile("haderslev"), {}, "h.toml", "")
    assert faults == [] and rules is not None
    assert not hasattr(rules, "day_centre_kinds")


def test_overrides_of_the_service_rules() -> None:
    base = service_rules_from_mapping(read_profile("haderslev"), {})
    assert service_overrides(base, base) == {}
    changed = ServiceRules(
        day_centre_kinds=("dagcenter",),
        day_centre_days_per_week=2,
        relief_hours_per_week=2.5,
        relief_hours_per_fortnight=6,
        relief_no_night_from=23 * 60,
        relief_no_night_to=7 * 60,
    )
    assert service_overrides(changed, base) == {
        "relief_hours_per_week": 2.5,
        "relief_no_night_from": "23:00",
        "relief_no_night_to": "07:00",
    }
    with pytest.raises(ValueError, match="day_centre_kinds"):
        service_overrides(ServiceRules(), base)


def test_the_template_shows_every_service_key(tmp_path: Path) -> None:
    text = (PROFILE_DIR / "TEMPLATE.toml").read_text(encoding="utf-8")
    for key in ("day_centre_kinds", "relief_no_night_from", "relief_hours_per_fortnight"):
        assert f"# {key}" in text
