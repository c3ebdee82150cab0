"""The events' pure rules: an event's times, amounts and head counts, which states
may change, and the months' counts the "one event a month" target judges."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from propdesk.domain.events.kinds import EventState
from propdesk.domain.events.rules import (
    MAX_DAYS,
    MAX_FEN,
    check_fen,
    check_held,
    check_participants,
    check_times,
    months_of,
    require_planned,
    year_by_month,
)
from propdesk.domain.service_targets import MonthlyCounts, Outcome, Period, community_events
from propdesk.errors import ConflictError, ValidationError

T0 = datetime(2026, 10, 3, 7, tzinfo=UTC)


def test_times_amounts_and_counts() -> None:
    check_times(T0, T0 + timedelta(hours=2))
    for (end,) in (
        (T0,),
        (T0 - timedelta(minutes=1),),
        (T0 + timedelta(days=MAX_DAYS, seconds=1),),
    ):
        with pytest.raises(ValidationError) as refused:
            check_times(T0, end)
        assert refused.value.field == "ends_at"
    assert check_fen(0, "budget") == 0
    assert check_fen(MAX_FEN, "budget") == MAX_FEN
    for bad in (-1, MAX_FEN + 1, True, 1.5, "100", None):
        with pytest.raises(ValidationError) as refused:
            check_fen(bad, "budget")
        assert refused.value.field == "budget"
    for bad in (-1, True, None, "3"):
        with pytest.raises(ValidationError):
            check_participants(bad)
    with pytest.raises(ValidationError):
        check_held(T0, T0 - timedelta(seconds=1))
    check_held(T0, T0)


def test_only_a_planned_event_changes() -> None:
    require_planned(EventState.PLANNED)
    for state in (EventState.HELD, EventState.CANCELLED):
        with pytest.raises(ConflictError):
            require_planned(state)


@given(st.lists(st.dates(date(2020, 1, 1), date(2030, 12, 31)), max_size=60))
def test_months_add_up_to_the_days(days: list[date]) -> None:
    counts = months_of(days)
    assert sum(counts.values()) == len(days)
    for (year, month), n in counts.items():
        assert n == sum(1 for d in days if (d.year, d.month) == (year, month))
    for year in {d.year for d in days}:
        assert sum(year_by_month(year, counts)) == sum(1 for d in days if d.year == year)


@given(st.lists(st.dates(date(2026, 1, 1), date(2026, 12, 31)), max_size=40))
def test_the_target_is_met_when_no_month_is_empty(days: list[date]) -> None:
    year = Period(date(2026, 1, 1), date(2026, 12, 31))
    result = community_events(year, MonthlyCounts(months_of(days)), Decimal(1))
    every_month = {(d.year, d.month) for d in days} == set(year.months)
    assert (result.outcome is Outcome.MET) == every_month
    assert result.actual == len(days)
