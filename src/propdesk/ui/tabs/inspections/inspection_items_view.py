"""The checklist table of the entry dialog, worked from the keyboard as an inspector
reads a paper sheet: Up/Down go from item to item; P, F, N (or 1, 2, 3) mark the
current check item pass, fail or n.a.; on a number item the digits typed go straight
into its reading (N marks it n.a.); on a text item typing writes the text; F2 writes
the current item's note. Enter finishes a cell and stays on the row.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QTableView,
    QWidget,
)

from propdesk.domain.inspections.kinds import ItemKind, ItemResult
from propdesk.ui.tabs.inspections.inspection_items_model import InspectionItemsModel

RESULT_KEYS: dict[int, ItemResult] = {
    Qt.Key.Key_P.value: ItemResult.PASS,
    Qt.Key.Key_F.value: ItemResult.FAIL,
    Qt.Key.Key_N.value: ItemResult.NOT_APPLICABLE,
}
DIGIT_RESULTS = {"1": ItemResult.PASS, "2": ItemResult.FAIL, "3": ItemResult.NOT_APPLICABLE}
_READING_CHARS = set("0123456789.-+")
_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


class InspectionItemsView(QTableView):
    def __init__(self, model: InspectionItemsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inspection_items")
        self.setModel(model)
        self._items = model
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Our keys open the editors (see keyPressEvent); a double click does too.
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.setTabKeyNavigation(False)  # Tab leaves the table for the next field
        self.setWordWrap(True)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(model.COL_ITEM, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(model.COL_NOTE, QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setColumnWidth(model.COL_NOTE, 140)
        model.dataChanged.connect(lambda *_: self.resizeRowsToContents())
        if model.rowCount():
            self.setCurrentIndex(model.index(0, model.COL_RESULT))

    def current_row(self) -> int:
        return self.currentIndex().row()

    def go_to_row(self, row: int) -> None:
        if 0 <= row < self._items.rowCount():
            self.setCurrentIndex(self._items.index(row, self._items.COL_RESULT))
            self.scrollTo(self.currentIndex())

    def edit_cell(self, row: int, column: int, event: QKeyEvent | None = None) -> bool:
        """Open the cell's editor; a key that opened it is typed into it."""
        index = self._items.index(row, column)
        if not self._items.editable(row, column):
            return False
        self.setCurrentIndex(index)
        if event is None:
            self.edit(index)
            return self.state() == QAbstractItemView.State.EditingState
        return bool(self.edit(index, QAbstractItemView.EditTrigger.AnyKeyPressed, event))

    def commit_open_editor(self) -> None:
        """Keep what is being typed in a cell (a save pressed while editing)."""
        if self.state() != QAbstractItemView.State.EditingState:
            return
        editor = QApplication.focusWidget()
        if editor is not None and self.isAncestorOf(editor):
            self.commitData(editor)
            self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._handled(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def _handled(self, event: QKeyEvent) -> bool:  # noqa: PLR0911 (one return per key)
        row = self.current_row()
        entry = self._items.entry(row)
        if entry is None or event.modifiers() not in _PLAIN:
            return False
        model = self._items
        key, text = event.key(), event.text()
        if key == Qt.Key.Key_F2:
            return self.edit_cell(row, model.COL_NOTE)
        kind = entry.item.kind
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            main = {ItemKind.NUMBER: model.COL_READING, ItemKind.TEXT: model.COL_TEXT}
            return kind in main and self.edit_cell(row, main[kind])
        if kind is ItemKind.TEXT:
            return bool(text.strip()) and self.edit_cell(row, model.COL_TEXT, event)
        if kind is ItemKind.NUMBER and text and text in _READING_CHARS:
            return self.edit_cell(row, model.COL_READING, event)
        result = RESULT_KEYS.get(key) if text.isalpha() else DIGIT_RESULTS.get(text)
        if result is None:
            return False
        model.set_result(row, result)
        return True  # a number item refuses P and F: its reading says it

    def currentChanged(
        self,
        current: QModelIndex | QPersistentModelIndex,
        previous: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().currentChanged(current, previous)
        if current.isValid():
            self.scrollTo(current)
