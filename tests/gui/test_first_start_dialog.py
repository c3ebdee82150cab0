from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from propdesk.config import load_settings
from propdesk.services.bootstrap import Services
from propdesk.ui.first_start_dialog import FirstStartDialog
from propdesk.ui.gui_main import needs_first_start
from tests.gui.keys import type_text


def _dialog(qtbot: QtBot, services: Services) -> FirstStartDialog:
    dialog = FirstStartDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_keyboard_only_first_start(qtbot: QtBot, services: Services) -> None:
    assert needs_first_start(services)
    dialog = _dialog(qtbot, services)
    dialog.estate_edit.setFocus()
    type_text(dialog.estate_edit, "翠湖花园")
    qtbot.keyClick(dialog.estate_edit, Qt.Key.Key_Tab)
    assert dialog.station_edit.hasFocus()
    dialog.station_edit.lineEdit().selectAll()
    type_text(dialog.station_edit.lineEdit(), "岗亭")
    qtbot.keyClick(dialog.station_edit.lineEdit(), Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    estate = services.estate.get()
    assert estate is not None
    assert estate.name == "翠湖花园"
    assert load_settings(services.paths).settings.station_name == "岗亭"
    assert not needs_first_start(services)


def test_empty_estate_shows_message_next_to_field_and_saves_nothing(
    qtbot: QtBot, services: Services
) -> None:
    dialog = _dialog(qtbot, services)
    dialog.station_edit.setEditText("岗亭")
    qtbot.keyClick(dialog.estate_edit, Qt.Key.Key_Return)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "estate name" in dialog.form.error_text("estate_name")
    assert dialog.estate_edit.hasFocus()
    assert services.estate.get() is None
    assert not services.paths.settings_file.exists()


def test_empty_station_shows_message_and_saves_nothing(qtbot: QtBot, services: Services) -> None:
    dialog = _dialog(qtbot, services)
    dialog.estate_edit.setText("翠湖花园")
    dialog.station_edit.setEditText("  ")
    qtbot.keyClick(dialog.estate_edit, Qt.Key.Key_Return)
    assert "station name" in dialog.form.error_text("station_name")
    assert services.estate.get() is None
