"""Domain values as the words and numbers a user reads (every text from the catalogue)."""

from __future__ import annotations

import enum
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from scheduler.domain.model import Person, Reason, Stay
from scheduler.domain.objective import Tier
from scheduler.i18n import has, t
from scheduler.service.versions import PlanVersionInfo, VersionOrigin
from scheduler.service.views import RequestLine


def day_text(day: date | None, lang: str) -> str:
    """A date as Danes write it (``09.08.2027``), English ``2027-08-09``; empty for none."""
    if day is None:
        return ""
    return day.strftime("%d.%m.%Y") if lang == "da" else day.isoformat()


def tier_text(tier: Tier, lang: str) -> str:
    return t(f"tier.{tier.value}", lang)


def reason_text(reason: Reason | None, lang: str) -> str:
    return t(f"reason.{reason.value}", lang) if reason is not None else ""


def reason_label(reason: Reason | None, lang: str) -> str:
    """A reason standing alone (a table cell, a choice): ``Ingen ledig plads i perioden``;
    ``reason_text`` is the reason inside a sentence."""
    text = reason_text(reason, lang)
    return text[:1].upper() + text[1:]


def seconds_text(seconds: float, lang: str) -> str:
    """Seconds to a tenth as the language writes them: ``13,3`` (English ``13.3``)."""
    text = f"{seconds:.1f}"
    return text.replace(".", ",") if lang == "da" else text


class Category(enum.StrEnum):
    """The calendar's colour groups, in the legend's order."""

    PINNED = "pinned"
    DRAFT = "draft"
    ACUTE = "acute"
    LATE = "late"


def category(line: RequestLine) -> Category:
    """The colour group of a granted request's stay."""
    if line.tier is Tier.ACUTE:
        return Category.ACUTE
    if line.tier is Tier.LATE:
        return Category.LATE
    return Category.PINNED if line.pinned else Category.DRAFT


def category_text(name: str, lang: str) -> str:
    return t(f"ui.category.{name}", lang)


def bed_text(bed: int, lang: str) -> str:
    """A bed label (``Seng 2``); 0 means no label yet."""
    return t("ui.bed", lang, bed=bed) if bed else t("ui.bed.none", lang)


def person_text(person: Person) -> str:
    """A person as the tables show them: ``Borger 0001 (P0001)``."""
    return f"{person.name} ({person.person_id})"


def stay_text(stay: Stay, centre_name: str, lang: str) -> str:
    """Where and when a stay is: ``Testcenter Nord, Seng 2, 05.07.2027 – 19.07.2027``."""
    return t(
        "ui.stay",
        lang,
        centre=centre_name,
        bed=bed_text(stay.bed, lang),
        start=day_text(stay.start, lang),
        end=day_text(stay.end, lang),
    )


LOCAL_TIME = ZoneInfo("Europe/Copenhagen")
"""The store keeps times in UTC; the app shows them as the clock in Denmark reads."""


def moment_text(moment: datetime | None, lang: str) -> str:
    """A stored time (UTC) as Danes read it (``12.03.2027 14:05``), English ISO-like."""
    if moment is None:
        return ""
    local = moment.replace(tzinfo=UTC).astimezone(LOCAL_TIME)
    return local.strftime("%d.%m.%Y %H:%M") if lang == "da" else local.strftime("%Y-%m-%d %H:%M")


def local_day(moment: datetime) -> date:
    """The day in Denmark of a stored time (UTC)."""
    return moment.replace(tzinfo=UTC).astimezone(LOCAL_TIME).date()


def origin_text(version: PlanVersionInfo, lang: str) -> str:
    """What made a version: a planning run (with the solver's verdict), an import, or an
    operation (``akut ophold indsat``)."""
    if version.origin is VersionOrigin.PLANNED:
        status = f"ui.solver_status.{version.solver_status}"
        verdict = t(status, lang) if has(status) else (version.solver_status or "")
        return t("ui.origin.planned", lang, verdict=verdict)
    key = f"ui.solver_status.{version.origin}"
    return t(key, lang) if has(key) else str(version.origin)


def version_text(version: PlanVersionInfo, lang: str) -> str:
    """A version as a sentence names it: ``planversion 3 (akut ophold indsat, 13.03.2027 14:05
    af demo-planner)``."""
    return t(
        "ui.version.named",
        lang,
        number=version.number,
        origin=origin_text(version, lang),
        when=moment_text(version.created_at, lang),
        who=version.created_by,
    )
