"""The equipment register's date rules: kinds, expiry, next service."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from propdesk.domain.inspections.equipment import (
    EXPIRING_DAYS,
    FIRE_EQUIPMENT_KINDS,
    EquipmentKind,
    ExpiryState,
    ServiceInterval,
    add_months,
    check_dates,
    expiry_state,
    is_expired,
    is_expiring,
    next_deadline,
    next_service,
    service_overdue,
)
from propdesk.errors import ValidationError

PROPERTY = settings(max_examples=200, deadline=None, database=None)
DAYS = st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31))


def test_the_kinds_the_issue_names_exist_and_fire_equipment_is_a_subset() -> None:
    for code in ("extinguisher", "hydrant", "alarm_panel", "lift", "pump", "emergency_light"):
        assert EquipmentKind(code).value == code
    assert EquipmentKind.EXTINGUISHER in FIRE_EQUIPMENT_KINDS
    assert EquipmentKind.LIFT not in FIRE_EQUIPMENT_KINDS
    assert EquipmentKind.PUMP not in FIRE_EQUIPMENT_KINDS


# ---- dates that cannot be true together ------------------------------------------------


def test_an_expiry_before_the_install_date_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        check_dates(date(2024, 5, 10), date(2024, 5, 9))
    assert caught.value.field == "expires_on"
    assert "2024-05-10" in caught.value.message


def test_an_expiry_on_the_install_day_and_missing_dates_are_accepted() -> None:
    check_dates(date(2024, 5, 10), date(2024, 5, 10))
    check_dates(None, date(2024, 5, 10))
    check_dates(date(2024, 5, 10), None)
    check_dates(None, None, None, today=date(2024, 1, 1))


def test_a_last_service_before_the_install_date_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        check_dates(date(2024, 5, 10), None, date(2024, 5, 1))
    assert caught.value.field == "last_serviced_on"


def test_a_last_service_in_the_future_is_refused_and_today_is_accepted() -> None:
    with pytest.raises(ValidationError) as caught:
        check_dates(date(2024, 5, 10), None, date(2024, 6, 2), today=date(2024, 6, 1))
    assert caught.value.field == "last_serviced_on"
    check_dates(date(2024, 5, 10), None, date(2024, 6, 1), today=date(2024, 6, 1))


@PROPERTY
@given(DAYS, DAYS)
def test_expiry_is_refused_exactly_when_before_install(installed: date, expires: date) -> None:
    if expires < installed:
        with pytest.raises(ValidationError) as caught:
            check_dates(installed, expires)
        assert caught.value.field == "expires_on"
    else:
        check_dates(installed, expires)


# ---- expiring and expired ---------------------------------------------------------------


def test_expiry_states_around_the_30_day_window() -> None:
    today = date(2026, 12, 5)
    assert EXPIRING_DAYS == 30
    assert expiry_state(None, today) is ExpiryState.NO_EXPIRY
    assert expiry_state(today - timedelta(days=1), today) is ExpiryState.EXPIRED
    assert expiry_state(today, today) is ExpiryState.EXPIRING  # the last valid day
    assert expiry_state(date(2027, 1, 4), today) is ExpiryState.EXPIRING  # day 30
    assert expiry_state(date(2027, 1, 5), today) is ExpiryState.VALID  # day 31
    assert is_expired(date(2026, 12, 4), today)
    assert not is_expired(today, today)
    assert not is_expired(None, today)
    assert is_expiring(date(2027, 1, 4), today)
    assert not is_expiring(date(2026, 12, 4), today)  # already expired: the other list
    assert is_expiring(date(2027, 2, 1), today, within_days=60)


@PROPERTY
@given(DAYS, st.integers(min_value=-400, max_value=400))
def test_every_dated_item_is_in_exactly_one_state(today: date, offset: int) -> None:
    expires = today + timedelta(days=offset)
    state = expiry_state(expires, today)
    expected = (
        ExpiryState.EXPIRED
        if offset < 0
        else ExpiryState.EXPIRING
        if offset <= EXPIRING_DAYS
        else ExpiryState.VALID
    )
    assert state is expected
    assert is_expired(expires, today) + is_expiring(expires, today) <= 1


# ---- next service -------------------------------------------------------------------------


def test_next_service_by_months_keeps_the_day_and_clamps_month_ends() -> None:
    assert next_service(date(2026, 3, 15), ServiceInterval(months=12)) == date(2027, 3, 15)
    assert next_service(date(2026, 1, 31), ServiceInterval(months=1)) == date(2026, 2, 28)
    assert next_service(date(2028, 1, 31), ServiceInterval(months=1)) == date(2028, 2, 29)
    assert next_service(date(2026, 11, 30), ServiceInterval(months=3)) == date(2027, 2, 28)
    assert next_service(date(2026, 12, 25), ServiceInterval(days=15)) == date(2027, 1, 9)
    assert next_service(date(2026, 1, 31), ServiceInterval(months=1, days=1)) == date(2026, 3, 1)


@pytest.mark.parametrize(("months", "days"), [(0, 0), (-1, 0), (0, -5), (121, 0), (0, 367)])
def test_a_service_interval_out_of_range_is_refused(months: int, days: int) -> None:
    with pytest.raises(ValidationError) as caught:
        ServiceInterval(months=months, days=days)
    assert caught.value.field == "service_interval"


def test_the_interval_bounds_are_accepted() -> None:
    assert ServiceInterval(days=1).days == 1
    assert ServiceInterval(months=120).months == 120
    assert ServiceInterval(days=366).days == 366


@PROPERTY
@given(DAYS, st.integers(min_value=0, max_value=120))
def test_add_months_lands_in_the_right_month_never_past_the_day(day: date, months: int) -> None:
    later = add_months(day, months)
    assert (later.year * 12 + later.month) - (day.year * 12 + day.month) == months
    assert later.day <= day.day
    assert later.day == day.day or (later + timedelta(days=1)).day == 1  # clamped: month end


def test_next_deadline_and_overdue_service() -> None:
    assert next_deadline(None, None) is None
    assert next_deadline(date(2027, 1, 1), None) == date(2027, 1, 1)
    assert next_deadline(date(2027, 1, 1), date(2026, 12, 31)) == date(2026, 12, 31)
    assert service_overdue(date(2026, 12, 4), date(2026, 12, 5))
    assert not service_overdue(date(2026, 12, 5), date(2026, 12, 5))
    assert not service_overdue(None, date(2026, 12, 5))
