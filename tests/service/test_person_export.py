"""A person's access request, on SQLite and PostgreSQL: the export holds the person's row,
requests, bookings in every plan version, rejections, exceptions, letters and audit entries,
and nothing of another person."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from scheduler.domain.errors import UserError
from scheduler.service.person_data import person_export
from scheduler.store.database import open_store
from scheduler.store.models import BookingRow, PlanVersionRow, RequestRow
from tests.service.privacy_world import P1, P2, build
from tests.store.conftest import postgres_url, store_url  # noqa: F401  (fixtures)

OTHERS = (*P2.texts, "Testborger Tre (fiktiv)")


@pytest.fixture
def world(store_url: str) -> Iterator[Engine]:  # noqa: F811
    engine = open_store(store_url)
    yield build(engine)
    engine.dispose()


def test_the_export_holds_the_persons_data(world: Engine) -> None:
    data = person_export(world, "P1")
    tables = data["tables"]
    assert [row["person_id"] for row in tables["persons"]] == ["P1"]
    person = tables["persons"][0]
    assert (person["name"], person["carer_name"], person["follow_up_note"]) == (
        P1.name,
        P1.carer,
        P1.follow_up,
    )
    assert person["grant_ended"] == "2027-10-01"
    assert sorted(row["request_id"] for row in tables["requests"]) == ["R1", "R4"]
    assert {row["handover_note"] for row in tables["requests"]} == {P1.handover, ""}
    with Session(world) as session:
        stored = session.execute(
            select(BookingRow.id)
            .join(RequestRow, RequestRow.request_id == BookingRow.request_id)
            .where(RequestRow.person_id == "P1")
        ).all()
        versions = set(session.scalars(select(PlanVersionRow.number)))
    assert sorted(row["id"] for row in tables["bookings"]) == sorted(i for (i,) in stored)
    assert len({row["plan_version_id"] for row in tables["bookings"]}) > 1
    assert {v["number"] for v in data["plan_versions"]} <= versions
    assert [row["reason"] for row in tables["stay_exceptions"]] == [P1.exception]
    assert tables["letters"] and {row["person_id"] for row in tables["letters"]} == {"P1"}
    assert all({"kind", "made_at", "sent_at"} <= set(row) for row in tables["letters"])
    actions = {entry["action"] for entry in data["audit"]}
    assert {"handover_note"} <= actions
    assert all(
        set(entry["ids"]) & {"P1", "R1", "R4"} or entry["entity"] == "letter"
        for entry in data["audit"]
    )
    text = json.dumps(data, ensure_ascii=False)
    assert P1.name in text and P1.handover in text
    assert [other for other in OTHERS if other in text] == []
    assert '"R5"' not in text and '"P2"' not in text


def test_an_unknown_person_is_refused(world: Engine) -> None:
    with pytest.raises(UserError) as caught:
        person_export(world, "P9")
    assert caught.value.key == "privacy.unknown_person"
