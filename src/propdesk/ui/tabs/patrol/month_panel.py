"""The month view (巡逻月度考核): a month's slots judged on time, late or missed, per day
and per guard, and from every figure the rounds behind it.

One service call reads a month, when the view is shown and when the month changes;
never on a timer (a month's figures do not move by the minute). PageUp and PageDown go
a month back and forward. Enter or a double click on a day shows its grid
(`day_activated`), on its late figure the late rounds of its slots; on a guard, the
guard's rounds behind the figure chosen (all of them from the name). A round chosen in
such a list asks for its detail (`round_activated`); the tab shows both.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from propdesk.domain.patrol.slots import slots_for_day
from propdesk.domain.roles import Module
from propdesk.domain.service_targets import Period
from propdesk.errors import PropdeskError
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.core.local_zone import local_zone
from propdesk.services.patrol.compliance import PeriodFigures
from propdesk.services.patrol.round_list import RoundFilter
from propdesk.services.patrol.service import PatrolServices
from propdesk.ui.dialogs import show_error
from propdesk.ui.tabs.patrol.month_links import Link, guard_link, late_slots_link
from propdesk.ui.tabs.patrol.month_models import DayFiguresModel, GuardFiguresModel, percent
from propdesk.ui.tabs.patrol.rounds_list_dialog import RoundsListDialog
from propdesk.ui.widgets.buttons import push_button
from propdesk.ui.widgets.labelled import add_labelled
from propdesk.ui.widgets.record_table import record_table
from propdesk.ui.widgets.table_export import export_view, install_export_action
from propdesk.ui.widgets.titled_box import titled_box

EARLIEST = QDate(2000, 1, 1)
SIDE_BY_SIDE_WIDTH = 900  # px: both tables' columns fit side by side from here


def _first_of(day: date) -> QDate:
    return QDate(day.year, day.month, 1)


class MonthPanel(QWidget):
    day_activated = Signal(object)  # the day's date
    round_activated = Signal(object)  # the round's uuid

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("patrol_month")
        self._services = services
        self._patrol = services.module(PatrolServices)
        self._actor = actor
        self.figures: PeriodFigures | None = None
        self.list_dialog: RoundsListDialog | None = None

        self.month_edit = QDateEdit()
        self.month_edit.setObjectName("patrol_month_edit")
        self.month_edit.setDisplayFormat("yyyy-MM")
        self.month_edit.setMinimumDate(EARLIEST)
        self.previous_button = push_button(
            self.tr("◀ Previous month"),
            lambda: self.step_month(-1),
            "patrol_previous_month",
            self.tr("PageUp"),
        )
        self.next_button = push_button(
            self.tr("Next month ▶"),
            lambda: self.step_month(1),
            "patrol_next_month",
            self.tr("PageDown"),
        )
        self.this_month_button = push_button(
            self.tr("This month"), self.show_this_month, "patrol_this_month"
        )
        self.rounds_button = push_button(
            self.tr("Rounds of the month…"),
            self.open_month_rounds,
            "patrol_month_rounds",
            self.tr("Every round started in the month, the abandoned ones included"),
        )
        self.summary_label = QLabel()
        self.summary_label.setObjectName("patrol_month_summary")
        self.summary_label.setWordWrap(True)
        self._build_tables()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        add_labelled(top, self.tr("&Month"), self.month_edit)
        for button in (self.previous_button, self.next_button, self.this_month_button):
            top.addWidget(button)
        top.addStretch(1)
        top.addWidget(self.rounds_button)
        layout.addLayout(top)
        layout.addWidget(self.summary_label)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.days_box)
        self.splitter.addWidget(self.guards_box)
        layout.addWidget(self.splitter, 1)
        hint = QLabel(
            self.tr(
                "Enter or double-click: on a day its grid, on its late figure the late "
                "rounds; on a guard the rounds behind the figure. PageUp/PageDown: "
                "another month."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)

        for key, months in ((Qt.Key.Key_PageUp, -1), (Qt.Key.Key_PageDown, 1)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda m=months: self.step_month(m))
        self._set_latest()
        self.month_edit.setDate(_first_of(self._today()))
        self.month_edit.dateChanged.connect(lambda _d: self._month_changed())

    def _build_tables(self) -> None:
        self.days_model = DayFiguresModel(self)
        self.days_view = self._table(self.days_model, "patrol_month_days", self.tr("Per day"))
        self.days_view.activated.connect(self._on_day_activated)
        self.days_box = titled_box(self.tr("Per day"), self.days_view)
        self.guards_model = GuardFiguresModel(self)
        self.guards_view = self._table(
            self.guards_model, "patrol_month_guards", self.tr("Per guard")
        )
        self.guards_view.activated.connect(self._on_guard_activated)
        self.guards_box = titled_box(self.tr("Per guard"), self.guards_view)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The days and the guards side by side when there is room (the tab without
        the gatehouse panel), else one above the other, so that no figure is cut off."""
        super().resizeEvent(event)
        wanted = (
            Qt.Orientation.Horizontal
            if event.size().width() >= SIDE_BY_SIDE_WIDTH
            else Qt.Orientation.Vertical
        )
        if self.splitter.orientation() != wanted:
            self.splitter.setOrientation(wanted)

    def _table(
        self, model: DayFiguresModel | GuardFiguresModel, name: str, title: str
    ) -> QTableView:
        view = record_table(model, name)
        # The figures close together, not spread over the width.
        view.horizontalHeader().setStretchLastSection(False)
        view.setWordWrap(False)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        install_export_action(view, self._actor, Module.PATROL, lambda: self._export(view, title))
        return view

    def _export(self, view: QTableView, title: str) -> None:
        """The table as shown, named by the month it shows."""
        name = self.tr("Patrol {title} {month}").format(title=title, month=self.period.label)
        export_view(self, view, self._services.exports, self._actor, Module.PATROL, name)

    # -- the month shown -------------------------------------------------------------------
    @staticmethod
    def _today() -> date:
        return datetime.now().astimezone().date()

    @property
    def period(self) -> Period:
        chosen = self.month_edit.date()
        return Period.month(chosen.year(), chosen.month())

    def _set_latest(self) -> None:
        """Months up to the current one (the console may run across a month's turn)."""
        self.month_edit.setMaximumDate(_first_of(self._today()))

    def show_month(self, year: int, month: int) -> None:
        wanted = QDate(year, month, 1)
        if wanted == self.month_edit.date():
            self.refresh()  # the same month asked again: read it anew
        else:
            self.month_edit.setDate(wanted)  # reads it

    def show_this_month(self) -> None:
        today = self._today()
        self.show_month(today.year, today.month)

    def step_month(self, months: int) -> None:
        wanted = self.month_edit.date().addMonths(months)
        if EARLIEST <= wanted <= self.month_edit.maximumDate():
            self.show_month(wanted.year(), wanted.month())

    def _month_changed(self) -> None:
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():  # not a window restored: the view shown anew
            self._set_latest()
            self.refresh()

    # -- reading ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the month shown again: its days and guards, as judged now."""
        period = self.period
        try:
            figures = self._patrol.compliance.period(self._actor, period)
        except PropdeskError as exc:
            show_error(self, exc)
            return
        chosen_day = self._chosen_day()
        chosen_guard = self._chosen_guard()
        self.figures = figures
        today = self._today()
        self.days_model.set_rows([d for d in figures.days if d.day <= today])
        self.guards_model.set_rows(figures.guards)
        self.summary_label.setText(self._summary(period, figures))
        self.next_button.setEnabled(self.month_edit.date() < self.month_edit.maximumDate())
        self._select_day(chosen_day or today)
        found = self.guards_model.row_of(chosen_guard) if chosen_guard else -1
        self.guards_view.selectRow(max(found, 0))

    def _summary(self, period: Period, figures: PeriodFigures) -> str:
        text = self.tr(
            "{month}: {slots} slots due: {on_time} on time, {late} late, {missed} missed "
            "({percent} on time). {rounds} rounds walked, {extra} of them extra (no slot); "
            "{abandoned} abandoned."
        ).format(
            month=period.label,
            slots=figures.scheduled,
            on_time=figures.on_time,
            late=figures.late,
            missed=figures.missed,
            percent=percent(figures.on_time, figures.scheduled),
            rounds=figures.rounds,
            extra=figures.extra_rounds,
            abandoned=figures.abandoned,
        )
        if figures.rounds == 0 and figures.abandoned == 0:
            text += " " + self.tr("No patrol rounds are on record for this month.")
        return text

    def _chosen_day(self) -> date | None:
        index = self.days_view.currentIndex()
        row = self.days_model.row_at(index.row()) if index.isValid() else None
        return row.day if row is not None else None

    def _chosen_guard(self) -> str | None:
        index = self.guards_view.currentIndex()
        row = self.guards_model.row_at(index.row()) if index.isValid() else None
        return row.guard if row is not None else None

    def _select_day(self, day: date) -> None:
        """The day chosen before, or today, or else the month's first day."""
        rows = self.days_model.rows()
        found = next((i for i, row in enumerate(rows) if row.day == day), 0)
        if rows:
            self.days_view.selectRow(found)
            self.days_view.scrollTo(self.days_model.index(found, 0))

    # -- the rounds behind a figure ------------------------------------------------------------
    def _on_day_activated(self, index: QModelIndex) -> None:
        row = self.days_model.row_at(index.row())
        if row is None:
            return
        if index.column() == DayFiguresModel.COL_LATE and row.late > 0:
            self.open_late_rounds(row.day)
        else:  # a missed slot has no round: the grid shows the day's slots
            self.day_activated.emit(row.day)

    def _on_guard_activated(self, index: QModelIndex) -> None:
        row = self.guards_model.row_at(index.row())
        if row is not None:
            self.open_guard_rounds(row.guard, index.column())

    def open_guard_rounds(
        self, guard: str, column: int = GuardFiguresModel.COL_GUARD
    ) -> RoundsListDialog | None:
        """The guard's rounds of the month behind the figure in `column`."""
        month = self.period.label
        titles = {
            GuardFiguresModel.COL_ON_TIME: self.tr("{guard} — rounds on time {month}"),
            GuardFiguresModel.COL_LATE: self.tr("{guard} — late rounds {month}"),
            GuardFiguresModel.COL_TOO_FAST: self.tr("{guard} — rounds walked too fast {month}"),
        }
        title = titles.get(column, self.tr("{guard} — rounds {month}"))
        link = guard_link(self.period, guard, column)
        return self._open_list(link, title.format(guard=guard, month=month))

    def open_late_rounds(self, day: date) -> RoundsListDialog | None:
        """The late rounds of `day`'s late slots (a night's slots after midnight are
        the day's too)."""
        try:
            history = self._patrol.settings.history(self._actor)
        except PropdeskError as exc:
            show_error(self, exc)
            return None
        slots = set(slots_for_day(history, day, local_zone()))
        title = self.tr("Late rounds of the slots of {day}").format(day=day.isoformat())
        return self._open_list(late_slots_link(day, slots), title)

    def open_month_rounds(self) -> RoundsListDialog | None:
        period = self.period
        title = self.tr("Patrol rounds of {month}").format(month=period.label)
        return self._open_list(Link(RoundFilter(period.first, period.last)), title)

    def _open_list(self, link: Link, title: str) -> RoundsListDialog | None:
        """The list beside the tab, one at a time (a second replaces it)."""
        try:
            dialog = RoundsListDialog(self._services, self._actor, link, title, self)
        except PropdeskError as exc:
            show_error(self, exc)
            return None
        if self.list_dialog is not None:
            self.list_dialog.close()
        self.list_dialog = dialog
        dialog.round_activated.connect(self.round_activated.emit)
        dialog.finished.connect(lambda _result: self._list_closed(dialog))
        dialog.show()
        return dialog

    def _list_closed(self, dialog: RoundsListDialog) -> None:
        if self.list_dialog is dialog:
            self.list_dialog = None
        dialog.deleteLater()
