"""The complaint's state machine (投诉处理流程).

    received → handling (department and person assigned)
             → answered (investigation, resolution; the time the complainant was told)
             → verdict: satisfied → satisfied, waiting to be closed
                        not satisfied → handling again, the next round
    satisfied → closed (root cause from the short list, its text, corrective action)
    received | handling | answered → closed by a manager, with a reason (and the
                                     root cause and corrective action all closings need)
    closed → follow-up visit once (who, when, how, result, rating 1–5); stays closed
    any open state → voided, with a reason

* Reassigning (another department or person) keeps the state; it is possible while
  the complaint is handled or waiting for the complainant's verdict.
* Closed and voided complaints take no step but the follow-up of a closed one.

`advance` answers, as the repairs' workflow does: the state first (ConflictError, its
message matters more than a missing field), then the step's own data (ValidationError
naming the StepRequest field).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from propdesk.domain.complaints.kinds import FollowUpMethod, RootCause, Verdict
from propdesk.errors import QT_TRANSLATE_NOOP, ConflictError, ValidationError


class ComplaintState(StrEnum):
    RECEIVED = "received"
    HANDLING = "handling"
    ANSWERED = "answered"  # waiting for the complainant's verdict
    SATISFIED = "satisfied"  # waiting to be closed with its root cause
    CLOSED = "closed"
    VOIDED = "voided"


class ComplaintStep(StrEnum):
    RECEIVE = "receive"  # taking the complaint: recorded once, never asked for
    ASSIGN = "assign"
    REASSIGN = "reassign"
    ANSWER = "answer"
    VERDICT = "verdict"
    CLOSE = "close"
    MANAGER_CLOSE = "manager_close"
    FOLLOW_UP = "follow_up"
    VOID = "void"
    LINK_REPAIR = "link_repair"  # a repair ticket opened or linked: kept in the timeline


S = ComplaintState
OPEN_STATES = frozenset({S.RECEIVED, S.HANDLING, S.ANSWERED, S.SATISFIED})
# Not yet answered: the response deadline runs (a complaint sent back keeps the first
# answer's time for the deadline, see domain.complaints.deadlines).
UNANSWERED_STATES = frozenset({S.RECEIVED, S.HANDLING})
RATINGS = range(1, 6)

_MOVES: dict[ComplaintStep, dict[ComplaintState, ComplaintState]] = {
    ComplaintStep.RECEIVE: {},
    ComplaintStep.ASSIGN: {S.RECEIVED: S.HANDLING},
    ComplaintStep.REASSIGN: {S.HANDLING: S.HANDLING, S.ANSWERED: S.ANSWERED},
    ComplaintStep.ANSWER: {S.HANDLING: S.ANSWERED},
    # VERDICT's target depends on the verdict (see next_state).
    ComplaintStep.VERDICT: {S.ANSWERED: S.SATISFIED},
    ComplaintStep.CLOSE: {S.SATISFIED: S.CLOSED},
    ComplaintStep.MANAGER_CLOSE: dict.fromkeys((S.RECEIVED, S.HANDLING, S.ANSWERED), S.CLOSED),
    ComplaintStep.FOLLOW_UP: {S.CLOSED: S.CLOSED},
    ComplaintStep.VOID: dict.fromkeys(OPEN_STATES, S.VOIDED),
    ComplaintStep.LINK_REPAIR: {state: state for state in OPEN_STATES},
}

_TOO_EARLY = {
    ComplaintStep.REASSIGN: QT_TRANSLATE_NOOP(
        "messages", "Nobody handles this complaint yet: assign it first."
    ),
    ComplaintStep.ANSWER: QT_TRANSLATE_NOOP(
        "messages", "Assign the complaint to a department and a person before answering it."
    ),
    ComplaintStep.VERDICT: QT_TRANSLATE_NOOP(
        "messages", "Record the answer given before the complainant's verdict."
    ),
    ComplaintStep.CLOSE: QT_TRANSLATE_NOOP(
        "messages",
        "A complaint closes when the complainant is satisfied; otherwise a manager "
        "closes it with a reason.",
    ),
    ComplaintStep.FOLLOW_UP: QT_TRANSLATE_NOOP(
        "messages", "The follow-up visit is recorded after the complaint is closed."
    ),
}
_ALREADY = QT_TRANSLATE_NOOP("messages", "This step has already been recorded for this complaint.")


@dataclass(frozen=True)
class StepRequest:
    """One step asked for, with the data that step needs (other fields are ignored).

    | step          | needs                                                       |
    | ------------- | ----------------------------------------------------------- |
    | assign        | department_id, handler_id                                   |
    | reassign      | department_id, handler_id (another pair)                    |
    | answer        | investigation, resolution (`at`: when the complainant was told) |
    | verdict       | verdict (note: what the complainant said)                   |
    | close         | root_cause, root_cause_text, corrective_action              |
    | manager_close | reason, root_cause, root_cause_text, corrective_action      |
    | follow_up     | visitor, method, result, rating 1–5                          |
    | void          | reason                                                      |

    `at` is when it happened (None: now); `note` is kept with the step in the timeline.
    """

    step: ComplaintStep
    at: datetime | None = None
    note: str = ""
    department_id: uuid.UUID | None = None
    handler_id: uuid.UUID | None = None
    investigation: str = ""
    resolution: str = ""
    verdict: Verdict | None = None
    root_cause: RootCause | None = None
    root_cause_text: str = ""
    corrective_action: str = ""
    visitor: str = ""
    method: FollowUpMethod | None = None
    result: str = ""
    rating: int | None = None
    reason: str = ""


@dataclass(frozen=True)
class Transition:
    from_state: ComplaintState
    to_state: ComplaintState
    next_round: bool  # "not satisfied": the complaint goes round again


def next_state(
    state: ComplaintState, step: ComplaintStep, verdict: Verdict | None = None
) -> ComplaintState:
    """Where `step` takes a complaint in `state`; ConflictError when it cannot be taken."""
    if state is S.VOIDED:
        raise ConflictError(
            QT_TRANSLATE_NOOP(
                "messages", "This complaint was voided; no further step is possible."
            ),
            field="step",
        )
    if step is ComplaintStep.RECEIVE:
        raise ConflictError(
            QT_TRANSLATE_NOOP("messages", "A complaint is received once, when it is taken."),
            field="step",
        )
    moves = _MOVES[step]
    if state in moves:
        if step is ComplaintStep.VERDICT and verdict is Verdict.NOT_SATISFIED:
            return S.HANDLING
        return moves[state]
    raise ConflictError(_refusal(state, step), field="step", state=state, step=step)


# The states in which a step's work is already done (a refusal says "already").
_DONE_IN = {
    ComplaintStep.ANSWER: frozenset({S.ANSWERED, S.SATISFIED}),
    ComplaintStep.VERDICT: frozenset({S.SATISFIED}),
    ComplaintStep.REASSIGN: frozenset({S.SATISFIED}),
}
# Refusals that say more than "too early" or "already done".
_SPECIAL = {
    ComplaintStep.ASSIGN: QT_TRANSLATE_NOOP(
        "messages", "The complaint is already assigned: reassign it instead."
    ),
    ComplaintStep.VOID: _ALREADY,
    ComplaintStep.MANAGER_CLOSE: QT_TRANSLATE_NOOP(
        "messages", "The complainant is satisfied: close the complaint with its root cause."
    ),
}


def _refusal(state: ComplaintState, step: ComplaintStep) -> str:
    """Why `step` cannot be taken in `state` (closed, or open but not ready for it)."""
    if state is S.CLOSED:
        return QT_TRANSLATE_NOOP(
            "messages", "This complaint is closed; only its follow-up visit can be recorded."
        )
    if step in _SPECIAL:
        return _SPECIAL[step]
    return _ALREADY if state in _DONE_IN.get(step, frozenset()) else _TOO_EARLY.get(step, _ALREADY)


def _whole(value: object, low: int, high: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def _need(ok: bool, message: str, field: str) -> None:
    if not ok:
        raise ValidationError(message, field=field)


def check_step_data(request: StepRequest) -> None:
    """ValidationError naming the StepRequest field the step needs and lacks. Texts
    are expected cleaned (white space collapsed) by the caller."""
    r, step = request, request.step
    if step in (ComplaintStep.ASSIGN, ComplaintStep.REASSIGN):
        _need(
            r.department_id is not None,
            QT_TRANSLATE_NOOP("messages", "Choose the department responsible."),
            "department_id",
        )
        _need(
            r.handler_id is not None,
            QT_TRANSLATE_NOOP("messages", "Choose the person responsible."),
            "handler_id",
        )
    if step is ComplaintStep.ANSWER:
        _need(
            bool(r.investigation),
            QT_TRANSLATE_NOOP("messages", "Describe what the investigation found."),
            "investigation",
        )
        _need(
            bool(r.resolution),
            QT_TRANSLATE_NOOP("messages", "Describe the resolution given to the complainant."),
            "resolution",
        )
    if step is ComplaintStep.VERDICT:
        _need(
            isinstance(r.verdict, Verdict),
            QT_TRANSLATE_NOOP("messages", "Record whether the complainant is satisfied."),
            "verdict",
        )
    if step in (ComplaintStep.CLOSE, ComplaintStep.MANAGER_CLOSE):
        if step is ComplaintStep.MANAGER_CLOSE:
            _need(
                bool(r.reason),
                QT_TRANSLATE_NOOP("messages", "Give the reason for closing without satisfaction."),
                "reason",
            )
        _need(
            isinstance(r.root_cause, RootCause),
            QT_TRANSLATE_NOOP("messages", "Choose the root cause."),
            "root_cause",
        )
        _need(
            bool(r.root_cause_text),
            QT_TRANSLATE_NOOP("messages", "Describe the root cause."),
            "root_cause_text",
        )
        _need(
            bool(r.corrective_action),
            QT_TRANSLATE_NOOP("messages", "Describe the corrective action."),
            "corrective_action",
        )
    if step is ComplaintStep.FOLLOW_UP:
        _check_follow_up(r)
    if step is ComplaintStep.VOID:
        _need(bool(r.reason), QT_TRANSLATE_NOOP("messages", "Give a reason for voiding."), "reason")


def _check_follow_up(r: StepRequest) -> None:
    _need(
        bool(r.visitor),
        QT_TRANSLATE_NOOP("messages", "Enter who made the follow-up visit."),
        "visitor",
    )
    _need(
        isinstance(r.method, FollowUpMethod),
        QT_TRANSLATE_NOOP("messages", "Choose how the follow-up was made."),
        "method",
    )
    _need(
        bool(r.result),
        QT_TRANSLATE_NOOP("messages", "Describe the result of the follow-up."),
        "result",
    )
    _need(
        _whole(r.rating, RATINGS[0], RATINGS[-1]),
        QT_TRANSLATE_NOOP("messages", "The rating must be a whole number from 1 to 5."),
        "rating",
    )


def advance(state: ComplaintState, request: StepRequest, *, followed_up: bool) -> Transition:
    """The transition `request` makes from `state`: the state first (ConflictError),
    then the step's own data (ValidationError). `followed_up`: the one follow-up visit
    is already recorded."""
    if request.step is ComplaintStep.FOLLOW_UP and followed_up:
        raise ConflictError(_ALREADY, field="step")
    verdict = request.verdict if isinstance(request.verdict, Verdict) else None
    to_state = next_state(state, request.step, verdict)
    check_step_data(request)
    again = request.step is ComplaintStep.VERDICT and verdict is Verdict.NOT_SATISFIED
    return Transition(state, to_state, again)


# The steps a form offers (the receipt and the repair link have forms of their own).
_OFFERED = tuple(
    step for step in ComplaintStep if step not in (ComplaintStep.RECEIVE, ComplaintStep.LINK_REPAIR)
)


def possible_steps(state: ComplaintState, *, followed_up: bool) -> list[ComplaintStep]:
    """The steps a complaint in `state` can take now, in the order a form offers them."""
    found: list[ComplaintStep] = []
    for step in _OFFERED:
        if step is ComplaintStep.FOLLOW_UP and followed_up:
            continue
        try:
            next_state(state, step)
        except ConflictError:
            continue
        found.append(step)
    return found
