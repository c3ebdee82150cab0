"""A checklist's items while a manager edits them: one row per item, edited in place
(its text, kind, a reading's unit and limits, required, the register item it inspects).

Nothing is checked here: `items()` builds the domain's TemplateItem of every row, whose
checks name the row's item (`item_field(key)`), and the service checks the whole
template. A row keeps its item's key for ever — a rectification's re-inspection finds
"its" item by key in later versions — and a new row gets a key of its own that no
item of any version had (`new_key`); keys are never shown.

A non-number row keeps the unit and limits typed before its kind was changed (they
come back when it is a number again) but hands none on: only number items have them.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from propdesk.domain.inspections.equipment import EquipmentKind
from propdesk.domain.inspections.kinds import ItemKind
from propdesk.domain.inspections.templates import (
    MAX_ITEM_TEXT,
    MAX_UNIT,
    TemplateItem,
    as_decimal,
)
from propdesk.ui.tabs.inspections.equipment_names import kind_name as equipment_kind_name
from propdesk.ui.tabs.inspections.inspection_items_model import ERROR_BACKGROUND
from propdesk.ui.tabs.inspections.inspection_names import number_text
from propdesk.ui.tabs.inspections.template_items_model import item_kind_name

_SHOWN = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_EDITABLE = _SHOWN | Qt.ItemFlag.ItemIsEditable
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def new_key(taken: Iterable[str]) -> str:
    """A key for a new item: random rather than counted, so an item removed in an
    earlier version can never lend its key (and its notices) to a new one."""
    used = set(taken)
    while True:
        key = f"item_{uuid.uuid4().hex[:12]}"
        if key not in used:
            return key


@dataclass(frozen=True)
class ItemDraft:
    key: str
    text: str = ""
    kind: ItemKind = ItemKind.CHECK
    unit: str = ""
    low: Decimal | None = None
    high: Decimal | None = None
    required: bool = True
    equipment_kind: EquipmentKind | None = None

    @classmethod
    def of(cls, item: TemplateItem) -> ItemDraft:
        return cls(
            item.key,
            item.text,
            item.kind,
            item.unit,
            item.low,
            item.high,
            item.required,
            item.equipment_kind,
        )

    @property
    def is_number(self) -> bool:
        return self.kind is ItemKind.NUMBER

    def item(self) -> TemplateItem:
        """The domain's item (raises ValidationError naming `item_field(key)`)."""
        number = self.is_number
        return TemplateItem(
            self.key,
            self.text,
            self.kind,
            self.unit if number else "",
            self.low if number else None,
            self.high if number else None,
            self.required,
            self.equipment_kind,
        )


def _limit(value: object) -> tuple[bool, Decimal | None]:
    """(accepted, the limit) from what the editor gives back: blank is no limit."""
    text = "" if value is None else str(value).strip()
    if not text:
        return True, None
    number = as_decimal(text)
    return number is not None, number


class TemplateItemsEditModel(QAbstractTableModel):
    # The rows' numbers are in the vertical header: a number column would change
    # under every row below an insert, and the rows' data would not stay theirs.
    COL_TEXT, COL_KIND, COL_UNIT, COL_LOW, COL_HIGH, COL_REQUIRED, COL_EQUIPMENT = range(7)
    COLUMNS = 7
    NUMBER_COLUMNS = (COL_UNIT, COL_LOW, COL_HIGH)

    def __init__(self, items: Sequence[TemplateItem] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self._rows = [ItemDraft.of(item) for item in items]
        self._error_key: str | None = None
        self._headers = [
            self.tr("Item"),
            self.tr("Kind"),
            self.tr("Unit"),
            self.tr("Low limit"),
            self.tr("High limit"),
            self.tr("Required"),
            self.tr("Equipment"),
        ]

    # -- the rows ------------------------------------------------------------------------
    def drafts(self) -> list[ItemDraft]:
        return list(self._rows)

    def draft(self, row: int) -> ItemDraft | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, key: str) -> int:
        return next((n for n, d in enumerate(self._rows) if d.key == key), -1)

    def items(self) -> tuple[TemplateItem, ...]:
        """Every row as the domain's item, in the order shown (ValidationError at the
        first bad row)."""
        return tuple(draft.item() for draft in self._rows)

    def add_row(self, at: int | None = None) -> int:
        """A new blank pass/fail item at `at` (the end by default); returns its row."""
        row = len(self._rows) if at is None else max(0, min(at, len(self._rows)))
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, ItemDraft(new_key(d.key for d in self._rows)))
        self.endInsertRows()
        self._renumber(row)
        return row

    def remove_row(self, row: int) -> bool:
        if not 0 <= row < len(self._rows):
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        gone = self._rows.pop(row)
        self.endRemoveRows()
        if gone.key == self._error_key:
            self._error_key = None
        self._renumber(row)
        return True

    def move_row(self, row: int, offset: int) -> int:
        """Move a row up (-1) or down (+1); returns where it is now (unchanged at an end)."""
        target = row + offset
        if offset not in (-1, 1) or not 0 <= row < len(self._rows):
            return row
        if not 0 <= target < len(self._rows):
            return row
        # Qt's destination is the row the moved one goes before (two down when moving down).
        destination = target + 1 if offset > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self._rows.insert(target, self._rows.pop(row))
        self.endMoveRows()
        self._renumber(min(row, target))
        return target

    def _renumber(self, first: int) -> None:
        """The numbers from `first` down changed with an insert, removal or move."""
        last = len(self._rows) - 1
        if first <= last:
            self.headerDataChanged.emit(Qt.Orientation.Vertical, first, last)

    # -- the refused row -------------------------------------------------------------------
    def set_error(self, key: str | None) -> int:
        """Highlight the row the service refused (None: none); returns its row or -1."""
        rows = {self.row_of(k) for k in (self._error_key, key) if k}
        self._error_key = key
        for row in rows - {-1}:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.COLUMNS - 1))
        return self.row_of(key) if key else -1

    def error_row(self) -> int:
        return self.row_of(self._error_key) if self._error_key else -1

    # -- Qt --------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < self.COLUMNS:
            return self._headers[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return str(section + 1)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        draft = self.draft(index.row()) if index.isValid() else None
        if draft is None:
            return Qt.ItemFlag.NoItemFlags
        column = index.column()
        if column in self.NUMBER_COLUMNS and not draft.is_number:
            return Qt.ItemFlag.ItemIsSelectable  # greyed: only a reading has them
        if column == self.COL_REQUIRED:
            return _SHOWN | Qt.ItemFlag.ItemIsUserCheckable
        return _EDITABLE

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:  # noqa: PLR0911 (one return per role)
        draft = self.draft(index.row()) if index.isValid() else None
        if draft is None or not 0 <= index.column() < self.COLUMNS:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(draft, column)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(draft, column)
        if role == Qt.ItemDataRole.CheckStateRole and column == self.COL_REQUIRED:
            return Qt.CheckState.Checked if draft.required else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole and draft.key == self._error_key:
            return ERROR_BACKGROUND
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_TEXT and draft.text:
            return draft.text
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.COL_LOW, self.COL_HIGH):
            return int(_RIGHT.value)
        return None

    def _display(self, draft: ItemDraft, column: int) -> str:
        if column == self.COL_KIND:
            return item_kind_name(draft.kind)
        if column == self.COL_EQUIPMENT:
            kind = draft.equipment_kind
            return equipment_kind_name(kind) if kind is not None else ""
        if column == self.COL_REQUIRED:
            return ""  # the check box says it
        if column in self.NUMBER_COLUMNS and not draft.is_number:
            return ""
        value = self._edit_value(draft, column)
        return "" if value is None else str(value)

    def _edit_value(self, draft: ItemDraft, column: int) -> str | None:
        """Text as typed; a kind or an equipment kind as its code ("" for none)."""
        values: dict[int, str] = {
            self.COL_TEXT: draft.text,
            self.COL_KIND: draft.kind.value,
            self.COL_UNIT: draft.unit,
            self.COL_LOW: number_text(draft.low) if draft.low is not None else "",
            self.COL_HIGH: number_text(draft.high) if draft.high is not None else "",
            self.COL_EQUIPMENT: draft.equipment_kind.value if draft.equipment_kind else "",
        }
        return values.get(column)

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        draft = self.draft(index.row()) if index.isValid() else None
        if draft is None or not self.flags(index) & (
            Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable
        ):
            return False
        column = index.column()
        if column == self.COL_REQUIRED:
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
            changed = replace(draft, required=checked)
        elif role != Qt.ItemDataRole.EditRole:
            return False
        else:
            found = self._edited(draft, column, value)
            if found is None:
                return False
            changed = found
        self._rows[index.row()] = changed
        # A new kind greys or frees the unit and limits: the whole row is repainted.
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.COLUMNS - 1))
        return True

    def _edited(self, draft: ItemDraft, column: int, value: Any) -> ItemDraft | None:  # noqa: PLR0911 (one return per column)
        """The row with `value` in `column`; None for a value the column cannot take."""
        text = "" if value is None else str(value)
        if column == self.COL_TEXT:
            return replace(draft, text=text[:MAX_ITEM_TEXT])
        if column == self.COL_UNIT:
            return replace(draft, unit=text.strip()[:MAX_UNIT])
        if column in (self.COL_LOW, self.COL_HIGH):
            accepted, limit = _limit(value)
            if not accepted:
                return None
            if column == self.COL_LOW:
                return replace(draft, low=limit)
            return replace(draft, high=limit)
        if column == self.COL_KIND:
            try:
                return replace(draft, kind=ItemKind(text))
            except ValueError:
                return None
        if column == self.COL_EQUIPMENT:
            if not text:
                return replace(draft, equipment_kind=None)
            try:
                return replace(draft, equipment_kind=EquipmentKind(text))
            except ValueError:
                return None
        return None
