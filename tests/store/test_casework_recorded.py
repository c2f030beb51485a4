"""The records of several stays read at once (the app's list of a centre's next days), on both
engines, in the world of ``casework_world``."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import Engine

from scheduler.service.casework import record_arrival
from scheduler.service.casework.recorded import stay_records
from tests.store.casework_world import published_world

LATER = date(2027, 12, 31)
"""The day the records are made: after every day of the world's stays."""


@pytest.fixture
def world(store: Engine) -> Engine:
    return published_world(store)


def test_the_records_of_some_stays(world: Engine) -> None:
    assert stay_records(world, []) == {}
    assert stay_records(world, ["R3"]) == {}
    arrived = record_arrival(
        world, "R3", date(2027, 3, 15), "leder-c2", centre="C2", today=LATER
    ).record
    found = stay_records(world, ["R3", "R1", "R-unknown"])
    assert found == {"R3": arrived}
    assert found["R3"].arrived == date(2027, 3, 15) and not found["R3"].no_show
