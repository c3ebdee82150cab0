"""The checklist being filled in: one row per template item, holding what the inspector
has entered so far (a result, a reading, a text, a note, an equipment code).

The model shows what will be saved: a number item's result is judged from its reading
as the service will judge it (inside the limits passes), "All pass" fills in visible
passes on the check items still blank, and `answers()` hands over exactly the rows as
shown — nothing is filled in behind the inspector's back. A row the service refused
(`set_error`) is highlighted until the next save.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from propdesk.domain.inspections.kinds import ItemKind, ItemResult
from propdesk.domain.inspections.results import MAX_NOTE, MAX_TEXT, Answer
from propdesk.domain.inspections.templates import TemplateItem, as_decimal, sane_range
from propdesk.services.inspections.equipment_inputs import CODE_MAX
from propdesk.ui.tabs.inspections.inspection_names import limits_text, result_name

PASS_COLOR = QColor("#1b5e20")
FAIL_COLOR = QColor("#b00020")
HINT_COLOR = QColor("#8a8a8a")
ERROR_BACKGROUND = QColor("#ffcdd2")  # the row the service refused
_EDITABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
_SHOWN = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
MAX_READING = 20  # characters: a typed reading, not an essay


@dataclass(frozen=True)
class ItemEntry:
    item: TemplateItem
    result: ItemResult | None = None  # check items; n.a. on a number item
    reading: str = ""  # number items, as typed
    text: str = ""  # text items
    note: str = ""
    equipment: str = ""  # the code on the item's label

    @property
    def shown_result(self) -> ItemResult | None:
        """The result the service will record: a number item's from its reading."""
        if self.item.kind is ItemKind.NUMBER and self.reading.strip():
            value = as_decimal(self.reading)
            floor, ceiling = sane_range(self.item.unit)
            if value is None or not floor <= value <= ceiling:
                return None  # a typing mistake: the service says so at the row
            return ItemResult.PASS if self.item.within_limits(value) else ItemResult.FAIL
        return self.result

    def answer(self) -> Answer | None:
        """What the row says to the service; None for a row left blank."""
        kind = self.item.kind
        if kind is ItemKind.TEXT:
            if not (self.text.strip() or self.note.strip()):
                return None
            return Answer(text=self.text, note=self.note)
        if kind is ItemKind.NUMBER and self.reading.strip():
            return Answer(value=self.reading.strip(), note=self.note)
        if self.result is None and not self.note.strip():
            return None
        return Answer(self.result, note=self.note)


class InspectionItemsModel(QAbstractTableModel):
    COL_NO = 0
    COL_ITEM = 1
    COL_RESULT = 2
    COL_READING = 3
    COL_TEXT = 4
    COL_NOTE = 5
    COL_EQUIPMENT = 6
    COLUMNS = 7

    def __init__(self, items: Sequence[TemplateItem] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self._entries = [ItemEntry(item) for item in items]
        self._error_key: str | None = None
        self._headers = [
            self.tr("No."),
            self.tr("Item"),
            self.tr("Result"),
            self.tr("Reading"),
            self.tr("Text"),
            self.tr("Note"),
            self.tr("Equipment code"),
        ]

    # -- what was entered ------------------------------------------------------------
    def entries(self) -> list[ItemEntry]:
        return list(self._entries)

    def entry(self, row: int) -> ItemEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def row_of(self, key: str) -> int:
        return next((n for n, e in enumerate(self._entries) if e.item.key == key), -1)

    def answers(self) -> dict[str, Answer]:
        """Item key → Answer for every row that says something."""
        found: dict[str, Answer] = {}
        for entry in self._entries:
            answer = entry.answer()
            if answer is not None:
                found[entry.item.key] = answer
        return found

    def equipment(self) -> dict[str, str]:
        return {e.item.key: e.equipment.strip() for e in self._entries if e.equipment.strip()}

    # -- changes -----------------------------------------------------------------------
    def set_result(self, row: int, result: ItemResult) -> bool:
        """Pass, fail or n.a. on a check item; n.a. only on a number item (its result
        comes from the reading, and n.a. clears it); False where the row takes none."""
        entry = self.entry(row)
        if entry is None or entry.item.kind is ItemKind.TEXT:
            return False
        if entry.item.kind is ItemKind.NUMBER:
            if result is not ItemResult.NOT_APPLICABLE:
                return False
            entry = replace(entry, reading="")
        self._replace(row, replace(entry, result=result))
        return True

    def mark_all_passed(self) -> int:
        """Every check item still without a result passes; returns how many."""
        marked = 0
        for row, entry in enumerate(self._entries):
            if entry.item.kind is ItemKind.CHECK and entry.result is None:
                self._replace(row, replace(entry, result=ItemResult.PASS))
                marked += 1
        return marked

    def set_error(self, key: str | None) -> int:
        """Highlight the refused item's row (None: no row); returns its row or -1."""
        old = self.row_of(self._error_key) if self._error_key else -1
        self._error_key = key
        new = self.row_of(key) if key else -1
        for row in {old, new} - {-1}:
            self._row_changed(row)
        return new

    def error_row(self) -> int:
        return self.row_of(self._error_key) if self._error_key else -1

    def _replace(self, row: int, entry: ItemEntry) -> None:
        self._entries[row] = entry
        self._row_changed(row)

    def _row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.COLUMNS - 1))

    # -- Qt ----------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < self.COLUMNS
        ):
            return self._headers[section]
        return None

    def editable(self, row: int, column: int) -> bool:
        entry = self.entry(row)
        if entry is None:
            return False
        kind = entry.item.kind
        return (
            column in (self.COL_NOTE, self.COL_EQUIPMENT)
            or (column == self.COL_READING and kind is ItemKind.NUMBER)
            or (column == self.COL_TEXT and kind is ItemKind.TEXT)
        )

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _EDITABLE if self.editable(index.row(), index.column()) else _SHOWN

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:  # noqa: PLR0911 (one return per role)
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None or not 0 <= index.column() < self.COLUMNS:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, index.row(), column)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(entry, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(entry, column)
        if role == Qt.ItemDataRole.FontRole and column == self.COL_RESULT:
            if entry.shown_result is ItemResult.FAIL:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.BackgroundRole and entry.item.key == self._error_key:
            return ERROR_BACKGROUND
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_READING:
            return limits_text(entry.item) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_NO:
            return int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
        return None

    def _display(self, entry: ItemEntry, row: int, column: int) -> str:  # noqa: PLR0911 (one return per column)
        item = entry.item
        if column == self.COL_NO:
            return str(row + 1)
        if column == self.COL_ITEM:
            return item.text
        if column == self.COL_RESULT:
            return result_name(entry.shown_result)
        if column == self.COL_READING:
            if item.kind is not ItemKind.NUMBER:
                return ""
            limits = limits_text(item)
            if not entry.reading.strip():
                return limits  # greyed: what the gauge should show
            unit = f" {item.unit}" if item.unit else ""
            reading = f"{entry.reading.strip()}{unit}"
            return f"{reading}  ({limits})" if limits and limits != item.unit else reading
        if column == self.COL_TEXT:
            return entry.text
        if column == self.COL_NOTE:
            return entry.note
        return entry.equipment

    def _edit_value(self, entry: ItemEntry, column: int) -> str | None:
        values = {
            self.COL_READING: entry.reading,
            self.COL_TEXT: entry.text,
            self.COL_NOTE: entry.note,
            self.COL_EQUIPMENT: entry.equipment,
        }
        return values.get(column)

    def _foreground(self, entry: ItemEntry, column: int) -> QColor | None:
        if column == self.COL_RESULT:
            result = entry.shown_result
            if result is ItemResult.PASS:
                return PASS_COLOR
            if result is ItemResult.FAIL:
                return FAIL_COLOR
            return None
        if column == self.COL_READING and not entry.reading.strip():
            return HINT_COLOR
        return None

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row, column = index.row(), index.column()
        entry = self.entry(row)
        if entry is None or not self.editable(row, column):
            return False
        text = "" if value is None else str(value)
        if column == self.COL_READING:
            # A reading typed replaces an n.a.: the result is judged from it.
            entry = replace(entry, reading=text.strip()[:MAX_READING], result=None)
        elif column == self.COL_TEXT:
            entry = replace(entry, text=text[:MAX_TEXT])
        elif column == self.COL_NOTE:
            entry = replace(entry, note=text[:MAX_NOTE])
        else:
            entry = replace(entry, equipment=text.strip().upper()[:CODE_MAX])
        self._replace(row, entry)
        return True
