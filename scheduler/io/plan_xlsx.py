"""A plan as a workbook for people: the plan, occupancy per centre per night, and the
rejected requests with their reasons. Headers and words come from the catalogue (Danish by
default); dates are date cells; text a spreadsheet could run (an id ``=R1``) is a text cell.
The file appears whole or not at all (``scheduler.io.atomic``)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook

from scheduler.domain.model import Plan, Scenario
from scheduler.i18n import t
from scheduler.io.atomic import write_atomically
from scheduler.io.formula_guard import guard_row
from scheduler.io.plan_occupancy import occupancy

PLAN_COLUMNS = ("request", "person", "status", "centre", "bed", "start", "end", "nights", "reason")
OCCUPANCY_COLUMNS = ("centre", "night", "beds", "occupied", "free")
REJECTED_COLUMNS = ("request", "person", "wished_start", "wished_end", "reason")
Cell = object


def _sheet(book: Workbook, title: str, header: Sequence[str], rows: list[list[Cell]]) -> None:
    sheet = book.create_sheet(title)
    sheet.append(list(header))
    for row in rows:
        sheet.append(row)
        guard_row(sheet[sheet.max_row])
    sheet.freeze_panes = "A2"


def _header(columns: Sequence[str], lang: str) -> list[str]:
    return [t(f"xlsx.col.{column}", lang) for column in columns]


def plan_workbook(scenario: Scenario, plan: Plan, lang: str = "da") -> Workbook:
    """The workbook: sheets plan, occupancy and rejected."""
    requests = scenario.request_by_id
    plan_rows: list[list[Cell]] = []
    rejected_rows: list[list[Cell]] = []
    for decision in plan.decisions:
        stay = decision.stay
        reason = t(f"reason.{decision.reason.value}", lang) if decision.reason else None
        status = t(f"status.{decision.status.value}", lang)
        if stay is not None:
            place: list[Cell] = [
                stay.centre_id,
                stay.bed or None,
                stay.start,
                stay.end,
                stay.nights,
            ]
        else:
            place = [None] * 5
        plan_rows.append([decision.request_id, decision.person_id, status, *place, reason])
        if stay is None:
            request = requests.get(decision.request_id)
            wished: list[Cell] = [request.start, request.end] if request else [None, None]
            rejected_rows.append([decision.request_id, decision.person_id, *wished, reason])
    occupancy_rows: list[list[Cell]] = [
        [n.centre_id, n.night, n.beds, n.occupied, n.free] for n in occupancy(scenario, plan)
    ]
    book = Workbook()
    book.remove(book.active)
    _sheet(book, t("xlsx.sheet.plan", lang), _header(PLAN_COLUMNS, lang), plan_rows)
    _sheet(book, t("xlsx.sheet.occupancy", lang), _header(OCCUPANCY_COLUMNS, lang), occupancy_rows)
    _sheet(book, t("xlsx.sheet.rejected", lang), _header(REJECTED_COLUMNS, lang), rejected_rows)
    return book


def write_plan_xlsx(scenario: Scenario, plan: Plan, path: Path, lang: str = "da") -> None:
    """Write the workbook; the file appears whole or not at all, never over a device.

    Raises
    ------
    OSError
        As ``scheduler.io.atomic.write_atomically``.
    """
    book = plan_workbook(scenario, plan, lang)
    write_atomically(path, lambda temporary: book.save(temporary))
