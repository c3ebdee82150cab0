"""Settings → Service targets…: one threshold per target with the plan's value beside
it, changed with the keyboard and audited, refused values said under their field with
nothing written, the plan's values restored; the dashboard judges anew after a save."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QDialogButtonBox
from pytestqt.qtbot import QtBot

from propdesk.domain.repairs.kinds import RepairPriority
from propdesk.domain.roles import Role
from propdesk.domain.service_targets import DEFAULT_THRESHOLDS, TargetKey
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.core.audit import AuditFilter
from propdesk.services.station.estate_settings import ENTITY
from propdesk.store.base import utcnow
from propdesk.ui.main_window import MainWindow
from propdesk.ui.tabs.reports.targets_settings_dialog import TargetsSettingsDialog
from tests.gui.conftest import actor_of, add_user
from tests.unit.test_report_figures import add_ticket

K = TargetKey


def _dialog(qtbot: QtBot, services: Services, actor: Actor) -> TargetsSettingsDialog:
    dialog = TargetsSettingsDialog(services.targets.settings, actor)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _retype(qtbot: QtBot, box: QAbstractSpinBox, text: str) -> None:
    box.setFocus()
    box.selectAll()  # the number, not the "≥ " before it or the unit after it
    qtbot.keyClicks(box, text)


def _audited(services: Services, admin: Actor) -> list[tuple[str, object, object]]:
    rows = services.audit.page(admin, AuditFilter(entity=ENTITY)).rows
    return [(row.entity_id, row.before["value"], row.after["value"]) for row in rows]


def _ok(dialog: TargetsSettingsDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert button is not None
    button.click()


def test_shows_the_thresholds_with_the_plans_values(
    qtbot: QtBot, ready_services: Services, admin: Actor
) -> None:
    dialog = _dialog(qtbot, ready_services, admin)
    assert dialog.values() == DEFAULT_THRESHOLDS
    assert len(dialog.boxes) == len(TargetKey)
    assert dialog.boxes[K.REPAIR_ARRIVAL].text() == "≥ 95.0%"
    assert dialog.boxes[K.SAFETY_INCIDENTS].text() == "≤ 0 a year"
    assert dialog.boxes[K.SURVEYS].text() == "≥ 2 a year"
    assert dialog.boxes[K.COMMUNITY_EVENTS].text() == "≥ 1 a month"
    assert dialog.default_labels[K.HYGIENE].text() == "plan: ≥ 98.0%"
    assert dialog.default_labels[K.SURVEYS].text() == "plan: ≥ 2 a year"


def test_change_with_the_keyboard_and_save(
    qtbot: QtBot, ready_services: Services, admin: Actor
) -> None:
    dialog = _dialog(qtbot, ready_services, admin)
    _retype(qtbot, dialog.boxes[K.REPAIR_ARRIVAL], "97.5")
    _retype(qtbot, dialog.boxes[K.SURVEYS], "4")
    box = dialog.boxes[K.HYGIENE]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Down)  # one step of 0.5
    assert box.text() == "≥ 97.5%"
    qtbot.keyClick(dialog.boxes[K.SURVEYS], Qt.Key.Key_Return)
    assert dialog.result() == TargetsSettingsDialog.DialogCode.Accepted
    thresholds = ready_services.targets.settings.thresholds()
    assert thresholds == {
        **DEFAULT_THRESHOLDS,
        K.REPAIR_ARRIVAL: Decimal("97.5"),
        K.HYGIENE: Decimal("97.5"),
        K.SURVEYS: Decimal(4),
    }
    assert dialog.saved == thresholds
    # One audit row per changed target, none for those left alone.
    assert sorted(_audited(ready_services, admin)) == [
        ("target_hygiene", 98, 97.5),
        ("target_repair_arrival", 95, 97.5),
        ("target_surveys", 2, 4),
    ]


def test_a_refused_value_is_shown_next_to_its_field_and_nothing_is_written(
    qtbot: QtBot, ready_services: Services, admin: Actor
) -> None:
    dialog = _dialog(qtbot, ready_services, admin)
    surveys = dialog.boxes[K.SURVEYS]
    # The spin box keeps to the service's range; the service stays the authority.
    surveys.setMaximum(100)
    _retype(qtbot, dialog.boxes[K.PATROLS], "90")
    _retype(qtbot, surveys, "60")
    _ok(dialog)
    assert dialog.isVisible()
    assert dialog.form.error_text("target_surveys") == (
        "This target must be a whole number from 1 to 52."
    )
    assert dialog.form.error_text("target_patrols") == ""
    assert dialog.focusWidget() is surveys
    assert ready_services.targets.settings.thresholds() == DEFAULT_THRESHOLDS
    assert _audited(ready_services, admin) == []

    _retype(qtbot, surveys, "12")
    _ok(dialog)
    assert not dialog.isVisible()
    thresholds = ready_services.targets.settings.thresholds()
    assert (thresholds[K.SURVEYS], thresholds[K.PATROLS]) == (12, 90)


def test_restore_defaults_puts_the_plans_values_back(
    qtbot: QtBot, ready_services: Services, admin: Actor
) -> None:
    ready_services.targets.settings.set_thresholds(
        admin, {K.SATISFACTION: Decimal("85.5"), K.SAFETY_INCIDENTS: 1}
    )
    dialog = _dialog(qtbot, ready_services, admin)
    assert dialog.boxes[K.SATISFACTION].text() == "≥ 85.5%"
    assert dialog.boxes[K.SAFETY_INCIDENTS].text() == "≤ 1 a year"
    dialog.restore_button.setFocus()
    qtbot.keyClick(dialog.restore_button, Qt.Key.Key_Space)
    assert dialog.isVisible()  # restored in the form only: OK saves
    assert dialog.values() == DEFAULT_THRESHOLDS
    assert ready_services.targets.settings.thresholds()[K.SAFETY_INCIDENTS] == 1
    _ok(dialog)
    assert ready_services.targets.settings.thresholds() == DEFAULT_THRESHOLDS


# -- the main window ----------------------------------------------------------------------
@pytest.fixture
def arrivals(ready_services: Services) -> Services:
    """Two emergencies of this hour: one reached in 5 minutes, one after 45 (late)."""
    now = utcnow()
    reported = now - timedelta(minutes=50)
    for number, arrived in (("WX000000-0001", 5), ("WX000000-0002", 45)):
        add_ticket(
            ready_services,
            number,
            reported,
            priority=RepairPriority.EMERGENCY,
            arrived_at=reported + timedelta(minutes=arrived),
            closed_at=now - timedelta(minutes=2),
        )
    return ready_services


def test_the_settings_menu_opens_it_and_the_dashboard_judges_anew(
    qtbot: QtBot, arrivals: Services, admin: Actor
) -> None:
    window = MainWindow(arrivals, admin)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    rows = window.home_tab.dashboard.target_rows

    def outcome() -> str:
        return rows[K.REPAIR_ARRIVAL][2].text() if K.REPAIR_ARRIVAL in rows else ""

    qtbot.waitUntil(lambda: outcome() == "Not met", timeout=10_000)  # 50 % of 95 %
    assert window.settings_actions["targets_settings_action"][0].isVisible()
    window.settings_actions["targets_settings_action"][0].trigger()
    dialog = window.findChild(TargetsSettingsDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    _retype(qtbot, dialog.boxes[K.REPAIR_ARRIVAL], "50")
    qtbot.keyClick(dialog.boxes[K.REPAIR_ARRIVAL], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: outcome() == "Met", timeout=10_000)
    assert window.home_tab.dashboard.wait()

    for role, offered in ((Role.MANAGER, True), (Role.CLERK, False), (Role.GUARD, False)):
        user = add_user(arrivals, admin, f"user.{role.value}", "张三", role)
        window.actor = actor_of(arrivals, user)
        window._apply_actor()
        assert window.settings_actions["targets_settings_action"][0].isVisible() is offered, role
    window.lock()
    assert not window.settings_actions["targets_settings_action"][0].isEnabled()
    assert window.home_tab.dashboard.wait()
    if window.daily_jobs_thread is not None:
        window.daily_jobs_thread.join(30)
