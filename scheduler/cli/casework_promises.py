"""Promises and what happened, from the command line: ``change``, ``record``, ``person
show`` and ``person edit``, printing the rules a change would break and what would fit."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping
from datetime import date

from scheduler.cli import EXIT_INVALID, EXIT_OK, EXIT_VIOLATIONS
from scheduler.cli.casework_entries import cells_of, print_faults, stay_params
from scheduler.cli.store import actor_of, engine_of
from scheduler.domain.checker import format_violation
from scheduler.domain.faults import ScenarioError
from scheduler.i18n import has, t
from scheduler.service import casework as cw


def change(args: argparse.Namespace, lang: str) -> int:
    """``change``: exit 0 with the new published version; 1 with the rules broken and the
    alternatives (nothing changed)."""
    outcome = cw.change_stay(
        engine_of(args),
        args.request,
        actor_of(args),
        start=args.start,
        end=args.end,
        centre=args.centre,
    )
    preview = outcome.preview
    names = preview.centre_names
    if outcome.version is not None:
        params = stay_params(preview.after, names)
        print(
            t("casework.change.done", lang, request=args.request, version=outcome.version, **params)
        )
        return EXIT_OK
    after = preview.after
    print(
        t(
            "casework.change.refused",
            lang,
            request=args.request,
            centre_id=after.centre_id,
            start=after.start,
            end=after.end,
        )
    )
    for violation in preview.violations:
        print("  " + format_violation(violation, lang))
    print_alternatives(preview.alternatives, names, lang)
    return EXIT_VIOLATIONS


def print_alternatives(found: cw.Alternatives, names: Mapping[str, str], lang: str) -> None:
    """The alternatives of a stay that does not fit, one line each."""
    if not (found.nearest or found.other_centres or found.blocking or found.longest):
        print(t("casework.alt.none", lang))
        return
    if found.longest is not None:
        print(t("casework.alt.longest", lang, **stay_params(found.longest, names)))
    for key, stays in (
        ("casework.alt.nearest", found.nearest),
        ("casework.alt.other_centres", found.other_centres),
    ):
        if stays:
            print(t(key, lang))
            for stay in stays:
                print(t("casework.alt.stay", lang, **stay_params(stay, names)))
    if found.blocking:
        print(t("casework.alt.blocking", lang))
        for block in found.blocking:
            stay = block.stay
            kind = t("casework.alt.promised" if block.promised else "casework.alt.unpinned", lang)
            params = {"request": stay.request_id, "start": stay.start, "end": stay.end}
            print(t("casework.alt.blocking_line", lang, bed=stay.bed, kind=kind, **params))


def record(args: argparse.Namespace, lang: str) -> int:
    """``record``: the arrival, no-show or early departure, and the nights it freed; or the
    last record undone. ``--today`` records as of that day (default today): nothing after it
    can be recorded."""
    engine, actor, centre = engine_of(args), actor_of(args), args.own_centre
    today = args.today
    if args.undo:
        undone = cw.undo_record(engine, args.request, actor, centre=centre)
        key = (
            "casework.record.undone"
            if undone.version is None
            else "casework.record.undone_published"
        )
        print(t(key, lang, request=args.request, version=undone.version))
        return EXIT_OK
    if args.arrived is not None:
        outcome = cw.record_arrival(
            engine, args.request, args.arrived, actor, centre=centre, today=today
        )
        print(t("casework.record.arrived", lang, request=args.request, day=args.arrived))
    elif args.no_show:
        outcome = cw.record_no_show(engine, args.request, actor, centre=centre, today=today)
        print(t("casework.record.no_show", lang, request=args.request))
    else:
        outcome = cw.record_departure(
            engine, args.request, args.left, actor, centre=centre, today=today
        )
        print(t("casework.record.left", lang, request=args.request, day=args.left))
    if outcome.version is not None:
        nights = outcome.freed_nights
        print(t("casework.record.freed", lang, nights=nights, version=outcome.version))
    return EXIT_OK


def person_show(args: argparse.Namespace, lang: str) -> int:
    """``person show``: the person's years (granted, used, left), stays, no-shows and
    exceptions."""
    account = cw.person_account(engine_of(args), args.person)
    person = account.person
    needs = ", ".join(sorted(person.needs)) or t("casework.person.no_needs", lang)
    limit = account.years[0].limit if account.years else ""
    print(
        t(
            "casework.person.header",
            lang,
            person=person.person_id,
            name=person.name,
            needs=needs,
            limit=limit,
        )
    )
    for year in account.years:
        print(
            t(
                "casework.person.year",
                lang,
                period=year.period,
                granted=year.granted,
                used=year.used,
                opening=year.opening,
                left=year.left,
                limit=year.limit,
            )
        )
        if year.stays_limit is not None:
            print(
                t(
                    "casework.person.year_stays",
                    lang,
                    granted=year.granted_stays,
                    used=year.used_stays,
                    left=year.stays_left,
                    limit=year.stays_limit,
                )
            )
    print(t("casework.person.stays", lang))
    if not account.stays:
        print(t("casework.person.none", lang))
    for line in account.stays:
        print(_stay_line(line, lang))
    if account.no_shows:
        print(t("casework.person.no_shows", lang))
    for gone in account.no_shows:
        params = {"start": gone.planned_start, "end": gone.planned_end}
        print(
            t(
                "casework.person.no_show",
                lang,
                request=gone.request_id,
                centre_id=gone.centre_id,
                **params,
            )
        )
    if account.exceptions:
        print(t("casework.person.exceptions", lang))
        for kept in account.exceptions:
            print(
                t(
                    "casework.person.exception",
                    lang,
                    request=kept.request_id,
                    rule=rule_name(kept.rule, lang),
                    reason=kept.reason,
                    by=kept.created_by,
                    at=kept.created_at.strftime("%Y-%m-%d %H:%M"),
                )
            )
    return EXIT_OK


def rule_name(rule: str, lang: str) -> str:
    """A checker rule code in words where the catalogue has them."""
    key = f"casework.rule.{rule}"
    return t(key, lang) if has(key) else rule


def _stay_line(line: cw.StayLine, lang: str) -> str:
    stay, record = line.stay, line.record
    status = ""
    if record is not None and record.arrived is not None:
        status += t("casework.person.arrived", lang, day=record.arrived)
    if record is not None and record.departed is not None:
        status += t("casework.person.departed", lang, day=record.departed)
    return t(
        "casework.person.stay",
        lang,
        request=stay.request_id,
        centre_id=stay.centre_id,
        start=stay.start,
        end=stay.end,
        nights=stay.nights,
        status=status,
    )


def person_edit(args: argparse.Namespace, lang: str) -> int:
    """``person edit``: exit 0 when saved; 1 listing the broken promises when a choice is
    missing for one (nothing saved); 2 with the faults."""
    cells = cells_of(
        args, ("needs", "annual_nights", "consent", "self_appointed_helper", "grant_start")
    )
    try:
        choices = _choices(args)
    except ValueError as error:
        print(t("casework.edit.bad_choice", lang, value=str(error)), file=sys.stderr)
        return EXIT_INVALID
    engine = engine_of(args)
    try:
        preview = cw.preview_person_edit(engine, args.person, cells)
        missing = [p for p in preview.broken if p.stay.request_id not in choices]
        if missing:
            _print_broken(preview, lang)
            return EXIT_VIOLATIONS
        outcome = cw.edit_person_rules(
            engine, args.person, cells, actor_of(args), choices=choices, seen=preview.version
        )
    except ScenarioError as error:
        return print_faults(error, lang)
    print(t("casework.edit.saved", lang, person=args.person))
    if outcome.version is not None:
        print(t("casework.edit.published", lang, version=outcome.version))
    return EXIT_OK


def _print_broken(preview: cw.PersonEditPreview, lang: str) -> None:
    print(t("casework.edit.broken", lang, count=len(preview.broken)))
    for promise in preview.broken:
        stay = promise.stay
        params = {"start": stay.start, "end": stay.end}
        print(
            t(
                "casework.edit.stay",
                lang,
                request=stay.request_id,
                centre_id=stay.centre_id,
                **params,
            )
        )
        for violation in promise.violations:
            print("  " + format_violation(violation, lang))
        print_alternatives(promise.alternatives, preview.centre_names, lang)


def _choices(args: argparse.Namespace) -> dict[str, cw.StayChoice]:
    """``--move``, ``--cancel`` and ``--keep`` as choices; ``ValueError`` names a bad one."""
    chosen: dict[str, cw.StayChoice] = {}
    for text in args.cancel:
        if not text.strip():
            raise ValueError(text)
        chosen[text.strip()] = cw.CancelStay()
    for text in args.keep:
        request, sep, reason = text.partition("=")
        if not sep or not request.strip():
            raise ValueError(text)
        chosen[request.strip()] = cw.KeepStay(reason)
    for text in args.move:
        chosen.update([_move(text)])
    return chosen


def _move(text: str) -> tuple[str, cw.MoveStay]:
    request, sep, rest = text.partition("=")
    dates, _, centre = rest.partition("@")
    start, _, end = dates.partition(":")
    if not sep or not request.strip() or not (start or end or centre):
        raise ValueError(text)
    try:
        first = date.fromisoformat(start) if start else None
        last = date.fromisoformat(end) if end else None
    except ValueError:
        raise ValueError(text) from None
    return request.strip(), cw.MoveStay(first, last, centre.strip() or None)
