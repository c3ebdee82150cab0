"""The monthly assessment's pure rules: standards (points, keys, words), deductions
never past an item's points, the score never below zero, months and the year trend."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from propdesk.domain.assessments.defaults import DEFAULT_STANDARDS, LANGUAGES, default_standard
from propdesk.domain.assessments.months import (
    change,
    check_month,
    parse_month,
    previous_month,
    year_trend,
)
from propdesk.domain.assessments.scoring import Deduction, check_deduction, score
from propdesk.domain.assessments.standards import (
    Standard,
    StandardItem,
    check_standard,
    next_key,
)
from propdesk.errors import ValidationError

PROPERTY = settings(max_examples=200, deadline=None, database=None)
STANDARD = Standard("保洁", (StandardItem("a", "地面", 20), StandardItem("b", "楼道", 10)))


def test_every_default_standard_is_worth_100_in_every_language() -> None:
    assert {d.department for d in DEFAULT_STANDARDS} == {
        "security",
        "cleaning",
        "greening",
        "engineering",
        "customer_service",
    }
    for found in DEFAULT_STANDARDS:
        keys = None
        for language in LANGUAGES:
            standard = check_standard(found.standard(language))
            assert standard.total == 100
            assert keys in (None, [i.key for i in standard.items])
            keys = [i.key for i in standard.items]
    assert default_standard("nobody", "zh_CN") is None


@pytest.mark.parametrize(
    ("items", "field"),
    [
        ((), "items"),
        ((StandardItem("a", "x", 1), StandardItem("a", "y", 1)), "items"),
        ((StandardItem("A!", "x", 1),), "items"),
        ((StandardItem("a", "  ", 1),), "item:a"),
        ((StandardItem("a", "x", 0),), "item:a"),
        ((StandardItem("a", "x", 101),), "item:a"),
        ((StandardItem("a", "x", True),), "item:a"),  # type: ignore[arg-type]
    ],
)
def test_a_bad_standard_names_its_field(items: tuple[StandardItem, ...], field: str) -> None:
    with pytest.raises(ValidationError) as error:
        check_standard(Standard("标准", items))
    assert error.value.field == field


def test_a_new_item_gets_a_key_not_taken() -> None:
    assert next_key([StandardItem("item_1", "x", 1)]) == "item_2"


@PROPERTY
@given(st.lists(st.tuples(st.sampled_from(["a", "b"]), st.integers(0, 25)), max_size=20))
def test_deductions_never_pass_an_items_points(checks: list[tuple[str, int]]) -> None:
    taken: list[Deduction] = []
    for key, points in checks:
        item = STANDARD.item(key)
        assert item is not None
        left = item.points - sum(d.deducted for d in taken if d.item_key == key)
        if points > left:  # refused, next to the points
            with pytest.raises(ValidationError, match="points") as error:
                check_deduction(STANDARD, key, points, taken)
            assert error.value.field == "deducted"
        else:
            taken.append(Deduction(key, check_deduction(STANDARD, key, points, taken)))
    for item in STANDARD.items:
        assert sum(d.deducted for d in taken if d.item_key == item.key) <= item.points
    assert 0 <= score(STANDARD.total, taken) <= STANDARD.total
    assert score(STANDARD.total, taken) == STANDARD.total - sum(d.deducted for d in taken)


@pytest.mark.parametrize("points", [-1, 1.5, True, None])
def test_a_deduction_is_a_whole_number(points: object) -> None:
    with pytest.raises(ValidationError) as error:
        check_deduction(STANDARD, "a", points)  # type: ignore[arg-type]
    assert error.value.field == "deducted"


def test_an_unknown_item_is_refused() -> None:
    with pytest.raises(ValidationError) as error:
        check_deduction(STANDARD, "z", 1)
    assert error.value.field == "item"


@PROPERTY
@given(st.integers(2000, 9999), st.integers(1, 12))
def test_months_round_trip_and_step_back(year: int, month: int) -> None:
    key = f"{year:04d}-{month:02d}"
    assert parse_month(key) == (year, month)
    wanted = (year, month - 1) if month > 1 else (year - 1, 12)
    assert previous_month(key) == f"{wanted[0]:04d}-{wanted[1]:02d}"


@pytest.mark.parametrize("text", ["", "2026", "2026-13", "2026-00", "26-01", "1999-12", None])
def test_a_bad_month_is_refused(text: object) -> None:
    with pytest.raises(ValidationError) as error:
        parse_month(text)
    assert error.value.field == "month"


def test_a_month_not_begun_is_refused() -> None:
    assert check_month("2026-11", date(2026, 11, 1)) == "2026-11"
    with pytest.raises(ValidationError):
        check_month("2026-12", date(2026, 11, 30))


def test_the_trend_and_the_change() -> None:
    trend = year_trend(2026, {"2026-01": 95, "2026-03": 90, "2025-12": 80})
    assert trend[:3] == (95, None, 90)
    assert len(trend) == 12
    assert change(90, 95) == -5
    assert change(None, 95) is None
