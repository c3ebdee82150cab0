"""The incidents' pure rules: overdue follow-ups (days counted whole), deadlines after
the incident and within a year, an action done after the incident, and closing only
with every follow-up done or a reason."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from propdesk.domain.incidents.follow_ups import (
    FollowUp,
    check_closing,
    check_deadline,
    check_done_at,
    days_overdue,
    is_overdue,
    open_actions,
)
from propdesk.domain.incidents.kinds import IncidentState, state_of
from propdesk.errors import ValidationError

PROPERTY = settings(max_examples=200, deadline=None, database=None)
AT = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
moments = st.datetimes(
    min_value=datetime(2020, 1, 1), max_value=datetime(2035, 1, 1), timezones=st.just(UTC)
)


@PROPERTY
@given(deadline=moments, now=moments, done=st.none() | moments)
def test_overdue_is_not_done_and_past_the_deadline(
    deadline: datetime, now: datetime, done: datetime | None
) -> None:
    action = FollowUp(deadline, done)
    assert is_overdue(action, now) == (done is None and deadline < now)
    days = days_overdue(action, now)
    assert days >= 0
    if is_overdue(action, now):
        assert deadline + timedelta(days=days) <= now < deadline + timedelta(days=days + 1)
    else:
        assert days == 0


def test_days_overdue_counts_whole_days() -> None:
    action = FollowUp(AT)
    assert days_overdue(action, AT + timedelta(hours=23)) == 0
    assert is_overdue(action, AT + timedelta(hours=23))
    assert days_overdue(action, AT + timedelta(days=3, hours=1)) == 3
    assert not is_overdue(FollowUp(AT, AT), AT + timedelta(days=9))


@PROPERTY
@given(offset=st.integers(min_value=-400 * 86_400, max_value=400 * 86_400))
def test_a_deadline_is_after_the_incident_and_within_a_year(offset: int) -> None:
    deadline = AT + timedelta(seconds=offset)
    ok = 0 < offset <= 366 * 86_400
    if ok:
        check_deadline(AT, deadline)
    else:
        with pytest.raises(ValidationError) as refused:
            check_deadline(AT, deadline)
        assert refused.value.field == "deadline"


def test_an_action_is_done_after_the_incident() -> None:
    check_done_at(AT, AT)
    with pytest.raises(ValidationError):
        check_done_at(AT, AT - timedelta(minutes=1))


@PROPERTY
@given(done=st.lists(st.booleans(), max_size=6), reason=st.sampled_from(["", " ", "业主自行处理"]))
def test_closing_needs_every_action_done_or_a_reason(done: list[bool], reason: str) -> None:
    actions = [FollowUp(AT, AT if d else None) for d in done]
    left = open_actions(actions)
    assert left == done.count(False)
    if left and not reason.strip():
        with pytest.raises(ValidationError) as refused:
            check_closing(actions, reason)
        assert refused.value.field == "close_reason"
        assert refused.value.params["n"] == left
    else:
        check_closing(actions, reason)


def test_state_of() -> None:
    assert state_of(False, False) is IncidentState.OPEN
    assert state_of(True, False) is IncidentState.CLOSED
    assert state_of(True, True) is IncidentState.VOIDED
