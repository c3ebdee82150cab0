"""The complaints analysis' pure computations: Pareto (order, shares adding up, the
cumulative share ending at 100 %), deadline compliance, repeats in 90 days, the
satisfaction figures and the charts' one definition."""

from __future__ import annotations

import math
import uuid
from datetime import UTC, date, datetime, timedelta
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from propdesk.domain.complaints.analysis import (
    Axis,
    ComplaintFact,
    Deadline,
    Mark,
    by_department,
    by_month,
    compliance,
    monthly_chart,
    months_of,
    pareto,
    pareto_chart,
    repeats,
    satisfaction,
)
from propdesk.domain.complaints.kinds import ComplaintCategory, Verdict
from propdesk.domain.complaints.workflow import ComplaintState

C = ComplaintCategory
S = ComplaintState
T0 = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
NOW = datetime(2026, 12, 31, 12, 0, tzinfo=UTC)


def fact(**changes: object) -> ComplaintFact:
    values: dict[str, object] = {
        "received_at": T0,
        "category": C.NOISE,
        "state": S.HANDLING,
        "round": 1,
        "response_due_at": T0 + timedelta(hours=12),
        "first_answered_at": None,
        "verdict": None,
        "rating": None,
        "department": None,
        "place": None,
        "complainant": None,
    }
    values.update(changes)
    return ComplaintFact(**values)  # type: ignore[arg-type]


categories = st.lists(st.sampled_from(list(ComplaintCategory)), max_size=300)


@given(categories)
def test_pareto_shares_add_up_and_the_cumulative_share_ends_at_100(seen: list[C]) -> None:
    bars = pareto(seen)
    if not seen:
        assert bars == ()
        return
    assert sum(bar.count for bar in bars) == len(seen)
    assert math.isclose(sum(bar.share for bar in bars), 1.0)
    assert bars[-1].cumulative == 1.0
    running = 0
    for bar in bars:
        running += bar.count
        assert math.isclose(bar.cumulative, running / len(seen))
    assert bars[0].vital  # the largest category is always among the vital few


@given(categories)
def test_pareto_is_most_first_and_ties_follow_the_category_list(seen: list[C]) -> None:
    bars = pareto(seen)
    if not bars:
        return
    order = list(ComplaintCategory)
    keys = [(-bar.count, order.index(bar.category)) for bar in bars]
    assert keys == sorted(keys)
    assert len({bar.category for bar in bars}) == len(bars)
    cumulative = [bar.cumulative for bar in bars]
    assert cumulative == sorted(cumulative)
    # Vital: a prefix, ending with the bar that reaches 80 %.
    vital = [bar.vital for bar in bars]
    assert vital == sorted(vital, reverse=True)
    last_vital = vital.count(True) - 1
    reached = [Fraction(sum(b.count for b in bars[: i + 1]), len(seen)) for i in range(len(bars))]
    assert reached[last_vital] >= Fraction(4, 5)
    assert last_vital == 0 or reached[last_vital - 1] < Fraction(4, 5)


def test_a_pareto_example() -> None:
    bars = pareto([C.NOISE] * 5 + [C.PARKING] * 3 + [C.FEES] * 1 + [C.CLEANING] * 1)
    assert [(b.category, b.count, b.share, b.cumulative, b.vital) for b in bars] == [
        (C.NOISE, 5, 0.5, 0.5, True),
        (C.PARKING, 3, 0.3, 0.8, True),
        (C.CLEANING, 1, 0.1, 0.9, False),  # cleaning comes before fees in the list
        (C.FEES, 1, 0.1, 1.0, False),
    ]


def test_deadlines_and_compliance() -> None:
    due = T0 + timedelta(hours=12)
    facts = [
        fact(first_answered_at=due),  # exactly at the deadline: in time
        fact(first_answered_at=due + timedelta(seconds=1), round=2),
        fact(received_at=NOW - timedelta(hours=1), response_due_at=NOW + timedelta(hours=11)),
        fact(),  # open, past its deadline
        fact(state=S.CLOSED),  # closed by a manager, never answered: not judged
    ]
    assert [f.deadline(NOW) for f in facts] == [
        Deadline.IN_TIME,
        Deadline.LATE,
        Deadline.PENDING,
        Deadline.OVERDUE,
        Deadline.UNANSWERED,
    ]
    figures = compliance(facts, NOW)
    assert (figures.judged, figures.share) == (3, 1 / 3)
    assert compliance([], NOW).share is None  # no data, not 0 %


@given(st.lists(st.integers(0, 400), max_size=40), st.integers(1, 5), st.integers(1, 120))
def test_repeats_match_a_brute_force_count(days: list[int], times: int, window: int) -> None:
    start = date(2026, 1, 1)
    seen = [start + timedelta(days=d) for d in days]
    found = repeats([("a", day) for day in seen], times, window)
    best = max((sum(0 <= (other - day).days < window for other in seen) for day in seen), default=0)
    if best >= times:
        (repeat,) = found
        assert (repeat.count, repeat.total) == (best, len(seen))
        assert (repeat.last - repeat.first).days < window
        assert sum(repeat.first <= day <= repeat.last for day in seen) == best
    else:
        assert found == ()


def test_repeats_are_three_times_within_90_days() -> None:
    d = date(2026, 1, 1)
    found = repeats(
        [
            ("unit-1", d),
            ("unit-1", d + timedelta(days=40)),
            ("unit-1", d + timedelta(days=89)),  # 3 in 90 days
            ("unit-2", d),
            ("unit-2", d + timedelta(days=45)),
            ("unit-2", d + timedelta(days=90)),  # 91 days from the first: 2 at most
            ("area", d),
            ("area", d),
            ("area", d),
            ("area", d + timedelta(days=1)),
        ]
    )
    assert [(r.key, r.count, r.first, r.last) for r in found] == [
        ("area", 4, d, d + timedelta(days=1)),
        ("unit-1", 3, d, d + timedelta(days=89)),
    ]


def test_satisfaction_from_verdicts_and_ratings() -> None:
    figures = satisfaction(
        [
            fact(verdict=Verdict.SATISFIED, state=S.CLOSED, rating=5),
            fact(verdict=Verdict.SATISFIED, round=2, state=S.CLOSED, rating=3),
            fact(verdict=Verdict.SATISFIED, round=3, state=S.CLOSED),
            fact(verdict=Verdict.NOT_SATISFIED, round=2),
            fact(),
        ]
    )
    assert (figures.satisfied_first_round, figures.satisfied_later, figures.not_satisfied) == (
        1,
        2,
        1,
    )
    assert figures.verdict_share == 3 / 4
    assert figures.ratings == (0, 0, 1, 0, 1)
    assert (figures.rating_share, figures.mean_rating) == (0.5, 4.0)
    assert figures.follow_up_rate == 2 / 3
    empty = satisfaction([])
    assert (empty.verdict_share, empty.rating_share, empty.mean_rating) == (None, None, None)
    assert empty.follow_up_rate is None


def test_months_and_departments() -> None:
    security, cleaning = uuid.uuid4(), uuid.uuid4()
    facts = [
        fact(department=security),
        fact(department=security, received_at=T0 + timedelta(days=31)),
        fact(department=cleaning),
        fact(),
    ]
    months = months_of(date(2026, 1, 1), date(2026, 12, 31))
    assert len(months) == 12
    assert months[-1] == date(2026, 12, 1)
    by = by_month(facts, months, NOW)
    assert [m.received for m in by] == [0, 0, 3, 1] + [0] * 8
    departments = by_department(facts, NOW)
    assert [(d.department, d.received) for d in departments] == [
        (security, 2),
        *sorted([(cleaning, 1), (None, 1)], key=lambda x: x[0] is None),
    ]


@given(categories)
def test_the_charts_are_one_definition_each(seen: list[C]) -> None:
    bars = pareto(seen)
    chart = pareto_chart(bars)
    counts, cumulative = chart.series
    assert chart.categories == tuple(bar.category for bar in bars)
    assert (counts.mark, counts.axis, cumulative.mark, cumulative.axis) == (
        Mark.BARS,
        Axis.COUNT,
        Mark.LINE,
        Axis.SHARE,
    )
    assert sum(v or 0 for v in counts.values) == len(seen)
    facts = [fact(category=c) for c in seen]
    months = by_month(facts, months_of(date(2026, 1, 1), date(2026, 12, 31)), NOW)
    monthly = monthly_chart(months)
    in_time, late, share_line = monthly.series
    assert len(monthly.categories) == 12
    # The stacked bars add up to the month's complaints.
    totals = [(a or 0) + (b or 0) for a, b in zip(in_time.values, late.values, strict=True)]
    assert totals == [m.received for m in months]
    assert share_line.axis is Axis.SHARE
    assert all(s.colour.startswith("#") and len(s.colour) == 7 for s in monthly.series)


def test_a_chart_needs_a_value_per_category() -> None:
    chart = pareto_chart(pareto([C.NOISE]))
    with pytest.raises(ValueError, match="a value per category"):
        type(chart)(chart.name, chart.title, (), chart.series)
