"""The codes a work log is described by: the trade, how often a task is due, and what
a day's plan shows for a task. Stored as these strings; the UI names them."""

from __future__ import annotations

from enum import StrEnum


class Trade(StrEnum):
    """Who does the work: the department of the same code (master data)."""

    CLEANING = "cleaning"  # 保洁
    GREENING = "greening"  # 绿化

    @property
    def department_code(self) -> str:
        return self.value


class Frequency(StrEnum):
    """How often a task is due (domain.worklogs.schedule)."""

    DAILY = "daily"  # every day
    WEEKDAYS = "weekdays"  # on the given weekdays (n times a week)
    WEEKLY = "weekly"  # once a week, on the given weekday
    MONTHLY = "monthly"  # once a month, on the given day of the month


class DayState(StrEnum):
    """What a planned task shows for a day in the week's plan."""

    DONE = "done"  # logged as done
    NOT_DONE = "not_done"  # logged as not done (with the reason)
    MISSING = "missing"  # a past day with nothing logged
    PLANNED = "planned"  # today or later, nothing logged yet
    EXTRA = "extra"  # logged on a day it was not planned for
