"""Ending a day-centre place on Borgere (AppTest): the dialog asks for the place's last day
(today by default, never after it, not before the place's first day), the ending is stored
with that day, and the message names the family told of the ending and every family the new
allocation wrote to."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session
from streamlit.testing.v1 import AppTest

from scheduler.service.services_view import services_view
from scheduler.store.database import open_store
from scheduler.store.models import DayWishRow, LetterRow
from tests.ui.helpers import page, ran
from tests.ui.services_store import services_store, services_url
from ui.today import TODAY

__all__ = ["services_store", "services_url"]  # fixtures


def _letters(url: str) -> list[tuple[str, str]]:
    engine = open_store(url)
    with Session(engine) as session:
        rows = [(r.person_id, r.kind) for r in session.scalars(select(LetterRow))]
    engine.dispose()
    return rows


def test_a_place_is_ended_on_the_day_given_and_every_letter_named(
    app: Callable[[str], AppTest], services_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = services_view(open_store(services_url))
    place = view.plan.places[0]
    today = max(place.start, date.today()) + timedelta(days=40)
    monkeypatch.setenv(TODAY, today.isoformat())  # the app's today, weeks into the place
    person = view.services.wish_by_id[place.wish_id].person_id
    before = len(_letters(services_url))
    at = page(app(services_url), "persons")
    at = ran(at.selectbox(key="persons_chosen").set_value(person).run())
    key = f"day_place_end_{place.wish_id}"
    at = ran(at.button(key=key).click().run())
    field = at.date_input(key=f"{key}_date")
    assert field.value == today and field.max == today  # never ahead: the seats go at once
    last_day = today - timedelta(days=10)
    at = ran(field.set_value(last_day).run())
    at = ran(at.button(key=f"{key}_confirm").click().run())
    message = at.success[0].value
    shown = last_day.strftime("%d.%m.%Y")
    assert (
        f"Dagcenterpladsen (ønsket {place.wish_id}) er afsluttet med sidste dag {shown}" in message
    )
    assert "Breve om afgørelser (ikke sendt endnu) til:" in message
    assert "pladsen afsluttet" in message
    new = _letters(services_url)[before:]
    assert new[0] == (person, "day_ended")
    engine = open_store(services_url)
    with Session(engine) as session:
        row = session.get(DayWishRow, place.wish_id)
        assert row is not None and row.ended_at is not None
        assert row.ended_at.date() == last_day
    after = services_view(engine)
    names = {p.person_id: p.name for p in after.scenario.persons}
    for person_id, _kind in new:  # every family written to is named
        assert names[person_id] in message
