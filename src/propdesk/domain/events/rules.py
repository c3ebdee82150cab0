"""The rules of a community event's plan and its record, free of any store.

Money is integer fen. Times are aware datetimes; an event starts before it ends and
lasts at most MAX_DAYS (a fair over a weekend, not a season). Only a planned event is
held or cancelled; a held event cannot change (the archive), a cancelled one neither.
Every refusal is a ValidationError or ConflictError naming the form field it belongs
next to.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta

from propdesk.domain.events.kinds import EventState
from propdesk.errors import QT_TRANSLATE_NOOP, ConflictError, ValidationError

FIELD_STARTS = "starts_at"
FIELD_ENDS = "ends_at"
FIELD_BUDGET = "budget"
FIELD_PARTICIPANTS = "participants"
FIELD_COST = "actual_cost"
FIELD_HELD_ON = "held_at"

MAX_DAYS = 7
MAX_FEN = 100_000_000  # ¥1,000,000: beyond any estate's event
MAX_PARTICIPANTS = 100_000
# How far back a plan may be typed in (a paper plan entered late) and ahead planned.
PLAN_BACK = timedelta(days=400)
PLAN_AHEAD = timedelta(days=400)


def check_times(starts_at: datetime, ends_at: datetime) -> None:
    if ends_at <= starts_at:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "The event must end after it starts."),
            field=FIELD_ENDS,
        )
    if ends_at - starts_at > timedelta(days=MAX_DAYS):
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "An event lasts at most {days} days; check the end."),
            field=FIELD_ENDS,
            days=MAX_DAYS,
        )


def check_planned_time(starts_at: datetime, now: datetime) -> None:
    """A plan is for the coming months, or typed in from paper a little late."""
    if starts_at < now - PLAN_BACK or starts_at > now + PLAN_AHEAD:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "Plan events at most {days} days back or ahead; check the year."
            ),
            field=FIELD_STARTS,
            days=PLAN_AHEAD.days,
        )


def check_fen(value: object, field: str) -> int:
    """An amount in fen: a whole number from 0 to MAX_FEN."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_FEN:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Enter an amount from 0 to {most} yuan."),
            field=field,
            most=f"{MAX_FEN // 100:,}",
        )
    return value


def check_participants(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_PARTICIPANTS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Enter how many took part, from 0 to {most}."),
            field=FIELD_PARTICIPANTS,
            most=f"{MAX_PARTICIPANTS:,}",
        )
    return value


def check_held(starts_at: datetime, now: datetime) -> None:
    """An event is recorded as held once it has begun, not before."""
    if starts_at > now:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "The event has not begun yet: record it as held once it has."
            ),
            field=FIELD_PARTICIPANTS,
        )


def require_planned(state: EventState) -> None:
    """Only a planned event is edited, held or cancelled."""
    if state is EventState.HELD:
        raise ConflictError(
            QT_TRANSLATE_NOOP(
                "messages", "This event was held: its record is archived and cannot change."
            )
        )
    if state is EventState.CANCELLED:
        raise ConflictError(
            QT_TRANSLATE_NOOP("messages", "This event was cancelled: it cannot change.")
        )


def months_of(days: Iterable[date]) -> dict[tuple[int, int], int]:
    """How many of `days` fall in each (year, month): the target's per-month counts."""
    counts: dict[tuple[int, int], int] = {}
    for day in days:
        key = (day.year, day.month)
        counts[key] = counts.get(key, 0) + 1
    return counts


def year_by_month(year: int, counts: dict[tuple[int, int], int]) -> tuple[int, ...]:
    """January to December of `year`, each month's count (0 where none)."""
    return tuple(counts.get((year, month), 0) for month in range(1, 13))
