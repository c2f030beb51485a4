"""The day-centre and relief rows of an upload's preview, in the worker's words: each wish,
place, team, grant and visit the file adds (whose, how many days or hours, when), each field
it changes (old → new, hours as hours, weekdays by name, times as clock times), and the day
centres whose seats or closed days it replaces. ``ui.screens.sections.upload`` puts them in
its tables beside the persons and requests."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from scheduler.domain.daycare import CurrentPlace, DayClosure, DaySeats, DayWish
from scheduler.domain.model import Centre, Person
from scheduler.domain.relief import (
    FORTNIGHT_DAYS,
    ReliefGrant,
    ReliefTeam,
    ReliefVisit,
    clock_text,
    hours_text,
)
from scheduler.domain.services import Services
from scheduler.i18n import has, t
from scheduler.service.import_preview import PendingServiceChanges, SeatsChange
from ui.screens.sections.day_centres import weekday_short, weekdays_words
from ui.screens.sections.relief import allowed_text
from ui.words import day_text, person_text

Row = tuple[str, str, str]
"""An added row: what it is, its id, what it holds."""
Change = tuple[str, str, str, str, str]
"""A changed field: what it is, its id, the field, the old and the new value."""

FILE_COLUMNS = {
    ("relief_grant", "minutes"): "hours_per_week / hours_per_fortnight",
    ("relief_grant", "period_days"): "hours_per_week / hours_per_fortnight",
    ("relief_team", "minutes_per_week"): "hours_per_week",
    ("relief_visit", "day"): "date",
}
"""A stored field's column in the workbook, where their names differ."""
HOURS = {("relief_grant", "minutes"), ("relief_team", "minutes_per_week")}
CLOCK = {("relief_visit", "start"), ("relief_visit", "end")}


@dataclass(frozen=True)
class Names:
    """What the preview names rows by: the persons and centres and the wishes and grants of
    the store, with the upload's over them."""

    persons: dict[str, Person]
    centres: dict[str, Centre]
    wishes: dict[str, DayWish]
    grants: dict[str, ReliefGrant]

    def person(self, person_id: str) -> str:
        """``Borger 0001 (P0001)``, or the id alone when no one has it."""
        person = self.persons.get(person_id)
        return person_text(person) if person is not None else person_id

    def centre(self, centre_id: str) -> str:
        centre = self.centres.get(centre_id)
        return centre.name if centre is not None else centre_id

    def of_wish(self, wish_id: str) -> str:
        wish = self.wishes.get(wish_id)
        return self.person(wish.person_id) if wish is not None else wish_id

    def of_grant(self, grant_id: str) -> str:
        grant = self.grants.get(grant_id)
        return self.person(grant.person_id) if grant is not None else grant_id


def value_text(value: Any, lang: str) -> str:
    """A stored value as the preview shows it: dates as the reader writes them."""
    if value is None or value == "":
        return "–"
    if isinstance(value, date):
        return day_text(value, lang)
    if isinstance(value, bool):
        return t("ui.yes" if value else "ui.no", lang)
    return str(value)


def _weekdays(text: str) -> frozenset[int]:
    """The weekdays of a stored ``1;4``."""
    return frozenset(int(day) for day in text.split(";") if day)


def _entity(entity: str, lang: str) -> str:
    return t(f"ui.upload.entity.{entity}", lang)


def _last_day(grant: ReliefGrant, lang: str) -> str:
    """The last day of a grant (it runs to the day before its end), or "until further notice"."""
    if grant.end is None:
        return t("svc.relief.open_end", lang)
    return day_text(grant.end - timedelta(days=1), lang)


def _wish_row(wish: DayWish, names: Names, lang: str) -> str:
    return t(
        "ui.upload.svc.day_wish",
        lang,
        person=names.person(wish.person_id),
        days=wish.days_per_week,
        first=day_text(wish.first_day, lang),
        weekdays=weekdays_words(wish.weekdays, lang),
    )


def _place_row(place: CurrentPlace, names: Names, lang: str) -> str:
    key = "ui.upload.svc.day_place_pinned" if place.pinned else "ui.upload.svc.day_place"
    return t(
        key,
        lang,
        person=names.of_wish(place.wish_id),
        weekdays=weekdays_words(place.weekdays, lang),
        centre=names.centre(place.centre_id),
    )


def _team_row(team: ReliefTeam, names: Names, lang: str) -> str:
    return t(
        "ui.upload.svc.relief_team",
        lang,
        name=team.name or team.team_id,
        hours=hours_text(team.minutes_per_week, lang),
    )


def _grant_row(grant: ReliefGrant, names: Names, lang: str) -> str:
    return t(
        "ui.upload.svc.relief_grant",
        lang,
        person=names.person(grant.person_id),
        allowed=allowed_text(grant, lang),
        start=day_text(grant.start, lang),
        end=_last_day(grant, lang),
    )


def _visit_row(visit: ReliefVisit, names: Names, lang: str) -> str:
    return t(
        "ui.upload.svc.relief_visit",
        lang,
        person=names.of_grant(visit.grant_id),
        day=day_text(visit.day, lang),
        start=clock_text(visit.start),
        end=clock_text(visit.end),
        grant=visit.grant_id,
    )


def _by_id(services: Services) -> dict[str, tuple[dict[str, Any], Callable[..., str]]]:
    """Per entity the upload's rows by id and how one is said."""
    return {
        "day_wish": ({w.wish_id: w for w in services.day_wishes}, _wish_row),
        "day_place": ({p.wish_id: p for p in services.day_places}, _place_row),
        "relief_team": ({m.team_id: m for m in services.relief_teams}, _team_row),
        "relief_grant": ({g.grant_id: g for g in services.relief_grants}, _grant_row),
        "relief_visit": ({v.visit_id: v for v in services.relief_visits}, _visit_row),
    }


def added_rows(
    pending: PendingServiceChanges, services: Services, names: Names, lang: str
) -> list[Row]:
    """One row per wish, place, team, grant and visit the upload adds, in the file's order."""
    rows = []
    for entity, (items, said) in _by_id(services).items():
        for key in pending.added.get(entity, ()):
            rows.append((_entity(entity, lang), key, said(items[key], names, lang)))
    return rows


def field_label(entity: str, field: str, lang: str) -> str:
    """A changed service field in the worker's words with its column in the file beside it
    (``Timer pr. periode (hours_per_week / hours_per_fortnight)``); a rule as ``rules.<key>``."""
    key = f"ui.upload.svc_field.{entity}.{field}"
    if not has(key):
        return field
    return f"{t(key, lang)} ({FILE_COLUMNS.get((entity, field), field)})"


def field_value(entity: str, field: str, value: Any, lang: str) -> str:
    """A stored service value in the worker's words: hours, clock times, weekdays by name,
    a period as week or 14 days."""
    if value is None or value == "":
        return value_text(value, lang)
    if (entity, field) in HOURS:
        return t("svc.team.hours", lang, hours=hours_text(int(value), lang))
    if (entity, field) in CLOCK:
        return clock_text(int(value))
    if field == "weekdays":
        return weekdays_words(_weekdays(str(value)), lang)
    if field == "period_days":
        return t(
            "ui.upload.svc.fortnight" if value == FORTNIGHT_DAYS else "ui.upload.svc.week", lang
        )
    return value_text(value, lang)


def changed_rows(pending: PendingServiceChanges, names: Names, lang: str) -> list[Change]:
    """One row per changed service field (old → new), then per field of a day centre's seats
    and closed days that the upload replaces."""
    rows = [
        (
            _entity(change.entity, lang),
            change.key,
            field_label(change.entity, field.field, lang),
            field_value(change.entity, field.field, field.old, lang),
            field_value(change.entity, field.field, field.new, lang),
        )
        for change in pending.changed
        for field in change.fields
    ]
    for change in pending.seats:
        rows += _seats_rows(change, names, lang)
    return rows


def _seats_rows(change: SeatsChange, names: Names, lang: str) -> list[Change]:
    what = _entity("day_seats", lang)
    centre = f"{names.centre(change.centre_id)} ({change.centre_id})"
    rows = []
    if change.old_seats != change.new_seats:
        label = f"{t('ui.upload.svc.seats', lang)} (day_centre_seats)"
        old, new = seats_text(change.old_seats, lang), seats_text(change.new_seats, lang)
        rows.append((what, centre, label, old, new))
    if change.old_closed != change.new_closed:
        label = f"{t('ui.upload.svc.closed', lang)} (day_centre_closed)"
        old, new = closed_text(change.old_closed, lang), closed_text(change.new_closed, lang)
        rows.append((what, centre, label, old, new))
    return rows


def seats_text(seats: Iterable[DaySeats], lang: str) -> str:
    """``Man 9, Tir 9, Fre 7``: the seats per weekday, or ``–`` for none."""
    return ", ".join(f"{weekday_short(s.weekday, lang)} {s.seats}" for s in seats) or "–"


def closed_text(closed: Iterable[DayClosure], lang: str) -> str:
    """The closed days: one day as a date, several as first – last; ``–`` for none."""
    parts = []
    for c in closed:
        last = c.end - timedelta(days=1)
        first = day_text(c.start, lang)
        parts.append(first if last <= c.start else f"{first} – {day_text(last, lang)}")
    return "; ".join(parts) or "–"


def names_for(
    persons: dict[str, Person],
    centres: dict[str, Centre],
    stored: Services | None,
    uploaded: Services,
) -> Names:
    """The names the preview uses: the store's wishes and grants (``stored``, ``None`` when
    the store has none) with the upload's over them."""
    wishes = {} if stored is None else dict(stored.wish_by_id)
    grants = {} if stored is None else dict(stored.grant_by_id)
    return Names(
        persons,
        centres,
        {**wishes, **uploaded.wish_by_id},
        {**grants, **uploaded.grant_by_id},
    )


def counts(pending: PendingServiceChanges | None) -> tuple[int, int]:
    """How many service rows the upload adds, and how many fields (a day centre's seats and
    closed days each one) it changes."""
    if pending is None:
        return 0, 0
    added = sum(len(ids) for ids in pending.added.values())
    changed = sum(len(c.fields) for c in pending.changed)
    changed += sum(
        (c.old_seats != c.new_seats) + (c.old_closed != c.new_closed) for c in pending.seats
    )
    return added, changed
