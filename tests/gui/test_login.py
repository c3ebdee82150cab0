from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from propdesk.config import Paths, Settings, save_settings
from propdesk.domain.roles import Role
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.station.accounts import FREE_ATTEMPTS
from propdesk.ui import gui_main
from propdesk.ui.first_start_dialog import FirstStartDialog
from propdesk.ui.login_dialog import LoginDialog
from tests.gui.conftest import ADMIN, ADMIN_PASSWORD, PASSWORD, add_user, log_in_at_start


def _dialog(qtbot: QtBot, services: Services) -> LoginDialog:
    dialog = LoginDialog(services.accounts, "翠湖花园", "岗亭")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_keyboard_only_login(qtbot: QtBot, ready_services: Services, admin: Actor) -> None:
    add_user(ready_services, admin, "zhang.san", "张三", Role.GUARD)
    dialog = _dialog(qtbot, ready_services)
    panel = dialog.panel
    assert panel.username_edit.hasFocus()
    qtbot.keyClicks(panel.username_edit, "Zhang.San")
    qtbot.keyClick(panel.username_edit, Qt.Key.Key_Tab)
    assert panel.password_edit.hasFocus()
    qtbot.keyClicks(panel.password_edit, PASSWORD)
    with qtbot.waitSignal(panel.logged_in):
        qtbot.keyClick(panel.password_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.user is not None
    assert (dialog.user.username, dialog.user.role) == ("zhang.san", Role.GUARD)


def test_enter_in_the_user_name_moves_to_the_password(
    qtbot: QtBot, ready_services: Services, admin: Actor
) -> None:
    del admin
    dialog = _dialog(qtbot, ready_services)
    qtbot.keyClicks(dialog.panel.username_edit, ADMIN)
    qtbot.keyClick(dialog.panel.username_edit, Qt.Key.Key_Return)
    assert dialog.panel.password_edit.hasFocus()
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.panel.password_edit, ADMIN_PASSWORD)
    qtbot.keyClick(dialog.panel.password_edit, Qt.Key.Key_Enter)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_wrong_password_is_shown_next_to_the_password(
    qtbot: QtBot, ready_services: Services, admin: Actor
) -> None:
    del admin
    dialog = _dialog(qtbot, ready_services)
    panel = dialog.panel
    qtbot.keyClicks(panel.username_edit, ADMIN)
    qtbot.keyClick(panel.username_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(panel.password_edit, "not-it")
    qtbot.keyClick(panel.password_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "Wrong user name or password" in panel.form.error_text("password")
    assert panel.password_edit.text() == ""  # typed again from scratch
    assert panel.password_edit.hasFocus()
    qtbot.keyClicks(panel.password_edit, ADMIN_PASSWORD)
    qtbot.keyClick(panel.password_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert panel.form.error_text("password") == ""


def test_repeated_failures_say_how_long_to_wait(
    qtbot: QtBot, ready_services: Services, admin: Actor
) -> None:
    del admin
    dialog = _dialog(qtbot, ready_services)
    panel = dialog.panel
    panel.username_edit.setText(ADMIN)
    for _ in range(FREE_ATTEMPTS + 1):
        panel.password_edit.setText("wrong")
        qtbot.keyClick(panel.password_edit, Qt.Key.Key_Return)
    panel.password_edit.setText(ADMIN_PASSWORD)
    qtbot.keyClick(panel.password_edit, Qt.Key.Key_Return)
    assert "Too many wrong passwords" in panel.form.error_text("password")
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_quit_button_rejects(qtbot: QtBot, ready_services: Services) -> None:
    dialog = _dialog(qtbot, ready_services)
    qtbot.mouseClick(dialog.panel.quit_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_open_window_logs_in_and_the_window_acts_as_that_person(
    qtbot: QtBot,
    english: Services,
    admin: Actor,
    paths: Paths,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_user(english, admin, "zhang.san", "张三", Role.GUARD)
    monkeypatch.setattr(LoginDialog, "exec", log_in_at_start("zhang.san", PASSWORD))
    window, services, code = gui_main.open_window(paths)
    assert window is not None
    assert services is not None
    qtbot.addWidget(window)
    try:
        assert code == gui_main.EXIT_OK
        assert window.actor.username == "zhang.san"
        assert window.actor.role is Role.GUARD
        assert window.actor.station == "岗亭"
        assert "张三" in window.user_status.text()
        assert window.module_tabs.get("users_tab") is None  # a guard has no Users tab
    finally:
        window.close()
        services.close()


def test_cancelled_login_opens_no_window(
    english: Services, admin: Actor, paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    del admin
    monkeypatch.setattr(LoginDialog, "exec", lambda self: QDialog.DialogCode.Rejected.value)
    assert gui_main.open_window(paths) == (None, None, gui_main.EXIT_CANCELLED)


def test_first_start_then_login(
    qtbot: QtBot, paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    def first_start(self: FirstStartDialog) -> int:
        self.estate_edit.setText("翠湖花园")
        self.station_edit.setEditText("岗亭")
        self.username_edit.setText("boss")
        self.name_edit.setText("王经理")
        self.password_edit.setText(ADMIN_PASSWORD)
        self.repeat_edit.setText(ADMIN_PASSWORD)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return self.result()

    monkeypatch.setattr(FirstStartDialog, "exec", first_start)
    monkeypatch.setattr(LoginDialog, "exec", log_in_at_start("boss", ADMIN_PASSWORD))
    paths.ensure()
    save_settings(paths, Settings(language="en"))
    window, services, _code = gui_main.open_window(paths)
    assert window is not None
    assert services is not None
    qtbot.addWidget(window)
    try:
        assert window.actor.username == "boss"
        assert window.actor.role is Role.ADMIN
        assert window.module_tabs.get("users_tab") is not None
    finally:
        window.close()
        services.close()
