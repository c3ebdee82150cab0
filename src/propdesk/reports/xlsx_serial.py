"""A date-time as the number Excel stores, computed as xlsxwriter computes it, for the
exporter's date-time columns (issue 18: xlsxwriter's own conversion checks the type,
the time zone and the ISO calendar of every value; a journal has one such column in
every row). The number is the same to the last bit, so the file is the same."""

from __future__ import annotations

from datetime import datetime

_EPOCH = datetime(1899, 12, 31)  # Excel's day 0 (not the 1904 system: never chosen)
# From here on Excel's numbers are one higher than the days since its epoch: it counts
# 1900-02-29, a day that never was. Earlier values are left to xlsxwriter.
FIRST = datetime(1900, 3, 1)
_DAY_SECONDS = 60 * 60 * 24


def excel_serial(naive: datetime) -> float:
    """`naive` (a local time, FIRST or later) as Excel's serial number: days since the
    epoch with the time as the day's fraction, plus Excel's leap day."""
    delta = naive - _EPOCH
    number = delta.days + (float(delta.seconds) + float(delta.microseconds) / 1e6) / _DAY_SECONDS
    return number + 1
