"""Settings → Patrol schedule: the windows (start, end, minutes between slots), when a
round counts late and missed, the shortest believable walk between two checkpoints,
and the day the change applies from (today by default; past days keep the schedule
they had).

It shows the schedule in force today and the changes planned, and starts from today's.
OK builds the domain's schedule, whose checks name the field each message belongs
next to (an interval's message stands under the windows it belongs to), and only then
saves. Roles that may only view settings see it read-only.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHeaderView,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from propdesk.domain.patrol.schedule import (
    DEFAULT_SCHEDULE,
    FIELD_EFFECTIVE_FROM,
    FIELD_INTERVAL,
    FIELD_LATE_AFTER,
    FIELD_MIN_WALK,
    FIELD_MISSED_AFTER,
    FIELD_WINDOWS,
    MINUTES_PER_DAY,
    PatrolSchedule,
    ScheduleHistory,
)
from propdesk.domain.roles import Action, Module
from propdesk.errors import ValidationError
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.core.date_window import LATEST
from propdesk.services.patrol.service import PatrolServices
from propdesk.ui.tabs.patrol.schedule_texts import in_force_text, planned_texts
from propdesk.ui.tabs.patrol.schedule_windows_model import (
    WindowRow,
    WindowsDelegate,
    WindowsTableModel,
)
from propdesk.ui.widgets.buttons import left_row, push_button
from propdesk.ui.widgets.form_dialog import FormDialog
from propdesk.ui.widgets.record_table import record_table

MAX_WALK_MINUTES = 120
# A window added to the list starts as a quiet hour's: the user types its times.
NEW_WINDOW = WindowRow(time(0, 0), time(1, 0), 30)


def _minutes_box(name: str, value: int, maximum: int, suffix: str) -> QSpinBox:
    box = QSpinBox()
    box.setObjectName(name)
    box.setRange(0, maximum)
    box.setSuffix(suffix)
    box.setValue(value)
    return box


class ScheduleDialog(FormDialog):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Patrol schedule"), parent)
        self.setObjectName("patrol_schedule_dialog")
        self._settings = services.module(PatrolServices).settings
        self._actor = actor
        self.today = datetime.now().astimezone().date()
        history = self._settings.history(actor)
        current = history.in_force(self.today) or DEFAULT_SCHEDULE
        self._show_history(history)

        windows_box = self._build_windows(current)
        minutes = self.tr(" min")
        self.late_edit = _minutes_box(
            FIELD_LATE_AFTER, current.late_after_minutes, MINUTES_PER_DAY, minutes
        )
        self.late_edit.setToolTip(
            self.tr("A round started later than this after its slot is late.")
        )
        self.missed_edit = _minutes_box(
            FIELD_MISSED_AFTER, current.missed_after_minutes, MINUTES_PER_DAY, minutes
        )
        self.missed_edit.setToolTip(
            self.tr("No round started within this after its slot: the slot was missed.")
        )
        self.walk_edit = _minutes_box(
            FIELD_MIN_WALK, current.min_walk_minutes, MAX_WALK_MINUTES, minutes
        )
        self.walk_edit.setToolTip(
            self.tr("Two checkpoints reached quicker than this are flagged as too fast.")
        )
        self.from_edit = QDateEdit(QDate(self.today.year, self.today.month, self.today.day))
        self.from_edit.setObjectName(FIELD_EFFECTIVE_FROM)
        self.from_edit.setCalendarPopup(True)
        self.from_edit.setDisplayFormat("yyyy-MM-dd")
        self.from_edit.setMaximumDate(
            QDate(LATEST.year, LATEST.month, LATEST.day)
        )  # what the service takes

        form = self.form
        form.add_field(FIELD_WINDOWS, self.tr("Patrol windows"), windows_box)
        form.add_field(FIELD_LATE_AFTER, self.tr("Late after"), self.late_edit)
        form.add_field(FIELD_MISSED_AFTER, self.tr("Missed after"), self.missed_edit)
        form.add_field(FIELD_MIN_WALK, self.tr("Minimum walk"), self.walk_edit)
        form.add_field(FIELD_EFFECTIVE_FROM, self.tr("Applies from"), self.from_edit)

        self.read_only = not actor.may(Module.SETTINGS, Action.UPDATE)
        if self.read_only:
            self._show_read_only()
        else:
            self.fields_first_in_tab_order()
            self.on_save(self._save)
        self.setMinimumWidth(620)
        self.windows_view.setFocus()

    def _build_windows(self, current: PatrolSchedule) -> QWidget:
        """The windows' table with its buttons, as one field of the form."""
        self.windows_model = WindowsTableModel(self)
        self.windows_model.set_windows(current.windows)
        self.windows_view = record_table(self.windows_model, "windows")
        self.windows_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.windows_view.setItemDelegate(WindowsDelegate(self.windows_view))
        self.windows_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        # Three narrow columns sharing the width; room for a few windows more.
        self.windows_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        row_height = self.windows_view.fontMetrics().height() + 8
        self.windows_view.verticalHeader().setDefaultSectionSize(row_height)
        rows = max(len(current.windows), 2) + 3
        self.windows_view.setMinimumHeight(row_height * rows)
        self.add_window_button = push_button(self.tr("Add window"), self.add_window, "add_window")
        self.remove_window_button = push_button(
            self.tr("Remove window"), self.remove_window, "remove_window"
        )
        windows_box = QWidget()
        windows_box.setFocusProxy(self.windows_view)  # an error there focuses the table
        column = QVBoxLayout(windows_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.windows_view)
        column.addLayout(left_row(self.add_window_button, self.remove_window_button))
        return windows_box

    def _show_history(self, history: ScheduleHistory) -> None:
        self.in_force_label = QLabel(
            self.tr("In force today: {schedule}").format(
                schedule=in_force_text(history, self.today)
            )
        )
        self.in_force_label.setObjectName("schedule_in_force")
        planned = planned_texts(history, self.today)
        self.planned_label = QLabel(
            "\n".join(planned) if planned else self.tr("No change is planned.")
        )
        self.planned_label.setObjectName("schedule_planned")
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        for at, label in enumerate((self.in_force_label, self.planned_label)):
            label.setWordWrap(True)
            layout.insertWidget(at, label)

    # -- windows -------------------------------------------------------------------------
    def add_window(self) -> None:
        row = self.windows_model.add_row(
            WindowRow(NEW_WINDOW.start, NEW_WINDOW.end, NEW_WINDOW.interval_minutes)
        )
        index = self.windows_model.index(row, WindowsTableModel.COL_START)
        self.windows_view.setCurrentIndex(index)
        self.windows_view.setFocus()

    def remove_window(self) -> None:
        index = self.windows_view.currentIndex()
        if index.isValid():
            self.windows_model.remove_row(index.row())
        self.windows_view.setFocus()

    # -- saving --------------------------------------------------------------------------
    @property
    def effective_from(self) -> date:
        value = self.from_edit.date().toPython()
        assert isinstance(value, date)
        return value

    def schedule(self) -> PatrolSchedule:
        """The schedule the form says; a ValidationError names the field to fix (an
        interval's, the windows: the interval is a column of their table)."""
        windows = []
        for at, row in enumerate(self.windows_model.rows()):
            try:
                windows.append(row.window())
            except ValidationError as exc:
                if exc.field != FIELD_INTERVAL:
                    raise
                self.windows_view.setCurrentIndex(
                    self.windows_model.index(at, WindowsTableModel.COL_INTERVAL)
                )
                raise ValidationError(exc.template, field=FIELD_WINDOWS, **exc.params) from exc
        return PatrolSchedule(
            tuple(windows),
            self.late_edit.value(),
            self.missed_edit.value(),
            self.walk_edit.value(),
        )

    def _save(self) -> None:
        self._settings.change(self._actor, self.effective_from, self.schedule())

    def _show_read_only(self) -> None:
        self.windows_model.read_only = True
        self.add_window_button.hide()
        self.remove_window_button.hide()
        self.show_settings_read_only()  # the minutes and the date
