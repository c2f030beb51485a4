"""The app's today: the real date, or ``RESPITE_TODAY`` for a demo or an end-to-end test."""

from __future__ import annotations

from datetime import date

import pytest

from ui.today import app_today


def test_the_real_date_without_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RESPITE_TODAY", raising=False)
    assert app_today() == date.today()
    monkeypatch.setenv("RESPITE_TODAY", " ")
    assert app_today() == date.today()


def test_the_day_of_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RESPITE_TODAY", "2027-03-10")
    assert app_today() == date(2027, 3, 10)


def test_a_variable_that_is_no_iso_date_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RESPITE_TODAY", "10.03.2027")
    with pytest.raises(ValueError, match="RESPITE_TODAY must be an ISO date"):
        app_today()
