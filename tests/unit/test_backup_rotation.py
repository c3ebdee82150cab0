from __future__ import annotations

from datetime import datetime, timedelta

from propdesk.domain.backup_rotation import (
    KEEP_DAILY,
    KEEP_MONTHLY,
    KEEP_WEEKLY,
    backups_to_keep,
)

NEWEST = datetime(2026, 11, 26, 9, 30)


def _daily(days: int) -> list[datetime]:
    """One backup a day, newest first, ending NEWEST."""
    return [NEWEST - timedelta(days=n) for n in range(days)]


def test_the_numbers_are_the_agreed_ones() -> None:
    assert (KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY) == (12, 10, 9)


def test_four_hundred_days_of_backups() -> None:
    stamps = _daily(400)
    kept = backups_to_keep(stamps)

    # Daily: the 12 newest days; the 13th (a Saturday mid-month) only if another rule
    # wanted it, and none does.
    assert set(stamps[:12]) <= kept
    assert stamps[12] == datetime(2026, 11, 14, 9, 30)
    assert stamps[12] not in kept

    # Weekly: the newest copy of each of the 10 newest ISO weeks.
    weeks: dict[tuple[int, ...], datetime] = {}
    for stamp in stamps:
        weeks.setdefault(tuple(stamp.isocalendar()[:2]), stamp)
    weekly = sorted(weeks.values(), reverse=True)[:10]
    assert set(weekly) <= kept

    # Monthly: the newest copy of each of the 9 newest months.
    months: dict[tuple[int, int], datetime] = {}
    for stamp in stamps:
        months.setdefault((stamp.year, stamp.month), stamp)
    monthly = sorted(months.values(), reverse=True)[:9]
    assert set(monthly) <= kept
    assert {(s.year, s.month) for s in monthly} == {
        (2026, m) for m in range(3, 12)
    }  # March … November 2026

    # Nothing else: the folder stays a few dozen files.
    assert kept == set(stamps[:12]) | set(weekly) | set(monthly)
    assert len(kept) <= KEEP_DAILY + KEEP_WEEKLY + KEEP_MONTHLY
    oldest_kept = min(kept)
    assert oldest_kept == datetime(2026, 3, 31, 9, 30)  # end of the 9th month back


def test_several_backups_on_one_day_count_once_and_the_newest_is_kept() -> None:
    morning = datetime(2026, 11, 26, 8, 0)
    noon = datetime(2026, 11, 26, 12, 0)
    kept = backups_to_keep([morning, noon], daily=1, weekly=0, monthly=0)
    assert kept == {noon}


def test_order_and_duplicates_do_not_matter() -> None:
    stamps = _daily(60)
    assert backups_to_keep(reversed(stamps)) == backups_to_keep(stamps + stamps)


def test_few_backups_are_all_kept() -> None:
    stamps = _daily(5)
    assert backups_to_keep(stamps) == set(stamps)
    assert backups_to_keep([]) == set()


def test_a_gap_of_missed_days_keeps_older_copies() -> None:
    # The office was closed for a month: the 12 "daily" copies reach back past the gap.
    stamps = _daily(3) + [NEWEST - timedelta(days=40 + n) for n in range(20)]
    kept = backups_to_keep(stamps)
    assert set(sorted(stamps, reverse=True)[:12]) <= kept


def test_the_newest_backup_with_the_offices_data_is_never_dropped() -> None:
    # The last copy holding the office's data is 200 days old; every newer one is of an
    # empty database (made after the real one was lost): that copy is the one to keep.
    stamps = _daily(400)
    with_data = NEWEST - timedelta(days=200)
    assert with_data not in backups_to_keep(stamps)
    kept = backups_to_keep(stamps, newest_with_data=with_data)
    assert kept == backups_to_keep(stamps) | {with_data}
