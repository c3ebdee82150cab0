"""PySide6 6.12.0 on Python 3.11 aborts ("none_dealloc") after a few thousand Python
overrides return None. A table model's data() returns None for most roles, so this
calls one 50,000 times through Qt's C++ side; the pin in pyproject stays until this
passes on a newer release."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

CALLS = 50_000


class _CountingModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.calls = 0

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 100

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        self.calls += 1
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{index.row()}:{index.column()}"
        return None  # the return value that crashed 6.12.0


def test_fifty_thousand_data_calls_through_qt(qtbot: object) -> None:
    del qtbot  # only for the QApplication
    model = _CountingModel()
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.FontRole)
    nones = 0
    for i in range(CALLS):
        index = proxy.index(i % 100, i % 5)
        if proxy.data(index, roles[i % 3]) is None:
            nones += 1
    assert model.calls == CALLS
    assert nones == CALLS - len(range(0, CALLS, 3))
