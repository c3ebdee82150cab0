"""The staff table, declared by its columns."""

from __future__ import annotations

from typing import Any

from propdesk.services.master_data.staff import StaffInfo
from propdesk.ui.widgets.dto_table_model import Column, DtoTableModel


class StaffTableModel(DtoTableModel[StaffInfo]):
    COL_NAME, COL_DEPARTMENT, COL_POSITION, COL_PHONE = range(4)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.set_columns(
            [
                Column(self.tr("Name"), lambda s: s.name),
                Column(self.tr("Department"), lambda s: s.department_name),
                Column(self.tr("Position"), lambda s: s.position),
                Column(self.tr("Phone"), lambda s: s.phone),
            ]
        )

    def is_inactive(self, row: StaffInfo) -> bool:
        return row.voided
