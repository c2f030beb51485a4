"""A rule profile in plain sentences (``scheduler.io.profile_text``), the shipped profiles and
the template that municipalities copy (``data/profiles/TEMPLATE.toml``)."""

from __future__ import annotations

import re
import tomllib
from typing import Any

import pytest

from scheduler.domain.model import Rules
from scheduler.io.profile_text import rules_sentences
from scheduler.io.profiles import (
    PROFILE_DIR,
    PROFILE_KEYS,
    RULE_KEYS,
    available_profiles,
    read_profile,
    rules_from_mapping,
)

TEMPLATE = PROFILE_DIR / "TEMPLATE.toml"

REQUIRED: dict[str, Any] = {
    "name": "Testkommune",
    "summer_start": "05-01",
    "summer_end": "09-15",
    "centre_kinds": ["plejecenter"],
    "exclude_self_appointed_helper": True,
    "require_consent": True,
    "acute_nights": 14,
}


def rules(**values: Any) -> Rules:
    loaded, faults = rules_from_mapping({**REQUIRED, **values}, {}, "test.toml", "")
    assert faults == [] and loaded is not None
    return loaded


def shipped(name: str) -> Rules:
    loaded, faults = rules_from_mapping(read_profile(name), {}, f"{name}.toml", "")
    assert faults == [] and loaded is not None
    return loaded


def text(profile: Rules, lang: str) -> str:
    return "\n".join(rules_sentences(profile, lang))


# the shipped profiles


def test_haderslev_in_danish_names_every_fact_of_its_standard() -> None:
    lines = rules_sentences(shipped("haderslev"), "da")
    assert lines[0] == "Profil: Haderslev Kommune – aflastning 2024"
    assert "Højst 42 døgn pr. borger pr. år." in lines
    assert "Hvert ophold varer højst 14 døgn." in lines
    assert "Ankomst: alle ugedage." in lines
    assert "Afrejse: alle ugedage." in lines
    assert "Intet loft over antal ophold pr. år." in lines
    assert any("1. maj – 15. september" in line and "15. marts" in line for line in lines)
    assert "Ophold gives på steder af typen plejecenter." in lines
    assert "Et akut ophold uden slutdato varer 14 døgn." in lines
    assert "Akutte ophold tæller med i de årlige grænser (døgn og ophold)." in lines
    assert any("§ 94" in line and line.startswith("Ingen aflastning") for line in lines)
    assert "Borgeren skal have givet samtykke." in lines
    assert "Akutte anmodninger er også omfattet af § 94-reglen og kravet om samtykke." in lines
    assert "Profilen fastsætter ingen sagsbehandlingsfrist." in lines
    assert any("fastsættes af byrådet hvert år" in line for line in lines)


def test_randers_in_english_carries_its_own_nights_and_acute_rules() -> None:
    lines = rules_sentences(shipped("randers"), "en")
    said = "\n".join(lines)
    assert lines[0] == "Profile: Randers Kommune – aflastning for voksne"
    assert "each person carries their own yearly nights" in said.lower()
    assert "No limit on the length of a stay." in lines
    assert "No summer rule: there is no deadline for summer wishes." in lines
    assert "Stays are given at centres of the kind botilbud." in lines
    assert "Acute stays are given at centres of the kind botilbud." in lines
    assert "Acute stays do not count toward the yearly limits (nights and stays)." in lines
    assert "Acute requests are not subject to the § 94 rule or the consent requirement." in lines
    assert "Case-processing deadline: 8 weeks from receipt." in lines
    assert "Own payment: set by the council each year; no amount stated." in lines


@pytest.mark.parametrize("lang", ["da", "en"])
def test_each_topic_has_a_line_of_its_own(lang: str) -> None:
    # name, nights, stays, length, arrival, departure, summer, kinds, acute kinds, acute
    # length, acute counting, § 94, consent, acute eligibility, deadline, follow-up, acute
    # follow-up, payment
    assert len(rules_sentences(shipped("haderslev"), lang)) == 18
    assert all(line.strip() for line in rules_sentences(shipped("randers"), lang))


# every way a rule may be worded


def test_stay_length_range_only_min_and_exact() -> None:
    assert "Hvert ophold varer 3–21 døgn." in text(
        rules(min_stay_nights=3, max_stay_nights=21), "da"
    )
    assert "Each stay lasts 3–21 nights." in text(
        rules(min_stay_nights=3, max_stay_nights=21), "en"
    )
    only_min = rules(min_stay_nights=3)
    assert "Hvert ophold varer mindst 3 døgn; der er ingen øvre grænse." in text(only_min, "da")
    assert "Each stay lasts at least 3 nights; there is no upper limit." in text(only_min, "en")
    assert "Each stay lasts exactly 7 nights." in text(
        rules(min_stay_nights=7, max_stay_nights=7), "en"
    )
    # a shortest stay of one night is no lower limit at all (FORMAT.md: absent = 1)
    assert "No limit on the length of a stay." in text(rules(min_stay_nights=1), "en")
    assert "Each stay lasts at most 1 night." in text(rules(max_stay_nights=1), "en")


def test_weekdays_by_name_and_all_seven() -> None:
    weeks = rules(arrival_weekdays=[1], departure_weekdays=[7])
    assert "Ankomst: mandag." in text(weeks, "da")
    assert "Afrejse: søndag." in text(weeks, "da")
    assert "Arrival: Monday." in text(weeks, "en")
    assert "Departure: Sunday." in text(weeks, "en")
    some = rules(arrival_weekdays=[5, 1, 3])
    assert "Ankomst: mandag, onsdag eller fredag." in text(some, "da")
    assert "Arrival: Monday, Wednesday or Friday." in text(some, "en")
    assert "Afrejse: alle ugedage." in text(some, "da")


def test_yearly_caps_on_stays_and_nights() -> None:
    capped = rules(annual_nights=120, max_stays_per_year=4)
    assert "Højst 120 døgn pr. borger pr. år." in text(capped, "da")
    assert "Højst 4 ophold pr. borger pr. år" in text(capped, "da")
    assert "At most 4 stays per person per year" in text(capped, "en")
    assert "At most 1 stay per person per year" in text(rules(max_stays_per_year=1), "en")


def test_own_payment_as_an_amount_in_kroner() -> None:
    assert "Egenbetaling: 175,50 kr. pr. døgn." in text(rules(self_payment_per_night=175.5), "da")
    assert "Own payment: DKK 175.50 per night." in text(rules(self_payment_per_night=175.5), "en")
    assert "Egenbetaling: 1.250 kr. pr. døgn." in text(rules(self_payment_per_night=1250), "da")
    assert "Own payment: DKK 0 per night." in text(rules(self_payment_per_night=0), "en")


def test_eligibility_rules_that_do_not_apply() -> None:
    none = rules(exclude_self_appointed_helper=False, require_consent=False)
    said = text(none, "da")
    assert "udelukker ikke aflastning" in said
    assert "Borgerens samtykke er ikke et krav." in said
    assert "Hverken § 94-reglen eller kravet om samtykke gælder" in said
    only_consent = rules(exclude_self_appointed_helper=False, acute_eligibility=False)
    assert "Acute requests are not subject to the consent requirement." in text(only_consent, "en")


def test_acute_centre_kinds_and_summer_without_deadline() -> None:
    acute = rules(acute_centre_kinds=["akutplads", "botilbud"], case_deadline_weeks=1)
    assert "Akutte ophold gives på steder af typen akutplads eller botilbud." in text(acute, "da")
    assert "Sagsbehandlingsfrist: 1 uge fra modtagelsen." in text(acute, "da")
    assert "Ingen sommerregel" in text(rules(), "da")
    assert "Sommerperioden er" in text(rules(summer_deadline="02-28"), "da")
    assert "summer wishes received on or before 28 February" in text(
        rules(summer_deadline="02-28"), "en"
    )


# the template


def test_the_template_is_valid_but_no_profile_for_a_scenario() -> None:
    with TEMPLATE.open("rb") as handle:
        loaded, faults = rules_from_mapping(tomllib.load(handle), {}, "TEMPLATE.toml", "")
    assert faults == [] and loaded is not None
    assert "TEMPLATE" not in available_profiles()
    assert {"haderslev", "randers"} <= set(available_profiles())
    for name in ("TEMPLATE", "template", "Template"):
        with pytest.raises(KeyError):
            read_profile(name)


def explained_at(source: str, heading: str, words: tuple[str, ...]) -> int:
    """Where the comment ``# <heading> (<word>)`` starts; -1 when there is none."""
    found = [at for word in words if (at := source.find(f"# {heading} ({word})")) >= 0]
    return min(found, default=-1)


def test_the_template_explains_every_key_and_its_examples_are_valid() -> None:
    source = TEMPLATE.read_text(encoding="utf-8")
    set_keys = set(re.findall(r"^([a-z_]+) = ", source, re.MULTILINE))
    shown_keys = set(re.findall(r"^# ([a-z_]+) = ", source, re.MULTILINE))
    assert set_keys | shown_keys == set(PROFILE_KEYS) > set(RULE_KEYS)
    pairs = {
        key: ", ".join(pair)
        for pair in (
            ("summer_start", "summer_end"),
            ("relief_no_night_from", "relief_no_night_to"),
        )
        for key in pair
    }
    for key in PROFILE_KEYS:
        # explained in Danish (påkrævet/valgfri) first, then in English (required/optional)
        heading = pairs.get(key, key)
        danish = explained_at(source, heading, ("påkrævet", "valgfri"))
        english = explained_at(source, heading, ("required", "optional"))
        assert 0 <= danish < english, key
    # every example left commented out is valid as well, all of them together
    uncommented = re.sub(
        r"^# ([a-z_]+) = ",
        lambda m: f"{m[1]} = " if m[1] in shown_keys else m[0],
        source,
        flags=re.MULTILINE,
    )
    loaded, faults = rules_from_mapping(tomllib.loads(uncommented), {}, "TEMPLATE.toml", "")
    assert faults == [] and loaded is not None
    assert loaded.min_stay_nights is not None and loaded.self_payment_per_night is not None
