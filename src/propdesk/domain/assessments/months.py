"""The month an assessment is for, as "YYYY-MM" text (sorts as it reads), and the year's
trend: twelve monthly scores, None where the department was not assessed."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from propdesk.errors import QT_TRANSLATE_NOOP, ValidationError

FIELD_MONTH = "month"
FIRST_YEAR = 2000


def month_key(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def month_of(day: date) -> str:
    return month_key(day.year, day.month)


def previous_month(key: str) -> str:
    year, month = parse_month(key)
    return month_key(year - 1, 12) if month == 1 else month_key(year, month - 1)


def parse_month(key: object) -> tuple[int, int]:
    """(year, month) of "2026-11", or ValidationError naming the month field."""
    text = key.strip() if isinstance(key, str) else ""
    parts = text.split("-")
    if len(parts) == 2 and len(parts[0]) == 4 and parts[0].isdigit() and parts[1].isdigit():
        year, month = int(parts[0]), int(parts[1])
        if FIRST_YEAR <= year <= 9999 and 1 <= month <= 12:
            return year, month
    raise ValidationError(
        QT_TRANSLATE_NOOP("messages", "Give the month as year and month, e.g. 2026-11."),
        field=FIELD_MONTH,
    )


def check_month(key: object, today: date) -> str:
    """The month cleaned; a month that has not begun yet is refused."""
    year, month = parse_month(key)
    if (year, month) > (today.year, today.month):
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "That month has not begun yet."), field=FIELD_MONTH
        )
    return month_key(year, month)


def year_trend(year: int, scores: Mapping[str, int]) -> tuple[int | None, ...]:
    """The twelve months of `year` in order: each month's score, None when none."""
    return tuple(scores.get(month_key(year, month)) for month in range(1, 13))


def change(current: int | None, previous: int | None) -> int | None:
    """This month's score against last month's: None when either is missing."""
    if current is None or previous is None:
        return None
    return current - previous
