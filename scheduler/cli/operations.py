"""Daily operations: ``acute``, ``cancel``, ``offers``, ``accept``, ``letter``, ``letters`` and
``overdue``, on the published plan of the database (``--db``, ``--actor`` as the store commands).

Exit codes as in ``scheduler.cli``: ``acute`` exits 1 when no stay fits (the request is then
recorded as rejected), ``overdue`` exits 1 when a request is flagged; refusals exit 2. An
operation that lost a race with another case worker is made again on their plan and says so in
a last line; one that lost every attempt exits 1 and says that nothing was changed.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from scheduler.cli import EXIT_INVALID, EXIT_OK, EXIT_VIOLATIONS
from scheduler.cli.store import actor_of, engine_of, guarded, store_options
from scheduler.domain.errors import UserError
from scheduler.domain.model import Reason, Stay
from scheduler.domain.objective import tier_of
from scheduler.i18n import t
from scheduler.io.atomic import check_output, write_atomically
from scheduler.io.text_checks import looks_like_cpr
from scheduler.service.operations import (
    AcuteOutcome,
    accept_offer,
    cancel,
    insert_acute,
    letters_zip,
    overdue,
    render_letter,
    waiting_list,
)
from scheduler.service.operations.acute import LATER_MAY_FIT
from scheduler.service.operations.letter_sending import send_unsent_to_file
from scheduler.service.versions import load_scenario


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the operations' subcommands."""
    store = store_options(common)

    cmd = commands.add_parser("acute", parents=[store], help="place an acute stay at once")
    cmd.add_argument("person", help="person_id")
    cmd.add_argument("--start", type=date.fromisoformat, required=True, help="first night")
    cmd.add_argument("--nights", type=int, help="length (default: the profile's acute_nights)")
    cmd.add_argument("--flex", type=int, default=0, help="days the start may move (default 0)")
    cmd.add_argument("--received", type=date.fromisoformat, help="day reported (default today)")
    cmd.set_defaults(handler=guarded(_acute))

    cmd = commands.add_parser("cancel", parents=[store], help="cancel a request, freeing its stay")
    cmd.add_argument("request", help="request_id")
    cmd.set_defaults(handler=guarded(_cancel))

    cmd = commands.add_parser("offers", parents=[store], help="list the waiting list")
    cmd.set_defaults(handler=guarded(_offers))

    cmd = commands.add_parser("accept", parents=[store], help="book a request of the waiting list")
    cmd.add_argument("request", help="request_id")
    cmd.set_defaults(handler=guarded(_accept))

    cmd = commands.add_parser("letter", parents=[store], help="write the decision letter")
    cmd.add_argument("request", help="request_id")
    cmd.add_argument("--out", type=Path, required=True, help="file to write: .pdf or .html")
    cmd.add_argument("--date", type=date.fromisoformat, help="the letter's date (default today)")
    cmd.set_defaults(handler=guarded(_letter))

    cmd = commands.add_parser("letters", parents=[store], help="write many letters into a zip")
    cmd.add_argument("requests", nargs="*", help="request_ids")
    cmd.add_argument(
        "--unsent",
        action="store_true",
        help="the letters not sent yet, as PDFs in their recorded words; marks them sent",
    )
    cmd.add_argument("--out", type=Path, required=True, help=".zip file to write")
    cmd.add_argument("--format", choices=(".pdf", ".html"), default=".pdf")
    cmd.add_argument("--date", type=date.fromisoformat, help="the letters' date (default today)")
    cmd.set_defaults(handler=guarded(_letters))

    cmd = commands.add_parser("overdue", parents=[store], help="requests past the case deadline")
    cmd.add_argument("--today", type=date.fromisoformat, help="judge as of this day")
    cmd.set_defaults(handler=guarded(_overdue))


def _stay_params(stay: Stay) -> dict[str, object]:
    return {
        "centre_id": stay.centre_id,
        "bed": stay.bed,
        "start": stay.start,
        "end": stay.end,
        "nights": stay.nights,
    }


def _acute(args: argparse.Namespace, lang: str) -> int:
    if looks_like_cpr(args.person):  # never looked up, stored or logged
        print(f"PERSON_ID: {t('person.cpr_number', lang)}", file=sys.stderr)
        return EXIT_INVALID
    outcome = insert_acute(
        engine_of(args),
        args.person,
        args.start,
        actor_of(args),
        nights=args.nights,
        flex_days=args.flex,
        received=args.received,
    )
    placement = outcome.placement
    if placement.stay is not None:
        stay = placement.stay
        centre = outcome.centre_names[stay.centre_id]
        params = _stay_params(stay)
        print(
            t(
                "acute.placed",
                lang,
                request=outcome.request_id,
                centre=centre,
                **params,
                version=outcome.version,
            )
        )
        _say_retried(outcome.retries, lang)
        return EXIT_OK
    reason = t(f"reason.{placement.reason}", lang)
    print(
        t(
            "acute.rejected",
            lang,
            request=outcome.request_id,
            reason=reason,
            version=outcome.version,
        )
    )
    _say_retried(outcome.retries, lang)
    if placement.reason is Reason.CAPACITY or placement.reason in LATER_MAY_FIT:
        _print_alternatives(outcome, lang)
    return EXIT_VIOLATIONS


def _print_alternatives(outcome: AcuteOutcome, lang: str) -> None:
    placement = outcome.placement
    names = outcome.centre_names
    if placement.earliest is None:
        print(t("acute.no_later", lang))
    else:
        stay = placement.earliest
        print(t("acute.earliest", lang, centre=names[stay.centre_id], **_stay_params(stay)))
    if placement.reason is not Reason.CAPACITY:
        return
    print(t("acute.waiting", lang))
    if placement.sooner is None:
        print(t("acute.no_sooner", lang))
        return
    sooner = placement.sooner
    print(t("acute.sooner", lang, centre=names[sooner.centre_id], **_stay_params(sooner)))
    for stay in placement.to_move:
        print(t("acute.move_line", lang, request=stay.request_id, **_stay_params(stay)))


def _cancel(args: argparse.Namespace, lang: str) -> int:
    outcome = cancel(engine_of(args), args.request, actor_of(args))
    if outcome.version is None:
        print(t("cancel.undecided", lang, request=args.request))
    elif outcome.freed is None:
        print(t("cancel.rejected", lang, request=args.request, version=outcome.version))
    else:
        freed = outcome.freed
        print(
            t(
                "cancel.done",
                lang,
                request=args.request,
                centre=freed.centre_id,
                start=freed.start,
                end=freed.end,
                version=outcome.version,
            )
        )
    _say_retried(outcome.retries, lang)
    return EXIT_OK


def _offers(args: argparse.Namespace, lang: str) -> int:
    engine = engine_of(args)
    found = waiting_list(engine)
    if not found:
        print(t("offers.none", lang))
        return EXIT_OK
    rules = load_scenario(engine).rules
    print(t("offers.header", lang, count=len(found)))
    for rank, offer in enumerate(found, start=1):
        request = offer.request
        print(
            t(
                "offers.line",
                lang,
                rank=rank,
                request=request.request_id,
                tier=t(f"tier.{tier_of(request, rules).value}", lang),
                priority=request.priority,
                received=request.received,
                centre=offer.centre_name,
                **_stay_params(offer.stay),
            )
        )
    return EXIT_OK


def _accept(args: argparse.Namespace, lang: str) -> int:
    outcome = accept_offer(engine_of(args), args.request, actor_of(args))
    params = _stay_params(outcome.stay)
    print(
        t(
            "accept.done",
            lang,
            request=args.request,
            centre=outcome.centre_name,
            **params,
            version=outcome.version,
        )
    )
    _say_retried(outcome.retries, lang)
    return EXIT_OK


def _say_retried(retries: int, lang: str) -> None:
    """Say that the operation lost a race and was made again on the plan published meanwhile
    (the lines above already name that plan's version)."""
    if retries:
        print(t("operations.retried", lang))


def _letter(args: argparse.Namespace, lang: str) -> int:
    """The letter, made whole before its file is written (``scheduler.io.atomic``): a full
    disk leaves neither a 0-byte PDF nor a temporary file."""
    check_output(args.out)
    data = render_letter(engine_of(args), args.request, args.out.suffix.lower(), args.date, lang)
    write_atomically(args.out, lambda temporary: temporary.write_bytes(data))
    print(t("letter.written", lang, request=args.request, path=args.out))
    return EXIT_OK


def _letters(args: argparse.Namespace, lang: str) -> int:
    if args.unsent == bool(args.requests):
        raise UserError("letters.requests_or_unsent")
    check_output(args.out)
    engine = engine_of(args)
    if args.unsent:
        sent = send_unsent_to_file(engine, args.out, actor_of(args), lang)
        print(t("letters.unsent_written", lang, count=sent, path=args.out))
        return EXIT_OK
    counted: list[int] = []

    def write(temporary: Path) -> None:
        counted.append(letters_zip(engine, args.requests, temporary, args.format, args.date, lang))

    write_atomically(args.out, write)
    count = counted[0]
    print(t("letters.written", lang, count=count, path=args.out))
    return EXIT_OK


def _overdue(args: argparse.Namespace, lang: str) -> int:
    cases = overdue(engine_of(args), args.today)
    if not cases:
        print(t("overdue.none", lang))
        return EXIT_OK
    print(t("overdue.header", lang, count=len(cases)))
    for case in cases:
        request = case.request
        print(
            t(
                "overdue.line",
                lang,
                request=request.request_id,
                kind=t(f"kind.{request.kind.value}", lang),
                person=request.person_id,
                received=request.received,
                due=case.due,
                days=case.days_over,
            )
        )
    return EXIT_VIOLATIONS
