"""The plan calendar read back with icalendar: one all-day event per stay."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from icalendar import Calendar

from scheduler.domain.model import Decision, Plan, Stay
from scheduler.io.plan_ics import write_plan_ics
from scheduler.io.scenario_reader import read_scenario

VALID = Path(__file__).resolve().parents[1] / "data" / "valid"


def test_events_for_one_centre(tmp_path: Path) -> None:
    scenario = read_scenario(VALID)
    a, b = scenario.requests[0], scenario.requests[1]
    other = next(c.centre_id for c in scenario.centres if c.centre_id != "C1")
    plan = Plan(
        (
            Decision(a.request_id, a.person_id, Stay(a.request_id, "C1", 2, a.start, a.end)),
            Decision(b.request_id, b.person_id, Stay(b.request_id, other, 1, b.start, b.end)),
        )
    )
    out = tmp_path / "c1.ics"
    write_plan_ics(scenario, plan, out, centre="C1")
    events = list(Calendar.from_ical(out.read_bytes()).walk("VEVENT"))
    assert len(events) == 1
    event = events[0]
    assert event.decoded("dtstart") == a.start
    assert event.decoded("dtend") == date.fromordinal(a.end.toordinal() + 1)
    assert str(event["uid"]).startswith(a.request_id + "@")
    assert a.person_id in str(event["summary"])
    # the text names the centre and writes Danish dates; the date fields stay dates
    description = str(event["description"])
    assert scenario.centre_by_id["C1"].name in description and "C1" not in description
    assert f"ankomst {a.start:%d.%m.%Y}, afrejse {a.end:%d.%m.%Y}" in description
    assert scenario.person_by_id[a.person_id].name not in out.read_text(encoding="utf-8")
