"""The complaint's rules without a database: the workflow (every step from every
state), the response deadline and the inquiry rules."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from propdesk.domain.complaints.deadlines import (
    FIELD_CATEGORY_CAPS,
    FIELD_NORMAL,
    FIELD_SERIOUS,
    MAX_HOURS,
    DeadlineRules,
    answered_in_time,
    check_due_after,
    is_overdue,
)
from propdesk.domain.complaints.inquiries import InquiryState, opening_state
from propdesk.domain.complaints.inquiries import is_overdue as inquiry_overdue
from propdesk.domain.complaints.kinds import (
    ComplaintCategory,
    FollowUpMethod,
    RootCause,
    Severity,
    Verdict,
)
from propdesk.domain.complaints.workflow import (
    OPEN_STATES,
    ComplaintState,
    ComplaintStep,
    StepRequest,
    advance,
    next_state,
    possible_steps,
)
from propdesk.errors import ConflictError, ValidationError

S = ComplaintState
T = ComplaintStep
AT = datetime(2026, 12, 5, 9, 0, tzinfo=UTC)
DEPT, PERSON = uuid.uuid4(), uuid.uuid4()
# A request that satisfies every step's needs.
FULL = StepRequest(
    T.ASSIGN,
    department_id=DEPT,
    handler_id=PERSON,
    investigation="楼上装修噪音",
    resolution="已通知楼上住户限时施工",
    verdict=Verdict.SATISFIED,
    root_cause=RootCause.RESIDENT,
    root_cause_text="装修时间未告知",
    corrective_action="装修登记时发放时间告知单",
    visitor="李客服",
    method=FollowUpMethod.PHONE,
    result="住户满意",
    rating=5,
    reason="业主撤回投诉",
)


def go(state: ComplaintState, step: ComplaintStep, **changes: object) -> ComplaintState:
    request = StepRequest(**{**FULL.__dict__, "step": step, **changes})  # type: ignore[arg-type]
    return advance(state, request, followed_up=False).to_state


def test_the_main_path_with_one_not_satisfied_round() -> None:
    state = go(S.RECEIVED, T.ASSIGN)
    assert state is S.HANDLING
    state = go(state, T.ANSWER)
    assert state is S.ANSWERED
    transition = advance(
        state, StepRequest(T.VERDICT, verdict=Verdict.NOT_SATISFIED), followed_up=False
    )
    assert (transition.to_state, transition.next_round) == (S.HANDLING, True)
    state = go(go(transition.to_state, T.ANSWER), T.VERDICT)
    assert state is S.SATISFIED
    state = go(state, T.CLOSE)
    assert state is S.CLOSED
    assert go(state, T.FOLLOW_UP) is S.CLOSED


def test_only_the_possible_steps_are_offered() -> None:
    assert possible_steps(S.RECEIVED, followed_up=False) == [T.ASSIGN, T.MANAGER_CLOSE, T.VOID]
    assert possible_steps(S.HANDLING, followed_up=False) == [
        T.REASSIGN,
        T.ANSWER,
        T.MANAGER_CLOSE,
        T.VOID,
    ]
    assert possible_steps(S.ANSWERED, followed_up=False) == [
        T.REASSIGN,
        T.VERDICT,
        T.MANAGER_CLOSE,
        T.VOID,
    ]
    assert possible_steps(S.SATISFIED, followed_up=False) == [T.CLOSE, T.VOID]
    assert possible_steps(S.CLOSED, followed_up=False) == [T.FOLLOW_UP]
    assert possible_steps(S.CLOSED, followed_up=True) == []
    assert possible_steps(S.VOIDED, followed_up=False) == []


@given(state=st.sampled_from(list(S)), step=st.sampled_from(list(T)))
def test_every_step_from_every_state_is_offered_exactly_when_it_is_taken(
    state: ComplaintState, step: ComplaintStep
) -> None:
    offered = step in possible_steps(state, followed_up=False)
    try:
        target = go(state, step)
    except ConflictError:
        assert not offered
        return
    assert offered or step is T.LINK_REPAIR
    # Open stays open or closes or is voided; nothing reopens a closed complaint.
    if state not in OPEN_STATES:
        assert target is state is S.CLOSED


def test_verdict_before_an_answer_is_refused_before_its_data() -> None:
    for state in (S.RECEIVED, S.HANDLING):
        with pytest.raises(ConflictError) as refused:
            advance(state, StepRequest(T.VERDICT), followed_up=False)
        assert refused.value.field == "step"


def test_follow_up_only_after_closing_and_once() -> None:
    for state in OPEN_STATES:
        with pytest.raises(ConflictError):
            go(state, T.FOLLOW_UP)
    with pytest.raises(ConflictError):
        advance(S.CLOSED, StepRequest(**{**FULL.__dict__, "step": T.FOLLOW_UP}), followed_up=True)


@pytest.mark.parametrize(
    ("state", "step", "missing", "field"),
    [
        (S.RECEIVED, T.ASSIGN, {"department_id": None}, "department_id"),
        (S.RECEIVED, T.ASSIGN, {"handler_id": None}, "handler_id"),
        (S.HANDLING, T.ANSWER, {"investigation": ""}, "investigation"),
        (S.HANDLING, T.ANSWER, {"resolution": ""}, "resolution"),
        (S.ANSWERED, T.VERDICT, {"verdict": None}, "verdict"),
        (S.SATISFIED, T.CLOSE, {"root_cause": None}, "root_cause"),
        (S.SATISFIED, T.CLOSE, {"root_cause_text": ""}, "root_cause_text"),
        (S.SATISFIED, T.CLOSE, {"corrective_action": ""}, "corrective_action"),
        (S.HANDLING, T.MANAGER_CLOSE, {"reason": ""}, "reason"),
        (S.HANDLING, T.MANAGER_CLOSE, {"root_cause": None}, "root_cause"),
        (S.CLOSED, T.FOLLOW_UP, {"visitor": ""}, "visitor"),
        (S.CLOSED, T.FOLLOW_UP, {"method": None}, "method"),
        (S.CLOSED, T.FOLLOW_UP, {"result": ""}, "result"),
        (S.CLOSED, T.FOLLOW_UP, {"rating": 0}, "rating"),
        (S.CLOSED, T.FOLLOW_UP, {"rating": 6}, "rating"),
        (S.CLOSED, T.FOLLOW_UP, {"rating": True}, "rating"),
        (S.RECEIVED, T.VOID, {"reason": ""}, "reason"),
    ],
)
def test_a_step_without_its_data_names_the_field(
    state: ComplaintState, step: ComplaintStep, missing: dict[str, object], field: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        go(state, step, **missing)
    assert refused.value.field == field


def test_closing_without_satisfaction_is_for_the_manager_step() -> None:
    with pytest.raises(ConflictError):
        next_state(S.ANSWERED, T.CLOSE)
    assert next_state(S.ANSWERED, T.MANAGER_CLOSE) is S.CLOSED
    with pytest.raises(ConflictError):
        next_state(S.SATISFIED, T.MANAGER_CLOSE)


def test_voided_and_closed_take_no_step() -> None:
    for step in T:
        with pytest.raises(ConflictError):
            next_state(S.VOIDED, step)
        if step is not T.FOLLOW_UP:
            with pytest.raises(ConflictError):
                next_state(S.CLOSED, step)


# -- deadlines ---------------------------------------------------------------------------
def test_default_deadlines_by_severity_and_category_cap() -> None:
    rules = DeadlineRules()
    assert rules.hours(ComplaintCategory.CLEANING, Severity.SERIOUS) == 4
    assert rules.hours(ComplaintCategory.CLEANING, Severity.NORMAL) == 24
    assert rules.hours(ComplaintCategory.CLEANING, Severity.MINOR) == 48
    assert rules.hours(ComplaintCategory.NOISE, Severity.MINOR) == 12
    assert rules.hours(ComplaintCategory.SECURITY, Severity.NORMAL) == 4
    assert rules.due_at(AT, ComplaintCategory.FEES, Severity.NORMAL) == AT + timedelta(hours=24)


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"serious_hours": 0}, FIELD_SERIOUS),
        ({"serious_hours": MAX_HOURS + 1}, FIELD_SERIOUS),
        ({"serious_hours": 2.5}, FIELD_SERIOUS),
        ({"normal_hours": 3}, FIELD_NORMAL),  # shorter than serious
        ({"category_caps": {ComplaintCategory.NOISE: 0}}, FIELD_CATEGORY_CAPS),
        ({"category_caps": {"noise": 2}}, FIELD_CATEGORY_CAPS),
    ],
)
def test_wrong_rules_name_their_setting(values: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as refused:
        DeadlineRules(**values)  # type: ignore[arg-type]
    assert refused.value.field == field


@given(
    serious=st.integers(1, MAX_HOURS),
    extra=st.integers(0, MAX_HOURS),
    cap=st.none() | st.integers(1, MAX_HOURS),
    category=st.sampled_from(list(ComplaintCategory)),
)
def test_a_deadline_never_grows_with_severity_and_never_exceeds_a_cap(
    serious: int, extra: int, cap: int | None, category: ComplaintCategory
) -> None:
    normal = min(MAX_HOURS, serious + extra)
    caps = {} if cap is None else {category: cap}
    rules = DeadlineRules(serious, normal, MAX_HOURS, caps)
    hours = [rules.hours(category, s) for s in (Severity.SERIOUS, Severity.NORMAL, Severity.MINOR)]
    assert hours == sorted(hours)
    assert all(1 <= h <= (cap or MAX_HOURS) for h in hours)


def test_in_time_is_the_first_answer_at_or_before_the_deadline() -> None:
    due = AT + timedelta(hours=24)
    assert answered_in_time(due, None) is None
    assert answered_in_time(due, due) is True
    assert answered_in_time(due, due + timedelta(seconds=1)) is False
    # Another zone, the same instant.
    assert answered_in_time(due, due.astimezone(timezone(timedelta(hours=8)))) is True
    assert not is_overdue(due, None, due, open_=True)
    assert is_overdue(due, None, due + timedelta(seconds=1), open_=True)
    assert not is_overdue(due, None, due + timedelta(days=1), open_=False)
    assert not is_overdue(due, AT, due + timedelta(days=1), open_=True)


def test_a_deadline_must_come_after_the_receipt() -> None:
    for due in (AT, AT - timedelta(minutes=1)):
        with pytest.raises(ValidationError) as refused:
            check_due_after(AT, due, "response_due_at")
        assert refused.value.field == "response_due_at"
    check_due_after(AT, AT + timedelta(minutes=1), "response_due_at")


# -- inquiries ---------------------------------------------------------------------------
def test_an_inquiry_is_answered_on_the_spot_or_promised() -> None:
    assert opening_state("物业费可以微信交", AT, None) is InquiryState.ANSWERED
    assert opening_state("", AT, AT + timedelta(days=1)) is InquiryState.OPEN
    for answer, promised, field in (
        ("", None, "answer"),
        ("", AT, "promised_by"),
        ("", AT - timedelta(hours=1), "promised_by"),
        ("已答复", AT + timedelta(days=1), "promised_by"),
    ):
        with pytest.raises(ValidationError) as refused:
            opening_state(answer, AT, promised)
        assert refused.value.field == field


def test_a_promise_past_its_time_is_overdue_while_open() -> None:
    promised = AT + timedelta(hours=2)
    assert not inquiry_overdue(InquiryState.OPEN, promised, promised)
    assert inquiry_overdue(InquiryState.OPEN, promised, promised + timedelta(seconds=1))
    assert not inquiry_overdue(InquiryState.ANSWERED, promised, promised + timedelta(days=1))
    assert not inquiry_overdue(InquiryState.CONVERTED, promised, promised + timedelta(days=1))
