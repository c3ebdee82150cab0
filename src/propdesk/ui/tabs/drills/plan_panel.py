"""The year's plan (年度演练计划): the year chosen, its entries with their state in
words and colour (done, due, overdue), and the counts above. A year without a plan
offers the default one with one click; entries are added, changed (double-click or
Enter) and voided with a reason by those who may."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from propdesk.domain.drills import rules
from propdesk.domain.drills.kinds import Topic
from propdesk.domain.drills.plan import PlanState, default_plan
from propdesk.domain.roles import Action, Module
from propdesk.errors import PropdeskError
from propdesk.services.core.actor import Actor
from propdesk.services.core.date_window import EARLIEST, LATEST
from propdesk.services.drills.plan import PlanEntryInput
from propdesk.services.drills.service import DrillServices
from propdesk.services.drills.views import PlanRow, YearPlan
from propdesk.ui.dialogs import show_error
from propdesk.ui.tabs.drills.names import default_note, topic_name
from propdesk.ui.tabs.drills.plan_model import PlanModel
from propdesk.ui.widgets.choices import choice_combo, enum_choices
from propdesk.ui.widgets.form_dialog import FormDialog
from propdesk.ui.widgets.modal import exec_once
from propdesk.ui.widgets.optional_date_edit import OptionalDateEdit
from propdesk.ui.widgets.reason_dialog import ReasonDialog
from propdesk.ui.widgets.record_table import record_table


class PlanEntryForm(FormDialog):
    def __init__(
        self,
        doors: DrillServices,
        actor: Actor,
        year: int,
        row: PlanRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Change plan entry") if row else self.tr("New plan entry")
        super().__init__(title, parent)
        self.setObjectName("drill_plan_form")
        self.topic_combo: QComboBox = choice_combo(enum_choices(Topic, topic_name), "topic")
        self.form.add_field("topic", self.tr("Topic:"), self.topic_combo)
        self.due_edit = OptionalDateEdit()
        self.due_edit.setObjectName("due_on")
        self.form.add_field("due_on", self.tr("Due by:"), self.due_edit)
        self.notes_edit: QLineEdit = self.form.add_line_edit("notes", self.tr("Notes:"))
        self.notes_edit.setMaxLength(rules.MAX_PLAN_NOTE)
        if row is not None:
            self.topic_combo.setCurrentIndex(self.topic_combo.findData(row.topic.value))
            self.due_edit.set_value(row.due_on)
            self.notes_edit.setText(row.notes)
        else:
            self.due_edit.set_value(date(year, 12, 31))

        def save() -> None:
            due = self.due_edit.value()
            data = PlanEntryInput(
                Topic(self.topic_combo.currentData()),
                due,  # type: ignore[arg-type]  # None: the service names the field
                self.notes_edit.text(),
            )
            if row is None:
                doors.plan.add(actor, data)
            else:
                doors.plan.change(actor, row.id, data)

        self.on_save(save)
        self.fields_first_in_tab_order()
        self.tab_through_fields()


class PlanPanel(QWidget):
    changed = Signal()

    def __init__(self, doors: DrillServices, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drill_plan")
        self._doors = doors
        self._actor = actor
        self.plan: YearPlan | None = None
        self.may_edit = actor.may(Module.DRILLS, Action.UPDATE)
        self.year_spin = QSpinBox()
        self.year_spin.setObjectName("drill_plan_year")
        self.year_spin.setRange(EARLIEST.year, LATEST.year)
        self.year_spin.setValue(self._today().year)
        self.year_spin.valueChanged.connect(lambda _y: self.refresh())
        self.summary = QLabel()
        self.summary.setObjectName("drill_plan_summary")
        self.adopt_button = QPushButton(self.tr("Adopt the default plan"))
        self.adopt_button.setObjectName("drill_plan_adopt")
        self.adopt_button.clicked.connect(self.adopt_default)
        self.add_button = QPushButton(self.tr("Add entry…"))
        self.add_button.setObjectName("drill_plan_add")
        self.add_button.clicked.connect(self.add_entry)
        self.void_button = QPushButton(self.tr("Void entry…"))
        self.void_button.setObjectName("drill_plan_void")
        self.void_button.clicked.connect(self.void_entry)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year")))
        top.addWidget(self.year_spin)
        top.addWidget(self.summary, 1)
        for button in (self.adopt_button, self.add_button, self.void_button):
            top.addWidget(button)
        self.model = PlanModel(self)
        self.view = record_table(self.model, "drill_plan_table", stretch=[PlanModel.COL_NOTES])
        self.view.doubleClicked.connect(lambda _index: self.change_entry())
        self.view.activated.connect(lambda _index: self.change_entry())
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.add_button.setVisible(self.may_edit)
        self.adopt_button.setVisible(self.may_edit)
        self.void_button.setVisible(actor.may(Module.DRILLS, Action.VOID))
        self.refresh()

    @staticmethod
    def _today() -> date:
        return date.today()  # the station's day, as its clock shows it

    def show_year(self, year: int) -> None:
        if self.year_spin.value() == year:
            self.refresh()
        else:
            self.year_spin.setValue(year)  # refreshes

    def refresh(self) -> None:
        try:
            plan = self._doors.plan.plan(self._actor, self.year_spin.value())
        except PropdeskError as exc:
            show_error(self, exc)
            return
        self.plan = plan
        self.model.set_rows(plan.rows)
        self.adopt_button.setEnabled(not plan.rows)
        done = plan.count(PlanState.DONE) + plan.count(PlanState.DONE_LATE)
        self.summary.setText(
            self.tr("{total} entries: {done} done, {due} due, {overdue} overdue").format(
                total=len(plan.rows),
                done=done,
                due=plan.count(PlanState.DUE),
                overdue=plan.count(PlanState.OVERDUE),
            )
            if plan.rows
            else self.tr("No plan for this year yet.")
        )

    def chosen(self) -> PlanRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def adopt_default(self) -> None:
        year = self.year_spin.value()
        notes = [default_note(entry.note) for entry in default_plan(year)]
        try:
            self._doors.plan.adopt_default(self._actor, year, notes)
        except PropdeskError as exc:
            show_error(self, exc)
            return
        self.refresh()
        self.changed.emit()

    def add_entry(self) -> None:
        if exec_once(PlanEntryForm(self._doors, self._actor, self.year_spin.value(), None, self)):
            self.refresh()
            self.changed.emit()

    def change_entry(self) -> None:
        row = self.chosen()
        if row is None or not self.may_edit:
            return
        if exec_once(PlanEntryForm(self._doors, self._actor, row.year, row, self)):
            self.refresh()
            self.changed.emit()

    def void_entry(self) -> None:
        row = self.chosen()
        if row is None:
            return
        entry_id: uuid.UUID = row.id
        dialog = ReasonDialog(
            self.tr("Void plan entry"),
            self.tr("Reason:"),
            lambda reason: self._doors.plan.void(self._actor, entry_id, reason),
            self,
        )
        if exec_once(dialog):
            self.refresh()
            self.changed.emit()
