"""The gate tab's vehicle, item, notice and handover flows, driven with the keyboard."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from propdesk.domain.roles import Role
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.gate.events import GateEventKind
from propdesk.services.gate.service import GateServices
from propdesk.services.gate.vehicles import VehicleVisit
from propdesk.services.master_data.residents import ResidentInput, ResidentKind
from propdesk.services.master_data.units import UnitInput
from propdesk.services.master_data.vehicles import VehicleInput
from propdesk.ui.tabs.gate.gate_printing import GatePrinting
from propdesk.ui.tabs.gate.tab import GateTab
from tests.gui.conftest import Boxes
from tests.gui.keys import type_text

CLERK = Actor(None, "clerk", "李客服", Role.CLERK, "客服中心")
GUARD = Actor(None, "guard", "王保安", Role.GUARD, "岗亭")


@pytest.fixture
def estate(services: Services) -> Services:
    services.units.save(CLERK, UnitInput("3", "2", "1502"))
    services.residents.save(
        CLERK, ResidentInput("3-2-1502", ResidentKind.OWNER, "张三", "13812345678")
    )
    services.vehicles.save(CLERK, VehicleInput("粤B12345", "3-2-1502", "张三"))
    return services


@pytest.fixture
def printed(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, Any]]:
    """What the tab sent to print preview (the preview itself is tested on its own)."""
    calls: list[tuple[str, Any]] = []
    for name in (
        "visitor_pass",
        "parking_receipt",
        "release_slip",
        "parking_notice",
        "handover_sheet",
    ):
        monkeypatch.setattr(
            GatePrinting, name, lambda _self, record, _name=name: calls.append((_name, record))
        )
    return calls


def _tab(qtbot: QtBot, services: Services, actor: Actor = GUARD) -> GateTab:
    tab = GateTab(services, actor)
    qtbot.addWidget(tab)
    tab.resize(1200, 800)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    return tab


def _type(qtbot: QtBot, text: str) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:
        type_text(widget, text)


def _key(qtbot: QtBot, key: Qt.Key) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, key)


def _events(services: Services, kind: GateEventKind) -> list[Any]:
    from propdesk.services.gate.journal import JournalFilter

    page = services.module(GateServices).journal.page(
        GUARD, JournalFilter(kinds=frozenset({kind})), limit=100
    )
    return page.rows


def test_vehicle_in_and_out_with_the_fee_shown_before_confirming(
    qtbot: QtBot, estate: Services, boxes: Boxes, printed: list[tuple[str, Any]]
) -> None:
    tab = _tab(qtbot, estate)
    _key(qtbot, Qt.Key.Key_F3)
    assert tab.vehicle_panel.in_edit.hasFocus()
    _type(qtbot, "粤b 123-45")
    _key(qtbot, Qt.Key.Key_Return)
    assert "张三" in tab.welcome_label.text()
    assert [r.plate for r in tab.vehicles_model.rows()] == ["粤B12345"]
    # The same plate again: refused in the banner, as every refusal is.
    _type(qtbot, "粤B12345")
    _key(qtbot, Qt.Key.Key_Return)
    assert "already inside" in tab.refused_banner.text()
    assert not tab.welcome_label.isVisible()

    _key(qtbot, Qt.Key.Key_F4)
    assert tab.vehicle_panel.out_edit.hasFocus()
    _type(qtbot, "粤B12345")
    _key(qtbot, Qt.Key.Key_Return)
    dialog = tab.vehicle_panel.exit_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.fee_label.text().startswith("¥0.00")
    assert "resident" in dialog.fee_label.text()
    assert dialog.exterior_edit.hasFocus()
    _type(qtbot, "no new scratches")
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.vehicle_panel.exit_dialog is None)
    qtbot.waitUntil(tab.vehicle_panel.out_edit.hasFocus)
    assert tab.vehicles_model.rows() == []
    (out,) = _events(estate, GateEventKind.VEHICLE_OUT)
    assert out.plate == "粤B12345"
    assert printed == []  # a free exit prints no receipt unless asked
    assert not boxes.shown


def test_exit_with_no_entry_asks_the_time_and_prints_the_receipt(
    qtbot: QtBot, estate: Services, printed: list[tuple[str, Any]]
) -> None:
    tab = _tab(qtbot, estate)
    tab.vehicle_panel.out_edit.setFocus()
    _type(qtbot, "京A88888")
    _key(qtbot, Qt.Key.Key_Return)
    dialog = tab.vehicle_panel.exit_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.entered_edit.hasFocus()
    assert dialog.stated_label.isVisible()
    dialog.entered_edit.setDateTime(QDateTime.currentDateTime().addSecs(-(2 * 3600 + 5 * 60)))
    _key(qtbot, Qt.Key.Key_Return)  # shows the fee, does not confirm yet
    assert dialog.isVisible()
    assert dialog.fee_label.text().startswith("¥15.00")
    assert dialog.exterior_edit.hasFocus()
    assert dialog.print_check.isChecked()
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.vehicle_panel.exit_dialog is None)
    qtbot.waitUntil(tab.vehicle_panel.out_edit.hasFocus)
    (out,) = _events(estate, GateEventKind.VEHICLE_OUT)
    assert out.fee_fen == 1500
    ((kind, result),) = printed
    assert kind == "parking_receipt"
    assert result.quote.entry_stated


def test_exit_entry_time_in_the_future_is_refused_by_the_field(
    qtbot: QtBot, estate: Services
) -> None:
    tab = _tab(qtbot, estate)
    dialog = tab.vehicle_panel.open_exit_dialog("京A88888", None)
    qtbot.waitUntil(dialog.isVisible)
    dialog.entered_edit.setDateTime(QDateTime.currentDateTime().addSecs(3600))
    dialog.requote()
    assert "future" in dialog.form.error_text("entered_at")
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    dialog.reject()
    assert _events(estate, GateEventKind.VEHICLE_OUT) == []


def test_items_go_out_only_against_a_recorded_slip(
    qtbot: QtBot, estate: Services, boxes: Boxes, printed: list[tuple[str, Any]]
) -> None:
    tab = _tab(qtbot, estate)
    _key(qtbot, Qt.Key.Key_F5)
    form = tab.open_form
    assert form is not None
    qtbot.waitUntil(form.isActiveWindow)
    _type(qtbot, "FX202611-0001")
    _key(qtbot, Qt.Key.Key_Return)
    assert "no release authorisation" in form.form.error_text("slip_number")  # type: ignore[attr-defined]
    _key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: tab.open_form is None)
    qtbot.waitUntil(tab.card_edit.hasFocus)
    assert _events(estate, GateEventKind.ITEM_OUT) == []

    # The owner comes to the desk: a slip is recorded (F7) and printed.
    _key(qtbot, Qt.Key.Key_F7)
    slip_form = tab.open_form
    assert slip_form is not None
    qtbot.waitUntil(slip_form.isActiveWindow)
    _type(qtbot, "3-2-1502")
    _key(qtbot, Qt.Key.Key_Tab)
    _key(qtbot, Qt.Key.Key_Tab)  # owner
    _type(qtbot, "张三")
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "旧沙发一张")
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.open_form is None)
    qtbot.waitUntil(tab.card_edit.hasFocus)
    ((kind, slip),) = printed
    assert kind == "release_slip"
    assert slip.valid_until == date.today()

    _key(qtbot, Qt.Key.Key_F5)
    form = tab.open_form
    assert form is not None
    qtbot.waitUntil(form.isActiveWindow)
    _type(qtbot, slip.number)
    _key(qtbot, Qt.Key.Key_Return)  # shows what the slip allows
    assert "旧沙发一张" in form.details_label.text()  # type: ignore[attr-defined]
    _key(qtbot, Qt.Key.Key_Return)  # lets the items out
    qtbot.waitUntil(lambda: tab.open_form is None)
    qtbot.waitUntil(tab.card_edit.hasFocus)
    (out,) = _events(estate, GateEventKind.ITEM_OUT)
    assert out.pass_number == slip.number
    assert slip.number in tab.outcome.text
    assert not boxes.shown
    qtbot.waitUntil(tab.card_edit.hasFocus)


def test_parking_notice_and_handover(
    qtbot: QtBot, estate: Services, printed: list[tuple[str, Any]]
) -> None:
    tab = _tab(qtbot, estate)
    _key(qtbot, Qt.Key.Key_F6)
    form = tab.open_form
    assert form is not None
    qtbot.waitUntil(form.isActiveWindow)
    _type(qtbot, "粤A12345")
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "5号楼消防通道")
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.open_form is None)
    qtbot.waitUntil(tab.card_edit.hasFocus)
    assert printed[-1][0] == "parking_notice"
    assert printed[-1][1].number.startswith("TZ")

    _key(qtbot, Qt.Key.Key_F8)
    handover = tab.open_form
    assert handover is not None
    qtbot.waitUntil(handover.isActiveWindow)
    assert "parking notices: 1" in handover.counts_label.text()  # type: ignore[attr-defined]
    _key(qtbot, Qt.Key.Key_Return)  # nobody named: stays open
    assert handover.form.error_text("to_name")  # type: ignore[attr-defined]
    _type(qtbot, "刘保安")
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "5号楼门禁故障，已报修")
    # Enter inside the text box is a new line; Ctrl+Enter saves.
    qtbot.keyClick(
        QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    qtbot.waitUntil(lambda: tab.open_form is None)
    qtbot.waitUntil(tab.card_edit.hasFocus)
    kind, sheet = printed[-1]
    assert kind == "handover_sheet"
    assert (sheet.to_name, sheet.counts.notices) == ("刘保安", 1)
    tab.views.setCurrentIndex(3)
    assert [h.number for h in tab.handovers_model.rows()] == [sheet.number]
    ModelTester(None).check(tab.handovers_model)  # type: ignore[arg-type]


def test_models_pass_the_model_tester(qtbot: QtBot, estate: Services) -> None:
    estate.module(GateServices).vehicles.vehicle_entry(
        GUARD, "京A88888", VehicleVisit("3-2-1502", "访友")
    )
    estate.module(GateServices).items.authorise_release(
        GUARD,
        unit_code="3-2-1502",
        authorisation="owner",
        authorised_by="张三",
        description="旧沙发",
        valid_until=date.today() + timedelta(days=1),
    )
    tab = _tab(qtbot, estate)
    ModelTester(None).check(tab.vehicles_model)  # type: ignore[arg-type]
    tab.views.setCurrentIndex(2)
    assert tab.slips_model.rowCount() == 1
    ModelTester(None).check(tab.slips_model)  # type: ignore[arg-type]


def test_clerk_has_no_gate_write_controls(qtbot: QtBot, estate: Services) -> None:
    tab = _tab(qtbot, estate, CLERK)
    assert not tab.vehicle_panel.isVisible()
    visible = {name for name, button in tab.action_buttons.items() if button.isVisible()}
    assert visible == {"release_slip"}  # slips are recorded at the front desk too
    assert tab.open_notice_form() is None


def test_a_clerk_records_a_release_slip_at_the_front_desk(
    qtbot: QtBot, estate: Services, printed: list[tuple[str, Any]]
) -> None:
    tab = _tab(qtbot, estate, CLERK)
    tab.views.setCurrentWidget(tab.slips_panel)
    assert tab.slips_panel.void_controls is None  # voiding is the supervisor's
    qtbot.mouseClick(tab.slips_panel.new_button, Qt.MouseButton.LeftButton)
    form = tab.open_form
    assert form is not None
    qtbot.waitUntil(form.isActiveWindow)
    _type(qtbot, "3-2-1502")
    _key(qtbot, Qt.Key.Key_Tab)
    _key(qtbot, Qt.Key.Key_Tab)  # owner
    _type(qtbot, "张三")
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "旧沙发一张")
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.open_form is None)
    ((kind, slip),) = printed
    assert kind == "release_slip"
    assert [s.number for s in tab.slips_model.rows()] == [slip.number]
