"""A date or date-time as the number Excel stores, computed as xlsxwriter computes it
(the writer the exports used before issue 18), so the cells are the same to the last
bit. excel_serial is the short path of a date-time column's cells (a journal has one
in every row); date_serial takes any date."""

from __future__ import annotations

from datetime import date, datetime

_EPOCH = datetime(1899, 12, 31)  # Excel's day 0 (not the 1904 system: never chosen)
# From here on Excel's numbers are one higher than the days since its epoch: it counts
# 1900-02-29, a day that never was. Earlier values: date_serial.
FIRST = datetime(1900, 3, 1)
_DAY_SECONDS = 60 * 60 * 24
_LEAP_DAY = 59  # 1900-02-29 in Excel's count: the numbers after it are one higher


def excel_serial(naive: datetime) -> float:
    """`naive` (a local time, FIRST or later) as Excel's serial number: days since the
    epoch with the time as the day's fraction, plus Excel's leap day."""
    delta = naive - _EPOCH
    number = delta.days + (float(delta.seconds) + float(delta.microseconds) / 1e6) / _DAY_SECONDS
    return number + 1


def date_serial(value: date) -> float:
    """Any date, or naive date-time, as Excel's number, computed as xlsxwriter's
    write_datetime computes it: before FIRST too (no leap day yet; a date-time on
    1900-01-01 is Excel's day 0, a time without a day), and before 1900 negative."""
    if isinstance(value, datetime):
        if value >= FIRST:
            return excel_serial(value)
        delta = value - _EPOCH
        number = (
            delta.days + (float(delta.seconds) + float(delta.microseconds) / 1e6) / _DAY_SECONDS
        )
        if value.isocalendar() == (1900, 1, 1):
            number -= 1
    else:
        number = float((value - _EPOCH.date()).days)
    return number + 1 if number > _LEAP_DAY else number
