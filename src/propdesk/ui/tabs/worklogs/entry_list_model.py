"""The entries list's rows: day, time, trade, area, task, who, done or not (in words
and colour), the reason and the note; voided ones greyed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from propdesk.services.worklogs.views import EntryRow
from propdesk.ui.tabs.worklogs.names import NOT_DONE_COLOR, local_time, trade_name
from propdesk.ui.widgets.dto_table_model import Column, DtoTableModel, date_column, time_column


class EntryListModel(DtoTableModel[EntryRow]):
    COL_DAY = 0
    COL_TIME = 1
    COL_TRADE = 2
    COL_AREA = 3
    COL_TASK = 4
    COL_STAFF = 5
    COL_RESULT = 6
    COL_REASON = 7
    COL_NOTE = 8

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.set_columns(
            [
                date_column(self.tr("Day"), lambda row: row.day),
                time_column(self.tr("Time"), lambda row: row.done_at, local_time),
                Column(self.tr("Trade"), lambda row: trade_name(row.trade)),
                Column(self.tr("Area"), lambda row: row.area),
                Column(self.tr("Task"), lambda row: row.task_name),
                Column(self.tr("Done by"), lambda row: row.staff_name),
                Column(self.tr("Result"), self._result),
                Column(self.tr("Reason not done"), lambda row: row.reason),
                Column(self.tr("Note"), lambda row: row.note),
            ]
        )

    def _result(self, row: EntryRow) -> str:
        if row.voided:
            return self.tr("Voided")
        return self.tr("Done") if row.done else self.tr("Not done")

    def is_inactive(self, row: EntryRow) -> bool:
        return row.voided

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == self.COL_RESULT:
            row = self.row_at(index.row())
            if row is not None and not row.voided and not row.done:
                return NOT_DONE_COLOR
        return super().data(index, role)
