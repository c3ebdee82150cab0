"""The repair ticket's state machine (报修工单流程), as the work plan describes it.

    reported → dispatched → arrived → diagnosed → quoted → approved → in_repair
             → completed (site cleaned) → signed_off → followed_up → closed

* A paid repair (inside a home) needs a quote the resident approves before work starts;
  a refused quote closes the ticket with the outcome "refused".
* A free repair (common area) has no quote and no approval: diagnosed → in_repair.
  Quoting, approving or refusing a free repair is refused.
* A quote may be revised while the resident is still deciding (quoted → quoted).
* Reassigning the technician keeps the state; it is possible from dispatch until the
  repair is completed.
* Cancelling needs a reason and is possible until the repair is completed: once the
  work is done it really happened, so the ticket goes on to sign-off and follow-up
  instead of disappearing from the figures.
* Closed and cancelled tickets take no further step.

`advance` answers one question: given the ticket's state, whether it is paid and the
step asked for (with its data), what state comes next — or why not. A step that is
impossible in the current state is a ConflictError (checked first: its message matters
more than a missing field); a step whose own data is missing or wrong is a
ValidationError naming the StepRequest field.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from propdesk.domain.gate.tariff import yuan_text
from propdesk.errors import QT_TRANSLATE_NOOP, ConflictError, ValidationError


class RepairState(StrEnum):
    REPORTED = "reported"
    DISPATCHED = "dispatched"
    ARRIVED = "arrived"
    DIAGNOSED = "diagnosed"
    QUOTED = "quoted"  # waiting for the resident's approval
    APPROVED = "approved"
    IN_REPAIR = "in_repair"
    COMPLETED = "completed"  # work done, site cleaned, result reported
    SIGNED_OFF = "signed_off"
    FOLLOWED_UP = "followed_up"
    CLOSED = "closed"
    CANCELLED = "cancelled"


class RepairStep(StrEnum):
    REPORT = "report"  # opening the ticket: recorded once, never asked for as a step
    DISPATCH = "dispatch"
    REASSIGN = "reassign"
    ARRIVE = "arrive"
    DIAGNOSE = "diagnose"
    QUOTE = "quote"
    APPROVE = "approve"
    REFUSE = "refuse"
    START_REPAIR = "start_repair"
    COMPLETE = "complete"
    SIGN_OFF = "sign_off"
    FOLLOW_UP = "follow_up"
    CLOSE = "close"
    CANCEL = "cancel"


class RepairOutcome(StrEnum):
    """How a ticket ended (empty while it is open)."""

    RESOLVED = "resolved"
    REFUSED = "refused"  # the resident refused the quote
    CANCELLED = "cancelled"


S = RepairState
TERMINAL_STATES = frozenset({S.CLOSED, S.CANCELLED})
OPEN_STATES = frozenset(RepairState) - TERMINAL_STATES
# Before the work is done: a ticket may still be cancelled or given another technician.
CANCELLABLE_STATES = frozenset(
    {S.REPORTED, S.DISPATCHED, S.ARRIVED, S.DIAGNOSED, S.QUOTED, S.APPROVED, S.IN_REPAIR}
)
REASSIGNABLE_STATES = CANCELLABLE_STATES - {S.REPORTED}
# The office waits for the resident here: the resolution clock and staleness pause.
WAITING_FOR_RESIDENT = S.QUOTED

# The main path, in order: where each state lies decides whether a refused step comes
# too early (its own message) or was already recorded.
_PATH = (
    S.REPORTED,
    S.DISPATCHED,
    S.ARRIVED,
    S.DIAGNOSED,
    S.QUOTED,
    S.APPROVED,
    S.IN_REPAIR,
    S.COMPLETED,
    S.SIGNED_OFF,
    S.FOLLOWED_UP,
    S.CLOSED,
)
_RANK = {state: rank for rank, state in enumerate(_PATH)}

_PAID_ONLY = frozenset({RepairStep.QUOTE, RepairStep.APPROVE, RepairStep.REFUSE})

# step → {from: to} for a paid repair; a free one differs only in START_REPAIR.
_MOVES: dict[RepairStep, dict[RepairState, RepairState]] = {
    RepairStep.REPORT: {},
    RepairStep.DISPATCH: {S.REPORTED: S.DISPATCHED},
    RepairStep.REASSIGN: {state: state for state in REASSIGNABLE_STATES},
    RepairStep.ARRIVE: {S.DISPATCHED: S.ARRIVED},
    RepairStep.DIAGNOSE: {S.ARRIVED: S.DIAGNOSED},
    RepairStep.QUOTE: {S.DIAGNOSED: S.QUOTED, S.QUOTED: S.QUOTED},
    RepairStep.APPROVE: {S.QUOTED: S.APPROVED},
    RepairStep.REFUSE: {S.QUOTED: S.CLOSED},
    RepairStep.START_REPAIR: {S.APPROVED: S.IN_REPAIR},
    RepairStep.COMPLETE: {S.IN_REPAIR: S.COMPLETED},
    RepairStep.SIGN_OFF: {S.COMPLETED: S.SIGNED_OFF},
    RepairStep.FOLLOW_UP: {S.SIGNED_OFF: S.FOLLOWED_UP},
    RepairStep.CLOSE: {S.FOLLOWED_UP: S.CLOSED},
    RepairStep.CANCEL: dict.fromkeys(CANCELLABLE_STATES, S.CANCELLED),
}
_FREE_START = {S.DIAGNOSED: S.IN_REPAIR}

_OUTCOMES = {
    RepairStep.REFUSE: RepairOutcome.REFUSED,
    RepairStep.CLOSE: RepairOutcome.RESOLVED,
    RepairStep.CANCEL: RepairOutcome.CANCELLED,
}

_ALREADY = QT_TRANSLATE_NOOP("messages", "This step has already been recorded for this ticket.")
# The message when a step comes before the ticket is ready for it.
_TOO_EARLY = {
    RepairStep.ARRIVE: QT_TRANSLATE_NOOP(
        "messages", "Dispatch a technician before recording the arrival."
    ),
    RepairStep.DIAGNOSE: QT_TRANSLATE_NOOP(
        "messages", "The technician must arrive before the diagnosis is recorded."
    ),
    RepairStep.QUOTE: QT_TRANSLATE_NOOP("messages", "Diagnose the fault before giving a quote."),
    RepairStep.APPROVE: QT_TRANSLATE_NOOP(
        "messages",
        "There is no quote yet: record the quote before the resident approves or refuses it.",
    ),
    RepairStep.START_REPAIR: QT_TRANSLATE_NOOP(
        "messages", "Diagnose the fault before starting the repair."
    ),
    RepairStep.COMPLETE: QT_TRANSLATE_NOOP("messages", "Start the repair before completing it."),
    RepairStep.SIGN_OFF: QT_TRANSLATE_NOOP(
        "messages", "The resident signs off only after the repair is completed."
    ),
    RepairStep.FOLLOW_UP: QT_TRANSLATE_NOOP(
        "messages", "The follow-up call comes after the resident's sign-off."
    ),
    RepairStep.CLOSE: QT_TRANSLATE_NOOP(
        "messages", "Record the follow-up call before closing the ticket."
    ),
}
_TOO_EARLY[RepairStep.REFUSE] = _TOO_EARLY[RepairStep.APPROVE]

MAX_AMOUNT_FEN = 10_000_000  # ¥100,000: a larger quote is surely a typing mistake
MAX_DURATION_MINUTES = 30 * 24 * 60
RATINGS = range(1, 6)


@dataclass(frozen=True)
class StepRequest:
    """One step asked for, with the data that step needs (other fields are ignored).

    | step          | needs                                             |
    | ------------- | ------------------------------------------------- |
    | dispatch      | technician_id                                     |
    | reassign      | technician_id (another one)                       |
    | arrive        | —                                                 |
    | diagnose      | diagnosis                                         |
    | quote         | labour_fen, materials_fen, duration_minutes       |
    | approve       | —                                                 |
    | refuse        | — (reason optional: why the resident refused)      |
    | start_repair  | —                                                 |
    | complete      | work_done, site_cleaned=True (materials_used)     |
    | sign_off      | signed_by                                         |
    | follow_up     | rating 1–5 (comment)                              |
    | close         | —                                                 |
    | cancel        | reason                                            |

    `at` is when it happened (None: now); a step entered later from a paper slip gives
    its real time. `note` is free text kept with the step in the timeline.
    """

    step: RepairStep
    at: datetime | None = None
    note: str = ""
    technician_id: uuid.UUID | None = None
    diagnosis: str = ""
    labour_fen: int | None = None
    materials_fen: int | None = None
    duration_minutes: int | None = None
    work_done: str = ""
    materials_used: str = ""
    site_cleaned: bool = False
    signed_by: str = ""
    rating: int | None = None
    comment: str = ""
    reason: str = ""


@dataclass(frozen=True)
class Transition:
    from_state: RepairState
    to_state: RepairState
    outcome: RepairOutcome | None  # set when the step ends the ticket


def next_state(state: RepairState, step: RepairStep, *, paid: bool) -> RepairState:
    """Where `step` takes a ticket in `state`; ConflictError when it cannot be taken."""
    moves = _MOVES[step]
    if step is RepairStep.START_REPAIR and not paid:
        moves = _FREE_START
    if state in TERMINAL_STATES:
        raise ConflictError(
            QT_TRANSLATE_NOOP("messages", "This ticket is closed; no further step is possible.")
            if state is S.CLOSED
            else QT_TRANSLATE_NOOP(
                "messages", "This ticket was cancelled; no further step is possible."
            ),
            field="step",
        )
    if step in _PAID_ONLY and not paid:
        raise ConflictError(
            QT_TRANSLATE_NOOP(
                "messages",
                "A free (common-area) repair has no quote or approval: start the repair "
                "after the diagnosis.",
            ),
            field="step",
        )
    if state in moves:
        return moves[state]
    raise ConflictError(_refusal(state, step, paid), field="step", state=state, step=step)


_NOT_APPROVED = QT_TRANSLATE_NOOP(
    "messages", "The resident has not approved the quote yet: the repair cannot start."
)


def _refusal(state: RepairState, step: RepairStep, paid: bool) -> str:
    """Why `step` cannot be taken in the (open) `state`."""
    special = _special_refusal(state, step)
    if special is not None:
        return special
    if _RANK[state] >= _RANK[_MILESTONE.get(step) or _first_target(step, paid)]:
        return _ALREADY
    if step is RepairStep.START_REPAIR and paid and state in (S.DIAGNOSED, S.QUOTED):
        return _NOT_APPROVED
    return _TOO_EARLY[step]


def _special_refusal(state: RepairState, step: RepairStep) -> str | None:
    """The steps whose refusal says more than "too early" or "already done"."""
    message = None
    if step is RepairStep.REPORT:
        message = QT_TRANSLATE_NOOP("messages", "A ticket is reported once, when it is opened.")
    elif step is RepairStep.CANCEL:
        message = QT_TRANSLATE_NOOP(
            "messages",
            "The repair is done and can no longer be cancelled; record the sign-off "
            "and the follow-up instead.",
        )
    elif step is RepairStep.REASSIGN and state is S.REPORTED:
        message = QT_TRANSLATE_NOOP(
            "messages", "No technician is dispatched yet: dispatch one instead."
        )
    elif step is RepairStep.REASSIGN:
        message = QT_TRANSLATE_NOOP(
            "messages", "The repair is done; the technician can no longer be changed."
        )
    elif step is RepairStep.DISPATCH and state in REASSIGNABLE_STATES:
        message = QT_TRANSLATE_NOOP(
            "messages", "A technician is already dispatched: reassign the ticket instead."
        )
    return message


# Where a step's mark lies on the main path when its target does not say it: a refusal
# ends the ticket, but it answers the quote just as an approval does.
_MILESTONE = {RepairStep.REFUSE: S.APPROVED}


def _first_target(step: RepairStep, paid: bool) -> RepairState:
    moves = _FREE_START if step is RepairStep.START_REPAIR and not paid else _MOVES[step]
    return next(iter(moves.values()))


def _whole(value: object, low: int, high: int) -> bool:
    """A whole number (not a bool) from low to high."""
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def check_step_data(request: StepRequest) -> None:
    """ValidationError naming the StepRequest field that the step needs and lacks.

    Texts are expected cleaned (white space collapsed) by the caller.
    """
    step = request.step
    if step in (RepairStep.DISPATCH, RepairStep.REASSIGN) and request.technician_id is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Choose the technician to send."),
            field="technician_id",
        )
    if step is RepairStep.DIAGNOSE and not request.diagnosis:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Describe what the technician found."),
            field="diagnosis",
        )
    if step is RepairStep.QUOTE:
        _check_amount(request.labour_fen, "labour_fen")
        _check_amount(request.materials_fen, "materials_fen")
        if not _whole(request.duration_minutes, 1, MAX_DURATION_MINUTES):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The expected duration must be a whole number of minutes from 1 to {max}.",
                ),
                field="duration_minutes",
                max=MAX_DURATION_MINUTES,
            )
    if step is RepairStep.COMPLETE:
        if not request.work_done:
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "Describe the work done."), field="work_done"
            )
        if request.site_cleaned is not True:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "messages", "Confirm that the site was cleaned up after the repair."
                ),
                field="site_cleaned",
            )
    if step is RepairStep.SIGN_OFF and not request.signed_by:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Enter the name of the person who signed off."),
            field="signed_by",
        )
    if step is RepairStep.FOLLOW_UP and not _whole(request.rating, RATINGS[0], RATINGS[-1]):
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "The rating must be a whole number from 1 to 5."),
            field="rating",
        )
    if step is RepairStep.CANCEL and not request.reason:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Give a reason for cancelling."), field="reason"
        )


def _check_amount(value: int | None, field: str) -> None:
    if not _whole(value, 0, MAX_AMOUNT_FEN):
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Enter an amount from ¥0.00 to {max}."),
            field=field,
            max=yuan_text(MAX_AMOUNT_FEN),
        )


def advance(state: RepairState, request: StepRequest, *, paid: bool) -> Transition:
    """The transition `request` makes from `state`: the state first (ConflictError),
    then the step's own data (ValidationError)."""
    to_state = next_state(state, request.step, paid=paid)
    check_step_data(request)
    return Transition(state, to_state, _OUTCOMES.get(request.step))


def possible_steps(state: RepairState, *, paid: bool) -> list[RepairStep]:
    """The steps a ticket in `state` can take now, in the order a form offers them."""
    found = []
    for step in RepairStep:
        try:
            next_state(state, step, paid=paid)
        except ConflictError:
            continue
        found.append(step)
    return found
