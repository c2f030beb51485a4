"""A plan's stays as an iCalendar file (RFC 5545) a centre manager can subscribe to.

One all-day event per stay, from the arrival day to the departure day (both shown). The event's
UID is the request's, so a subscribed calendar moves a stay when a later plan moves it. Events
name the person by id only (the file may travel by mail or a calendar server), except in a
centre's own calendar: given its guests (``scheduler.io.stay_guests``), each of its stays reads
"Aflastning: <name>, seng 2" with the guest's needs and the case worker's note, so the staff
know who is arriving. An event's text names the centre and writes dates as the language does
(Danish ``09.08.2027``); its date fields are iCalendar dates.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from icalendar import Calendar, Event

from scheduler.domain.model import Plan, Scenario
from scheduler.i18n import t
from scheduler.io.atomic import write_atomically
from scheduler.io.stay_guests import Guest, Guests

PRODUCT_ID = "-//respite//respite-bed scheduler//EN"
UID_DOMAIN = "respite.invalid"


def _day_text(day: date, lang: str) -> str:
    """A date in an event's text as Danes write it (``09.08.2027``), English ``2027-08-09``."""
    return day.strftime("%d.%m.%Y") if lang == "da" else day.isoformat()


def _guest_lines(guest: Guest, lang: str) -> list[str]:
    """The guest's needs and the case worker's note, for an event's description."""
    needs = ", ".join(guest.needs)
    lines = [
        t("privacy.ics.needs", lang, needs=needs) if needs else t("privacy.ics.no_needs", lang)
    ]
    if guest.note:
        lines.append(t("privacy.ics.note", lang, note=guest.note))
    return lines


def plan_calendar(
    scenario: Scenario,
    plan: Plan,
    centre: str | None = None,
    lang: str = "da",
    guests: Guests | None = None,
) -> Calendar:
    """The calendar of the plan's stays (at ``centre`` only, when given); a stay with a guest
    in ``guests`` is named by the guest."""
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
        guest = (guests or {}).get(stay.request_id)
        if guest is None:
            summary = t("ics.summary", lang, person=decision.person_id, bed=stay.bed)
        else:
            summary = t("privacy.ics.summary", lang, name=guest.name, bed=stay.bed)
        event.add("summary", summary)
        description = t(
            "ics.description",
            lang,
            request=stay.request_id,
            centre=names[stay.centre_id].name if stay.centre_id in names else stay.centre_id,
            start=_day_text(stay.start, lang),
            end=_day_text(stay.end, lang),
            nights=stay.nights,
        )
        guest_lines = _guest_lines(guest, lang) if guest is not None else []
        event.add("description", "\n".join([description, *guest_lines]))
        event.add("transp", "TRANSPARENT")
        calendar.add_component(event)
    return calendar


def write_plan_ics(
    scenario: Scenario,
    plan: Plan,
    path: Path,
    centre: str | None = None,
    lang: str = "da",
    guests: Guests | None = None,
) -> None:
    """Write the calendar (``plan_calendar``); the file appears whole or not at all, never
    over a device.

    Raises
    ------
    OSError
        As ``scheduler.io.atomic.write_atomically``.
    """
    data = plan_calendar(scenario, plan, centre, lang, guests).to_ical()
    write_atomically(path, lambda temporary: temporary.write_bytes(data))
