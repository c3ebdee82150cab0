"""The work logs' pure rules: schedules (checked field by field; due days counted over
any span by property), a day's state against the plan, completion and its rate, and
the default task set in three languages."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from propdesk.config import LANGUAGES as CONFIG_LANGUAGES
from propdesk.domain.worklogs.defaults import COMMON_AREAS, DEFAULTS, LANGUAGES, pick
from propdesk.domain.worklogs.kinds import DayState, Frequency, Trade
from propdesk.domain.worklogs.plan import Completion, day_state
from propdesk.domain.worklogs.schedule import (
    Schedule,
    schedule,
    week_of,
    weekday_mask,
    weekdays_of,
)
from propdesk.errors import ValidationError

PROPERTY = settings(max_examples=200, deadline=None, database=None)
days = st.dates(date(2000, 1, 1), date(2100, 12, 31))
spans = st.integers(0, 400)
weekday_sets = st.frozensets(st.integers(1, 7), min_size=1, max_size=6)


@pytest.mark.parametrize(
    ("frequency", "weekdays", "month_day", "field"),
    [
        ("hourly", (), None, "frequency"),
        (Frequency.WEEKDAYS, (), None, "weekdays"),
        (Frequency.WEEKDAYS, (0,), None, "weekdays"),
        (Frequency.WEEKDAYS, (8,), None, "weekdays"),
        (Frequency.WEEKLY, (1, 2), None, "weekdays"),
        (Frequency.MONTHLY, (), None, "month_day"),
        (Frequency.MONTHLY, (), 0, "month_day"),
        (Frequency.MONTHLY, (), 29, "month_day"),
    ],
)
def test_a_wrong_schedule_names_its_field(
    frequency: str, weekdays: tuple[int, ...], month_day: int | None, field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        schedule(frequency, weekdays, month_day)
    assert caught.value.field == field


def test_what_a_frequency_does_not_use_is_dropped() -> None:
    assert schedule(Frequency.DAILY, (1, 2), 5) == Schedule(Frequency.DAILY)
    assert schedule(Frequency.MONTHLY, (1,), 15) == Schedule(Frequency.MONTHLY, month_day=15)
    assert schedule(Frequency.WEEKDAYS, range(1, 8)) == Schedule(Frequency.DAILY)
    assert schedule("weekly", (3,)) == Schedule(Frequency.WEEKLY, frozenset({3}))


@PROPERTY
@given(weekday_sets)
def test_weekday_masks_round_trip(weekdays: frozenset[int]) -> None:
    assert weekdays_of(weekday_mask(weekdays)) == weekdays


@PROPERTY
@given(days, spans)
def test_a_daily_task_is_due_every_day(first: date, span: int) -> None:
    last = first + timedelta(days=span)
    assert len(list(Schedule(Frequency.DAILY).due_days(first, last))) == span + 1


@PROPERTY
@given(days, st.integers(1, 60), weekday_sets)
def test_weekdays_are_due_that_many_times_a_whole_week(
    monday_near: date, weeks: int, weekdays: frozenset[int]
) -> None:
    monday, _ = week_of(monday_near)
    last = monday + timedelta(days=7 * weeks - 1)
    plan = schedule(Frequency.WEEKDAYS, weekdays)
    due = list(plan.due_days(monday, last))
    assert len(due) == weeks * len(weekdays)
    assert all(d.isoweekday() in weekdays for d in due)


@PROPERTY
@given(days, st.integers(1, 7))
def test_a_weekly_task_is_due_once_in_every_iso_week(day: date, weekday: int) -> None:
    monday, sunday = week_of(day)
    assert sunday - monday == timedelta(days=6)
    assert monday.isoweekday() == 1
    due = list(schedule(Frequency.WEEKLY, (weekday,)).due_days(monday, sunday))
    assert len(due) == 1
    assert due[0].isoweekday() == weekday


@PROPERTY
@given(st.integers(2000, 2099), st.integers(1, 12), st.integers(1, 28))
def test_a_monthly_task_is_due_once_a_month(year: int, month: int, day: int) -> None:
    first = date(year, month, 1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    due = list(schedule(Frequency.MONTHLY, (), day).due_days(first, last))
    assert due == [date(year, month, day)]


def test_a_days_state() -> None:
    today = date(2026, 11, 25)
    past, future = today - timedelta(days=1), today + timedelta(days=1)
    assert day_state(True, None, past, today) is DayState.MISSING
    assert day_state(True, None, today, today) is DayState.PLANNED
    assert day_state(True, None, future, today) is DayState.PLANNED
    assert day_state(True, True, past, today) is DayState.DONE
    assert day_state(True, False, today, today) is DayState.NOT_DONE
    assert day_state(False, True, past, today) is DayState.EXTRA
    assert day_state(False, None, past, today) is None


@PROPERTY
@given(st.lists(st.sampled_from([*DayState, None]), max_size=60))
def test_completion_adds_up(states: list[DayState | None]) -> None:
    total = Completion()
    for state in states:
        total = total.add(state)
    counted = [s for s in states if s is not None and s is not DayState.EXTRA]
    assert total.planned == len(counted)
    assert total.done == counted.count(DayState.DONE)
    assert total.open == counted.count(DayState.PLANNED)
    assert total.judged == total.planned - total.open
    rate = total.rate()
    if total.judged == 0:
        assert rate is None
    else:
        assert rate is not None
        assert 0 <= rate <= 100
        assert rate * total.judged <= total.done * 100  # cut down, never rounded up
    assert total + Completion() == total


def test_a_rate_is_cut_down_not_rounded_up() -> None:
    assert str(Completion(3, 2, 1, 0).rate()) == "66.6"
    assert str(Completion(2000, 1999, 1, 0).rate()) == "99.9"
    assert Completion(5, 0, 0, 0).rate() is None  # all still open: no data


def test_the_defaults_in_every_language() -> None:
    assert tuple(CONFIG_LANGUAGES) == LANGUAGES
    assert {d.trade for d in DEFAULTS} == set(Trade)
    for language in LANGUAGES:
        keys = {(d.trade, pick(d.area, language), pick(d.name, language)) for d in DEFAULTS}
        assert len(keys) == len(DEFAULTS)  # no task twice in an area
    assert pick(COMMON_AREAS[0], "xx") == COMMON_AREAS[0][2]  # unknown: English
    for default in DEFAULTS:
        assert 0 <= default.start_minute < 24 * 60
        # Each default's schedule passes the same checks as a typed one.
        plan = default.schedule
        assert schedule(plan.frequency, plan.weekdays, plan.month_day) == plan
