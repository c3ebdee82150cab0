"""Settings → Repairs…: the arrival limits per priority and the stale days, set from
the window (before, only code could set them), checked by the service with each
message under its own box, audited, read-only for roles that may only view settings."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QAbstractSpinBox, QDialogButtonBox
from pytestqt.qtbot import QtBot

from propdesk.domain.repairs.kinds import RepairCategory, RepairPriority
from propdesk.domain.repairs.sla import FIELD_NORMAL, FIELD_STALE_DAYS, FIELD_URGENT, SlaRules
from propdesk.domain.roles import Role
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.core.audit import AuditFilter
from propdesk.services.repairs.inputs import TicketInput
from propdesk.services.repairs.service import RepairServices
from propdesk.ui.main_window import MainWindow
from propdesk.ui.tabs.repairs.settings_dialog import RepairSettingsDialog
from tests.gui.conftest import actor_of, add_user

ACTION = "repair_settings_action"


def _dialog(qtbot: QtBot, services: Services, actor: Actor) -> RepairSettingsDialog:
    dialog = RepairSettingsDialog(services.module(RepairServices).settings, actor)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _saved(services: Services) -> SlaRules:
    return services.module(RepairServices).settings.rules()


def _retype(qtbot: QtBot, box: QAbstractSpinBox, text: str) -> None:
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, text)


def _ok(dialog: RepairSettingsDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert button is not None
    button.click()


def test_shows_the_limits_in_force_and_how_they_read(
    qtbot: QtBot, ready_services: Services, admin: Actor
) -> None:
    dialog = _dialog(qtbot, ready_services, admin)
    assert dialog.values() == {
        "emergency_minutes": 30,
        "urgent_minutes": 120,
        "normal_minutes": 1440,
        "stale_days": 3,
    }
    # A day typed in minutes reads as a day beside the box.
    assert dialog.normal_edit.reading.text() == "1 d 0 h"
    _retype(qtbot, dialog.normal_edit.spin, "480")
    assert dialog.normal_edit.reading.text() == "8 h 0 min"
    assert not dialog.read_only


def test_saved_limits_apply_to_new_tickets_and_are_audited(
    qtbot: QtBot, ready_services: Services, admin: Actor
) -> None:
    dialog = _dialog(qtbot, ready_services, admin)
    _retype(qtbot, dialog.emergency_edit.spin, "20")
    _retype(qtbot, dialog.urgent_edit.spin, "90")
    _retype(qtbot, dialog.normal_edit.spin, "720")
    _retype(qtbot, dialog.stale_edit, "5")
    _ok(dialog)
    assert not dialog.isVisible()
    assert _saved(ready_services) == SlaRules(
        emergency_minutes=20, urgent_minutes=90, normal_minutes=720, stale_days=5
    )
    # Who changed what, from what to what: one audit row per changed value.
    entries = ready_services.audit.page(admin, AuditFilter(entity="estate_setting")).rows
    changed = {e.entity_id: (e.before, e.after) for e in entries}
    assert changed[FIELD_URGENT] == ({"value": 120}, {"value": 90})
    assert changed[FIELD_STALE_DAYS] == ({"value": 3}, {"value": 5})
    assert {e.username for e in entries} == {admin.username}
    ticket = ready_services.module(RepairServices).tickets.open_ticket(
        admin,
        TicketInput(
            reporter_name="张三",
            reporter_phone="13812345678",
            category=RepairCategory.LIFT,
            description="电梯困人",
            common_area="5 栋电梯",
            priority=RepairPriority.URGENT,
        ),
    )
    assert ticket.arrival_due_at - ticket.reported_at == timedelta(minutes=90)


def test_a_refused_value_is_shown_under_its_box_and_nothing_is_written(
    qtbot: QtBot, ready_services: Services, admin: Actor
) -> None:
    dialog = _dialog(qtbot, ready_services, admin)
    # An urgent call given longer than a normal one.
    _retype(qtbot, dialog.urgent_edit.spin, "600")
    _retype(qtbot, dialog.normal_edit.spin, "300")
    _ok(dialog)
    assert dialog.isVisible()
    assert "emergency ≤ urgent ≤ normal" in dialog.form.error_text(FIELD_URGENT)
    assert dialog.form.error_text(FIELD_NORMAL) == ""
    assert dialog.focusWidget() is dialog.urgent_edit.spin
    assert _saved(ready_services) == SlaRules()  # nothing written
    _retype(qtbot, dialog.normal_edit.spin, "1440")
    _ok(dialog)
    assert not dialog.isVisible()
    assert _saved(ready_services).urgent_minutes == 600


def test_read_only_for_a_clerk(qtbot: QtBot, ready_services: Services, admin: Actor) -> None:
    clerk = actor_of(ready_services, add_user(ready_services, admin, "li.kf", "李客服", Role.CLERK))
    dialog = _dialog(qtbot, ready_services, clerk)
    assert dialog.read_only
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok) is None
    _retype(qtbot, dialog.urgent_edit.spin, "45")
    assert dialog.urgent_edit.spin.value() == 120
    assert _saved(ready_services) == SlaRules()


def test_the_settings_menu_offers_it_to_who_may_view_settings(
    qtbot: QtBot, ready_services: Services, admin: Actor
) -> None:
    window = MainWindow(ready_services, admin)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    action, _entry = window.settings_actions[ACTION]
    assert action.isVisible()
    action.trigger()
    dialog = window.findChild(RepairSettingsDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert not dialog.read_only
    dialog.reject()

    technician = add_user(ready_services, admin, "li.shifu", "李师傅", Role.TECHNICIAN)
    window.actor = actor_of(ready_services, technician)
    window._apply_actor()
    assert not window.settings_actions[ACTION][0].isVisible()
    thread = window.daily_jobs_thread
    if thread is not None:
        thread.join(30)
