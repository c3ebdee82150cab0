"""A staff member's training history: pick a person (the register, people who left
included, marked) and see every drill and training they took part in or organised,
with the counts and the minutes in all; exportable (right-click) and printable as
a workbook, as every list."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from propdesk.domain.roles import Action, Module
from propdesk.errors import PropdeskError
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.drills.service import DrillServices
from propdesk.services.drills.views import StaffHistory
from propdesk.ui.dialogs import show_error
from propdesk.ui.tabs.drills.session_model import HistoryModel
from propdesk.ui.widgets.choices import refill_combo
from propdesk.ui.widgets.record_table import record_table
from propdesk.ui.widgets.table_export import export_view, install_export


class HistoryPanel(QWidget):
    def __init__(
        self, doors: DrillServices, actor: Actor, services: Services, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("drill_history")
        self._doors = doors
        self._actor = actor
        self._services = services
        self.history: StaffHistory | None = None
        self.staff_combo = QComboBox()
        self.staff_combo.setObjectName("drill_history_staff")
        self.staff_combo.setEditable(True)  # type a name to jump to it
        self.staff_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.staff_combo.setMinimumWidth(220)
        self.staff_combo.currentIndexChanged.connect(lambda _i: self.show_chosen())
        self.summary = QLabel()
        self.summary.setObjectName("drill_history_summary")
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.setObjectName("drill_history_export")
        self.export_button.clicked.connect(self.export)
        self.export_button.setVisible(actor.may(Module.DRILLS, Action.EXPORT))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Staff member")))
        top.addWidget(self.staff_combo)
        top.addWidget(self.summary, 1)
        top.addWidget(self.export_button)
        self.model = HistoryModel(self)
        self.view = record_table(
            self.model, "drill_history_table", stretch=[HistoryModel.COL_TITLE]
        )
        install_export(self.view, services.exports, actor, Module.DRILLS, self._title())
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.refresh()

    def _title(self) -> str:
        name = self.history.staff.name if self.history is not None else ""
        return self.tr("Training history {name}").format(name=name).strip()

    def refresh(self) -> None:
        try:
            staff = self._doors.sessions.staff_choices(self._actor, include_left=True)
        except PropdeskError as exc:
            show_error(self, exc)
            return
        left = self.tr("(left)")
        refill_combo(
            self.staff_combo,
            [(f"{p.name} · {p.department}" + (f" {left}" if p.left else ""), p.id) for p in staff],
        )
        self.show_chosen()

    def show_staff(self, staff_id: uuid.UUID) -> None:
        self.staff_combo.setCurrentIndex(max(self.staff_combo.findData(staff_id), 0))
        self.show_chosen()

    def show_chosen(self) -> None:
        staff_id = self.staff_combo.currentData()
        if not isinstance(staff_id, uuid.UUID):
            self.history = None
            self.model.set_rows([])
            self.summary.clear()
            return
        try:
            self.history = self._doors.sessions.staff_history(self._actor, staff_id)
        except PropdeskError as exc:
            show_error(self, exc)
            return
        self.model.set_rows(self.history.lines)
        self.summary.setText(
            self.tr("{drills} drills, {trainings} trainings, {minutes} minutes in all").format(
                drills=self.history.drills,
                trainings=self.history.trainings,
                minutes=self.history.minutes,
            )
        )

    def export(self) -> None:
        export_view(
            self, self.view, self._services.exports, self._actor, Module.DRILLS, self._title()
        )
