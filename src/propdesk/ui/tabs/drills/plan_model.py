"""The year's plan: topic, due by, state in words and colour, the session that
answered it and when, the note."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from propdesk.services.drills.views import PlanRow
from propdesk.ui.tabs.drills.names import state_color, state_name, topic_name
from propdesk.ui.widgets.dto_table_model import Column, DtoTableModel, date_column


class PlanModel(DtoTableModel[PlanRow]):
    COL_TOPIC = 0
    COL_DUE = 1
    COL_STATE = 2
    COL_SESSION = 3
    COL_HELD = 4
    COL_NOTES = 5

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.set_columns(
            [
                Column(self.tr("Topic"), lambda r: topic_name(r.topic)),
                date_column(self.tr("Due by"), lambda r: r.due_on),
                Column(self.tr("State"), lambda r: state_name(r.state)),
                Column(self.tr("Done by session"), lambda r: r.session_number),
                date_column(self.tr("Done on"), lambda r: r.held_on),
                Column(self.tr("Notes"), lambda r: r.notes),
            ]
        )

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == self.COL_STATE:
            row = self.row_at(index.row())
            if row is not None:
                return state_color(row.state)
        return super().data(index, role)
