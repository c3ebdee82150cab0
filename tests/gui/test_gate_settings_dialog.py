"""Settings → Gate…: the tariff and visitor limits, and the daily retention check of the
main window that goes with them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QDialogButtonBox
from pytestqt.qtbot import QtBot

from propdesk.domain.gate.tariff import Tariff
from propdesk.domain.roles import Role
from propdesk.errors import StorageError, StorageProblem
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.gate.retention import PurgeResult
from propdesk.services.gate.service import GateServices
from propdesk.services.gate.settings import GateSettings
from propdesk.store.base import utcnow
from propdesk.ui.main_window import MainWindow
from propdesk.ui.tabs.gate.settings_dialog import GateSettingsDialog
from tests.gui.conftest import actor_of, add_user


def _dialog(qtbot: QtBot, services: Services, actor: Actor) -> GateSettingsDialog:
    dialog = GateSettingsDialog(services.module(GateServices).settings, actor)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _saved(services: Services) -> GateSettings:
    """The gate settings in force, as the services read them."""
    return services.module(GateServices).settings.gate()


def _retype(qtbot: QtBot, box: QAbstractSpinBox, text: str) -> None:
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, text)


def test_shows_the_current_values(qtbot: QtBot, ready_services: Services, admin: Actor) -> None:
    dialog = _dialog(qtbot, ready_services, admin)
    assert dialog.values() == {
        "free_minutes": 30,
        "rate_per_hour_fen": 500,
        "daily_cap_fen": 3000,
        "residents_free": True,
        "visitor_overdue_hour": 22,
        "visitor_retention_days": 180,
    }
    assert dialog.rate_edit.text() == "¥5.00"
    assert dialog.overdue_hour_edit.text() == "22:00"
    assert not dialog.read_only


def test_change_with_the_keyboard_and_save(
    qtbot: QtBot, ready_services: Services, admin: Actor
) -> None:
    dialog = _dialog(qtbot, ready_services, admin)
    _retype(qtbot, dialog.free_minutes_edit, "15")
    _retype(qtbot, dialog.rate_edit, "4.35")  # 4.35 * 100 is 434.99… as a float
    _retype(qtbot, dialog.cap_edit, "28.70")
    dialog.residents_free_box.setFocus()
    qtbot.keyClick(dialog.residents_free_box, Qt.Key.Key_Space)
    _retype(qtbot, dialog.overdue_hour_edit, "21")
    assert dialog.overdue_hour_edit.text() == "21:00"
    _retype(qtbot, dialog.retention_edit, "90")
    qtbot.keyClick(dialog.retention_edit, Qt.Key.Key_Return)
    assert dialog.result() == GateSettingsDialog.DialogCode.Accepted
    assert _saved(ready_services) == GateSettings(
        Tariff(free_minutes=15, rate_per_hour_fen=435, daily_cap_fen=2870, residents_free=False),
        visitor_overdue_hour=21,
        visitor_retention_days=90,
    )


def test_a_refused_value_is_shown_next_to_its_field(
    qtbot: QtBot, ready_services: Services, admin: Actor
) -> None:
    dialog = _dialog(qtbot, ready_services, admin)
    # The spin box keeps to the service's range; the service stays the authority.
    dialog.retention_edit.setMinimum(1)
    _retype(qtbot, dialog.free_minutes_edit, "45")
    _retype(qtbot, dialog.retention_edit, "3")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible()
    assert "7 to 3650 days" in dialog.form.error_text("visitor_retention_days")
    assert dialog.form.error_text("parking_free_minutes") == ""
    assert dialog.focusWidget() is dialog.retention_edit
    # The dialog grew for the message instead of squeezing its rows.
    assert dialog.height() >= dialog.sizeHint().height()
    assert _saved(ready_services) == GateSettings(Tariff())  # nothing written
    _retype(qtbot, dialog.retention_edit, "30")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not dialog.isVisible()
    assert _saved(ready_services).visitor_retention_days == 30


def test_read_only_for_a_guard(qtbot: QtBot, ready_services: Services, admin: Actor) -> None:
    guard = actor_of(
        ready_services, add_user(ready_services, admin, "zhang.bao", "张保安", Role.GUARD)
    )
    dialog = _dialog(qtbot, ready_services, guard)
    assert dialog.read_only
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok) is None
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Close) is not None
    assert not dialog.residents_free_box.isEnabled()
    _retype(qtbot, dialog.free_minutes_edit, "99")
    assert dialog.free_minutes_edit.value() == 30
    qtbot.keyClick(dialog.free_minutes_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert _saved(ready_services) == GateSettings(Tariff())


# -- the main window --------------------------------------------------------------------
def _window(qtbot: QtBot, services: Services, actor: Actor) -> MainWindow:
    window = MainWindow(services, actor)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _idle(qtbot: QtBot, window: MainWindow) -> None:
    """Wait for the retention check's thread, then let its signal reach the window."""
    thread = window.daily_jobs_thread
    assert thread is not None
    thread.join(30)
    assert not thread.is_alive()
    qtbot.wait(10)


def test_settings_menu_opens_the_dialog_for_who_may_view_settings(
    qtbot: QtBot, ready_services: Services, admin: Actor
) -> None:
    window = _window(qtbot, ready_services, admin)
    assert window.settings_actions["gate_settings_action"][0].isVisible()
    window.settings_actions["gate_settings_action"][0].trigger()
    dialog = window.findChild(GateSettingsDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert not dialog.read_only
    dialog.reject()
    _idle(qtbot, window)

    guard = add_user(ready_services, admin, "zhang.bao", "张保安", Role.GUARD)
    window.actor = actor_of(ready_services, guard)
    window._apply_actor()
    assert window.settings_actions["gate_settings_action"][0].isVisible()  # read-only for a guard
    technician = add_user(ready_services, admin, "li.shifu", "李师傅", Role.TECHNICIAN)
    window.actor = actor_of(ready_services, technician)
    window._apply_actor()
    assert not window.settings_actions["gate_settings_action"][0].isVisible()


def test_the_window_runs_the_daily_retention_at_start_and_once_a_day(
    qtbot: QtBot, ready_services: Services, admin: Actor
) -> None:
    window = _window(qtbot, ready_services, admin)
    _idle(qtbot, window)
    # The check at start claimed today: the hourly check does nothing more.
    assert ready_services.module(GateServices).retention.run_daily_if_due() is None
    with qtbot.waitSignal(window.daily_jobs.sig_result, timeout=30_000) as done:
        assert window.run_daily_jobs() is not None
    assert done.args[1] is None  # (the job, what it changed): today was done at start
    _idle(qtbot, window)


def test_the_window_shows_what_the_daily_retention_blanked(
    qtbot: QtBot, ready_services: Services, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, ready_services, admin)
    _idle(qtbot, window)
    blanked = PurgeResult(utcnow(), 12)
    monkeypatch.setattr(
        ready_services.module(GateServices).retention, "run_daily_if_due", lambda **_kwargs: blanked
    )
    window.run_daily_jobs()
    _idle(qtbot, window)
    assert window.statusBar().currentMessage() == "Old visitor data blanked: 12 records."


def test_a_failed_retention_goes_to_the_status_bar_not_a_dialog(
    qtbot: QtBot, ready_services: Services, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, ready_services, admin)
    _idle(qtbot, window)

    def full(**_kwargs: object) -> PurgeResult:
        raise StorageError(StorageProblem.DISK_FULL, "The disk is full.")

    monkeypatch.setattr(ready_services.module(GateServices).retention, "run_daily_if_due", full)
    window.run_daily_jobs()
    _idle(qtbot, window)
    assert "Removing old visitor data failed" in window.statusBar().currentMessage()
