"""Settings → Station and Settings → Auto-lock: each opens in its field (typed into at
once), Tab goes on to OK and Cancel, and a refused value is shown under the field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from propdesk.services.bootstrap import Services
from propdesk.ui.idle_lock_dialog import IdleLockDialog
from propdesk.ui.station_dialog import StationDialog
from propdesk.ui.widgets.form_dialog import FormDialog
from tests.gui.keys import type_text


def _open(qtbot: QtBot, dialog: FormDialog) -> FormDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _tab_order(dialog: FormDialog) -> list[str]:
    names = []
    for _ in range(3):
        widget = QApplication.focusWidget()
        assert widget is not None
        names.append(widget.objectName() or widget.text())  # type: ignore[attr-defined]
        dialog.focusNextChild()
    return names


def test_station_dialog_opens_in_its_field_and_refuses_an_empty_name(
    qtbot: QtBot, ready_services: Services
) -> None:
    dialog = _open(qtbot, StationDialog(ready_services.settings))
    assert isinstance(dialog, StationDialog)
    assert dialog.name_edit.hasFocus()
    assert _tab_order(dialog) == ["station_name", "OK", "Cancel"]
    dialog.name_edit.clear()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "station name" in dialog.form.error_text("station_name")
    type_text(dialog.name_edit, "前台")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert ready_services.settings.current.station_name == "前台"


def test_idle_lock_dialog_opens_in_its_field(qtbot: QtBot, ready_services: Services) -> None:
    dialog = _open(qtbot, IdleLockDialog(ready_services.settings))
    assert isinstance(dialog, IdleLockDialog)
    assert dialog.minutes_edit.hasFocus()
    assert dialog.intro.isVisible()
    assert "0 turns auto-lock off" in dialog.intro.text()
    assert _tab_order(dialog) == ["idle_lock_minutes", "OK", "Cancel"]
    dialog.minutes_edit.setValue(20)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert ready_services.settings.current.idle_lock_minutes == 20
