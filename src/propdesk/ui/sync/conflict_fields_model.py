"""One conflict's two versions side by side: a line per column of the record (those
that differ first, marked), this station's value and the server's, and for each line
that differs a tick on the version to keep — Space ticks the other side, as a pair of
radio buttons would. What is ticked is what "Merge as chosen" keeps."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from propdesk.services.sync.conflicts import ConflictField, ConflictView, Side
from propdesk.ui.widgets.dto_table_model import FLAGGED_BACKGROUND

COL_FIELD, COL_MINE, COL_THEIRS = range(3)
SHOWN_MAX = 120  # longer values are cut in the cell and whole in its tooltip
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def value_text(value: Any) -> str:
    """A value as kept in the conflict (JSON): text as it is, nothing as a dash."""
    if value is None:
        return "—"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


class ConflictFieldsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._conflict: ConflictView | None = None
        self._fields: list[ConflictField] = []
        self._choice: dict[str, Side] = {}
        self._marked = False

    # -- what is shown and chosen ---------------------------------------------------
    def set_conflict(self, conflict: ConflictView | None) -> None:
        self.beginResetModel()
        self._conflict = conflict
        fields = list(conflict.fields) if conflict is not None else []
        # An edit's lines that differ first (in the record's order), then the rest; a
        # refused row has no server version to compare with.
        self._marked = conflict is not None and conflict.kind == "edit"
        if self._marked:
            fields = [f for f in fields if f.differs] + [f for f in fields if not f.differs]
        self._fields = fields
        # The server's version unless ticked otherwise: merging then changes only what
        # a person chose to keep from this station.
        self._choice = {f.name: "theirs" for f in fields if f.differs and self._marked}
        self.endResetModel()

    @property
    def choosable(self) -> bool:
        """Field by field: an edit on both sides (a deleted side is kept or taken whole)."""
        c = self._conflict
        return c is not None and c.kind == "edit" and not (c.mine_deleted or c.theirs_deleted)

    def choice(self) -> dict[str, Side]:
        return dict(self._choice)

    def choose(self, name: str, side: Side) -> None:
        if name not in self._choice:
            return
        self._choice[name] = side
        row = next(i for i, f in enumerate(self._fields) if f.name == name)
        self.dataChanged.emit(self.index(row, COL_MINE), self.index(row, COL_THEIRS))

    def differing(self) -> int:
        return len(self._choice)

    # -- Qt ---------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._fields)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(  # noqa: PLR0911 (one return per column)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 3:
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_LEFT.value)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        c = self._conflict
        if section == COL_FIELD:
            return self.tr("Field")
        if section == COL_MINE:
            if c is not None and c.mine_deleted:
                return self.tr("This station (deleted here)")
            return self.tr("This station")
        if c is not None and c.theirs_deleted:
            return self.tr("The server (deleted there)")
        return self.tr("The server")

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() != COL_FIELD and self._is_choice(index.row()):
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def _is_choice(self, row: int) -> bool:
        return self.choosable and 0 <= row < len(self._fields) and self._fields[row].differs

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:  # noqa: PLR0911 (one return per role)
        if not index.isValid() or not 0 <= index.row() < len(self._fields):
            return None
        field, column = self._fields[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == COL_FIELD:
                return field.name
            text = value_text(field.mine if column == COL_MINE else field.theirs)
            if role == Qt.ItemDataRole.DisplayRole:
                line = " ⏎ ".join(text.splitlines()) if "\n" in text else text
                return line if len(line) <= SHOWN_MAX else line[: SHOWN_MAX - 1] + "…"
            return text
        if role == Qt.ItemDataRole.CheckStateRole and column != COL_FIELD:
            if not self._is_choice(index.row()):
                return None
            wanted: Side = "mine" if column == COL_MINE else "theirs"
            chosen = self._choice[field.name] == wanted
            return Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked
        marked = self._marked and field.differs
        if role == Qt.ItemDataRole.BackgroundRole and marked:
            return FLAGGED_BACKGROUND
        if role == Qt.ItemDataRole.FontRole and marked and column == COL_FIELD:
            bold = QFont()
            bold.setBold(True)
            return bold
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_LEFT.value)
        return None

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = 0
    ) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        if index.column() == COL_FIELD or not self._is_choice(index.row()):
            return False
        ticked = Qt.CheckState(value) == Qt.CheckState.Checked
        on_mine = index.column() == COL_MINE
        # A pair of radio buttons: ticking one side unticks the other, and unticking
        # one ticks the other.
        side: Side = "mine" if on_mine == ticked else "theirs"
        self.choose(self._fields[index.row()].name, side)
        return True
