"""A month field: year and month only, never a month that has not begun."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtGui import QFocusEvent, QShowEvent
from PySide6.QtWidgets import QDateEdit, QWidget

from propdesk.domain.service_targets import Period

EARLIEST = date(2000, 1, 1)


def last_complete_month(today: date) -> Period:
    """The month before `today`'s: the one a monthly report is normally made for."""
    end = today.replace(day=1) - timedelta(days=1)
    return Period.month(end.year, end.month)


class MonthPicker(QDateEdit):
    """Shows 2026-10; the arrow keys step the month (Left/Right reach the year). One
    stop for Tab, which enters on the month. The latest month offered is the current
    one, which has begun; the default is the last complete month. The day of the date
    underneath is always the 1st."""

    def __init__(self, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("yyyy-MM")
        self.setCalendarPopup(False)
        self.setMinimumDate(QDate(EARLIEST.year, EARLIEST.month, EARLIEST.day))
        self.set_latest(today or date.today())
        self.set_period(last_complete_month(today or date.today()))
        self.setCurrentSection(QDateEdit.Section.MonthSection)

    def set_latest(self, today: date) -> None:
        """Allow months up to `today`'s (called again when the tab is shown: the
        console may run across the turn of a month)."""
        self.setMaximumDate(QDate(today.year, today.month, 1))

    def period(self) -> Period:
        chosen = self.date()
        return Period.month(chosen.year(), chosen.month())

    def set_period(self, period: Period) -> None:
        self.setDate(QDate(period.first.year, period.first.month, 1))

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.setSelectedSection(QDateEdit.Section.MonthSection)

    def focusNextPrevChild(self, next: bool) -> bool:  # Qt names it `next`
        # Tab leaves the field instead of walking its two sections.
        return QWidget.focusNextPrevChild(self, next)

    def showEvent(self, event: QShowEvent) -> None:
        self.set_latest(date.today())
        super().showEvent(event)
