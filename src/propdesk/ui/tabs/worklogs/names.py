"""The work logs' codes in the window's words: trades, day states, frequencies."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from propdesk.domain.worklogs.kinds import DayState, Frequency, Trade
from propdesk.domain.worklogs.schedule import Schedule
from propdesk.services.core.local_zone import local_zone

translate = QCoreApplication.translate

# The same colours as the printed week sheet (reports/worklogs/week_sheet.py).
STATE_COLORS = {
    DayState.DONE: QColor("#d7f0dd"),
    DayState.NOT_DONE: QColor("#f9d6d5"),
    DayState.MISSING: QColor("#fce8c3"),
    DayState.PLANNED: QColor("#ffffff"),
    DayState.EXTRA: QColor("#e3e8f8"),
}
NOT_DONE_COLOR = QColor("#b3261e")


def trade_name(trade: Trade) -> str:
    names = {
        Trade.CLEANING: translate("WorklogNames", "Cleaning"),
        Trade.GREENING: translate("WorklogNames", "Greening"),
    }
    return names[trade]


def state_name(state: DayState) -> str:
    names = {
        DayState.DONE: translate("WorklogNames", "Done"),
        DayState.NOT_DONE: translate("WorklogNames", "Not done"),
        DayState.MISSING: translate("WorklogNames", "Missing"),
        DayState.PLANNED: translate("WorklogNames", "Planned"),
        DayState.EXTRA: translate("WorklogNames", "Extra"),
    }
    return names[state]


def weekday_name(weekday: int) -> str:
    names = (
        translate("WorklogNames", "Mon"),
        translate("WorklogNames", "Tue"),
        translate("WorklogNames", "Wed"),
        translate("WorklogNames", "Thu"),
        translate("WorklogNames", "Fri"),
        translate("WorklogNames", "Sat"),
        translate("WorklogNames", "Sun"),
    )
    return names[weekday - 1]


def frequency_name(frequency: Frequency) -> str:
    names = {
        Frequency.DAILY: translate("WorklogNames", "Daily"),
        Frequency.WEEKDAYS: translate("WorklogNames", "On weekdays"),
        Frequency.WEEKLY: translate("WorklogNames", "Weekly"),
        Frequency.MONTHLY: translate("WorklogNames", "Monthly"),
    }
    return names[frequency]


def schedule_text(plan: Schedule) -> str:
    """Daily / Mon, Wed, Fri / Weekly: Mon / Monthly: day 15."""
    if plan.frequency is Frequency.DAILY:
        return frequency_name(plan.frequency)
    if plan.frequency is Frequency.MONTHLY:
        return translate("WorklogNames", "Monthly: day {day}").format(day=plan.month_day)
    days = ", ".join(weekday_name(d) for d in sorted(plan.weekdays))
    if plan.frequency is Frequency.WEEKLY:
        return translate("WorklogNames", "Weekly: {days}").format(days=days)
    return days


def local_time(moment: datetime) -> str:
    return moment.astimezone(local_zone()).strftime("%Y-%m-%d %H:%M")


def minute_text(minute: int) -> str:
    return f"{minute // 60:02d}:{minute % 60:02d}"
