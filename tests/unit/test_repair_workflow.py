"""The repair ticket's state machine: every state × step × paid/free, allowed or refused,
and the data each step needs."""

from __future__ import annotations

import itertools
import uuid
from dataclasses import replace

import pytest

from propdesk.domain.repairs.workflow import (
    CANCELLABLE_STATES,
    OPEN_STATES,
    RepairOutcome,
    RepairState,
    RepairStep,
    StepRequest,
    advance,
    check_step_data,
    next_state,
    possible_steps,
)
from propdesk.errors import ConflictError, ValidationError

S = RepairState
T = RepairStep
TECH = uuid.UUID(int=7)

# The table, written out by hand from the work plan (not derived from the code).
_BEFORE_DONE = (S.DISPATCHED, S.ARRIVED, S.DIAGNOSED, S.QUOTED, S.APPROVED, S.IN_REPAIR)
PAID: dict[tuple[RepairState, RepairStep], RepairState] = {
    (S.REPORTED, T.DISPATCH): S.DISPATCHED,
    (S.DISPATCHED, T.ARRIVE): S.ARRIVED,
    (S.ARRIVED, T.DIAGNOSE): S.DIAGNOSED,
    (S.DIAGNOSED, T.QUOTE): S.QUOTED,
    (S.QUOTED, T.QUOTE): S.QUOTED,  # a revised quote
    (S.QUOTED, T.APPROVE): S.APPROVED,
    (S.QUOTED, T.REFUSE): S.CLOSED,
    (S.APPROVED, T.START_REPAIR): S.IN_REPAIR,
    (S.IN_REPAIR, T.COMPLETE): S.COMPLETED,
    (S.COMPLETED, T.SIGN_OFF): S.SIGNED_OFF,
    (S.SIGNED_OFF, T.FOLLOW_UP): S.FOLLOWED_UP,
    (S.FOLLOWED_UP, T.CLOSE): S.CLOSED,
    **{(state, T.REASSIGN): state for state in _BEFORE_DONE},
    **{(state, T.CANCEL): S.CANCELLED for state in (S.REPORTED, *_BEFORE_DONE)},
}
FREE: dict[tuple[RepairState, RepairStep], RepairState] = {
    key: to
    for key, to in PAID.items()
    if key[1] not in (T.QUOTE, T.APPROVE, T.REFUSE, T.START_REPAIR)
}
FREE[(S.DIAGNOSED, T.START_REPAIR)] = S.IN_REPAIR

ALL = list(itertools.product(RepairState, RepairStep))


def _table(paid: bool) -> dict[tuple[RepairState, RepairStep], RepairState]:
    return PAID if paid else FREE


def complete_request(step: RepairStep) -> StepRequest:
    """A request carrying every piece of data its step needs."""
    return StepRequest(
        step,
        technician_id=TECH,
        diagnosis="阀门老化",
        labour_fen=5000,
        materials_fen=3000,
        duration_minutes=60,
        work_done="更换阀门",
        site_cleaned=True,
        signed_by="张三",
        rating=5,
        reason="住户自行修好",
    )


@pytest.mark.parametrize("paid", [True, False], ids=["paid", "free"])
@pytest.mark.parametrize(("state", "step"), ALL, ids=[f"{s}-{t}" for s, t in ALL])
def test_every_state_and_step(state: RepairState, step: RepairStep, paid: bool) -> None:
    expected = _table(paid).get((state, step))
    if expected is None:
        with pytest.raises(ConflictError) as caught:
            next_state(state, step, paid=paid)
        assert caught.value.field == "step"
        assert caught.value.template  # a message the UI can translate
    else:
        assert next_state(state, step, paid=paid) is expected
        transition = advance(state, complete_request(step), paid=paid)
        assert (transition.from_state, transition.to_state) == (state, expected)


@pytest.mark.parametrize("paid", [True, False], ids=["paid", "free"])
@pytest.mark.parametrize("state", sorted(RepairState), ids=str)
def test_possible_steps_are_exactly_the_allowed_ones(state: RepairState, paid: bool) -> None:
    expected = {step for (s, step) in _table(paid) if s is state}
    assert set(possible_steps(state, paid=paid)) == expected


def _walk(paid: bool, steps: list[RepairStep]) -> list[RepairState]:
    state = S.REPORTED
    seen = [state]
    for step in steps:
        state = advance(state, complete_request(step), paid=paid).to_state
        seen.append(state)
    return seen


def test_paid_path_to_closed() -> None:
    steps = [
        T.DISPATCH,
        T.ARRIVE,
        T.DIAGNOSE,
        T.QUOTE,
        T.APPROVE,
        T.START_REPAIR,
        T.COMPLETE,
        T.SIGN_OFF,
        T.FOLLOW_UP,
        T.CLOSE,
    ]
    assert _walk(True, steps) == [
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
    ]
    last = advance(S.FOLLOWED_UP, complete_request(T.CLOSE), paid=True)
    assert last.outcome is RepairOutcome.RESOLVED


def test_free_path_skips_quote_and_approval() -> None:
    steps = [
        T.DISPATCH,
        T.ARRIVE,
        T.DIAGNOSE,
        T.START_REPAIR,
        T.COMPLETE,
        T.SIGN_OFF,
        T.FOLLOW_UP,
        T.CLOSE,
    ]
    assert _walk(False, steps)[-1] is S.CLOSED


def test_refused_quote_closes_the_ticket_as_refused() -> None:
    transition = advance(S.QUOTED, StepRequest(T.REFUSE), paid=True)
    assert transition.to_state is S.CLOSED
    assert transition.outcome is RepairOutcome.REFUSED


def test_only_ending_steps_have_an_outcome() -> None:
    assert advance(S.REPORTED, complete_request(T.DISPATCH), paid=True).outcome is None
    assert advance(S.REPORTED, complete_request(T.CANCEL), paid=True).outcome is (
        RepairOutcome.CANCELLED
    )


# -- the messages of the usual mistakes -------------------------------------------------
@pytest.mark.parametrize(
    ("state", "step", "paid", "words"),
    [
        (S.IN_REPAIR, T.SIGN_OFF, True, "only after the repair is completed"),
        (S.DIAGNOSED, T.APPROVE, True, "no quote yet"),
        (S.ARRIVED, T.REFUSE, True, "no quote yet"),
        (S.DIAGNOSED, T.QUOTE, False, "free (common-area) repair"),
        (S.DIAGNOSED, T.APPROVE, False, "free (common-area) repair"),
        (S.DIAGNOSED, T.START_REPAIR, True, "not approved the quote"),
        (S.QUOTED, T.START_REPAIR, True, "not approved the quote"),
        (S.REPORTED, T.ARRIVE, True, "Dispatch a technician"),
        (S.DISPATCHED, T.DIAGNOSE, True, "must arrive"),
        (S.ARRIVED, T.QUOTE, True, "Diagnose the fault before giving a quote"),
        (S.ARRIVED, T.START_REPAIR, False, "Diagnose the fault before starting"),
        (S.APPROVED, T.COMPLETE, True, "Start the repair"),
        (S.COMPLETED, T.FOLLOW_UP, True, "after the resident's sign-off"),
        (S.SIGNED_OFF, T.CLOSE, True, "follow-up call before closing"),
        (S.COMPLETED, T.CANCEL, True, "can no longer be cancelled"),
        (S.FOLLOWED_UP, T.CANCEL, False, "can no longer be cancelled"),
        (S.DISPATCHED, T.DISPATCH, True, "reassign"),
        (S.REPORTED, T.REASSIGN, True, "dispatch one instead"),
        (S.COMPLETED, T.REASSIGN, True, "can no longer be changed"),
        (S.DIAGNOSED, T.ARRIVE, True, "already been recorded"),
        (S.APPROVED, T.REFUSE, True, "already been recorded"),
        (S.SIGNED_OFF, T.COMPLETE, True, "already been recorded"),
        (S.REPORTED, T.REPORT, True, "reported once"),
        (S.CLOSED, T.FOLLOW_UP, True, "closed"),
        (S.CANCELLED, T.DISPATCH, True, "cancelled"),
    ],
)
def test_refusals_say_why(state: RepairState, step: RepairStep, paid: bool, words: str) -> None:
    with pytest.raises(ConflictError) as caught:
        next_state(state, step, paid=paid)
    assert words in caught.value.message


def test_the_state_is_checked_before_the_data() -> None:
    # A sign-off with no name before completion: the order matters more than the name.
    with pytest.raises(ConflictError):
        advance(S.IN_REPAIR, StepRequest(T.SIGN_OFF), paid=True)


# -- data each step needs ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("step", "blank", "field"),
    [
        (T.DISPATCH, {"technician_id": None}, "technician_id"),
        (T.REASSIGN, {"technician_id": None}, "technician_id"),
        (T.DIAGNOSE, {"diagnosis": ""}, "diagnosis"),
        (T.QUOTE, {"labour_fen": None}, "labour_fen"),
        (T.QUOTE, {"labour_fen": -1}, "labour_fen"),
        (T.QUOTE, {"labour_fen": 10_000_001}, "labour_fen"),
        (T.QUOTE, {"labour_fen": True}, "labour_fen"),
        (T.QUOTE, {"materials_fen": None}, "materials_fen"),
        (T.QUOTE, {"materials_fen": -100}, "materials_fen"),
        (T.QUOTE, {"duration_minutes": None}, "duration_minutes"),
        (T.QUOTE, {"duration_minutes": 0}, "duration_minutes"),
        (T.QUOTE, {"duration_minutes": 30 * 24 * 60 + 1}, "duration_minutes"),
        (T.COMPLETE, {"work_done": ""}, "work_done"),
        (T.COMPLETE, {"site_cleaned": False}, "site_cleaned"),
        (T.SIGN_OFF, {"signed_by": ""}, "signed_by"),
        (T.FOLLOW_UP, {"rating": None}, "rating"),
        (T.FOLLOW_UP, {"rating": 0}, "rating"),
        (T.FOLLOW_UP, {"rating": 6}, "rating"),
        (T.FOLLOW_UP, {"rating": True}, "rating"),
        (T.CANCEL, {"reason": ""}, "reason"),
    ],
)
def test_missing_or_wrong_data_names_its_field(
    step: RepairStep, blank: dict[str, object], field: str
) -> None:
    request = replace(complete_request(step), **blank)  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as caught:
        check_step_data(request)
    assert caught.value.field == field


@pytest.mark.parametrize("step", [T.ARRIVE, T.APPROVE, T.REFUSE, T.START_REPAIR, T.CLOSE])
def test_steps_that_need_no_data(step: RepairStep) -> None:
    check_step_data(StepRequest(step))


def test_quote_limits_are_inclusive() -> None:
    check_step_data(
        StepRequest(T.QUOTE, labour_fen=0, materials_fen=10_000_000, duration_minutes=1)
    )
    check_step_data(
        StepRequest(T.QUOTE, labour_fen=10_000_000, materials_fen=0, duration_minutes=43200)
    )


@pytest.mark.parametrize("rating", [1, 2, 3, 4, 5])
def test_every_rating_from_one_to_five(rating: int) -> None:
    check_step_data(StepRequest(T.FOLLOW_UP, rating=rating))


# -- cancelling -------------------------------------------------------------------------
@pytest.mark.parametrize("paid", [True, False], ids=["paid", "free"])
@pytest.mark.parametrize("state", sorted(OPEN_STATES), ids=str)
def test_cancel_from_each_open_state(state: RepairState, paid: bool) -> None:
    with_reason = StepRequest(T.CANCEL, reason="重复报修")
    without = StepRequest(T.CANCEL)
    if state in CANCELLABLE_STATES:
        assert advance(state, with_reason, paid=paid).to_state is S.CANCELLED
        with pytest.raises(ValidationError) as caught:
            advance(state, without, paid=paid)
        assert caught.value.field == "reason"
    else:  # the work is done: completed, signed off, followed up
        for request in (with_reason, without):
            with pytest.raises(ConflictError):
                advance(state, request, paid=paid)


def test_cancellable_states_are_the_open_ones_before_completion() -> None:
    assert {S.COMPLETED, S.SIGNED_OFF, S.FOLLOWED_UP} == OPEN_STATES - CANCELLABLE_STATES
