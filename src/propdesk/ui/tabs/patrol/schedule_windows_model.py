"""The patrol windows of a schedule being edited: one row per window, its start, its
end (at or before the start: it crosses midnight) and the minutes between its slots.

The rows are edited in place (times to the minute, minutes as a number); nothing is
checked here: the schedule dialog builds the domain's PatrolSchedule from them, whose
checks name what is wrong.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
)
from PySide6.QtWidgets import (
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTimeEdit,
    QWidget,
)

from propdesk.domain.patrol.schedule import MAX_INTERVAL_MINUTES, PatrolWindow

_CENTRE = Qt.AlignmentFlag.AlignCenter


@dataclass
class WindowRow:
    start: time
    end: time
    interval_minutes: int

    @classmethod
    def of(cls, window: PatrolWindow) -> WindowRow:
        return cls(window.start, window.end, window.interval_minutes)

    def window(self) -> PatrolWindow:
        """The domain's window (raises ValidationError on the field "interval")."""
        return PatrolWindow(self.start, self.end, self.interval_minutes)


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _time(value: object) -> time | None:
    """A whole-minute time from what an editor gives back."""
    if isinstance(value, QTime) and value.isValid():
        return time(value.hour(), value.minute())
    if isinstance(value, time):
        return value.replace(second=0, microsecond=0, tzinfo=None)
    return None


class WindowsTableModel(QAbstractTableModel):
    COL_START, COL_END, COL_INTERVAL = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[WindowRow] = []
        self.read_only = False
        self._headers = [self.tr("Start"), self.tr("End"), self.tr("Every (min)")]

    # -- rows ----------------------------------------------------------------------------
    def set_windows(self, windows: tuple[PatrolWindow, ...]) -> None:
        self.beginResetModel()
        self._rows = [WindowRow.of(window) for window in windows]
        self.endResetModel()

    def rows(self) -> list[WindowRow]:
        return list(self._rows)

    def add_row(self, row: WindowRow) -> int:
        at = len(self._rows)
        self.beginInsertRows(QModelIndex(), at, at)
        self._rows.append(row)
        self.endInsertRows()
        return at

    def remove_row(self, at: int) -> None:
        if 0 <= at < len(self._rows):
            self.beginRemoveRows(QModelIndex(), at, at)
            del self._rows[at]
            self.endRemoveRows()

    # -- Qt ------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags if self.read_only else flags | Qt.ItemFlag.ItemIsEditable

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_CENTRE.value)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._value(self._rows[index.row()], index.column(), role)
        return None

    def _value(self, row: WindowRow, column: int, role: int) -> object:
        """Shown: 06:00 and 60; edited: a QTime and an int."""
        display = role == Qt.ItemDataRole.DisplayRole
        if column in (self.COL_START, self.COL_END):
            moment = row.start if column == self.COL_START else row.end
            return f"{moment:%H:%M}" if display else _qtime(moment)
        if column == self.COL_INTERVAL:
            return str(row.interval_minutes) if display else row.interval_minutes
        return None

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = 2
    ) -> bool:
        if (
            self.read_only
            or role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or not 0 <= index.row() < len(self._rows)
        ):
            return False
        row, column = self._rows[index.row()], index.column()
        if column in (self.COL_START, self.COL_END):
            moment = _time(value)
            if moment is None:
                return False
            if column == self.COL_START:
                row.start = moment
            else:
                row.end = moment
        elif column == self.COL_INTERVAL and isinstance(value, int) and value >= 0:
            row.interval_minutes = value
        else:
            return False
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        return True


class WindowsDelegate(QStyledItemDelegate):
    """Times typed to the minute, minutes as a number (0 is let through: the schedule
    says why it is refused)."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        if index.column() == WindowsTableModel.COL_INTERVAL:
            spin = QSpinBox(parent)
            spin.setRange(0, MAX_INTERVAL_MINUTES)
            spin.setSuffix(self.tr(" min"))
            return spin
        if index.column() in (WindowsTableModel.COL_START, WindowsTableModel.COL_END):
            edit = QTimeEdit(parent)
            edit.setDisplayFormat("HH:mm")
            return edit
        return super().createEditor(parent, option, index)
