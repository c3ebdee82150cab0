"""The repair clocks: arrival within the limit per priority, the approval wait that pauses
the resolution age, staleness, and clocks that run backwards."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from propdesk.domain.repairs.kinds import RepairPriority
from propdesk.domain.repairs.sla import (
    FIELD_EMERGENCY,
    FIELD_NORMAL,
    FIELD_STALE_DAYS,
    FIELD_URGENT,
    ArrivalClock,
    Pause,
    SlaRules,
    StateChange,
    approval_waits,
    arrival_clock,
    check_not_before,
    is_stale,
    paused_time,
    resolution_age,
    stale_before,
)
from propdesk.domain.repairs.workflow import RepairState
from propdesk.errors import ValidationError

SHANGHAI = ZoneInfo("Asia/Shanghai")
RULES = SlaRules()
T0 = datetime(2026, 11, 20, 9, 0, tzinfo=SHANGHAI)
SECOND = timedelta(seconds=1)
S = RepairState


def _clock(
    limit: timedelta, *, elapsed: timedelta, arrived: bool = False, ended: bool = False
) -> ArrivalClock:
    at = T0 + elapsed
    return arrival_clock(
        T0,
        limit,
        arrived_at=at if arrived else None,
        now=at if not ended else at + timedelta(days=5),
        ended_at=at if ended else None,
    )


# -- rules ----------------------------------------------------------------------------------
def test_default_limits() -> None:
    assert RULES.arrival_limit(RepairPriority.EMERGENCY) == timedelta(minutes=30)
    assert RULES.arrival_limit(RepairPriority.URGENT) == timedelta(hours=2)
    assert RULES.arrival_limit(RepairPriority.NORMAL) == timedelta(hours=24)
    assert RULES.stale_after == timedelta(days=3)


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"emergency_minutes": 0}, FIELD_EMERGENCY),
        ({"emergency_minutes": True}, FIELD_EMERGENCY),
        ({"emergency_minutes": 1.5}, FIELD_EMERGENCY),
        ({"urgent_minutes": -5}, FIELD_URGENT),
        ({"normal_minutes": 7 * 1440 + 1}, FIELD_NORMAL),
        ({"normal_minutes": "1440"}, FIELD_NORMAL),
        ({"emergency_minutes": 180}, FIELD_URGENT),  # emergency longer than urgent
        ({"urgent_minutes": 2000}, FIELD_URGENT),  # urgent longer than normal
        ({"stale_days": 0}, FIELD_STALE_DAYS),
        ({"stale_days": 91}, FIELD_STALE_DAYS),
        ({"stale_days": False}, FIELD_STALE_DAYS),
    ],
)
def test_wrong_rules_name_their_setting(values: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        SlaRules(**values)  # type: ignore[arg-type]
    assert caught.value.field == field


def test_equal_limits_and_extremes_are_allowed() -> None:
    rules = SlaRules(emergency_minutes=60, urgent_minutes=60, normal_minutes=60, stale_days=90)
    assert rules.minutes(RepairPriority.URGENT) == 60
    SlaRules(emergency_minutes=1, urgent_minutes=1, normal_minutes=7 * 1440, stale_days=1)


# -- arrival ---------------------------------------------------------------------------------
@pytest.mark.parametrize("priority", list(RepairPriority), ids=str)
def test_each_priority_exactly_at_the_limit_is_on_time(priority: RepairPriority) -> None:
    limit = RULES.arrival_limit(priority)
    waiting = _clock(limit, elapsed=limit)
    assert (waiting.overdue, waiting.left, waiting.over_by) == (False, timedelta(0), timedelta(0))
    assert waiting.due_at == T0 + limit
    late = _clock(limit, elapsed=limit + SECOND)
    assert late.overdue
    assert late.over_by == SECOND
    arrived = _clock(limit, elapsed=limit, arrived=True)
    assert (arrived.met, arrived.overdue, arrived.arrived) == (True, False, True)
    arrived_late = _clock(limit, elapsed=limit + SECOND, arrived=True)
    assert (arrived_late.met, arrived_late.overdue) == (False, False)
    assert arrived_late.over_by == SECOND


@pytest.mark.parametrize("priority", list(RepairPriority), ids=str)
def test_time_left_counts_down_while_waiting(priority: RepairPriority) -> None:
    limit = RULES.arrival_limit(priority)
    clock = _clock(limit, elapsed=limit / 3)
    assert clock.elapsed == limit / 3
    assert clock.left == limit - limit / 3
    assert (clock.overdue, clock.met, clock.arrived) == (False, None, False)


def test_arrival_before_and_after_the_limit() -> None:
    limit = timedelta(hours=2)
    early = _clock(limit, elapsed=timedelta(minutes=45), arrived=True)
    assert (early.met, early.elapsed, early.left) == (True, timedelta(minutes=45), timedelta(0))
    late = _clock(limit, elapsed=timedelta(hours=3), arrived=True)
    assert (late.met, late.over_by) == (False, timedelta(hours=1))


def test_overdue_across_midnight() -> None:
    """An urgent call at 23:00 Beijing time is due at 01:00 the next day; zones mixed."""
    reported = datetime(2026, 11, 20, 23, 0, tzinfo=SHANGHAI)
    limit = RULES.arrival_limit(RepairPriority.URGENT)
    due_utc = datetime(2026, 11, 20, 17, 0, tzinfo=UTC)  # 01:00 on the 21st in Beijing
    on_time = arrival_clock(reported, limit, arrived_at=None, now=due_utc)
    assert not on_time.overdue
    assert on_time.due_at == due_utc
    after = arrival_clock(reported, limit, arrived_at=None, now=due_utc + SECOND)
    assert after.overdue
    # A normal call at 23:59 is due at 23:59 the next day, not at the next midnight.
    late_call = datetime(2026, 11, 20, 23, 59, tzinfo=SHANGHAI)
    day = RULES.arrival_limit(RepairPriority.NORMAL)
    next_morning = datetime(2026, 11, 21, 8, 0, tzinfo=SHANGHAI)
    assert not arrival_clock(late_call, day, arrived_at=None, now=next_morning).overdue


def test_a_ticket_ended_before_anyone_arrived_is_neither_overdue_nor_met() -> None:
    clock = _clock(timedelta(minutes=30), elapsed=timedelta(hours=2), ended=True)
    assert (clock.overdue, clock.met, clock.arrived) == (False, None, False)
    assert clock.elapsed == timedelta(hours=2)  # stopped at the end, not at now


def test_the_arrival_clock_does_not_pause() -> None:
    """Arrival comes before any quote: waits for approval never change it."""
    limit = timedelta(hours=2)
    clock = arrival_clock(T0, limit, arrived_at=T0 + timedelta(hours=3), now=T0 + timedelta(days=9))
    assert clock.met is False


def test_naive_or_nonpositive_inputs_are_programming_errors() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        arrival_clock(T0.replace(tzinfo=None), timedelta(hours=1), arrived_at=None, now=T0)
    with pytest.raises(ValueError, match="positive"):
        arrival_clock(T0, timedelta(0), arrived_at=None, now=T0)


# -- clock moved back ------------------------------------------------------------------------
def test_reading_with_a_clock_behind_clamps_to_zero() -> None:
    clock = arrival_clock(T0, timedelta(hours=2), arrived_at=None, now=T0 - timedelta(minutes=10))
    assert (clock.elapsed, clock.left, clock.overdue) == (timedelta(0), timedelta(hours=2), False)
    arrived_before = arrival_clock(
        T0, timedelta(hours=2), arrived_at=T0 - timedelta(minutes=5), now=T0
    )
    assert (arrived_before.elapsed, arrived_before.met) == (timedelta(0), True)
    assert resolution_age(T0, T0 - timedelta(hours=1)) == timedelta(0)


def test_recording_a_time_before_the_previous_one_is_refused() -> None:
    check_not_before(T0, T0)  # the same instant is fine
    check_not_before(T0, T0.astimezone(UTC))
    with pytest.raises(ValidationError) as caught:
        check_not_before(T0, T0 - SECOND)
    assert caught.value.field == "at"
    with pytest.raises(ValidationError) as named:
        check_not_before(T0, T0 - timedelta(days=1), field="reported_at")
    assert named.value.field == "reported_at"


# -- pause while the resident decides -------------------------------------------------------
def _timeline(*changes: tuple[RepairState | None, RepairState, int]) -> list[StateChange]:
    """(from, to, minutes after T0)."""
    return [StateChange(a, b, T0 + timedelta(minutes=m)) for a, b, m in changes]


PAID_STORY = _timeline(
    (None, S.REPORTED, 0),
    (S.REPORTED, S.DISPATCHED, 10),
    (S.DISPATCHED, S.ARRIVED, 60),
    (S.ARRIVED, S.DIAGNOSED, 80),
    (S.DIAGNOSED, S.QUOTED, 90),
    (S.QUOTED, S.QUOTED, 150),  # revised quote: the same wait goes on
    (S.QUOTED, S.APPROVED, 90 + 24 * 60),  # the resident answered the next day
    (S.APPROVED, S.IN_REPAIR, 100 + 24 * 60),
    (S.IN_REPAIR, S.COMPLETED, 160 + 24 * 60),
)


def test_the_wait_for_approval_is_one_pause_from_quote_to_answer() -> None:
    (pause,) = approval_waits(PAID_STORY)
    assert pause == Pause(T0 + timedelta(minutes=90), T0 + timedelta(minutes=90 + 24 * 60))


def test_resolution_age_excludes_the_wait() -> None:
    end = T0 + timedelta(minutes=160 + 24 * 60)
    pauses = approval_waits(PAID_STORY)
    assert resolution_age(T0, end, pauses) == timedelta(minutes=160)
    assert resolution_age(T0, end) == timedelta(minutes=160 + 24 * 60)  # without pauses


def test_a_wait_still_going_pauses_until_now() -> None:
    story = PAID_STORY[:5]  # quoted, no answer yet
    (pause,) = approval_waits(story)
    assert pause.end is None
    now = T0 + timedelta(hours=30)
    assert resolution_age(T0, now, [pause]) == timedelta(minutes=90)
    assert paused_time([pause], T0, now) == timedelta(hours=30) - timedelta(minutes=90)


def test_pause_and_resume_twice() -> None:
    """Two separate waits (e.g. a ticket re-quoted after a new diagnosis) both count."""
    pauses = [
        Pause(T0 + timedelta(hours=1), T0 + timedelta(hours=2)),
        Pause(T0 + timedelta(hours=5), T0 + timedelta(hours=8)),
    ]
    assert paused_time(pauses, T0, T0 + timedelta(hours=10)) == timedelta(hours=4)
    assert resolution_age(T0, T0 + timedelta(hours=10), pauses) == timedelta(hours=6)
    # Read in the middle of the second wait: only its part so far counts.
    assert paused_time(pauses, T0, T0 + timedelta(hours=6)) == timedelta(hours=2)


def test_overlapping_and_backwards_pauses() -> None:
    overlapping = [
        Pause(T0 + timedelta(hours=1), T0 + timedelta(hours=4)),
        Pause(T0 + timedelta(hours=2), T0 + timedelta(hours=3)),
        Pause(T0 + timedelta(hours=3), T0 + timedelta(hours=5)),
    ]
    assert paused_time(overlapping, T0, T0 + timedelta(hours=10)) == timedelta(hours=4)
    backwards = [Pause(T0 + timedelta(hours=3), T0 + timedelta(hours=1))]  # clock moved back
    assert paused_time(backwards, T0, T0 + timedelta(hours=10)) == timedelta(0)
    before_report = [Pause(T0 - timedelta(hours=3), T0 + timedelta(hours=1))]
    assert paused_time(before_report, T0, T0 + timedelta(hours=10)) == timedelta(hours=1)


def test_a_free_repair_has_no_wait() -> None:
    story = _timeline(
        (None, S.REPORTED, 0),
        (S.REPORTED, S.DISPATCHED, 5),
        (S.DISPATCHED, S.ARRIVED, 20),
        (S.ARRIVED, S.DIAGNOSED, 30),
        (S.DIAGNOSED, S.IN_REPAIR, 40),
    )
    assert approval_waits(story) == []


def test_a_refusal_ends_the_wait() -> None:
    story = [*PAID_STORY[:5], StateChange(S.QUOTED, S.CLOSED, T0 + timedelta(hours=5))]
    (pause,) = approval_waits(story)
    assert pause.end == T0 + timedelta(hours=5)


# -- stale -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("state", "idle", "stale"),
    [
        (S.DISPATCHED, timedelta(days=3), True),  # exactly three days
        (S.DISPATCHED, timedelta(days=3) - SECOND, False),
        (S.IN_REPAIR, timedelta(days=10), True),
        (S.REPORTED, timedelta(days=4), True),
        (S.SIGNED_OFF, timedelta(days=4), True),  # nobody made the follow-up call
        (S.QUOTED, timedelta(days=10), False),  # waiting for the resident: paused
        (S.CLOSED, timedelta(days=10), False),
        (S.CANCELLED, timedelta(days=10), False),
    ],
)
def test_stale(state: RepairState, idle: timedelta, stale: bool) -> None:
    assert is_stale(state, T0, T0 + idle, RULES) is stale


def test_stale_days_come_from_the_rules_and_the_bound_agrees() -> None:
    rules = SlaRules(stale_days=1)
    now = T0 + timedelta(days=1)
    assert is_stale(S.ARRIVED, T0, now, rules)
    assert stale_before(now, rules) == T0
    assert not is_stale(S.ARRIVED, T0 + SECOND, now, rules)


def test_stale_with_a_clock_behind_is_not_stale() -> None:
    assert not is_stale(S.ARRIVED, T0, T0 - timedelta(days=5), RULES)
