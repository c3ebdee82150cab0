"""A new task (managers): trade, area (the areas in use, the common areas and the
buildings offered; any text typed), the task, how often (daily, on weekdays, weekly,
monthly: the weekday boxes or the day of the month as the choice needs), the usual
time and, if any, the usual person of the trade. Enter saves, Esc cancels; a message
stands under its field."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from propdesk.domain.worklogs.kinds import Frequency, Trade
from propdesk.domain.worklogs.schedule import MONTH_DAY_MAX
from propdesk.services.worklogs.inputs import MAX_AREA, MAX_NAME, TaskInput
from propdesk.ui.tabs.worklogs.names import frequency_name, trade_name, weekday_name
from propdesk.ui.widgets.choices import choice_combo, enum_choices
from propdesk.ui.widgets.form_dialog import FormDialog

StaffChoices = dict[Trade, list[tuple[uuid.UUID, str]]]


class TaskForm(FormDialog):
    def __init__(
        self,
        areas: list[str],
        staff: StaffChoices,
        save: Callable[[TaskInput], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("New work-log task"), parent)
        self.setObjectName("worklog_task_form")
        self._staff = staff
        self.trade_combo = choice_combo(enum_choices(Trade, trade_name), "task_trade")
        self.area_combo = QComboBox()
        self.area_combo.setObjectName("task_area")
        self.area_combo.setEditable(True)
        self.area_combo.addItems(areas)
        self.area_combo.setCurrentText("")
        line = self.area_combo.lineEdit()
        if line is not None:
            line.setMaxLength(MAX_AREA)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("task_name")
        self.name_edit.setMaxLength(MAX_NAME)
        self.frequency_combo = choice_combo(
            enum_choices(Frequency, frequency_name), "task_frequency"
        )
        self.weekday_boxes: list[QCheckBox] = []
        days = QWidget()
        row = QHBoxLayout(days)
        row.setContentsMargins(0, 0, 0, 0)
        for weekday in range(1, 8):
            box = QCheckBox(weekday_name(weekday))
            box.setObjectName(f"task_weekday_{weekday}")
            self.weekday_boxes.append(box)
            row.addWidget(box)
        self.month_day_spin = QSpinBox()
        self.month_day_spin.setObjectName("task_month_day")
        self.month_day_spin.setRange(1, MONTH_DAY_MAX)
        self.time_edit = QTimeEdit(QTime(8, 0))
        self.time_edit.setObjectName("task_time")
        self.time_edit.setDisplayFormat("HH:mm")
        self.staff_combo = QComboBox()
        self.staff_combo.setObjectName("task_staff")
        self.form.add_field("trade", self.tr("Trade"), self.trade_combo)
        self.form.add_field("area", self.tr("Area"), self.area_combo)
        self.form.add_field("name", self.tr("Task"), self.name_edit)
        self.form.add_field("frequency", self.tr("How often"), self.frequency_combo)
        self.form.add_field("weekdays", self.tr("On"), days)
        self.form.add_field("month_day", self.tr("Day of the month"), self.month_day_spin)
        self.form.add_field("start_minute", self.tr("Usual time"), self.time_edit)
        self.form.add_field("staff_id", self.tr("Usually done by"), self.staff_combo)
        self.trade_combo.currentIndexChanged.connect(lambda _i: self._fill_staff())
        self.frequency_combo.currentIndexChanged.connect(lambda _i: self._show_schedule())
        self._fill_staff()
        self._show_schedule()
        self.on_save(lambda: save(self.value()))
        self.fields_first_in_tab_order()
        self.tab_through_fields()

    def _fill_staff(self) -> None:
        self.staff_combo.clear()
        self.staff_combo.addItem(self.tr("Nobody in particular"), None)
        for staff_id, name in self._staff.get(Trade(self.trade_combo.currentData()), []):
            self.staff_combo.addItem(name, staff_id)

    def _show_schedule(self) -> None:
        frequency = Frequency(self.frequency_combo.currentData())
        for box in self.weekday_boxes:
            box.setEnabled(frequency in (Frequency.WEEKDAYS, Frequency.WEEKLY))
        self.month_day_spin.setEnabled(frequency is Frequency.MONTHLY)

    def value(self) -> TaskInput:
        shown = self.time_edit.time()
        return TaskInput(
            Trade(self.trade_combo.currentData()),
            self.area_combo.currentText(),
            self.name_edit.text(),
            Frequency(self.frequency_combo.currentData()),
            tuple(n for n, box in enumerate(self.weekday_boxes, start=1) if box.isChecked()),
            self.month_day_spin.value(),
            shown.hour() * 60 + shown.minute(),
            self.staff_combo.currentData(),
        )
