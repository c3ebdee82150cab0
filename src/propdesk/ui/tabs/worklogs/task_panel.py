"""The tasks (保洁 / 绿化任务) and how often each is due: live ones, retired ones on
request; managers add one (Ctrl+N), retire the chosen one, or load the default set in
the window's language (what the office lacks of it)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from propdesk.domain.roles import Action, Module
from propdesk.errors import PropdeskError
from propdesk.services.core.actor import Actor
from propdesk.services.worklogs.service import WorklogServices
from propdesk.services.worklogs.views import TaskInfo
from propdesk.ui.dialogs import ask_yes_no, show_error, show_info
from propdesk.ui.i18n import ui_language
from propdesk.ui.tabs.worklogs.task_form import StaffChoices, TaskForm
from propdesk.ui.tabs.worklogs.task_model import TaskModel
from propdesk.ui.widgets.one_form import OneFormAtATime
from propdesk.ui.widgets.record_table import record_table


class TaskPanel(QWidget):
    changed = Signal()

    def __init__(
        self,
        doors: WorklogServices,
        actor: Actor,
        staff: Callable[[], StaffChoices],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("worklog_tasks")
        self._doors, self._actor, self._staff = doors, actor, staff
        self.may_edit = actor.may(Module.WORKLOGS, Action.VOID)
        self.model = TaskModel(self)
        self.view = record_table(self.model, "worklog_task_table", stretch=[TaskModel.COL_TASK])
        self.retired_check = QCheckBox(self.tr("Show retired tasks"))
        self.retired_check.setObjectName("tasks_retired")
        self.add_button = QPushButton(self.tr("New task… (Ctrl+N)"))
        self.add_button.setObjectName("task_add")
        self.retire_button = QPushButton(self.tr("Retire task"))
        self.retire_button.setObjectName("task_retire")
        self.defaults_button = QPushButton(self.tr("Load the default tasks"))
        self.defaults_button.setObjectName("task_defaults")
        for button in (self.add_button, self.retire_button, self.defaults_button):
            button.setVisible(self.may_edit)
        top = QHBoxLayout()
        top.addWidget(self.retired_check)
        top.addStretch(1)
        top.addWidget(self.defaults_button)
        top.addWidget(self.add_button)
        top.addWidget(self.retire_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.forms = OneFormAtATime(self, self.view.setFocus)
        self.retired_check.toggled.connect(lambda _on: self.refresh())
        self.add_button.clicked.connect(self.add_task)
        self.retire_button.clicked.connect(self.retire_selected)
        self.defaults_button.clicked.connect(self.load_defaults)
        shortcut = QShortcut(QKeySequence("Ctrl+N"), self)
        shortcut.activated.connect(self.add_task)
        shortcut.setEnabled(self.may_edit)
        self.refresh()

    def refresh(self) -> None:
        try:
            rows = self._doors.tasks.list_tasks(self._actor, retired=self.retired_check.isChecked())
        except PropdeskError as exc:
            show_error(self, exc)
            return
        self.model.set_rows(rows)

    def current_task(self) -> TaskInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def add_task(self) -> TaskForm | None:
        if not self.may_edit:
            return None
        try:
            areas = self._doors.tasks.area_choices(self._actor, ui_language())
        except PropdeskError as exc:
            show_error(self, exc)
            return None

        def make() -> TaskForm:
            return TaskForm(
                areas, self._staff(), lambda data: self._doors.tasks.add(self._actor, data), self
            )

        return self.forms.open(make, lambda _form: self._changed())

    def retire_selected(self) -> bool:
        task = self.current_task()
        if not self.may_edit or task is None or task.retired:
            return False
        question = self.tr("Retire “{task}” of {area}? It is planned no more from today.")
        if not ask_yes_no(self, question.format(task=task.name, area=task.area)):
            return False
        try:
            self._doors.tasks.retire(self._actor, task.id)
        except PropdeskError as exc:
            show_error(self, exc)
            return False
        self._changed()
        return True

    def load_defaults(self) -> int:
        try:
            added = self._doors.tasks.load_defaults(self._actor, ui_language())
        except PropdeskError as exc:
            show_error(self, exc)
            return 0
        show_info(self, self.tr("{n} default tasks added.").format(n=added))
        self._changed()
        return added

    def _changed(self) -> None:
        self.refresh()
        self.changed.emit()
