"""Daily operations on the published plan: acute stays, cancellations and the waiting list,
decision letters and case deadlines. Each function takes the store's engine and plain values
and returns dataclasses; each change is one transaction that publishes a new version."""

from scheduler.service.operations.acute import AcuteOutcome, AcutePlacement, insert_acute
from scheduler.service.operations.commit import OperationError
from scheduler.service.operations.deadlines import OverdueCase, overdue, overdue_count
from scheduler.service.operations.letters import (
    letters_zip,
    letters_zip_bytes,
    render_letter,
    write_letter,
)
from scheduler.service.operations.waiting import (
    AcceptOutcome,
    CancelOutcome,
    Offer,
    accept_offer,
    cancel,
    waiting_list,
)

__all__ = [
    "AcceptOutcome",
    "AcuteOutcome",
    "AcutePlacement",
    "CancelOutcome",
    "Offer",
    "OperationError",
    "OverdueCase",
    "accept_offer",
    "cancel",
    "insert_acute",
    "letters_zip",
    "letters_zip_bytes",
    "overdue",
    "overdue_count",
    "render_letter",
    "waiting_list",
    "write_letter",
]
