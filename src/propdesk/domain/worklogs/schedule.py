"""When a task is due: every day, on given weekdays (n times a week), once a week on
its weekday, or once a month on its day. The week's plan and every completion rate
are derived from these, so a task's days are never stored.

Weekdays are ISO numbers (Monday 1 … Sunday 7), stored as a bit mask (bit n-1). A
monthly task's day is 1–28, so every month has it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from propdesk.domain.worklogs.kinds import Frequency
from propdesk.errors import QT_TRANSLATE_NOOP, ValidationError

FIELD_FREQUENCY = "frequency"
FIELD_WEEKDAYS = "weekdays"
FIELD_MONTH_DAY = "month_day"
MONTH_DAY_MAX = 28  # every month has it
ALL_WEEKDAYS = frozenset(range(1, 8))


@dataclass(frozen=True)
class Schedule:
    frequency: Frequency
    weekdays: frozenset[int] = frozenset()  # WEEKDAYS: 1–6 of them; WEEKLY: one
    month_day: int | None = None  # MONTHLY: 1–28

    def is_due(self, day: date) -> bool:
        """Whether the task is planned on `day`."""
        if self.frequency is Frequency.DAILY:
            return True
        if self.frequency is Frequency.MONTHLY:
            return day.day == self.month_day
        return day.isoweekday() in self.weekdays

    def due_days(self, first: date, last: date) -> Iterator[date]:
        """The planned days from `first` to `last`, both included."""
        day = first
        while day <= last:
            if self.is_due(day):
                yield day
            day += timedelta(days=1)

    @property
    def mask(self) -> int:
        return weekday_mask(self.weekdays)


def weekday_mask(weekdays: Iterable[int]) -> int:
    return sum(1 << (d - 1) for d in set(weekdays))


def weekdays_of(mask: int) -> frozenset[int]:
    return frozenset(d for d in ALL_WEEKDAYS if mask & (1 << (d - 1)))


def schedule(
    frequency: Frequency | str, weekdays: Iterable[int] = (), month_day: int | None = None
) -> Schedule:
    """A checked schedule; ValidationError naming the field that is wrong. What a
    frequency does not use is dropped (a daily task keeps no weekdays)."""
    try:
        kind = Frequency(frequency)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Choose how often the task is due."),
            field=FIELD_FREQUENCY,
        ) from None
    days = frozenset(weekdays)
    if kind is Frequency.DAILY:
        return Schedule(kind)
    if kind is Frequency.MONTHLY:
        if not isinstance(month_day, int) or not 1 <= month_day <= MONTH_DAY_MAX:
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "Choose a day of the month from 1 to {last}."),
                field=FIELD_MONTH_DAY,
                last=MONTH_DAY_MAX,
            )
        return Schedule(kind, month_day=month_day)
    if not days or not days <= ALL_WEEKDAYS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Choose the weekdays the task is due."),
            field=FIELD_WEEKDAYS,
        )
    if kind is Frequency.WEEKLY and len(days) != 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "A weekly task is due on one weekday; choose one."),
            field=FIELD_WEEKDAYS,
        )
    if kind is Frequency.WEEKDAYS and days == ALL_WEEKDAYS:
        return Schedule(Frequency.DAILY)  # every weekday is every day
    return Schedule(kind, days)


def week_of(day: date) -> tuple[date, date]:
    """The ISO week (Monday to Sunday) holding `day`."""
    monday = day - timedelta(days=day.isoweekday() - 1)
    return monday, monday + timedelta(days=6)
