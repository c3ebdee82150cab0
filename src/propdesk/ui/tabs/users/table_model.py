"""The accounts as a table: user name, name, role, active, last login."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from propdesk.services.accounts_service import UserInfo
from propdesk.ui.role_names import role_name

COL_USERNAME = 0
COL_NAME = 1
COL_ROLE = 2
COL_ACTIVE = 3
COL_LAST_LOGIN = 4
COLUMNS = 5

DISABLED_COLOR = QColor("#8a8a8a")


def local_time(when: datetime | None) -> str:
    return when.astimezone().strftime("%Y-%m-%d %H:%M") if when else ""


class UsersTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._users: list[UserInfo] = []

    def set_users(self, users: list[UserInfo]) -> None:
        self.beginResetModel()
        self._users = list(users)
        self.endResetModel()

    def user_at(self, row: int) -> UserInfo | None:
        return self._users[row] if 0 <= row < len(self._users) else None

    def row_of(self, user_id: object) -> int:
        for row, user in enumerate(self._users):
            if user.id == user_id:
                return row
        return -1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._users)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = {
            COL_USERNAME: self.tr("User name"),
            COL_NAME: self.tr("Name"),
            COL_ROLE: self.tr("Role"),
            COL_ACTIVE: self.tr("Status"),
            COL_LAST_LOGIN: self.tr("Last login"),
        }
        return headers.get(section)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._users):
            return None
        user = self._users[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            texts = {
                COL_USERNAME: user.username,
                COL_NAME: user.display_name,
                COL_ROLE: role_name(user.role),
                COL_ACTIVE: self.tr("Active") if user.active else self.tr("Disabled"),
                COL_LAST_LOGIN: local_time(user.last_login_at) or self.tr("never"),
            }
            return texts.get(column)
        if role == Qt.ItemDataRole.ForegroundRole and not user.active:
            return DISABLED_COLOR
        return None
