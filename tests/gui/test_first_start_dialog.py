from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from propdesk.config import load_settings
from propdesk.domain.roles import Role
from propdesk.services.bootstrap import Services
from propdesk.ui.first_start_dialog import FirstStartDialog
from propdesk.ui.gui_main import needs_first_start
from tests.gui.conftest import ADMIN_PASSWORD
from tests.gui.keys import type_text


def _dialog(qtbot: QtBot, services: Services) -> FirstStartDialog:
    dialog = FirstStartDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _fill_admin(dialog: FirstStartDialog, repeat: str = ADMIN_PASSWORD) -> None:
    dialog.username_edit.setText("admin")
    dialog.name_edit.setText("王经理")
    dialog.password_edit.setText(ADMIN_PASSWORD)
    dialog.repeat_edit.setText(repeat)


def _nothing_written(services: Services) -> bool:
    return (
        services.estate.get() is None
        and not services.paths.settings_file.exists()
        and not services.accounts.has_users()
    )


def test_keyboard_only_first_start_creates_the_first_admin(
    qtbot: QtBot, services: Services
) -> None:
    assert needs_first_start(services)
    dialog = _dialog(qtbot, services)
    assert dialog.asks_admin
    dialog.estate_edit.setFocus()
    type_text(dialog.estate_edit, "翠湖花园")
    qtbot.keyClick(dialog.estate_edit, Qt.Key.Key_Tab)
    assert dialog.station_edit.hasFocus()
    dialog.station_edit.lineEdit().selectAll()
    type_text(dialog.station_edit.lineEdit(), "岗亭")
    qtbot.keyClick(dialog.station_edit.lineEdit(), Qt.Key.Key_Tab)
    assert dialog.username_edit.hasFocus()
    qtbot.keyClicks(dialog.username_edit, "Admin")
    qtbot.keyClick(dialog.username_edit, Qt.Key.Key_Tab)
    assert dialog.name_edit.hasFocus()
    type_text(dialog.name_edit, "王经理")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Tab)
    assert dialog.password_edit.hasFocus()
    qtbot.keyClicks(dialog.password_edit, ADMIN_PASSWORD)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Tab)
    assert dialog.repeat_edit.hasFocus()
    qtbot.keyClicks(dialog.repeat_edit, ADMIN_PASSWORD)
    qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Return)

    assert dialog.result() == QDialog.DialogCode.Accepted
    estate = services.estate.get()
    assert estate is not None
    assert estate.name == "翠湖花园"
    assert load_settings(services.paths).settings.station_name == "岗亭"
    assert dialog.admin is not None
    assert (dialog.admin.username, dialog.admin.role) == ("admin", Role.ADMIN)
    assert services.accounts.login("admin", ADMIN_PASSWORD).display_name == "王经理"
    assert not needs_first_start(services)


def test_empty_estate_shows_message_next_to_field_and_saves_nothing(
    qtbot: QtBot, services: Services
) -> None:
    dialog = _dialog(qtbot, services)
    dialog.station_edit.setEditText("岗亭")
    _fill_admin(dialog)
    qtbot.keyClick(dialog.estate_edit, Qt.Key.Key_Return)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "estate name" in dialog.form.error_text("estate_name")
    assert dialog.estate_edit.hasFocus()
    assert _nothing_written(services)


def test_empty_station_shows_message_and_saves_nothing(qtbot: QtBot, services: Services) -> None:
    dialog = _dialog(qtbot, services)
    dialog.estate_edit.setText("翠湖花园")
    dialog.station_edit.setEditText("  ")
    _fill_admin(dialog)
    qtbot.keyClick(dialog.estate_edit, Qt.Key.Key_Return)
    assert "station name" in dialog.form.error_text("station_name")
    assert _nothing_written(services)


def test_bad_admin_fields_are_all_shown_and_nothing_is_written(
    qtbot: QtBot, services: Services
) -> None:
    dialog = _dialog(qtbot, services)
    dialog.estate_edit.setText("翠湖花园")
    dialog.station_edit.setEditText("")
    dialog.username_edit.setText("a")  # too short
    dialog.password_edit.setText(ADMIN_PASSWORD)
    dialog.repeat_edit.setText("something else")
    qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Return)
    assert dialog.result() != QDialog.DialogCode.Accepted
    # Every problem at once, the first one focused.
    assert "station name" in dialog.form.error_text("station_name")
    assert "user name" in dialog.admin_form.error_text("username")
    assert "differ" in dialog.admin_form.error_text("password_repeat")
    assert dialog.station_edit.hasFocus()
    assert _nothing_written(services)


def test_short_password_is_refused_next_to_the_field(qtbot: QtBot, services: Services) -> None:
    dialog = _dialog(qtbot, services)
    dialog.estate_edit.setText("翠湖花园")
    dialog.station_edit.setEditText("岗亭")
    _fill_admin(dialog)
    dialog.password_edit.setText("123")
    dialog.repeat_edit.setText("123")
    qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Return)
    assert "at least 6" in dialog.admin_form.error_text("password")
    assert dialog.password_edit.hasFocus()
    assert _nothing_written(services)


def test_existing_accounts_are_not_asked_for_again(qtbot: QtBot, services: Services) -> None:
    services.accounts.create_first_admin("admin", "王经理", ADMIN_PASSWORD, "岗亭")
    assert needs_first_start(services)  # estate and station still missing
    dialog = _dialog(qtbot, services)
    assert not dialog.asks_admin
    assert not dialog.username_edit.isVisible()
    dialog.estate_edit.setText("翠湖花园")
    dialog.station_edit.setEditText("岗亭")
    qtbot.keyClick(dialog.estate_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not needs_first_start(services)
