"""A plan's stays as an iCalendar file (RFC 5545) a centre manager can subscribe to.

One all-day event per stay, from the arrival day to the departure day (both shown). The event's
UID is the request's, so a subscribed calendar moves a stay when a later plan moves it. Events
name the person by id only: the file may travel by mail or a calendar server.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from icalendar import Calendar, Event

from scheduler.domain.model import Plan, Scenario
from scheduler.i18n import t
from scheduler.io.atomic import write_atomically

PRODUCT_ID = "-//respite//respite-bed scheduler//EN"
UID_DOMAIN = "respite.invalid"


def plan_calendar(
    scenario: Scenario, plan: Plan, centre: str | None = None, lang: str = "da"
) -> Calendar:
    """The calendar of the plan's stays (at ``centre`` only, when given)."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    names = scenario.centre_by_id
    title = names[centre].name if centre in names else t("ics.all_centres", lang)
    calendar.add("x-wr-calname", t("ics.calendar", lang, centre=title))
    stamp = datetime.now(UTC)
    for decision in plan.decisions:
        stay = decision.stay
        if stay is None or (centre is not None and stay.centre_id != centre):
            continue
        event = Event()
        event.add("uid", f"{stay.request_id}@{UID_DOMAIN}")
        event.add("dtstamp", stamp)
        event.add("dtstart", stay.start)
        event.add("dtend", stay.end + timedelta(days=1))
        event.add("summary", t("ics.summary", lang, person=decision.person_id, bed=stay.bed))
        event.add(
            "description",
            t(
                "ics.description",
                lang,
                request=stay.request_id,
                centre=stay.centre_id,
                start=stay.start.isoformat(),
                end=stay.end.isoformat(),
                nights=stay.nights,
            ),
        )
        event.add("transp", "TRANSPARENT")
        calendar.add_component(event)
    return calendar


def write_plan_ics(
    scenario: Scenario, plan: Plan, path: Path, centre: str | None = None, lang: str = "da"
) -> None:
    """Write the calendar; the file appears whole or not at all, never over a device.

    Raises
    ------
    OSError
        As ``scheduler.io.atomic.write_atomically``.
    """
    data = plan_calendar(scenario, plan, centre, lang).to_ical()
    write_atomically(path, lambda temporary: temporary.write_bytes(data))
