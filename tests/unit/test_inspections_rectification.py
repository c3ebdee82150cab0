"""Rectification notices: the loop from a failed item to a passing re-inspection."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from propdesk.domain.inspections.kinds import ItemResult
from propdesk.domain.inspections.rectification import (
    Rectification,
    RectificationState,
    ReInspection,
    check_deadline,
    is_overdue,
    mark_fixed,
    record_reinspection,
    void,
)
from propdesk.errors import ConflictError, ValidationError

SHANGHAI = ZoneInfo("Asia/Shanghai")
PROPERTY = settings(max_examples=200, deadline=None, database=None)
ISSUED = datetime(2026, 12, 1, 9, 0, tzinfo=SHANGHAI)
DEADLINE = datetime(2026, 12, 8, 18, 0, tzinfo=SHANGHAI)
FIXER = "u-technician"
INSPECTOR = "u-inspector"


def notice() -> Rectification:
    return Rectification("extinguisher_pressure", ISSUED, DEADLINE)


def fixed() -> Rectification:
    return mark_fixed(notice(), FIXER, ISSUED + timedelta(days=2))


def check(
    result: ItemResult = ItemResult.PASS,
    by: str = INSPECTOR,
    key: str = "extinguisher_pressure",
    days: int = 3,
) -> ReInspection:
    return ReInspection(key, result, by, ISSUED + timedelta(days=days))


def test_the_loop_closes_with_a_passing_reinspection_by_someone_else() -> None:
    opened = notice()
    assert opened.state is RectificationState.OPEN
    done = fixed()
    assert (done.state, done.fixed_by) == (RectificationState.FIXED, FIXER)
    closed = record_reinspection(done, check())
    assert closed.state is RectificationState.CLOSED
    assert closed.verified_by == INSPECTOR
    assert closed.closed_at == ISSUED + timedelta(days=3)
    assert opened.state is RectificationState.OPEN  # the old value is untouched


def test_a_failing_reinspection_opens_the_notice_again() -> None:
    again = record_reinspection(fixed(), check(ItemResult.FAIL))
    assert again.state is RectificationState.OPEN
    assert (again.fixed_by, again.fixed_at) == (None, None)
    # The next fix, by another person, can then be verified by the first fixer.
    second = mark_fixed(again, "u-other", ISSUED + timedelta(days=4))
    assert record_reinspection(second, check(by=FIXER, days=5)).state is (RectificationState.CLOSED)


# ---- refusals ------------------------------------------------------------------------------


def test_a_reinspection_by_the_person_who_fixed_it_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        record_reinspection(fixed(), check(by=FIXER))
    assert caught.value.field == "reinspection"


def test_closing_without_a_fix_reported_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        record_reinspection(notice(), check())
    assert caught.value.field == "reinspection"


def test_a_reinspection_of_another_item_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        record_reinspection(fixed(), check(key="hydrant_cabinet"))
    assert caught.value.field == "reinspection"
    assert "extinguisher_pressure" in caught.value.message


def test_a_reinspection_before_the_fix_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        record_reinspection(fixed(), check(days=1))
    assert caught.value.field == "reinspection"


def test_an_n_a_reinspection_proves_nothing() -> None:
    with pytest.raises(ValidationError) as caught:
        record_reinspection(fixed(), check(ItemResult.NOT_APPLICABLE))
    assert caught.value.field == "reinspection"


@PROPERTY
@given(
    st.sampled_from(list(ItemResult)),
    st.sampled_from([FIXER, INSPECTOR]),
    st.sampled_from(["extinguisher_pressure", "hydrant_cabinet"]),
    st.integers(min_value=0, max_value=6),
)
def test_only_the_one_valid_evidence_closes(
    result: ItemResult, by: str, key: str, days: int
) -> None:
    evidence = check(result, by, key, days)
    valid = by != FIXER and key == "extinguisher_pressure" and days >= 2
    if not (valid and result in (ItemResult.PASS, ItemResult.FAIL)):
        with pytest.raises(ValidationError) as caught:
            record_reinspection(fixed(), evidence)
        assert caught.value.field == "reinspection"
        return
    after = record_reinspection(fixed(), evidence)
    closes = result is ItemResult.PASS
    assert after.state is (RectificationState.CLOSED if closes else RectificationState.OPEN)


def test_a_deadline_at_or_before_the_notices_time_is_refused() -> None:
    for deadline in (ISSUED, ISSUED - timedelta(minutes=1)):
        with pytest.raises(ValidationError) as caught:
            Rectification("k", ISSUED, deadline)
        assert caught.value.field == "deadline"
        assert "2026-12-01 09:00" in caught.value.message
    # The same instant written in another zone is still the same instant.
    with pytest.raises(ValidationError):
        check_deadline(ISSUED, ISSUED.astimezone(ZoneInfo("UTC")))
    check_deadline(ISSUED, ISSUED + timedelta(minutes=1))


def test_naive_times_are_programming_errors() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        Rectification("k", ISSUED.replace(tzinfo=None), DEADLINE)


def test_a_fix_before_the_notice_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        mark_fixed(notice(), FIXER, ISSUED - timedelta(hours=1))
    assert caught.value.field == "fixed_at"


def test_states_that_cannot_change_are_conflicts() -> None:
    with pytest.raises(ConflictError):
        mark_fixed(fixed(), FIXER, DEADLINE)
    closed = record_reinspection(fixed(), check())
    for step in (
        lambda: mark_fixed(closed, FIXER, DEADLINE),
        lambda: record_reinspection(closed, check(days=4)),
        lambda: void(closed, "duplicate"),
    ):
        with pytest.raises(ConflictError):
            step()
    voided = void(notice(), "duplicate")
    with pytest.raises(ConflictError):
        record_reinspection(voided, check())


def test_void_needs_a_reason() -> None:
    for reason in ("", "   ", "字" * 201):
        with pytest.raises(ValidationError) as caught:
            void(notice(), reason)
        assert caught.value.field == "void_reason"
    done = void(fixed(), " 重复开单 ")
    assert (done.state, done.void_reason) == (RectificationState.VOIDED, "重复开单")


def test_a_fixed_or_closed_notice_without_who_and_when_cannot_be_built() -> None:
    with pytest.raises(ValueError, match="lacks"):
        replace(notice(), state=RectificationState.FIXED)
    with pytest.raises(ValueError, match="lacks"):
        replace(fixed(), state=RectificationState.CLOSED)


# ---- overdue -------------------------------------------------------------------------------------


def test_overdue_past_the_deadline_until_closed_or_voided() -> None:
    after = DEADLINE + timedelta(minutes=1)
    assert not is_overdue(notice(), DEADLINE)
    assert is_overdue(notice(), after)
    assert is_overdue(fixed(), after)  # reported fixed is not verified
    closed = record_reinspection(fixed(), check())
    assert not is_overdue(closed, after + timedelta(days=30))
    assert not is_overdue(void(notice(), "duplicate"), after)


@PROPERTY
@given(st.integers(min_value=-20_000, max_value=20_000))
def test_an_open_notice_is_overdue_exactly_after_its_deadline(minutes: int) -> None:
    now = DEADLINE + timedelta(minutes=minutes)
    assert is_overdue(notice(), now) is (minutes > 0)
    assert is_overdue(notice(), now.astimezone(ZoneInfo("UTC"))) is (minutes > 0)
