"""The day grid (巡逻考核): a day's slots against the routes, each slot on time, late,
missed or still pending, with the rounds that answered it; under it the day's extra
rounds (answering no slot, or abandoned).

One service call reads a day. PageUp and PageDown go a day back and forward; a double
click or Enter on a cell asks for its round (`round_activated`), which the tab shows.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from propdesk.domain.patrol.timing import Verdict
from propdesk.domain.roles import Action, Module
from propdesk.errors import PropdeskError
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.core.date_window import EARLIEST, LATEST
from propdesk.services.patrol.compliance import DayGrid
from propdesk.services.patrol.service import PatrolServices
from propdesk.ui.dialogs import show_error
from propdesk.ui.tabs.patrol.day_grid_model import ROUND_ROLE, DayGridModel, ExtraRoundsModel
from propdesk.ui.tabs.patrol.patrol_printing import PatrolPrinting
from propdesk.ui.widgets.buttons import push_button
from propdesk.ui.widgets.labelled import add_labelled
from propdesk.ui.widgets.record_table import record_table
from propdesk.ui.widgets.titled_box import titled_box


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class DayGridPanel(QWidget):
    round_activated = Signal(object)  # the round's uuid

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("patrol_day_grid")
        self._compliance = services.module(PatrolServices).compliance
        self._actor = actor
        self.printing = PatrolPrinting(services, actor, self)
        self.grid: DayGrid | None = None

        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("patrol_grid_day")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd ddd")
        # The days the service reads (services/core/date_window.py).
        self.date_edit.setDateRange(
            QDate(EARLIEST.year, EARLIEST.month, EARLIEST.day),
            QDate(LATEST.year, LATEST.month, LATEST.day),
        )
        self.previous_button = push_button(
            self.tr("◀ Previous day"),
            lambda: self.step_day(-1),
            "patrol_previous_day",
            self.tr("PageUp"),
        )
        self.next_button = push_button(
            self.tr("Next day ▶"),
            lambda: self.step_day(1),
            "patrol_next_day",
            self.tr("PageDown"),
        )
        self.today_button = push_button(self.tr("Today"), self.show_today, "patrol_today")
        self.print_button = push_button(
            self.tr("Print patrol log…"), self._print_log, "patrol_print_log"
        )
        self.print_button.setVisible(actor.may(Module.PATROL, Action.VIEW))
        self.summary_label = QLabel()
        self.summary_label.setObjectName("patrol_grid_summary")
        self.summary_label.setWordWrap(True)

        self._build_views()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        add_labelled(top, self.tr("&Day"), self.date_edit)
        for button in (self.previous_button, self.next_button, self.today_button):
            top.addWidget(button)
        top.addWidget(self.summary_label, 1)
        top.addWidget(self.print_button)
        layout.addLayout(top)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.view)
        splitter.addWidget(self.extra_box)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)

        for key, days in ((Qt.Key.Key_PageUp, -1), (Qt.Key.Key_PageDown, 1)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda d=days: self.step_day(d))
        self.date_edit.setDate(_qdate(self._today()))
        self.date_edit.dateChanged.connect(lambda _d: self.refresh())
        self.refresh()

    def _build_views(self) -> None:
        self.model = DayGridModel(self)
        self.view = record_table(self.model, "patrol_grid")
        # A cell is a round: the user moves across routes, not only down the slots.
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        # Each column as wide as its rounds: a long cell scrolls sideways, never cut off.
        self.view.horizontalHeader().setStretchLastSection(False)
        self.view.setWordWrap(False)  # a cell's two lines are its own, never re-wrapped
        # Two lines a row, with room for the Chinese font's taller lines.
        line = self.view.fontMetrics().height() + 4
        self.view.verticalHeader().setDefaultSectionSize(2 * line + 4)
        self.view.activated.connect(self._on_activated)
        self.extra_model = ExtraRoundsModel(self)
        self.extra_view = record_table(self.extra_model, "patrol_extra_rounds")
        self.extra_view.activated.connect(self._on_extra_activated)
        self.extra_box = titled_box(
            self.tr("Extra rounds (answering no slot, or abandoned)"), self.extra_view
        )

    # -- the day shown -------------------------------------------------------------------
    @staticmethod
    def _today() -> date:
        return datetime.now().astimezone().date()

    @property
    def day(self) -> date:
        value = self.date_edit.date().toPython()
        assert isinstance(value, date)
        return value

    def show_day(self, day: date) -> None:
        if day == self.day:
            self.refresh()  # the same day asked again: read it anew
        else:
            self.date_edit.setDate(_qdate(day))  # reads it

    def show_today(self) -> None:
        self.show_day(self._today())

    def step_day(self, days: int) -> None:
        self.show_day(self.day + timedelta(days=days))

    def refresh(self) -> None:
        """Read the day shown again, each slot judged as of now."""
        try:
            grid = self._compliance.day_grid(self._actor, self.day)
        except PropdeskError as exc:
            show_error(self, exc)
            return
        self.grid = grid
        self.model.set_grid(grid)
        self.extra_model.set_grid(grid)
        self.summary_label.setText(self._summary(grid))
        self.extra_box.setTitle(
            self.tr("Extra rounds (answering no slot, or abandoned): {n}").format(n=len(grid.extra))
        )
        self._show_current_slot(grid)

    def _summary(self, grid: DayGrid) -> str:
        if not grid.rows:
            return self.tr("No patrol is scheduled on this day.")
        return self.tr(
            "{slots} slots: {on_time} on time, {late} late, {missed} missed, "
            "{pending} pending; {extra} extra rounds"
        ).format(
            slots=len(grid.rows),
            on_time=grid.count(Verdict.ON_TIME),
            late=grid.count(Verdict.LATE),
            missed=grid.count(Verdict.MISSED),
            pending=grid.count(None),
            extra=len(grid.extra),
        )

    def _show_current_slot(self, grid: DayGrid) -> None:
        """Today: the latest slot begun is in view and current (the one being walked)."""
        now = datetime.now().astimezone()
        begun = [i for i, row in enumerate(grid.rows) if row.slot_at <= now]
        if not begun or grid.day != self._today():
            return
        index = self.model.index(begun[-1], DayGridModel.COL_STATE)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    # -- rounds --------------------------------------------------------------------------
    def _on_activated(self, index: QModelIndex) -> None:
        round_id = self.model.data(index, ROUND_ROLE)
        if round_id is not None:
            self.round_activated.emit(round_id)

    def _on_extra_activated(self, index: QModelIndex) -> None:
        cell = self.extra_model.row_at(index.row())
        if cell is not None:
            self.round_activated.emit(cell.round_id)

    def _print_log(self) -> None:
        self.printing.day_log(self.day)
