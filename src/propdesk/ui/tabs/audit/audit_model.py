"""The audit log as a table (one page of it), and one entry's changes side by side."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from propdesk.domain.roles import Role
from propdesk.services.core.audit import AuditRow
from propdesk.ui.role_names import role_name

translate = QCoreApplication.translate

COL_SEQ = 0
COL_AT = 1
COL_USER = 2
COL_STATION = 3
COL_ENTITY = 4
COL_ENTITY_ID = 5
COL_ACTION = 6
COL_REASON = 7
COLUMNS = 8

COL_FIELD = 0
COL_BEFORE = 1
COL_AFTER = 2
CHANGE_COLUMNS = 3


def action_name(action: str) -> str:
    names = {
        "create": translate("AuditNames", "created"),
        "update": translate("AuditNames", "changed"),
        "void": translate("AuditNames", "voided"),
        "login": translate("AuditNames", "logged in"),
        "restore": translate("AuditNames", "restored"),
    }
    return names.get(action, action)


def entity_name(entity: str) -> str:
    names = {
        "user": translate("AuditNames", "user"),
        "database": translate("AuditNames", "database"),
        "estate": translate("AuditNames", "estate"),
        "building": translate("AuditNames", "building"),
    }
    return names.get(entity, entity)


def field_name(field: str) -> str:
    names = {
        "username": translate("AuditNames", "user name"),
        "display_name": translate("AuditNames", "name"),
        "role": translate("AuditNames", "role"),
        "active": translate("AuditNames", "active"),
        "password": translate("AuditNames", "password"),
        "file": translate("AuditNames", "file"),
        "previous_kept_as": translate("AuditNames", "previous database kept as"),
        "code": translate("AuditNames", "code"),
        "name": translate("AuditNames", "name"),
        "floors": translate("AuditNames", "floors"),
    }
    return names.get(field, field)


def value_text(value: Any, field: str = "") -> str:
    if value is None:
        return ""
    if field == "role" and value in set(Role):
        return role_name(Role(value))
    if isinstance(value, bool):
        return translate("AuditNames", "yes") if value else translate("AuditNames", "no")
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


class AuditTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[AuditRow] = []

    def set_rows(self, rows: list[AuditRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> AuditRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = {
            COL_SEQ: self.tr("#"),
            COL_AT: self.tr("When"),
            COL_USER: self.tr("User"),
            COL_STATION: self.tr("Station"),
            COL_ENTITY: self.tr("Record type"),
            COL_ENTITY_ID: self.tr("Record"),
            COL_ACTION: self.tr("Action"),
            COL_REASON: self.tr("Reason"),
        }
        return headers.get(section)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            texts = {
                COL_SEQ: str(row.seq),
                COL_AT: row.at.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
                COL_USER: row.username,
                COL_STATION: row.station,
                COL_ENTITY: entity_name(row.entity),
                COL_ENTITY_ID: row.entity_id,
                COL_ACTION: action_name(row.action),
                COL_REASON: row.reason,
            }
            return texts.get(column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_ENTITY_ID, COL_REASON):
            return row.entity_id if column == COL_ENTITY_ID else row.reason or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_SEQ:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class AuditChangesModel(QAbstractTableModel):
    """Field, before, after: one row per field the entry touched."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._changes: list[tuple[str, Any, Any]] = []

    def set_entry(self, row: AuditRow | None) -> None:
        self.beginResetModel()
        if row is None:
            self._changes = []
        else:
            fields = list(dict.fromkeys([*row.before, *row.after]))
            self._changes = [(f, row.before.get(f), row.after.get(f)) for f in fields]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._changes)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else CHANGE_COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = {
            COL_FIELD: self.tr("Field"),
            COL_BEFORE: self.tr("Before"),
            COL_AFTER: self.tr("After"),
        }
        return headers.get(section)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._changes):
            return None
        name, before, after = self._changes[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == COL_FIELD:
                return field_name(name)
            if index.column() == COL_BEFORE:
                return value_text(before, name)
            if index.column() == COL_AFTER:
                return value_text(after, name)
        return None
