"""A plan as a workbook for people: the plan, occupancy per centre per night, and the
rejected requests with their reasons. A centre's own workbook (given its guests) also names
who is arriving, with their needs and the case worker's note (``scheduler.io.stay_guests``).
Headers and words come from the catalogue (Danish by default); a centre is named by its name;
dates are date cells; text a spreadsheet could run (an id ``=R1``) is a text cell. The file
appears whole or not at all (``scheduler.io.atomic``)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from scheduler.domain.model import Plan, Scenario
from scheduler.i18n import t
from scheduler.io.atomic import write_atomically
from scheduler.io.formula_guard import guard_row
from scheduler.io.plan_occupancy import occupancy
from scheduler.io.stay_guests import Guests

PLAN_COLUMNS = ("request", "person", "status", "centre", "bed", "start", "end", "nights", "reason")
OCCUPANCY_COLUMNS = ("centre", "night", "beds", "occupied", "free")
REJECTED_COLUMNS = ("request", "person", "wished_start", "wished_end", "reason")
GUEST_COLUMNS = ("name", "needs", "note")
GUEST_WIDTHS = (28, 20, 60)
"""Widths (in characters) of the guest columns: a name and a note read without resizing."""
GUEST_FIRST_COLUMN = 3
Cell = object


def _sheet(book: Workbook, title: str, header: Sequence[str], rows: list[list[Cell]]) -> None:
    sheet = book.create_sheet(title)
    sheet.append(list(header))
    for row in rows:
        sheet.append(row)
        guard_row(sheet[sheet.max_row])
    sheet.freeze_panes = "A2"


def _capitalised(text: str) -> str:
    """A text standing alone in a cell, its first letter capital (``Ingen ledig plads …``)."""
    return text[:1].upper() + text[1:]


def _header(columns: Sequence[str], lang: str) -> list[str]:
    return [t(f"xlsx.col.{column}", lang) for column in columns]


def _guest_cells(guests: Guests | None, request_id: str) -> list[Cell]:
    """The guest's name, needs and note after the person's id (nothing without guests)."""
    if guests is None:
        return []
    guest = guests.get(request_id)
    if guest is None:
        return [None] * len(GUEST_COLUMNS)
    return [guest.name, ", ".join(guest.needs) or None, guest.note or None]


def _widen_guest_columns(sheet: Worksheet) -> None:
    """Give the guest columns room, the note wrapped in its cell."""
    for offset, width in enumerate(GUEST_WIDTHS):
        sheet.column_dimensions[get_column_letter(GUEST_FIRST_COLUMN + offset)].width = width
    note = GUEST_FIRST_COLUMN + len(GUEST_COLUMNS) - 1
    for (cell,) in sheet.iter_rows(min_row=2, min_col=note, max_col=note):
        cell.alignment = Alignment(wrap_text=True, vertical="top")


def _plan_header(guests: Guests | None, lang: str) -> list[str]:
    header = _header(PLAN_COLUMNS, lang)
    if guests is None:
        return header
    named = [t(f"privacy.xlsx.col.{column}", lang) for column in GUEST_COLUMNS]
    start = GUEST_FIRST_COLUMN - 1
    return [*header[:start], *named, *header[start:]]


def plan_workbook(
    scenario: Scenario, plan: Plan, lang: str = "da", guests: Guests | None = None
) -> Workbook:
    """The workbook: sheets plan, occupancy and rejected; with ``guests``, the plan names
    the guest of each stay that has one."""
    requests = scenario.request_by_id
    centres = {c.centre_id: c.name for c in scenario.centres}
    plan_rows: list[list[Cell]] = []
    rejected_rows: list[list[Cell]] = []
    for decision in plan.decisions:
        stay = decision.stay
        reason = (
            _capitalised(t(f"reason.{decision.reason.value}", lang)) if decision.reason else None
        )
        status = t(f"status.{decision.status.value}", lang)
        if stay is not None:
            place: list[Cell] = [
                centres.get(stay.centre_id, stay.centre_id),
                stay.bed or None,
                stay.start,
                stay.end,
                stay.nights,
            ]
        else:
            place = [None] * 5
        guest = _guest_cells(guests, decision.request_id)
        plan_rows.append([decision.request_id, decision.person_id, *guest, status, *place, reason])
        if stay is None:
            request = requests.get(decision.request_id)
            wished: list[Cell] = [request.start, request.end] if request else [None, None]
            rejected_rows.append([decision.request_id, decision.person_id, *wished, reason])
    occupancy_rows: list[list[Cell]] = [
        [centres.get(n.centre_id, n.centre_id), n.night, n.beds, n.occupied, n.free]
        for n in occupancy(scenario, plan)
    ]
    book = Workbook()
    book.remove(book.active)
    _sheet(book, t("xlsx.sheet.plan", lang), _plan_header(guests, lang), plan_rows)
    if guests is not None:
        _widen_guest_columns(book[t("xlsx.sheet.plan", lang)])
    _sheet(book, t("xlsx.sheet.occupancy", lang), _header(OCCUPANCY_COLUMNS, lang), occupancy_rows)
    _sheet(book, t("xlsx.sheet.rejected", lang), _header(REJECTED_COLUMNS, lang), rejected_rows)
    return book


def write_plan_xlsx(
    scenario: Scenario, plan: Plan, path: Path, lang: str = "da", guests: Guests | None = None
) -> None:
    """Write the workbook (``plan_workbook``); the file appears whole or not at all, never
    over a device.

    Raises
    ------
    OSError
        As ``scheduler.io.atomic.write_atomically``.
    """
    book = plan_workbook(scenario, plan, lang, guests)
    write_atomically(path, lambda temporary: book.save(temporary))
