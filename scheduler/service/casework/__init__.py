"""Case work all year on the published plan, one case at a time, for the app's forms and the
command line alike: enter a person, a wish or a closure; change a promise; record what
happened to a stay; change what decides a person's grants with their promises re-checked; and
read each person's yearly nights and stays.

Every function takes the store's engine and typed values and returns dataclasses; every
change is one transaction with its audit entry (ids only). Faults in entered values are
``ScenarioError`` with each fault on its field (``field_messages`` groups them for a form);
refusals are ``UserError`` (``StalePlanError`` when another version was published meanwhile).
"""

from scheduler.service.casework.accounts import (
    PersonAccount,
    StayLine,
    YearAccount,
    all_year_accounts,
    person_account,
)
from scheduler.service.casework.change import (
    ChangeOutcome,
    ChangePreview,
    change_stay,
    preview_change,
)
from scheduler.service.casework.closures import ClosureConflict, ClosureOutcome, add_closure
from scheduler.service.casework.entries import (
    ClosureInput,
    PersonInput,
    RequestInput,
    field_messages,
    flag_of,
)
from scheduler.service.casework.fitting import Alternatives, Blocking, NewPlacement
from scheduler.service.casework.person_rules import (
    PersonEditOutcome,
    PersonEditPreview,
    PersonRules,
    edit_person_rules,
    preview_person_edit,
)
from scheduler.service.casework.persons import add_person
from scheduler.service.casework.promise_choices import (
    BrokenPromise,
    CancelStay,
    KeepStay,
    MoveStay,
    StayChoice,
)
from scheduler.service.casework.records import (
    RecordOutcome,
    record_arrival,
    record_departure,
    record_no_show,
)
from scheduler.service.casework.undo import UndoOutcome, undo_record
from scheduler.service.casework.wishes import RequestOutcome, add_request, preview_request
from scheduler.store.casework_repo import StayException, StayRecord

__all__ = [
    "Alternatives",
    "Blocking",
    "BrokenPromise",
    "CancelStay",
    "ChangeOutcome",
    "ChangePreview",
    "ClosureConflict",
    "ClosureInput",
    "ClosureOutcome",
    "KeepStay",
    "MoveStay",
    "NewPlacement",
    "PersonAccount",
    "PersonEditOutcome",
    "PersonEditPreview",
    "PersonInput",
    "PersonRules",
    "RecordOutcome",
    "RequestInput",
    "RequestOutcome",
    "StayChoice",
    "StayException",
    "StayLine",
    "StayRecord",
    "UndoOutcome",
    "YearAccount",
    "add_closure",
    "add_person",
    "add_request",
    "all_year_accounts",
    "change_stay",
    "edit_person_rules",
    "field_messages",
    "flag_of",
    "person_account",
    "preview_change",
    "preview_person_edit",
    "preview_request",
    "record_arrival",
    "record_departure",
    "record_no_show",
    "undo_record",
]
