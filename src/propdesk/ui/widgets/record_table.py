"""The read-only table every list in the app uses: whole rows, one at a time; columns
as wide as their contents, headers over their values, and "Nothing to show" when the
list is empty."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from propdesk.ui.widgets.empty_state import has_no_rows, nothing_to_show, paint_empty_text


class RecordTable(QTableView):
    """A table view that says so when it has no rows (`empty_text`, by default
    "Nothing to show")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._empty_text = nothing_to_show()

    def empty_text(self) -> str:
        return self._empty_text

    def set_empty_text(self, text: str) -> None:
        """What this list says when empty ("Nobody is inside"); "" says nothing."""
        self._empty_text = text
        self.viewport().update()

    def shows_empty_text(self) -> bool:
        return bool(self._empty_text) and has_no_rows(self)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        paint_empty_text(self, self._empty_text)


def record_table(
    model: QAbstractItemModel | None = None, name: str = "", *, stretch: Iterable[int] = ()
) -> RecordTable:
    """Columns as wide as their contents, each header over its values (left, or right
    over numbers); no column is stretched to the window's edge, which would put a
    value far from its header, except the `stretch` columns when named (a long free
    text: details, location, reason), which take the spare width."""
    view = RecordTable()
    if name:
        view.setObjectName(name)
    if model is not None:
        view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setStretchLastSection(False)
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    return view
