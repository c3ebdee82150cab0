"""Add or edit a staff member; name, phone and department are checked by the service."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.master_data.staff import DepartmentInfo, StaffInfo, StaffInput
from propdesk.ui.widgets.form_dialog import FormDialog


class StaffForm(FormDialog):
    def __init__(
        self,
        services: Services,
        actor: Actor,
        departments: list[DepartmentInfo],
        parent: QWidget | None = None,
        staff: StaffInfo | None = None,
        department_code: str = "",
    ) -> None:
        super().__init__(self.tr("Staff member"), parent)
        self.saved: StaffInfo | None = None
        self.name_edit = QLineEdit(staff.name if staff else "")
        self.name_edit.setObjectName("name")
        self.department_combo = QComboBox()
        self.department_combo.setObjectName("department")
        for department in departments:
            self.department_combo.addItem(department.name, department.code)
        chosen = staff.department_code if staff else department_code
        if chosen:
            self.department_combo.setCurrentIndex(max(self.department_combo.findData(chosen), 0))
        self.position_edit = QLineEdit(staff.position if staff else "")
        self.position_edit.setObjectName("position")
        self.position_edit.setPlaceholderText(self.tr("e.g. 保安队长"))
        self.phone_edit = QLineEdit(staff.phone if staff else "")
        self.phone_edit.setObjectName("phone")
        self.form.add_field("name", self.tr("Name"), self.name_edit)
        self.form.add_field("department", self.tr("Department"), self.department_combo)
        self.form.add_field("position", self.tr("Position"), self.position_edit)
        self.form.add_field("phone", self.tr("Phone"), self.phone_edit)

        def save() -> None:
            data = StaffInput(
                self.name_edit.text(),
                str(self.department_combo.currentData() or ""),
                self.position_edit.text(),
                self.phone_edit.text(),
            )
            if staff is None:
                self.saved = services.staff.save(actor, data)
            else:
                self.saved = services.staff.update(actor, staff.id, data)

        self.on_save(save)
