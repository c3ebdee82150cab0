"""The ten service targets as pure functions: each at, just above and just below its
threshold, with no data, with an empty period, and the catalogue and thresholds."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from propdesk.domain import service_targets as st
from propdesk.domain.service_targets import (
    DEFAULT_THRESHOLDS,
    ArrivalInputs,
    ComplaintInputs,
    MonthlyCounts,
    Outcome,
    Period,
    Ratio,
    SatisfactionInputs,
    TargetKey,
    Unit,
    Window,
    check_threshold,
    parse_month,
    setting_key,
    share_percent,
)
from propdesk.errors import ValidationError

OCT = Period.month(2026, 10)
D = Decimal


# -- the period ---------------------------------------------------------------------------
def test_a_month_has_its_days_and_knows_its_year_so_far() -> None:
    assert Period(date(2026, 10, 1), date(2026, 10, 31)) == OCT
    assert len(OCT.days) == 31
    assert Period.month(2024, 2).last == date(2024, 2, 29)
    assert Period.month(2026, 12).last == date(2026, 12, 31)
    assert OCT.months == [(2026, 10)]
    assert OCT.window(Window.YEAR_TO_DATE) == Period(date(2026, 1, 1), date(2026, 10, 31))
    assert OCT.window(Window.PERIOD) is OCT
    assert OCT.label == "2026-10"
    assert Period(date(2026, 10, 1), date(2026, 10, 15)).label == "2026-10-01 – 2026-10-15"
    assert Period(date(2026, 11, 20), date(2027, 1, 3)).months == [
        (2026, 11),
        (2026, 12),
        (2027, 1),
    ]


def test_a_period_cannot_end_before_it_starts() -> None:
    with pytest.raises(ValueError, match="ends on or after"):
        Period(date(2026, 10, 2), date(2026, 10, 1))
    assert Period(date(2026, 10, 1), date(2026, 10, 1)).days == [date(2026, 10, 1)]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("2026-10", Period.month(2026, 10)), (" 2026-1 ", Period.month(2026, 1))],
)
def test_parse_month(typed: str, expected: Period) -> None:
    assert parse_month(typed) == expected


@pytest.mark.parametrize("typed", ["2026-13", "2026-00", "2026/10", "26-10", "", "0000-10", "x"])
def test_parse_month_refuses_what_is_not_a_month(typed: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_month(typed)
    assert caught.value.field == "month"
    assert "e.g. 2026-10" in caught.value.message


# -- shares -----------------------------------------------------------------------------------
def test_share_is_cut_down_never_rounded_up() -> None:
    assert share_percent(1, 3) == D("33.3")
    assert share_percent(2, 3) == D("66.6")  # not 66.7
    assert share_percent(8999, 10000) == D("89.9")  # not 90.0: that would look met
    assert share_percent(5, 5) == D("100.0")
    assert share_percent(0, 7) == D("0.0")


def test_ratio_checks_its_counts() -> None:
    with pytest.raises(ValueError, match="good"):
        Ratio(3, 2)
    with pytest.raises(ValueError, match="good"):
        Ratio(-1, 2)


RATIO_TARGETS = [
    (st.fire_equipment, TargetKey.FIRE_EQUIPMENT, D(100), ("intact", "inspected")),
    (st.hygiene, TargetKey.HYGIENE, D(98), ("passed", "checked")),
    (st.greening, TargetKey.GREENING, D(95), ("passed", "checked")),
    (st.patrols, TargetKey.PATROLS, D(100), ("done", "scheduled")),
]


@pytest.mark.parametrize(("fn", "key", "threshold", "names"), RATIO_TARGETS)
def test_ratio_targets_at_above_and_below_the_threshold(
    fn: st.Evaluate, key: TargetKey, threshold: Decimal, names: tuple[str, str]
) -> None:
    total = 1000
    at = int(threshold * total / 100)
    exactly = fn(OCT, Ratio(at, total), threshold)
    assert exactly.key is key
    assert exactly.label_key == f"target.{key.value}"
    assert exactly.unit is Unit.PERCENT
    assert exactly.outcome is Outcome.MET  # exactly at the threshold is met
    assert exactly.actual == share_percent(at, total)
    assert exactly.detail(names[0]) == at
    assert exactly.detail(names[1]) == total
    assert fn(OCT, Ratio(at - 1, total), threshold).outcome is Outcome.NOT_MET
    if at < total:
        assert fn(OCT, Ratio(at + 1, total), threshold).outcome is Outcome.MET


@pytest.mark.parametrize(("fn", "key", "threshold", "names"), RATIO_TARGETS)
def test_ratio_targets_without_data(
    fn: st.Evaluate, key: TargetKey, threshold: Decimal, names: tuple[str, str]
) -> None:
    missing = fn(OCT, None, threshold)
    assert missing.outcome is Outcome.NO_DATA
    assert missing.actual is None
    assert missing.details == ()
    assert missing.key is key
    # Recorded, but nothing in the period: still no figure (not 0 %, not 100 %).
    empty = fn(OCT, Ratio(0, 0), threshold)
    assert empty.outcome is Outcome.NO_DATA
    assert empty.actual is None
    assert empty.detail(names[1]) == 0


def test_a_share_threshold_with_a_decimal_is_compared_exactly() -> None:
    # 975 of 1000 is 97.5 %: met at 97.5, missed at 97.6 (no float rounding either way).
    assert st.hygiene(OCT, Ratio(975, 1000), D("97.5")).outcome is Outcome.MET
    assert st.hygiene(OCT, Ratio(975, 1000), D("97.6")).outcome is Outcome.NOT_MET
    # 1/3 against 33.3: 33.33… ≥ 33.3 is met although it is shown as 33.3.
    assert st.hygiene(OCT, Ratio(1, 3), D("33.3")).outcome is Outcome.MET


def test_fire_equipment_needs_every_item_intact() -> None:
    assert st.fire_equipment(OCT, Ratio(9999, 10000), D(100)).outcome is Outcome.NOT_MET
    assert st.fire_equipment(OCT, Ratio(9999, 10000), D(100)).actual == D("99.9")
    assert st.fire_equipment(OCT, Ratio(1, 1), D(100)).outcome is Outcome.MET


def test_patrols_count_the_missed_rounds() -> None:
    result = st.patrols(OCT, Ratio(58, 62), D(100))
    assert result.detail("missed") == 4
    assert result.outcome is Outcome.NOT_MET


# -- satisfaction -------------------------------------------------------------------------------
def test_satisfaction_counts_ratings_of_4_and_5_as_satisfied() -> None:
    result = st.satisfaction(OCT, SatisfactionInputs({5: 6, 4: 3, 3: 1}), D(90))
    assert result.actual == D("90.0")
    assert result.outcome is Outcome.MET  # 9 of 10: exactly the threshold
    assert result.detail("ratings_satisfied") == 9
    assert result.detail("ratings") == 10
    worse = st.satisfaction(OCT, SatisfactionInputs({5: 6, 4: 2, 3: 1, 1: 1}), D(90))
    assert worse.outcome is Outcome.NOT_MET
    assert worse.actual == D("80.0")


def test_satisfaction_joins_surveys_and_ratings() -> None:
    inputs = SatisfactionInputs({5: 10}, survey_satisfied=80, survey_answers=90)
    result = st.satisfaction(OCT, inputs, D(90))
    assert result.detail("satisfied") == 90
    assert result.detail("answers") == 100
    assert result.outcome is Outcome.MET
    only_surveys = st.satisfaction(OCT, SatisfactionInputs({}, 8, 10), D(90))
    assert only_surveys.actual == D("80.0")


def test_satisfaction_without_data() -> None:
    assert st.satisfaction(OCT, None, D(90)).outcome is Outcome.NO_DATA
    assert st.satisfaction(OCT, SatisfactionInputs({}), D(90)).outcome is Outcome.NO_DATA


@pytest.mark.parametrize("ratings", [{0: 1}, {6: 1}, {3: -1}])
def test_satisfaction_refuses_impossible_ratings(ratings: dict[int, int]) -> None:
    with pytest.raises(ValueError, match="scores"):
        SatisfactionInputs(ratings)


def test_survey_answers_must_add_up() -> None:
    with pytest.raises(ValueError, match="survey"):
        SatisfactionInputs({}, survey_satisfied=3, survey_answers=2)


# -- repairs within the arrival limit ------------------------------------------------------------
def test_repair_arrival_judges_arrived_and_overdue_tickets_only() -> None:
    inputs = ArrivalInputs(met=19, late=0, overdue=1, pending=7, ended_before_arrival=2)
    result = st.repair_arrival(OCT, inputs, D(95))
    assert result.actual == D("95.0")  # 19 of 20 judged; pending and ended are not
    assert result.outcome is Outcome.MET
    assert result.detail("pending") == 7
    assert result.detail("ended_before_arrival") == 2
    late = st.repair_arrival(OCT, ArrivalInputs(met=18, late=1, overdue=1), D(95))
    assert late.outcome is Outcome.NOT_MET
    assert late.actual == D("90.0")


def test_repair_arrival_with_nothing_judged_yet_is_no_data_with_its_counts() -> None:
    result = st.repair_arrival(OCT, ArrivalInputs(0, 0, 0, pending=3), D(95))
    assert result.outcome is Outcome.NO_DATA
    assert result.actual is None
    assert result.detail("pending") == 3
    assert st.repair_arrival(OCT, None, D(95)).details == ()


# -- complaints ------------------------------------------------------------------------------
def test_complaints_answered_in_time_and_followed_up() -> None:
    result = st.complaints_in_time(OCT, ComplaintInputs(10, 10, closed=8, followed_up=6), D(100))
    assert result.outcome is Outcome.MET
    assert result.detail("followed_up") == 6
    assert st.complaints_in_time(OCT, ComplaintInputs(9, 10), D(100)).outcome is Outcome.NOT_MET
    assert st.complaints_in_time(OCT, ComplaintInputs(0, 0), D(100)).outcome is Outcome.NO_DATA
    assert st.complaints_in_time(OCT, None, D(100)).outcome is Outcome.NO_DATA
    with pytest.raises(ValueError, match="complaints"):
        ComplaintInputs(3, 2)
    with pytest.raises(ValueError, match="complaints"):
        ComplaintInputs(1, 2, closed=1, followed_up=2)


# -- counts ------------------------------------------------------------------------------------
def test_safety_incidents_are_a_ceiling() -> None:
    year = OCT.window(Window.YEAR_TO_DATE)
    none = st.safety_incidents(year, 0, D(0))
    assert none.outcome is Outcome.MET  # zero is data: the log exists and is empty
    assert none.actual == D(0)
    assert none.at_most
    assert none.window == year
    one = st.safety_incidents(year, 1, D(0))
    assert one.outcome is Outcome.NOT_MET
    assert st.safety_incidents(year, 2, D(2)).outcome is Outcome.MET
    assert st.safety_incidents(year, 3, D(2)).outcome is Outcome.NOT_MET
    missing = st.safety_incidents(year, None, D(0))
    assert missing.outcome is Outcome.NO_DATA
    assert missing.at_most


@pytest.mark.parametrize(
    ("month", "held", "required", "outcome"),
    [
        (1, 0, 1, Outcome.NOT_MET),  # ⌈2 × 1/12⌉ = 1
        (1, 1, 1, Outcome.MET),
        (6, 1, 1, Outcome.MET),  # ⌈2 × 6/12⌉ = 1
        (7, 1, 2, Outcome.NOT_MET),  # ⌈2 × 7/12⌉ = 2
        (10, 2, 2, Outcome.MET),
        (12, 1, 2, Outcome.NOT_MET),
        (12, 3, 2, Outcome.MET),
    ],
)
def test_surveys_are_judged_on_track_for_the_year(
    month: int, held: int, required: int, outcome: Outcome
) -> None:
    period = Period.month(2026, month).window(Window.YEAR_TO_DATE)
    result = st.surveys(period, held, D(2))
    assert result.detail("required_so_far") == required
    assert result.outcome is outcome
    assert result.actual == held


def test_surveys_without_data() -> None:
    assert st.surveys(OCT, None, D(2)).outcome is Outcome.NO_DATA


def test_community_events_need_the_threshold_in_every_month() -> None:
    quarter = Period(date(2026, 10, 1), date(2026, 12, 31))
    each = MonthlyCounts({(2026, 10): 1, (2026, 11): 2, (2026, 12): 1})
    result = st.community_events(quarter, each, D(1))
    assert result.outcome is Outcome.MET
    assert result.actual == 4
    gap = MonthlyCounts({(2026, 10): 3, (2026, 12): 1})  # none in November
    short = st.community_events(quarter, gap, D(1))
    assert short.outcome is Outcome.NOT_MET
    assert short.detail("months_short") == 1
    assert st.community_events(OCT, MonthlyCounts({}), D(1)).outcome is Outcome.NOT_MET
    assert st.community_events(OCT, MonthlyCounts({(2026, 9): 5}), D(1)).actual == 0
    assert st.community_events(OCT, None, D(1)).outcome is Outcome.NO_DATA


# -- the catalogue and its thresholds -----------------------------------------------------------
def test_the_catalogue_has_the_ten_targets_with_the_plan_values() -> None:
    assert [spec.key for spec in st.TARGETS] == list(TargetKey)
    assert DEFAULT_THRESHOLDS == {
        TargetKey.SAFETY_INCIDENTS: 0,
        TargetKey.FIRE_EQUIPMENT: 100,
        TargetKey.HYGIENE: 98,
        TargetKey.GREENING: 95,
        TargetKey.SATISFACTION: 90,
        TargetKey.SURVEYS: 2,
        TargetKey.COMMUNITY_EVENTS: 1,
        TargetKey.PATROLS: 100,
        TargetKey.REPAIR_ARRIVAL: 95,
        TargetKey.COMPLAINTS_IN_TIME: 100,
    }
    yearly = {s.key for s in st.TARGETS if s.window is Window.YEAR_TO_DATE}
    assert yearly == {TargetKey.SAFETY_INCIDENTS, TargetKey.SURVEYS}


def test_evaluate_gives_every_target_in_order_no_data_where_nothing_came() -> None:
    results = st.evaluate(
        OCT,
        {TargetKey.SATISFACTION: SatisfactionInputs({5: 1}), TargetKey.SAFETY_INCIDENTS: 0},
        {TargetKey.SATISFACTION: D(95)},
    )
    assert [r.key for r in results] == list(TargetKey)
    by_key = {r.key: r for r in results}
    assert by_key[TargetKey.SATISFACTION].threshold == 95  # the setting, not the default
    assert by_key[TargetKey.SATISFACTION].outcome is Outcome.MET
    assert by_key[TargetKey.SAFETY_INCIDENTS].window == Period(date(2026, 1, 1), OCT.last)
    assert by_key[TargetKey.HYGIENE].threshold == 98
    no_data = {r.key for r in results if r.outcome is Outcome.NO_DATA}
    assert no_data == set(TargetKey) - {TargetKey.SATISFACTION, TargetKey.SAFETY_INCIDENTS}


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        (TargetKey.HYGIENE, 97.5, D("97.5")),
        (TargetKey.HYGIENE, "97.50", D("97.5")),
        (TargetKey.HYGIENE, 98, D(98)),
        (TargetKey.HYGIENE, D("98.0"), D(98)),
        (TargetKey.FIRE_EQUIPMENT, 100, D(100)),
        (TargetKey.GREENING, 0, D(0)),
        (TargetKey.SAFETY_INCIDENTS, 0, D(0)),
        (TargetKey.SAFETY_INCIDENTS, 3, D(3)),
        (TargetKey.SURVEYS, 4, D(4)),
        (TargetKey.COMMUNITY_EVENTS, 31, D(31)),
    ],
)
def test_check_threshold_accepts(key: TargetKey, value: object, expected: Decimal) -> None:
    checked = check_threshold(key, value)
    assert checked == expected
    assert str(checked) == str(expected)  # one spelling: 98, never 98.0 or 1E+2


@pytest.mark.parametrize(
    ("key", "value"),
    [
        (TargetKey.HYGIENE, 100.1),
        (TargetKey.HYGIENE, -1),
        (TargetKey.HYGIENE, 97.55),  # two decimals
        (TargetKey.HYGIENE, True),
        (TargetKey.HYGIENE, None),
        (TargetKey.HYGIENE, "a lot"),
        (TargetKey.HYGIENE, float("nan")),
        (TargetKey.HYGIENE, float("inf")),
        (TargetKey.SURVEYS, 0),  # a minimum of none is no target
        (TargetKey.SURVEYS, 1.5),
        (TargetKey.SURVEYS, 53),
        (TargetKey.COMMUNITY_EVENTS, 32),
        (TargetKey.SAFETY_INCIDENTS, -1),
        (TargetKey.SAFETY_INCIDENTS, 1001),
    ],
)
def test_check_threshold_refuses(key: TargetKey, value: object) -> None:
    with pytest.raises(ValidationError) as caught:
        check_threshold(key, value)
    assert caught.value.field == setting_key(key) == f"target_{key.value}"
