"""Users tab through its real widgets: add, disable/enable, reset password, change role."""

from __future__ import annotations

from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from propdesk.domain.roles import Role
from propdesk.errors import ValidationError
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.core.audit import AuditFilter
from propdesk.ui.role_names import role_name
from propdesk.ui.tabs.users.tab import UsersTab
from propdesk.ui.tabs.users.user_form import (
    AddUserDialog,
    ChangeRoleDialog,
    ResetPasswordDialog,
    SetActiveDialog,
)
from propdesk.ui.tabs.users.users_model import (
    COL_ACTIVE,
    COL_LAST_LOGIN,
    COL_ROLE,
    COL_USERNAME,
    UsersTableModel,
)
from tests.gui.conftest import ADMIN, PASSWORD, Boxes, actor_of, add_user
from tests.gui.keys import type_text

D = TypeVar("D", bound=QDialog)


def _tab(qtbot: QtBot, services: Services, actor: Actor) -> UsersTab:
    tab = UsersTab(services, actor)
    qtbot.addWidget(tab)
    tab.resize(900, 500)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def _click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _dialog(qtbot: QtBot, tab: UsersTab, kind: type[D]) -> D:
    shown = [d for d in tab.findChildren(kind) if d.isVisible()]
    assert len(shown) == 1, f"no {kind.__name__} open"
    dialog = shown[0]
    qtbot.waitExposed(dialog)
    assert dialog.isModal() or dialog.windowModality() != Qt.WindowModality.NonModal
    return dialog


def _select(qtbot: QtBot, tab: UsersTab, username: str) -> None:
    for row in range(tab.model.rowCount()):
        index = tab.model.index(row, COL_USERNAME)
        if index.data() == username:
            rect = tab.view.visualRect(index)
            qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            selected = tab.selected_user()
            assert selected is not None
            assert selected.username == username
            return
    raise AssertionError(f"{username} not listed")


def _row(tab: UsersTab, username: str) -> dict[int, str]:
    for row in range(tab.model.rowCount()):
        if tab.model.index(row, COL_USERNAME).data() == username:
            return {c: tab.model.index(row, c).data() for c in range(tab.model.columnCount())}
    raise AssertionError(f"{username} not listed")


def test_add_a_user_with_the_keyboard(qtbot: QtBot, ready_services: Services, admin: Actor) -> None:
    tab = _tab(qtbot, ready_services, admin)
    _click(qtbot, tab.add_button)
    dialog = _dialog(qtbot, tab, AddUserDialog)
    qtbot.keyClicks(dialog.username_edit, "li.si")
    dialog.name_edit.setFocus()
    type_text(dialog.name_edit, "李四")
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(Role.GUARD.value))
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    qtbot.keyClicks(dialog.repeat_edit, PASSWORD)
    qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Return)

    assert dialog.result() == QDialog.DialogCode.Accepted
    row = _row(tab, "li.si")
    assert row[COL_ROLE] == role_name(Role.GUARD) == "Guard"
    assert row[COL_ACTIVE] == "Active"
    assert row[COL_LAST_LOGIN] == "never"
    selected = tab.selected_user()
    assert selected is not None
    assert selected.username == "li.si"  # the new account is selected
    assert ready_services.accounts.login("li.si", PASSWORD).display_name == "李四"


@pytest.mark.parametrize(
    ("username", "password", "repeat", "field", "fragment"),
    [
        ("x", PASSWORD, PASSWORD, "username", "user name"),
        ("li.si", "123", "123", "password", "at least 6"),
        ("li.si", PASSWORD, "other-pass", "password_repeat", "differ"),
        (ADMIN, PASSWORD, PASSWORD, "username", "taken"),
    ],
)
def test_bad_input_stays_in_the_dialog_next_to_the_field(
    qtbot: QtBot,
    ready_services: Services,
    admin: Actor,
    username: str,
    password: str,
    repeat: str,
    field: str,
    fragment: str,
) -> None:
    tab = _tab(qtbot, ready_services, admin)
    _click(qtbot, tab.add_button)
    dialog = _dialog(qtbot, tab, AddUserDialog)
    dialog.username_edit.setText(username)
    dialog.name_edit.setText("李四")
    dialog.password_edit.setText(password)
    dialog.repeat_edit.setText(repeat)
    qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert fragment in dialog.form.error_text(field)
    assert len(ready_services.accounts.list_users(admin)) == 1


def test_disable_needs_a_reason_and_enable_brings_the_account_back(
    qtbot: QtBot, ready_services: Services, admin: Actor
) -> None:
    add_user(ready_services, admin, "zhang.san", "张三", Role.GUARD)
    tab = _tab(qtbot, ready_services, admin)
    assert not tab.active_button.isEnabled()  # nothing selected yet
    _select(qtbot, tab, "zhang.san")
    assert tab.active_button.text() == "Disable…"
    _click(qtbot, tab.active_button)
    dialog = _dialog(qtbot, tab, SetActiveDialog)
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    assert "reason" in dialog.form.error_text("reason")
    dialog.reason_edit.setFocus()
    type_text(dialog.reason_edit, "离职")
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted

    assert _row(tab, "zhang.san")[COL_ACTIVE] == "Disabled"
    greyed = [
        tab.model.index(r, COL_USERNAME).data(Qt.ItemDataRole.ForegroundRole) is not None
        for r in range(tab.model.rowCount())
    ]
    assert greyed == [False, True]  # admin, zhang.san
    with pytest.raises(ValidationError):
        ready_services.accounts.login("zhang.san", PASSWORD)
    entry = ready_services.audit.page(admin, AuditFilter(entity="user")).rows[0]
    assert (entry.reason, entry.after) == ("离职", {"active": False})

    assert tab.active_button.text() == "Enable…"
    _click(qtbot, tab.active_button)
    dialog = _dialog(qtbot, tab, SetActiveDialog)
    assert dialog.activate
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)  # no reason needed to enable
    assert _row(tab, "zhang.san")[COL_ACTIVE] == "Active"
    assert ready_services.accounts.login("zhang.san", PASSWORD).active


def test_the_admin_cannot_disable_themselves(
    qtbot: QtBot, ready_services: Services, admin: Actor, boxes: Boxes
) -> None:
    tab = _tab(qtbot, ready_services, admin)
    _select(qtbot, tab, ADMIN)
    _click(qtbot, tab.active_button)
    dialog = _dialog(qtbot, tab, SetActiveDialog)
    dialog.reason_edit.setText("test")
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert any("disable yourself" in text for text in boxes.texts())
    assert _row(tab, ADMIN)[COL_ACTIVE] == "Active"


def test_reset_password(qtbot: QtBot, ready_services: Services, admin: Actor) -> None:
    add_user(ready_services, admin, "zhang.san", "张三", Role.GUARD)
    tab = _tab(qtbot, ready_services, admin)
    _select(qtbot, tab, "zhang.san")
    _click(qtbot, tab.reset_button)
    dialog = _dialog(qtbot, tab, ResetPasswordDialog)
    qtbot.keyClicks(dialog.password_edit, "new-pass-1")
    qtbot.keyClicks(dialog.repeat_edit, "new-pass-2")
    qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Return)
    assert "differ" in dialog.form.error_text("password_repeat")
    dialog.repeat_edit.setText("new-pass-1")
    qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    with pytest.raises(ValidationError):
        ready_services.accounts.login("zhang.san", PASSWORD)
    assert ready_services.accounts.login("zhang.san", "new-pass-1").username == "zhang.san"


def test_change_role(qtbot: QtBot, ready_services: Services, admin: Actor) -> None:
    add_user(ready_services, admin, "zhang.san", "张三", Role.GUARD)
    tab = _tab(qtbot, ready_services, admin)
    _select(qtbot, tab, "zhang.san")
    _click(qtbot, tab.role_button)
    dialog = _dialog(qtbot, tab, ChangeRoleDialog)
    assert dialog.role_combo.currentData() == Role.GUARD.value
    dialog.role_combo.setFocus()
    while dialog.role_combo.currentData() != Role.MANAGER.value:
        qtbot.keyClick(dialog.role_combo, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.role_combo, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert _row(tab, "zhang.san")[COL_ROLE] == "Manager"
    assert ready_services.accounts.login("zhang.san", PASSWORD).role is Role.MANAGER


def test_manager_sees_the_list_read_only(
    qtbot: QtBot, ready_services: Services, admin: Actor
) -> None:
    manager = add_user(ready_services, admin, "boss", "老板", Role.MANAGER)
    tab = _tab(qtbot, ready_services, actor_of(ready_services, manager))
    assert tab.model.rowCount() == 2
    for button in (tab.add_button, tab.active_button, tab.reset_button, tab.role_button):
        assert not button.isVisible()


def test_users_model(qtmodeltester: ModelTester, ready_services: Services, admin: Actor) -> None:
    add_user(ready_services, admin, "zhang.san", "张三", Role.GUARD)
    ready_services.accounts.login(ADMIN, "secret-1")
    model = UsersTableModel()
    model.set_users(ready_services.accounts.list_users(admin))
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.headerData(COL_ROLE, Qt.Orientation.Horizontal) == "Role"
    assert model.index(0, COL_LAST_LOGIN).data() != "never"  # the admin logged in
    assert model.index(0, COL_USERNAME).data(Qt.ItemDataRole.DecorationRole) is None
