from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from propdesk.domain.gate.visits import is_overdue


def _local(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute).astimezone()


@pytest.mark.parametrize(
    ("entered", "now", "expected"),
    [
        (_local(26, 9), _local(26, 21, 59), False),
        (_local(26, 9), _local(26, 22, 0), True),
        (_local(26, 9), _local(26, 23, 30), True),
        (_local(26, 22, 30), _local(26, 23, 30), False),  # came in after the hour
        (_local(26, 22, 30), _local(27, 0, 1), True),  # ... overdue from midnight
        (_local(25, 8), _local(26, 7), True),  # an earlier day
        (_local(26, 9), _local(26, 9), False),
    ],
)
def test_overdue_at_the_hour_or_on_a_later_day(
    entered: datetime, now: datetime, expected: bool
) -> None:
    assert is_overdue(entered, now, 22) is expected


def test_hour_zero_means_only_visits_across_midnight() -> None:
    assert not is_overdue(_local(26, 0, 30), _local(26, 23, 59), 0)
    assert is_overdue(_local(26, 23), _local(27, 0, 0) + timedelta(seconds=1), 0)


def test_utc_inputs_are_read_in_local_time() -> None:
    entered = _local(26, 9)
    now = _local(26, 22, 1)
    assert is_overdue(entered.astimezone(UTC), now.astimezone(UTC), 22)


def test_bad_hour_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match=r"0\.\.23"):
        is_overdue(_local(26, 9), _local(26, 10), 24)
