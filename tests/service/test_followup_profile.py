"""The profile keys ``follow_up_weeks`` and ``acute_follow_up_days``: kept when whole numbers of
1 or more (and stored with the rules), refused with a located fault otherwise, absent in both
shipped profiles (their standards give no number), and said in words by ``profile show``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from scheduler.cli import main
from scheduler.io.profile_text import rules_sentences
from scheduler.io.profiles import read_profile, rules_from_mapping
from scheduler.store.mapping import rules_from_json, rules_to_json

REQUIRED: dict[str, Any] = {
    "name": "Testkommune",
    "summer_start": "05-01",
    "summer_end": "09-15",
    "centre_kinds": ["plejecenter"],
    "exclude_self_appointed_helper": True,
    "require_consent": True,
    "acute_nights": 14,
}
KEYS = ("follow_up_weeks", "acute_follow_up_days")


@pytest.mark.parametrize("key", KEYS)
@pytest.mark.parametrize(("raw", "kept"), [(1, 1), (26, 26), ("4", 4)])
def test_whole_numbers_from_one_are_kept_and_stored(key: str, raw: object, kept: int) -> None:
    rules, faults = rules_from_mapping({**REQUIRED, key: raw}, {}, "p.toml", "")
    assert faults == [] and rules is not None
    assert getattr(rules, key) == kept
    assert getattr(rules_from_json(rules_to_json(rules)), key) == kept


@pytest.mark.parametrize("key", KEYS)
@pytest.mark.parametrize(
    ("raw", "code"),
    [
        (0, "rules.bad_value"),
        (-2, "rules.bad_value"),
        ("fire", "rules.bad_value"),
        (True, "rules.bad_value"),
        (10_000, "value.too_large"),
    ],
)
def test_other_values_are_a_located_fault(key: str, raw: object, code: str) -> None:
    rules, faults = rules_from_mapping(REQUIRED, {key: raw}, "p.toml", "scenario.toml")
    assert rules is None
    assert [(f.file, f.code, f.column) for f in faults] == [("scenario.toml", code, key)]


@pytest.mark.parametrize("profile", ["haderslev", "randers"])
def test_the_shipped_profiles_leave_them_out(profile: str) -> None:
    """Neither standard names a number of weeks or days (docs/rules.md)."""
    rules, _ = rules_from_mapping(read_profile(profile), {}, profile, "")
    assert rules is not None
    assert (rules.follow_up_weeks, rules.acute_follow_up_days) == (None, None)


def test_sentences_say_the_keys_and_their_absence() -> None:
    rules, _ = rules_from_mapping(
        {**REQUIRED, "follow_up_weeks": 26, "acute_follow_up_days": 1}, {}, "p", ""
    )
    assert rules is not None
    said = rules_sentences(rules, "da")
    assert "Opfølgning: 26 uger efter bevillingen eller den seneste opfølgning." in said
    assert "Akutaflastning følges op 1 dag efter ankomsten." in said
    bare, _ = rules_from_mapping(REQUIRED, {}, "p", "")
    assert bare is not None
    english = " ".join(rules_sentences(bare, "en"))
    assert "no regular follow-up interval" in english
    assert "no deadline for following up an acute stay" in english


def test_profile_check_and_show(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = [f"{key} = {value!r}".replace("'", '"') for key, value in REQUIRED.items()]
    base = "\n".join(lines).replace("True", "true") + "\nacute_follow_up_days = 7\n"
    good = tmp_path / "god.toml"
    good.write_text(base + "follow_up_weeks = 12\n", encoding="utf-8")
    assert main(["profile", "check", str(good)]) == 0
    assert "12 uger efter bevillingen" in capsys.readouterr().out
    bad = tmp_path / "fejl.toml"
    bad.write_text(base + "follow_up_weeks = 0\n", encoding="utf-8")
    assert main(["profile", "check", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "fejl.toml" in err and "follow_up_weeks" in err
    assert main(["profile", "show", "randers"]) == 0
    assert "ingen fast opfølgningsfrist" in capsys.readouterr().out
