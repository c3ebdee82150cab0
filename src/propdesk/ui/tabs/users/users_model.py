"""The accounts as a table: user name, name, role, active, last login."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from propdesk.services.core.export import ColumnKind
from propdesk.services.station.accounts import UserInfo
from propdesk.ui.role_names import role_name
from propdesk.ui.widgets.dto_table_model import Column, DtoTableModel

COL_USERNAME = 0
COL_NAME = 1
COL_ROLE = 2
COL_ACTIVE = 3
COL_LAST_LOGIN = 4


def local_time(when: datetime | None) -> str:
    return when.astimezone().strftime("%Y-%m-%d %H:%M") if when else ""


class UsersTableModel(DtoTableModel[UserInfo]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.set_columns(
            [
                Column(self.tr("User name"), lambda u: u.username),
                Column(self.tr("Name"), lambda u: u.display_name),
                Column(self.tr("Role"), lambda u: role_name(u.role)),
                Column(
                    self.tr("Status"),
                    lambda u: self.tr("Active") if u.active else self.tr("Disabled"),
                ),
                Column(
                    self.tr("Last login"),
                    lambda u: local_time(u.last_login_at) or self.tr("never"),
                    value=lambda u: (
                        u.last_login_at.astimezone().replace(tzinfo=None)
                        if u.last_login_at
                        else None
                    ),
                    kind=ColumnKind.DATETIME,
                ),
            ]
        )

    def is_inactive(self, row: UserInfo) -> bool:
        return not row.active

    # The tab's names for the shared row API.
    def set_users(self, users: list[UserInfo]) -> None:
        self.set_rows(users)

    def user_at(self, row: int) -> UserInfo | None:
        return self.row_at(row)

    def row_of(self, user_id: uuid.UUID) -> int:
        return next((i for i, u in enumerate(self.rows()) if u.id == user_id), -1)
