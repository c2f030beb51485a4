"""Entering one person, wish or closure from the command line (``person add``, ``request
add``, ``closure add``): the flags' text goes to the service as the table's cells, so each
value is read as an imported cell is, and each fault is printed naming its flag."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping

from scheduler.cli import EXIT_INVALID, EXIT_OK, EXIT_VIOLATIONS
from scheduler.cli.store import actor_of, engine_of
from scheduler.domain.faults import ScenarioError
from scheduler.domain.model import Stay
from scheduler.i18n import t
from scheduler.io.fault_text import fault_message
from scheduler.service import casework as cw


def cells_of(args: argparse.Namespace, names: tuple[str, ...]) -> dict[str, str]:
    """The given flags' values as cells (flags left out are left out)."""
    return {name: getattr(args, name) for name in names if getattr(args, name) is not None}


def print_faults(error: ScenarioError, lang: str) -> int:
    """Every fault of a refused entry, one line each naming its flag; exit 2."""
    print(t("solve.invalid", lang), file=sys.stderr)
    for fault in error.faults:
        flag = cw.flag_of(fault.column) if fault.column else fault.file
        message = fault_message(fault, lang)
        print(t("casework.field_fault", lang, flag=flag, message=message), file=sys.stderr)
    return EXIT_INVALID


def stay_params(stay: Stay, names: Mapping[str, str]) -> dict[str, object]:
    """A stay's values for the messages (the centre by name where known)."""
    return {
        "centre": names.get(stay.centre_id, stay.centre_id),
        "centre_id": stay.centre_id,
        "bed": stay.bed,
        "start": stay.start,
        "end": stay.end,
        "nights": stay.nights,
    }


def person_add(args: argparse.Namespace, lang: str) -> int:
    """``person add``: exit 0 when stored, 2 with the faults."""
    cells = cells_of(
        args,
        (
            "person_id",
            "name",
            "needs",
            "annual_nights",
            "used_nights",
            "used_stays",
            "grant_start",
            "carer_name",
        ),
    )
    cells["payment_exempt"] = "true" if args.payment_exempt else "false"
    cells["self_appointed_helper"] = "true" if args.self_appointed_helper else "false"
    cells["consent"] = "false" if args.no_consent else "true"
    try:
        person = cw.add_person(engine_of(args), cells, actor_of(args))
    except ScenarioError as error:
        return print_faults(error, lang)
    print(t("casework.person.added", lang, person=person.person_id))
    return EXIT_OK


def request_add(args: argparse.Namespace, lang: str) -> int:
    """``request add``: exit 0 when stored (and placed, with ``--place-now``); 1 when it
    does not fit now (nothing stored); 2 with the faults."""
    names = (
        "request_id",
        "person_id",
        "received",
        "start",
        "end",
        "flex_days",
        "kind",
        "priority",
        "preferred_centre",
    )
    try:
        outcome = cw.add_request(
            engine_of(args),
            cells_of(args, names),
            actor_of(args),
            place_now=args.place_now,
            handover_note=args.handover_note,
        )
    except ScenarioError as error:
        return print_faults(error, lang)
    rid = outcome.request.request_id
    placement = outcome.placement
    if placement is None:
        print(t("casework.request.added", lang, request=rid))
        return EXIT_OK
    names_of = outcome.centre_names
    if placement.stay is not None:
        params = stay_params(placement.stay, names_of)
        print(t("casework.request.placed", lang, request=rid, version=outcome.version, **params))
        return EXIT_OK
    reason = t(f"reason.{placement.reason}", lang)
    print(t("casework.request.not_placed", lang, request=rid, reason=reason))
    if placement.earliest is None:
        print(t("casework.request.no_later", lang))
    else:
        print(t("casework.request.earliest", lang, **stay_params(placement.earliest, names_of)))
    return EXIT_VIOLATIONS


def closure_add(args: argparse.Namespace, lang: str) -> int:
    """``closure add``: exit 0 when stored; 1 with the promises it would break; 2 with
    the faults or when the centre is not the actor's own."""
    cells = cells_of(args, ("centre_id", "start", "end", "beds_closed"))
    try:
        outcome = cw.add_closure(engine_of(args), cells, actor_of(args), centre=args.own_centre)
    except ScenarioError as error:
        return print_faults(error, lang)
    except cw.ClosureConflict as conflict:
        print(t(conflict.key, lang, **conflict.params), file=sys.stderr)
        for stay in conflict.stays:
            params = {"request": stay.request_id, "start": stay.start, "end": stay.end}
            print(t("casework.closure.stay", lang, bed=stay.bed, **params), file=sys.stderr)
        return EXIT_VIOLATIONS
    closure = outcome.closure
    print(
        t(
            "casework.closure.added",
            lang,
            centre=closure.centre_id,
            beds=closure.beds_closed,
            start=closure.start,
            end=closure.end,
        )
    )
    if outcome.version is not None:
        print(t("casework.closure.version", lang, version=outcome.version))
    return EXIT_OK
