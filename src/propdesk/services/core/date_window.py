"""The dates and moments a service takes at all: years 2000 to 2100.

A date picker, a CLI argument or a test can hand a service date.min, date.max or year
1 with a zone offset; one day of arithmetic on those (a day's end, a shift's start,
a conversion to UTC) overflows. No record of an estate office is older than 2000 or
later than 2100, so anything outside is a typing mistake, refused next to its field
before any arithmetic. Services with tighter rules (a stated entry at most 90 days
old) check those after this.
"""

from __future__ import annotations

from datetime import date, datetime

from propdesk.errors import QT_TRANSLATE_NOOP, ValidationError

EARLIEST = date(2000, 1, 1)
LATEST = date(2100, 12, 31)

OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "messages", "Enter a date from {earliest} to {latest}; check the year."
)


def date_in_window(value: date, field: str) -> date:
    """`value`, or ValidationError naming `field` when it is outside EARLIEST..LATEST."""
    day = value.date() if isinstance(value, datetime) else value
    if not EARLIEST <= day <= LATEST:
        raise ValidationError(
            OUT_OF_RANGE,
            field=field,
            earliest=EARLIEST.isoformat(),
            latest=LATEST.isoformat(),
        )
    return value


def moment_in_window(value: datetime, field: str) -> datetime:
    """`value` (its own wall-clock date checked, so no conversion can overflow first),
    or ValidationError naming `field`."""
    date_in_window(value.date(), field)
    return value
