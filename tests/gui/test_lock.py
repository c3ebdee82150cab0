"""Quick switch at a change of shift: lock, the next person logs in, nothing closed."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from propdesk.config import load_settings
from propdesk.domain.roles import Role
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.ui.daily_job_notices import MINUTE_MS
from propdesk.ui.idle_lock_dialog import IdleLockDialog
from propdesk.ui.main_window import MainWindow
from propdesk.ui.tabs.users.user_form import AddUserDialog
from tests.gui.conftest import ADMIN, ADMIN_PASSWORD, PASSWORD, add_user


def _window(qtbot: QtBot, services: Services, actor: Actor) -> MainWindow:
    window = MainWindow(services, actor)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def _log_in(qtbot: QtBot, window: MainWindow, username: str, password: str) -> None:
    panel = window.lock_screen.panel
    assert panel.username_edit.hasFocus()
    qtbot.keyClicks(panel.username_edit, username)
    qtbot.keyClick(panel.username_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(panel.password_edit, password)
    qtbot.keyClick(panel.password_edit, Qt.Key.Key_Return)


def test_ctrl_l_locks_and_the_next_person_logs_in(
    qtbot: QtBot, ready_services: Services, admin: Actor
) -> None:
    add_user(ready_services, admin, "zhang.san", "张三", Role.GUARD)
    window = _window(qtbot, ready_services, admin)
    assert "王经理" in window.user_status.text()
    assert window.module_tabs.get("users_tab") is not None
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    assert window.locked
    assert window.stack.currentWidget() is window.lock_screen
    assert not window.tabs.isVisible()  # nothing of the data shows
    assert window.user_status.text() == "Locked"
    assert not window.backup_action.isEnabled()
    assert not window.lock_button.isEnabled()

    _log_in(qtbot, window, "zhang.san", PASSWORD)
    assert not window.locked
    assert window.tabs.isVisible()
    assert window.actor.username == "zhang.san"
    assert window.actor.role is Role.GUARD
    assert window.actor.station == "岗亭"
    assert "张三" in window.user_status.text()
    assert "Guard" in window.user_status.text()
    # The tabs and menus are those of a guard now.
    assert window.module_tabs.get("users_tab") is None
    assert window.module_tabs.get("audit_tab") is None
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "Home",
        "Gate",
        "Repairs",
        "Patrol",
        "Work plan",
        "Residents && units",
        "Staff",
    ]
    assert not window.restore_action.isVisible()
    assert window.backup_action.isVisible()
    assert window.backup_action.isEnabled()


def test_lock_button_and_a_wrong_password_keep_it_locked(
    qtbot: QtBot, ready_services: Services, admin: Actor
) -> None:
    window = _window(qtbot, ready_services, admin)
    qtbot.mouseClick(window.lock_button, Qt.MouseButton.LeftButton)
    assert window.locked
    _log_in(qtbot, window, ADMIN, "wrong")
    assert window.locked
    panel = window.lock_screen.panel
    assert "Wrong user name or password" in panel.form.error_text("password")
    qtbot.keyClicks(panel.password_edit, ADMIN_PASSWORD)
    qtbot.keyClick(panel.password_edit, Qt.Key.Key_Return)
    assert not window.locked
    assert window.actor.username == ADMIN
    assert window.module_tabs.get("users_tab") is not None


def test_escape_does_not_unlock(qtbot: QtBot, ready_services: Services, admin: Actor) -> None:
    window = _window(qtbot, ready_services, admin)
    window.lock()
    qtbot.keyClick(window.lock_screen.panel.username_edit, Qt.Key.Key_Escape)
    assert window.locked
    assert window.isVisible()


def test_quit_from_the_lock_screen_closes_the_window(
    qtbot: QtBot, ready_services: Services, admin: Actor
) -> None:
    window = _window(qtbot, ready_services, admin)
    window.lock()
    qtbot.mouseClick(window.lock_screen.panel.quit_button, Qt.MouseButton.LeftButton)
    assert not window.isVisible()


def test_locking_closes_a_half_filled_dialog(
    qtbot: QtBot, ready_services: Services, admin: Actor
) -> None:
    window = _window(qtbot, ready_services, admin)
    assert window.module_tabs.get("users_tab") is not None
    window.tabs.setCurrentWidget(window.module_tabs.get("users_tab"))
    qtbot.mouseClick(window.module_tabs.get("users_tab").add_button, Qt.MouseButton.LeftButton)
    dialog = window.module_tabs.get("users_tab").findChild(AddUserDialog)
    assert dialog is not None
    assert dialog.isVisible()
    dialog.username_edit.setText("half.done")
    window.lock()
    assert not dialog.isVisible()
    assert [u.username for u in ready_services.accounts.list_users(admin)] == [ADMIN]


def test_idle_window_locks_itself(qtbot: QtBot, ready_services: Services, admin: Actor) -> None:
    ready_services.settings.set_idle_lock_minutes(5)
    window = _window(qtbot, ready_services, admin)
    assert window.idle_watcher.timeout_ms == 5 * MINUTE_MS
    window.idle_watcher.set_timeout_ms(100)  # 5 minutes are too long for a test
    qtbot.waitUntil(lambda: window.locked, timeout=5000)
    assert "without use" in window.lock_screen.message.text()
    assert not window.idle_watcher.timer.isActive()  # nothing to count while locked
    _log_in(qtbot, window, ADMIN, ADMIN_PASSWORD)
    assert not window.locked
    assert window.idle_watcher.timer.isActive()


def test_input_restarts_the_idle_countdown(
    qtbot: QtBot, ready_services: Services, admin: Actor
) -> None:
    window = _window(qtbot, ready_services, admin)
    timer = window.idle_watcher.timer
    window.idle_watcher.set_timeout_ms(10_000)
    assert timer.isActive()
    timer.stop()  # as if it had nearly run out
    qtbot.keyClick(window.tabs, Qt.Key.Key_Shift)
    assert timer.isActive()
    assert timer.remainingTime() > 9_000
    timer.stop()
    qtbot.mouseMove(window.tabs, QPoint(10, 10))
    qtbot.mouseMove(window.tabs, QPoint(20, 20))
    assert timer.isActive()
    timer.stop()
    qtbot.mouseClick(window.tabs, Qt.MouseButton.LeftButton)
    assert timer.isActive()
    assert not window.locked


def test_auto_lock_off_removes_the_watcher(
    qtbot: QtBot, ready_services: Services, admin: Actor
) -> None:
    window = _window(qtbot, ready_services, admin)
    assert window.idle_watcher.timeout_ms == 0
    assert not window.idle_watcher.timer.isActive()
    window.idle_watcher.set_timeout_ms(50)
    window.idle_watcher.set_timeout_ms(0)
    qtbot.wait(150)
    assert not window.locked


def test_auto_lock_setting_from_the_settings_menu(
    qtbot: QtBot, ready_services: Services, admin: Actor
) -> None:
    window = _window(qtbot, ready_services, admin)
    window.idle_action.trigger()
    dialog = window.findChild(IdleLockDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    spin = dialog.minutes_edit
    spin.selectAll()
    qtbot.keyClicks(spin, "15")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert load_settings(ready_services.paths).settings.idle_lock_minutes == 15
    assert window.idle_watcher.timeout_ms == 15 * MINUTE_MS
    QApplication.processEvents()


def test_guard_cannot_change_station_settings(
    qtbot: QtBot, ready_services: Services, admin: Actor
) -> None:
    guard = add_user(ready_services, admin, "zhang.san", "张三", Role.GUARD)
    window = _window(qtbot, ready_services, ready_services.accounts.actor_for(guard, "岗亭"))
    assert not window.idle_action.isVisible()
    assert not window.station_action.isVisible()
