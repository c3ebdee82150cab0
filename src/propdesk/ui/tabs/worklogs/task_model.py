"""The tasks' rows: trade, area, task, how often, the usual time and person, since
when, and whether retired (greyed)."""

from __future__ import annotations

from typing import Any

from propdesk.services.worklogs.views import TaskInfo
from propdesk.ui.tabs.worklogs.names import minute_text, schedule_text, trade_name
from propdesk.ui.widgets.dto_table_model import Column, DtoTableModel, date_column


class TaskModel(DtoTableModel[TaskInfo]):
    COL_TRADE = 0
    COL_AREA = 1
    COL_TASK = 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.set_columns(
            [
                Column(self.tr("Trade"), lambda row: trade_name(row.trade)),
                Column(self.tr("Area"), lambda row: row.area),
                Column(self.tr("Task"), lambda row: row.name),
                Column(self.tr("Frequency"), lambda row: schedule_text(row.schedule)),
                Column(self.tr("Usual time"), lambda row: minute_text(row.start_minute)),
                Column(self.tr("Usually done by"), lambda row: row.staff_name),
                date_column(self.tr("Since"), lambda row: row.active_from),
                Column(self.tr("State"), self._state),
            ]
        )

    def _state(self, row: TaskInfo) -> str:
        return self.tr("Retired") if row.retired else self.tr("Live")

    def is_inactive(self, row: TaskInfo) -> bool:
        return row.retired
