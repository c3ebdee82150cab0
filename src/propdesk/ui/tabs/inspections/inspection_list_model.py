"""The inspections list's rows: number, time, kind, checklist, area, inspector, the
result in words and colour ("Passed", "2 failed"), and a mark on re-inspections."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from propdesk.services.inspections.views import InspectionRow
from propdesk.ui.tabs.inspections.inspection_items_model import FAIL_COLOR, PASS_COLOR
from propdesk.ui.tabs.inspections.inspection_names import kind_name, local_time, outcome_text
from propdesk.ui.widgets.dto_table_model import Column, DtoTableModel, time_column


class InspectionListModel(DtoTableModel[InspectionRow]):
    COL_NUMBER = 0
    COL_TIME = 1
    COL_KIND = 2
    COL_CHECKLIST = 3
    COL_AREA = 4
    COL_INSPECTOR = 5
    COL_RESULT = 6
    COL_REINSPECTION = 7

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.set_columns(
            [
                Column(self.tr("Number"), lambda row: row.number),
                time_column(self.tr("Time"), lambda row: row.inspected_at, local_time),
                Column(self.tr("Kind"), lambda row: kind_name(row.kind)),
                Column(self.tr("Checklist"), lambda row: row.template_name),
                Column(self.tr("Area"), lambda row: row.area),
                Column(self.tr("Inspector"), lambda row: row.inspector_name),
                Column(self.tr("Result"), outcome_text),
                Column(self.tr("Re-inspection"), self._reinspection_text),
            ]
        )

    def _reinspection_text(self, row: InspectionRow) -> str:
        return self.tr("Re-inspection") if row.reinspection else ""

    def is_inactive(self, row: InspectionRow) -> bool:
        return row.voided

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == self.COL_RESULT:
            row = self.row_at(index.row())
            if row is not None and not row.voided:
                return PASS_COLOR if row.passed else FAIL_COLOR
        return super().data(index, role)
