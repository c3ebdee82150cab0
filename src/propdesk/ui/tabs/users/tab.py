"""Users tab: list the accounts; an administrator adds, disables, resets and re-roles.

A manager sees the list read-only. Accounts are never deleted, only disabled.
"""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from propdesk.domain.roles import Action, Module
from propdesk.errors import PropdeskError
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.station.accounts import UserInfo
from propdesk.ui.dialogs import show_error
from propdesk.ui.tabs.users.user_form import (
    AddUserDialog,
    ChangeRoleDialog,
    ResetPasswordDialog,
    SetActiveDialog,
)
from propdesk.ui.tabs.users.users_model import COL_NAME, UsersTableModel
from propdesk.ui.widgets.buttons import left_row, push_button
from propdesk.ui.widgets.module_tab import ModuleTab
from propdesk.ui.widgets.record_table import record_table
from propdesk.ui.widgets.table_export import install_export


class UsersTab(ModuleTab):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(services, actor, parent)
        self.setObjectName("users_tab")
        self.model = UsersTableModel(self)
        self.view = record_table(self.model, "users_table", stretch=[COL_NAME])
        self.view.setAlternatingRowColors(True)
        install_export(self.view, services.exports, actor, Module.USERS, self.tr("Users"))

        self.add_button = push_button(self.tr("Add user…"), self._on_add)
        self.active_button = push_button(self.tr("Disable…"), self._on_active)
        self.reset_button = push_button(self.tr("Reset password…"), self._on_reset)
        self.role_button = push_button(self.tr("Change role…"), self._on_role)
        may_create = actor.may(Module.USERS, Action.CREATE)
        may_administer = actor.may(Module.USERS, Action.ADMINISTER)
        # What the role cannot do is not offered at all (a manager only reads).
        self.add_button.setVisible(may_create)
        for button in (self.active_button, self.reset_button, self.role_button):
            button.setVisible(may_administer)
        layout = QVBoxLayout(self)
        layout.addLayout(
            left_row(self.add_button, self.active_button, self.reset_button, self.role_button)
        )
        layout.addWidget(self.view)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.view.doubleClicked.connect(self._on_double_click)
        self.refresh()

    # -- data ----------------------------------------------------------------
    def refresh(self) -> None:
        keep = self.selected_user()
        try:
            users = self._services.accounts.list_users(self._actor)
        except PropdeskError as exc:
            show_error(self, exc)
            users = []
        self.model.set_users(users)
        if keep is not None:
            self.select(keep.id)
        self._update_buttons()

    def selected_user(self) -> UserInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.user_at(rows[0].row()) if rows else None

    def select(self, user_id: uuid.UUID) -> None:
        row = self.model.row_of(user_id)
        if row >= 0:
            self.view.selectRow(row)

    def _update_buttons(self) -> None:
        user = self.selected_user()
        for button in (self.active_button, self.reset_button, self.role_button):
            button.setEnabled(user is not None)
        self.active_button.setText(
            self.tr("Enable…") if user is not None and not user.active else self.tr("Disable…")
        )

    # -- actions -------------------------------------------------------------
    def _open(self, dialog: QDialog) -> None:
        """Window-modal without a nested event loop; saved → list refreshed."""
        dialog.setObjectName("users_dialog")
        dialog.accepted.connect(lambda: self._after_save(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _after_save(self, dialog: QDialog) -> None:
        self.refresh()
        user = getattr(dialog, "user", None)
        if isinstance(user, UserInfo):
            self.select(user.id)

    def _on_add(self) -> None:
        self._open(AddUserDialog(self._services.accounts, self._actor, self))

    def _on_active(self) -> None:
        user = self.selected_user()
        if user is not None:
            self._open(SetActiveDialog(self._services.accounts, self._actor, user, self))

    def _on_reset(self) -> None:
        user = self.selected_user()
        if user is not None:
            self._open(ResetPasswordDialog(self._services.accounts, self._actor, user, self))

    def _on_role(self) -> None:
        user = self.selected_user()
        if user is not None:
            self._open(ChangeRoleDialog(self._services.accounts, self._actor, user, self))

    def _on_double_click(self) -> None:
        if self.role_button.isVisible():
            self._on_role()
