"""The Users tab's dialogs: add a user, disable/enable, reset password, change role.

Each saves through services.accounts in its OK handler, so a rule the service checks
is shown under the field it concerns and the dialog stays open to fix it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from propdesk.domain.roles import Role
from propdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from propdesk.services.core.actor import Actor
from propdesk.services.station.accounts import (
    DISPLAY_NAME_MAX,
    MAX_PASSWORD,
    MAX_REASON,
    USERNAME_MAX,
    AccountsService,
    UserInfo,
)
from propdesk.ui.role_names import role_name
from propdesk.ui.widgets.choices import choice_combo, enum_choices
from propdesk.ui.widgets.form_dialog import FormDialog


def role_combo(current: Role | None = None) -> QComboBox:
    combo = choice_combo(enum_choices(Role, role_name), "role")
    if current is not None:
        combo.setCurrentIndex(combo.findData(current.value))
    return combo


def password_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(MAX_PASSWORD)
    return edit


def check_repeat(password: str, repeat: str) -> None:
    if password != repeat:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "The two passwords differ."), field="password_repeat"
        )


class _AccountDialog(FormDialog):
    """A FormDialog whose OK runs `save()`; `user` is the saved account."""

    def __init__(
        self, accounts: AccountsService, actor: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__("", parent)
        self._accounts = accounts
        self._actor = actor
        self.user: UserInfo | None = None
        self.on_save(self._save_user)

    # The one service call the dialog stands for (each subclass defines it as a method).
    save: Callable[[], UserInfo]

    def _save_user(self) -> None:
        self.user = self.save()


class _ChangeDialog(_AccountDialog):
    """A change to one account (`target`), named in the intro line above the fields."""

    def __init__(
        self,
        accounts: AccountsService,
        actor: Actor,
        target: UserInfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(accounts, actor, parent)
        self.target = target
        self.set_intro(self._intro().format(name=target.display_name, username=target.username))
        self._add_fields()

    # Each subclass defines both as methods: what OK will do, with {name} and
    # {username} of the account; and the window title and the fields.
    _intro: Callable[[], str]
    _add_fields: Callable[[], None]


class AddUserDialog(_AccountDialog):
    def __init__(self, accounts: AccountsService, actor: Actor, parent: QWidget | None = None):
        super().__init__(accounts, actor, parent)
        self.setWindowTitle(self.tr("Add user"))
        self.username_edit = self.form.add_line_edit(
            "username", self.tr("User name"), self.tr("e.g. zhang.san")
        )
        self.name_edit = self.form.add_line_edit("display_name", self.tr("Full name"))
        self.username_edit.setMaxLength(USERNAME_MAX)
        self.name_edit.setMaxLength(DISPLAY_NAME_MAX)
        self.role_combo = role_combo(Role.CLERK)
        self.form.add_field("role", self.tr("Role"), self.role_combo)
        self.password_edit = password_edit("password")
        self.repeat_edit = password_edit("password_repeat")
        self.form.add_field("password", self.tr("Password"), self.password_edit)
        self.form.add_field("password_repeat", self.tr("Repeat password"), self.repeat_edit)

    def save(self) -> UserInfo:
        username, name = self.username_edit.text(), self.name_edit.text()
        password = self.password_edit.text()
        self._accounts.validate_new_user(username, name, password)
        check_repeat(password, self.repeat_edit.text())
        role = Role(self.role_combo.currentData())
        return self._accounts.create_user(self._actor, username, name, role, password)


class SetActiveDialog(_ChangeDialog):
    """Disable (reason required: it stays in the audit log) or enable an account."""

    @property
    def activate(self) -> bool:
        return not self.target.active

    def _intro(self) -> str:
        if self.activate:
            return self.tr("Enable {name} ({username}) so they can log in again.")
        return self.tr(
            "Disable {name} ({username}): they can no longer log in. The account and "
            "everything it did stay on record."
        )

    def _add_fields(self) -> None:
        self.setWindowTitle(self.tr("Enable user") if self.activate else self.tr("Disable user"))
        self.reason_edit = self.form.add_line_edit(
            "reason", self.tr("Reason"), self.tr("e.g. left the company")
        )
        self.reason_edit.setMaxLength(MAX_REASON)

    def save(self) -> UserInfo:
        reason = self.reason_edit.text()
        if not self.activate and not reason.strip():
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "Enter the reason."), field="reason"
            )
        return self._accounts.set_active(self._actor, self.target.id, self.activate, reason)


class ResetPasswordDialog(_ChangeDialog):
    def _intro(self) -> str:
        return self.tr("New password for {name} ({username}). Tell it to them in person.")

    def _add_fields(self) -> None:
        self.setWindowTitle(self.tr("Reset password"))
        self.password_edit = password_edit("password")
        self.repeat_edit = password_edit("password_repeat")
        self.form.add_field("password", self.tr("New password"), self.password_edit)
        self.form.add_field("password_repeat", self.tr("Repeat password"), self.repeat_edit)

    def save(self) -> UserInfo:
        password = self.password_edit.text()
        check_repeat(password, self.repeat_edit.text())
        return self._accounts.reset_password(self._actor, self.target.id, password)


class ChangeRoleDialog(_ChangeDialog):
    def _intro(self) -> str:
        return self.tr("What {name} ({username}) may do from now on.")

    def _add_fields(self) -> None:
        self.setWindowTitle(self.tr("Change role"))
        self.role_combo = role_combo(self.target.role)
        self.form.add_field("role", self.tr("Role"), self.role_combo)

    def save(self) -> UserInfo:
        role = Role(self.role_combo.currentData())
        return self._accounts.change_role(self._actor, self.target.id, role)
