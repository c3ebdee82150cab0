"""Staff (员工): the office's people, filtered by department, with their actions."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QVBoxLayout, QWidget

from propdesk.domain.roles import Action, Module
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.master_data.staff import DepartmentInfo, StaffInfo
from propdesk.ui.tabs.staff.staff_form import StaffForm
from propdesk.ui.tabs.staff.staff_model import StaffTableModel
from propdesk.ui.widgets.buttons import left_row, push_button
from propdesk.ui.widgets.choices import refill_combo
from propdesk.ui.widgets.module_tab import ModuleTab
from propdesk.ui.widgets.reason_dialog import ReasonDialog
from propdesk.ui.widgets.record_table import record_table
from propdesk.ui.widgets.table_export import install_export


class StaffTab(ModuleTab):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(services, actor, parent)
        self._departments: list[DepartmentInfo] = []
        self.department_combo = QComboBox()
        self.department_combo.setObjectName("department_filter")
        self.model = StaffTableModel(self)
        self.view = record_table(self.model, "staff_view")
        self.add_button = push_button(self.tr("Add…"), self._on_add)
        self.edit_button = push_button(self.tr("Edit…"), self._on_edit)
        self.void_button = push_button(self.tr("Void…"), self._on_void)
        self.view.doubleClicked.connect(self._on_edit)

        layout = QVBoxLayout(self)
        layout.addLayout(left_row(self.department_combo))
        layout.addWidget(self.view)
        layout.addLayout(left_row(self.add_button, self.edit_button, self.void_button))

        self.department_combo.currentIndexChanged.connect(self._load_staff)
        self._apply_role()
        install_export(self.view, services.exports, actor, Module.MASTER_DATA, self.tr("Staff"))
        self.reload()

    def _apply_role(self) -> None:
        self.add_button.setVisible(self._actor.may(Module.MASTER_DATA, Action.CREATE))
        self.edit_button.setVisible(self._actor.may(Module.MASTER_DATA, Action.UPDATE))
        self.void_button.setVisible(self._actor.may(Module.MASTER_DATA, Action.VOID))

    # -- loading -----------------------------------------------------------------
    def reload(self) -> None:
        self._departments = self._services.staff.list_departments(self._actor)
        refill_combo(
            self.department_combo,
            [(self.tr("All departments"), None), *((d.name, d.id) for d in self._departments)],
        )
        self._load_staff()

    def _load_staff(self) -> None:
        department_id = self.department_combo.currentData()
        self.model.set_rows(self._services.staff.list_staff(self._actor, department_id))

    def _selected(self) -> StaffInfo | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _select(self, staff_id: object) -> None:
        for row, staff in enumerate(self.model.rows()):
            if staff.id == staff_id:
                self.view.selectRow(row)
                return

    # -- actions ---------------------------------------------------------------------
    def _on_add(self) -> None:
        code = next(
            (d.code for d in self._departments if d.id == self.department_combo.currentData()),
            "",
        )
        form = StaffForm(self._services, self._actor, self._departments, self, department_code=code)
        if form.exec() and form.saved is not None:
            self._load_staff()
            self._select(form.saved.id)

    def _on_edit(self) -> None:
        staff = self._selected()
        if staff is None or not self._actor.may(Module.MASTER_DATA, Action.UPDATE):
            return
        form = StaffForm(self._services, self._actor, self._departments, self, staff)
        if form.exec() and form.saved is not None:
            self._load_staff()
            self._select(form.saved.id)

    def _on_void(self) -> None:
        staff = self._selected()
        if staff is None:
            return
        dialog = ReasonDialog(
            self.tr("Void staff member"),
            self.tr("Reason"),
            lambda reason: self._services.staff.void(self._actor, staff.id, reason),
            self,
        )
        if dialog.exec():
            self._load_staff()
