"""Due and overdue inspections from a template's frequency and the last one done."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from propdesk.domain.inspections.due import (
    DueState,
    DueStatus,
    due_state,
    next_period,
    period_bounds,
)
from propdesk.domain.inspections.kinds import Frequency

PROPERTY = settings(max_examples=300, deadline=None, database=None)
D, W, M, Q = Frequency.DAILY, Frequency.WEEKLY, Frequency.MONTHLY, Frequency.QUARTERLY
LONG_AGO = date(2020, 1, 1)


def state(
    frequency: Frequency, today: str, last: str | None, active: str = "2020-01-01"
) -> DueState:
    return due_state(
        frequency,
        date.fromisoformat(today),
        active_from=date.fromisoformat(active),
        last_done=None if last is None else date.fromisoformat(last),
    )


# ---- periods ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("frequency", "day", "first", "last"),
    [
        (D, "2026-12-31", "2026-12-31", "2026-12-31"),
        (W, "2026-12-31", "2026-12-28", "2027-01-03"),  # ISO week 53 straddles the year
        (W, "2027-01-01", "2026-12-28", "2027-01-03"),
        (W, "2026-03-01", "2026-02-23", "2026-03-01"),  # Sunday ends the week
        (M, "2028-02-10", "2028-02-01", "2028-02-29"),  # leap February
        (M, "2026-12-31", "2026-12-01", "2026-12-31"),
        (Q, "2026-05-17", "2026-04-01", "2026-06-30"),
        (Q, "2026-12-31", "2026-10-01", "2026-12-31"),
        (Q, "2027-01-01", "2027-01-01", "2027-03-31"),
    ],
)
def test_period_bounds(frequency: Frequency, day: str, first: str, last: str) -> None:
    assert period_bounds(frequency, date.fromisoformat(day)) == (
        date.fromisoformat(first),
        date.fromisoformat(last),
    )


def key(frequency: Frequency, day: date) -> tuple[int, ...]:
    """The period a day belongs to, worked out independently of the code under test."""
    if frequency is D:
        return (day.toordinal(),)
    if frequency is W:
        iso = day.isocalendar()
        return (iso.year, iso.week)
    if frequency is M:
        return (day.year, day.month)
    return (day.year, (day.month - 1) // 3)


DAYS = st.dates(min_value=date(2024, 1, 1), max_value=date(2027, 12, 31))


@PROPERTY
@given(st.sampled_from(list(Frequency)), DAYS)
def test_a_period_holds_exactly_the_days_of_its_key(frequency: Frequency, day: date) -> None:
    first, last = period_bounds(frequency, day)
    assert first <= day <= last
    assert key(frequency, first) == key(frequency, day) == key(frequency, last)
    assert key(frequency, first - timedelta(days=1)) != key(frequency, day)
    assert key(frequency, last + timedelta(days=1)) != key(frequency, day)
    assert next_period(frequency, day) == last + timedelta(days=1)


# ---- examples ---------------------------------------------------------------------------------


def test_daily_done_today_due_today_overdue_since_yesterday() -> None:
    assert state(D, "2026-12-05", "2026-12-05").status is DueStatus.DONE
    due = state(D, "2026-12-05", "2026-12-04")
    assert (due.status, due.due_today, due.overdue_since) == (DueStatus.DUE, True, None)
    late = state(D, "2026-12-05", "2026-12-02")
    assert late.status is DueStatus.OVERDUE
    assert late.overdue_since == date(2026, 12, 4)  # 3rd missed: overdue from the 4th
    assert late.missed_periods == 2  # the 3rd and the 4th
    assert late.due_today


def test_daily_across_a_year_end() -> None:
    late = state(D, "2027-01-01", "2026-12-30")
    assert (late.status, late.overdue_since, late.missed_periods) == (
        DueStatus.OVERDUE,
        date(2027, 1, 1),
        1,
    )


def test_weekly_is_one_per_iso_week_even_across_the_year_end() -> None:
    # Done Monday 28 December 2026: the week runs to Sunday 3 January 2027.
    assert state(W, "2027-01-03", "2026-12-28").status is DueStatus.DONE
    due = state(W, "2027-01-04", "2026-12-28")
    assert (due.status, due.period_first, due.period_last) == (
        DueStatus.DUE,
        date(2027, 1, 4),
        date(2027, 1, 10),
    )
    late = state(W, "2027-01-04", "2026-12-27")  # the Sunday before: that week's
    assert (late.status, late.overdue_since, late.missed_periods) == (
        DueStatus.OVERDUE,
        date(2027, 1, 4),
        1,
    )


def test_monthly_across_month_ends_of_different_lengths() -> None:
    assert state(M, "2026-02-28", "2026-02-01").status is DueStatus.DONE
    assert state(M, "2026-03-01", "2026-02-28").status is DueStatus.DUE
    late = state(M, "2026-03-01", "2026-01-31")
    assert (late.status, late.overdue_since, late.missed_periods) == (
        DueStatus.OVERDUE,
        date(2026, 3, 1),
        1,
    )
    year_end = state(M, "2027-01-15", "2026-10-31")
    assert (year_end.overdue_since, year_end.missed_periods) == (date(2026, 12, 1), 2)


def test_quarterly_across_the_year_end() -> None:
    assert state(Q, "2026-12-31", "2026-10-01").status is DueStatus.DONE
    due = state(Q, "2027-01-01", "2026-11-15")
    assert (due.status, due.period_first, due.period_last) == (
        DueStatus.DUE,
        date(2027, 1, 1),
        date(2027, 3, 31),
    )
    late = state(Q, "2027-01-01", "2026-09-30")
    assert (late.status, late.overdue_since, late.missed_periods) == (
        DueStatus.OVERDUE,
        date(2027, 1, 1),
        1,
    )


def test_a_template_added_mid_period_is_due_in_it_and_overdue_only_after_it() -> None:
    assert state(M, "2026-12-20", None, active="2026-12-18").status is DueStatus.DUE
    assert state(M, "2026-12-31", None, active="2026-12-18").status is DueStatus.DUE
    late = state(M, "2027-01-01", None, active="2026-12-18")
    assert (late.status, late.overdue_since, late.missed_periods) == (
        DueStatus.OVERDUE,
        date(2027, 1, 1),
        1,
    )
    weekly = state(W, "2026-12-06", None, active="2026-12-06")  # added on a Sunday
    assert weekly.status is DueStatus.DUE
    assert state(W, "2026-12-07", None, active="2026-12-06").status is DueStatus.OVERDUE


def test_a_template_starting_later_owes_nothing_yet() -> None:
    later = state(D, "2026-12-05", None, active="2026-12-06")
    assert later.status is DueStatus.NOT_ACTIVE
    assert not later.due_today
    assert state(M, "2026-12-05", None, active="2026-12-31").status is DueStatus.DUE


def test_an_inspection_before_the_template_was_added_does_not_count() -> None:
    # Re-added area: the old inspection is from before; this month is owed.
    assert state(M, "2026-12-10", "2026-11-30", active="2026-12-01").status is DueStatus.DUE
    # One from earlier in the very period it was added does count for that period.
    assert state(W, "2026-12-06", "2026-12-01", active="2026-12-03").status is DueStatus.DONE


# ---- against a brute-force walk over the calendar ----------------------------------------


def brute(
    frequency: Frequency, today: date, active: date, last: date | None
) -> tuple[DueStatus, date | None, int]:
    days = [active + timedelta(days=n) for n in range((today - active).days + 1)]
    periods: list[tuple[int, ...]] = []
    first_day: dict[tuple[int, ...], date] = {}
    for day in days:
        k = key(frequency, day)
        if k not in first_day:
            periods.append(k)
            first_day[k] = day
    if last is not None and last > today:
        return DueStatus.DONE, None, 0
    done_index = -1
    if last is not None and key(frequency, last) in periods:
        # An inspection in the period the template became active counts for it, even
        # from before the day it was added; one from an earlier period does not.
        done_index = periods.index(key(frequency, last))
    owed = periods[done_index + 1 :]
    if not owed:
        return DueStatus.DONE, None, 0
    if len(owed) == 1:
        return DueStatus.DUE, None, 0
    return DueStatus.OVERDUE, first_day[owed[1]], len(owed) - 1


@PROPERTY
@given(
    st.sampled_from(list(Frequency)),
    DAYS,
    st.integers(min_value=0, max_value=500),
    st.one_of(st.none(), st.integers(min_value=-100, max_value=600)),
)
def test_due_state_matches_a_walk_over_the_calendar(
    frequency: Frequency, today: date, active_back: int, last_back: int | None
) -> None:
    active = today - timedelta(days=active_back)
    last = None if last_back is None else today - timedelta(days=last_back)
    assume(last is None or last <= today)
    got = due_state(frequency, today, active_from=active, last_done=last)
    assert (got.status, got.overdue_since, got.missed_periods) == brute(
        frequency, today, active, last
    )
    assert (got.period_first, got.period_last) == period_bounds(frequency, today)
