"""Add or edit a staff member; name, phone and department are checked by the service."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.master_data.staff import (
    NAME_MAX,
    PHONE_MAX,
    POSITION_MAX,
    DepartmentInfo,
    StaffInfo,
    StaffInput,
)
from propdesk.ui.widgets.choices import choice_combo
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
        form = self.form
        self.name_edit = form.add_line_edit(
            "name", self.tr("Name"), text=staff.name if staff else ""
        )
        self.department_combo = choice_combo(((d.name, d.code) for d in departments), "department")
        chosen = staff.department_code if staff else department_code
        if chosen:
            self.department_combo.setCurrentIndex(max(self.department_combo.findData(chosen), 0))
        form.add_field("department", self.tr("Department"), self.department_combo)
        self.position_edit = form.add_line_edit(
            "position",
            self.tr("Position"),
            self.tr("e.g. 保安队长"),
            staff.position if staff else "",
        )
        self.phone_edit = form.add_line_edit(
            "phone", self.tr("Phone"), text=staff.phone if staff else ""
        )
        for edit, limit in (
            (self.name_edit, NAME_MAX),
            (self.position_edit, POSITION_MAX),
            (self.phone_edit, PHONE_MAX),
        ):
            edit.setMaxLength(limit)  # the service's limits

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
