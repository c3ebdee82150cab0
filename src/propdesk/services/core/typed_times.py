"""A time a person typed on a form (when a fault was reported, when a car came in):
read as the station's local time when it has no zone, and checked against the clock."""

from __future__ import annotations

from datetime import datetime, timedelta

from propdesk.errors import ValidationError


def typed_time(
    value: datetime, now: datetime, field: str, future: str, slack: timedelta = timedelta(0)
) -> datetime:
    """`value`, aware (a naive one is read as the station's local time); ValidationError
    with the message `future` when it is later than `now` + `slack`."""
    if value.tzinfo is None or value.utcoffset() is None:
        value = value.astimezone()
    if value > now + slack:
        raise ValidationError(future, field=field)
    return value


def not_older_than(
    value: datetime, now: datetime, max_age: timedelta, field: str, too_old: str
) -> datetime:
    """`value`; ValidationError with the message `too_old` (given {days}) when it is
    more than `max_age` before `now`: an old date is a typing mistake."""
    if now - value > max_age:
        raise ValidationError(too_old, field=field, days=max_age.days)
    return value
