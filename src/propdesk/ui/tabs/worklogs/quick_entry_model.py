"""The quick entry's rows (ui/tabs/worklogs/quick_entry.py): one per task planned for
the area that day, "done" by default with the person pre-filled; what was already
logged that day is shown greyed and is not logged again. Result, time, person,
reason and note are edited in place."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, replace
from datetime import time
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from propdesk.domain.worklogs.kinds import Trade
from propdesk.services.worklogs.inputs import EntryInput
from propdesk.services.worklogs.views import AreaDay, AreaDayLine
from propdesk.ui.tabs.worklogs.names import NOT_DONE_COLOR, minute_text, trade_name
from propdesk.ui.widgets.dto_table_model import INACTIVE_COLOR

_TIME = re.compile(r"^\s*(\d{1,2})[:：.](\d{2})\s*$")
REASON_MAX = 200
NOTE_MAX = 300


@dataclass(frozen=True)
class QuickLine:
    line: AreaDayLine
    done: bool
    staff_id: uuid.UUID | None
    staff_name: str
    time_text: str
    reason: str = ""
    note: str = ""

    @property
    def logged(self) -> bool:
        return self.line.entry is not None


def parse_time(text: str) -> time | None:
    """ "7:30" / "07:30" as a time; None when it is not one."""
    found = _TIME.match(text)
    if found is None:
        return None
    hours, minutes = int(found.group(1)), int(found.group(2))
    return time(hours, minutes) if hours < 24 and minutes < 60 else None


class QuickEntryModel(QAbstractTableModel):
    COL_TASK = 0
    COL_TRADE = 1
    COL_TIME = 2
    COL_RESULT = 3
    COL_STAFF = 4
    COL_REASON = 5
    COL_NOTE = 6
    COLUMNS = 7

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[QuickLine] = []
        self._staff: dict[Trade, list[tuple[uuid.UUID, str]]] = {}
        self._headers = (
            self.tr("Task"),
            self.tr("Trade"),
            self.tr("Time"),
            self.tr("Result"),
            self.tr("Done by"),
            self.tr("Reason not done"),
            self.tr("Note"),
        )

    # -- contents ----------------------------------------------------------------------
    def set_day(self, day: AreaDay, staff: dict[Trade, list[tuple[uuid.UUID, str]]]) -> None:
        self.beginResetModel()
        self._staff = staff
        self._rows = []
        for line in day.lines:
            entry = line.entry
            if entry is not None:
                self._rows.append(
                    QuickLine(
                        line,
                        entry.done,
                        None,
                        entry.staff_name,
                        entry.done_at.astimezone().strftime("%H:%M"),
                        entry.reason,
                        entry.note,
                    )
                )
            else:
                self._rows.append(
                    QuickLine(
                        line,
                        True,
                        line.staff_id,
                        line.staff_name,
                        minute_text(line.task.start_minute),
                    )
                )
        self.endResetModel()

    def set_day_empty(self) -> None:
        self.beginResetModel()
        self._rows = []
        self.endResetModel()

    def lines(self) -> list[QuickLine]:
        return list(self._rows)

    def open_rows(self) -> list[int]:
        return [n for n, row in enumerate(self._rows) if not row.logged]

    def row_of(self, task_id: uuid.UUID) -> int | None:
        for n, row in enumerate(self._rows):
            if row.line.task.id == task_id:
                return n
        return None

    def staff_choices(self, row: int) -> list[tuple[uuid.UUID, str]]:
        if not 0 <= row < len(self._rows):
            return []
        return self._staff.get(self._rows[row].line.task.trade, [])

    def inputs(self, day: Any) -> list[EntryInput] | tuple[int, str]:
        """The open rows as the service takes them; (row, column name) of a time that
        is not one."""
        found: list[EntryInput] = []
        for n, row in enumerate(self._rows):
            if row.logged:
                continue
            at = parse_time(row.time_text)
            if at is None:
                return (n, "time")
            found.append(
                EntryInput(row.line.task.id, day, row.done, row.staff_id, at, row.reason, row.note)
            )
        return found

    # -- editing by keyboard ------------------------------------------------------------
    def toggle(self, row: int) -> None:
        if 0 <= row < len(self._rows) and not self._rows[row].logged:
            self._set(row, replace(self._rows[row], done=not self._rows[row].done))

    def mark_not_done(self, row: int) -> None:
        if 0 <= row < len(self._rows) and not self._rows[row].logged:
            self._set(row, replace(self._rows[row], done=False))

    def _set(self, row: int, line: QuickLine) -> None:
        self._rows[row] = line
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.COLUMNS - 1))

    # -- Qt ------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self._headers[section] if 0 <= section < self.COLUMNS else None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        row = self._rows[index.row()]
        editable = {self.COL_TIME, self.COL_STAFF, self.COL_NOTE}
        if not row.done:
            editable.add(self.COL_REASON)
        if not row.logged and index.column() in editable:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:  # noqa: PLR0911 (one return per role)
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(row, column, role == Qt.ItemDataRole.EditRole)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.logged:
                return INACTIVE_COLOR
            if column == self.COL_RESULT and not row.done:
                return NOT_DONE_COLOR
            return None
        if role == Qt.ItemDataRole.BackgroundRole and not row.logged and not row.done:
            return QColor("#fdecea")
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_RESULT and not row.logged:
            return self.tr("Space: done / not done; N: not done and type the reason")
        return None

    def _text(self, row: QuickLine, column: int, editing: bool) -> Any:  # noqa: PLR0911 (one return per column)
        if column == self.COL_TASK:
            return row.line.task.name
        if column == self.COL_TRADE:
            return trade_name(row.line.task.trade)
        if column == self.COL_TIME:
            return row.time_text
        if column == self.COL_RESULT:
            result = self.tr("Done") if row.done else self.tr("Not done")
            return self.tr("{result} (logged)").format(result=result) if row.logged else result
        if column == self.COL_STAFF:
            return row.staff_id if editing else row.staff_name
        if column == self.COL_REASON:
            return row.reason
        if column == self.COL_NOTE:
            return row.note
        return None

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        row, column = self._rows[index.row()], index.column()
        if column == self.COL_TIME:
            line = replace(row, time_text=str(value))
        elif column == self.COL_STAFF:
            names = dict(self.staff_choices(index.row()))
            if value not in names:
                return False
            line = replace(row, staff_id=value, staff_name=names[value])
        elif column == self.COL_REASON:
            line = replace(row, reason=str(value)[:REASON_MAX])
        elif column == self.COL_NOTE:
            line = replace(row, note=str(value)[:NOTE_MAX])
        else:
            return False
        self._set(index.row(), line)
        return True
