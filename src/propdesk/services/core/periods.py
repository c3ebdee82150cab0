"""A period of local dates as the instants the database compares.

Days are the office's days: local midnight to local midnight (on a day the clocks
change that is 23 or 25 hours), turned into aware datetimes that the UTC columns
compare with through their indexes.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from propdesk.domain.service_targets import Period


def start_of(day: date) -> datetime:
    """Local midnight of `day`, aware."""
    return datetime.combine(day, time()).astimezone()


def bounds(period: Period) -> tuple[datetime, datetime]:
    """[start, end): the first day's midnight to the midnight after the last day."""
    return start_of(period.first), start_of(period.last + timedelta(days=1))


def day_starts(period: Period) -> list[datetime]:
    """Each day's midnight and the one after the last day (len = days + 1)."""
    return [start_of(day) for day in period.days] + [bounds(period)[1]]
