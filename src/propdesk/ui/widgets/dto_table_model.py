"""A read-only table over a list of frozen DTOs, described by its columns.

Concrete models only declare their columns (header, how to show a row, alignment)
and which rows are inactive (voided, moved out); the Qt plumbing lives here once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from propdesk.services.core.export import ColumnKind

T = TypeVar("T")

INACTIVE_COLOR = QColor("#8a8a8a")
FLAGGED_BACKGROUND = QColor("#ffe0b2")  # needs the user's attention (overdue, …)
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class Column(Generic[T]):
    header: str
    text: Callable[[T], str]
    numeric: bool = False  # right-aligned
    tooltip: Callable[[T], str] | None = None
    # For Export to Excel: the typed value (a date, a number) and its kind;
    # without them the shown text is exported.
    value: Callable[[T], object] | None = None
    kind: ColumnKind = ColumnKind.TEXT

    def export_value(self, row: T) -> object:
        return self.value(row) if self.value is not None else self.text(row)


def count_column(header: str, count: Callable[[T], int]) -> Column[T]:
    """A whole number: its digits right-aligned, a number in Excel."""
    return Column(
        header, lambda row: str(count(row)), numeric=True, value=count, kind=ColumnKind.INT
    )


def date_column(header: str, day: Callable[[T], date | None]) -> Column[T]:
    """A day as 2025-03-01 (blank when there is none), a date in Excel."""

    def text(row: T) -> str:
        value = day(row)
        return value.isoformat() if value else ""

    return Column(header, text, value=day, kind=ColumnKind.DATE)


def time_column(
    header: str, moment: Callable[[T], datetime], text: Callable[[datetime], str]
) -> Column[T]:
    """A moment shown by `text` (the local time, to the minute or the second), a
    date-time in Excel."""
    return Column(header, lambda row: text(moment(row)), value=moment, kind=ColumnKind.DATETIME)


class DtoTableModel(QAbstractTableModel, Generic[T]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []
        self._columns: list[Column[T]] = []

    # -- what subclasses declare (in __init__, so headers are translated) ----
    def set_columns(self, columns: Sequence[Column[T]]) -> None:
        self.beginResetModel()
        self._columns = list(columns)
        self.endResetModel()

    def columns(self) -> Sequence[Column[T]]:
        return self._columns

    def is_inactive(self, row: T) -> bool:
        del row
        return False

    def is_flagged(self, row: T) -> bool:
        del row
        return False

    # -- rows ------------------------------------------------------------------
    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> T | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[T]:
        return list(self._rows)

    # -- Qt ------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        columns = self.columns()
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return columns[section].header
        if role == Qt.ItemDataRole.TextAlignmentRole:
            # Over its values: a count's header to the right, as its digits are.
            return int((_RIGHT if columns[section].numeric else _LEFT).value)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:  # noqa: PLR0911 (one return per role)
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        columns = self.columns()
        if not 0 <= index.column() < len(columns):
            return None
        row, column = self._rows[index.row()], columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int((_RIGHT if column.numeric else _LEFT).value)
        if role == Qt.ItemDataRole.ForegroundRole and self.is_inactive(row):
            return INACTIVE_COLOR
        if role == Qt.ItemDataRole.BackgroundRole and self.is_flagged(row):
            return FLAGGED_BACKGROUND
        return None
