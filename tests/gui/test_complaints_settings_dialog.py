"""Settings → Complaints…: the answer time per severity and the caps per category, set
from the window, checked by the service with the message under its own box, applied
to complaints taken afterwards, read-only for roles that may only view settings."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

from PySide6.QtWidgets import QAbstractSpinBox, QDialogButtonBox
from pytestqt.qtbot import QtBot

from propdesk.domain.complaints.deadlines import FIELD_NORMAL, FIELD_SERIOUS, DeadlineRules
from propdesk.domain.complaints.kinds import ComplaintCategory, ComplaintChannel, Severity
from propdesk.domain.roles import Role
from propdesk.services.bootstrap import Services
from propdesk.services.complaints.inputs import ComplaintInput
from propdesk.services.complaints.service import ComplaintServices
from propdesk.services.core.actor import Actor
from propdesk.services.master_data.units import UnitInput
from propdesk.ui.tabs.complaints.module import TAB
from propdesk.ui.tabs.complaints.settings_dialog import ComplaintSettingsDialog
from tests.gui.conftest import actor_of, add_user

SHOTS = Path(os.environ.get("COMPLAINT_SHOTS", "/tmp/p17"))


def _dialog(qtbot: QtBot, services: Services, actor: Actor) -> ComplaintSettingsDialog:
    dialog = ComplaintSettingsDialog(services.module(ComplaintServices).settings, actor)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _rules(services: Services) -> DeadlineRules:
    return services.module(ComplaintServices).settings.rules()


def _retype(qtbot: QtBot, box: QAbstractSpinBox, text: str) -> None:
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, text)


def _ok(dialog: ComplaintSettingsDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert button is not None
    button.click()


def test_shows_the_rules_in_force(qtbot: QtBot, ready_services: Services, admin: Actor) -> None:
    dialog = _dialog(qtbot, ready_services, admin)
    assert (dialog.serious_edit.value(), dialog.normal_edit.value(), dialog.minor_edit.value()) == (
        4,
        24,
        48,
    )
    assert dialog.caps_edit.caps() == {ComplaintCategory.SECURITY: 4, ComplaintCategory.NOISE: 12}
    assert dialog.caps_edit.boxes[ComplaintCategory.FEES].text() == "no cap"
    if SHOTS.is_dir():
        assert dialog.grab().save(str(SHOTS / "complaint_settings.png"))


def test_saves_and_new_complaints_get_the_new_deadline(
    qtbot: QtBot, ready_services: Services, admin: Actor
) -> None:
    dialog = _dialog(qtbot, ready_services, admin)
    _retype(qtbot, dialog.normal_edit, "8")
    _retype(qtbot, dialog.caps_edit.boxes[ComplaintCategory.NOISE], "0")  # no cap now
    _retype(qtbot, dialog.caps_edit.boxes[ComplaintCategory.FEES], "6")
    _ok(dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    rules = _rules(ready_services)
    assert rules.normal_hours == 8
    assert dict(rules.category_caps) == {
        ComplaintCategory.SECURITY: 4,
        ComplaintCategory.FEES: 6,
    }
    ready_services.units.save(admin, UnitInput("3", "2", "1502"))
    taken = ready_services.module(ComplaintServices).complaints.take(
        admin,
        ComplaintInput(
            ComplaintChannel.PHONE,
            ComplaintCategory.NOISE,
            "楼上噪音",
            Severity.NORMAL,
            complainant_name="张三",
            unit_code="3-2-1502",
        ),
    )
    assert taken.response_due_at - taken.received_at == timedelta(hours=8)


def test_a_wrong_value_is_said_under_its_box_and_nothing_is_saved(
    qtbot: QtBot, ready_services: Services, admin: Actor
) -> None:
    dialog = _dialog(qtbot, ready_services, admin)
    _retype(qtbot, dialog.serious_edit, "30")  # longer than normal (24 h)
    _ok(dialog)
    assert dialog.isVisible()
    assert dialog.form.error_text(FIELD_NORMAL) == (
        "The response times must not grow with severity: serious ≤ normal ≤ minor."
    )
    assert dialog.form.error_text(FIELD_SERIOUS) == ""
    assert _rules(ready_services) == DeadlineRules()


def test_read_only_for_a_role_that_may_only_view_settings(
    qtbot: QtBot, ready_services: Services, admin: Actor
) -> None:
    clerk = actor_of(ready_services, add_user(ready_services, admin, "clerk", "李客服", Role.CLERK))
    (entry,) = TAB.settings
    assert (entry.object_name, entry.title) == ("complaints_settings_action", "&Complaints…")
    dialog = _dialog(qtbot, ready_services, clerk)
    assert dialog.read_only
    assert dialog.serious_edit.isReadOnly()
    assert dialog.caps_edit.boxes[ComplaintCategory.NOISE].isReadOnly()
    buttons = dialog.buttons
    assert buttons.button(QDialogButtonBox.StandardButton.Ok) is None
    assert buttons.button(QDialogButtonBox.StandardButton.Close) is not None
