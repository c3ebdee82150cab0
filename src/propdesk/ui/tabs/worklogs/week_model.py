"""The week's plan as a grid: one row per task (trade, area, task, how often), one
column per day, each cell in words and colour — done, not done, missing, planned,
extra — with who did it (or why not) as its tooltip."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from propdesk.services.worklogs.views import WeekPlan, WeekRow
from propdesk.ui.tabs.worklogs.names import (
    STATE_COLORS,
    schedule_text,
    state_name,
    trade_name,
    weekday_name,
)


class WeekModel(QAbstractTableModel):
    COL_TRADE = 0
    COL_AREA = 1
    COL_TASK = 2
    COL_FREQUENCY = 3
    FIRST_DAY = 4

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._plan: WeekPlan | None = None
        self._rows: tuple[WeekRow, ...] = ()
        self._headers = (self.tr("Trade"), self.tr("Area"), self.tr("Task"), self.tr("Frequency"))

    def set_plan(self, plan: WeekPlan) -> None:
        self.beginResetModel()
        self._plan = plan
        self._rows = plan.rows
        self.endResetModel()

    def row_at(self, row: int) -> WeekRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.FIRST_DAY + 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if 0 <= section < self.FIRST_DAY:
            return self._headers[section]
        if self.FIRST_DAY <= section < self.FIRST_DAY + 7:
            day = section - self.FIRST_DAY
            if self._plan is None:
                return weekday_name(day + 1)
            shown = self._plan.days[day]
            return f"{weekday_name(day + 1)} {shown.month}/{shown.day}"
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:  # noqa: PLR0911 (one return per role)
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None or not 0 <= index.column() < self.FIRST_DAY + 7:
            return None
        column = index.column()
        if column >= self.FIRST_DAY:
            day = column - self.FIRST_DAY
            state = row.cells[day]
            if role == Qt.ItemDataRole.DisplayRole:
                return "" if state is None else state_name(state)
            if role == Qt.ItemDataRole.BackgroundRole and state is not None:
                return STATE_COLORS[state]
            if role == Qt.ItemDataRole.ToolTipRole and row.notes and row.notes[day]:
                return row.notes[day]
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter.value)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            texts = (trade_name(row.trade), row.area, row.task_name, schedule_text(row.schedule))
            return texts[column]
        return None
