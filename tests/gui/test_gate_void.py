"""Voiding at the gate on screen: the journal's Void entry… (button and right-click)
for supervisors only, a voided row struck through and marked in words, guards by
name; the open release slips with New release slip… for the front desk and Void
slip…; a handover's guard by name with the login at hand."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from propdesk.domain.roles import Role
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.gate.entries import HostConfirmation, VisitorEntry, VisitorPass
from propdesk.services.gate.service import GateServices
from propdesk.services.master_data.residents import ResidentInput, ResidentKind
from propdesk.services.master_data.units import UnitInput
from propdesk.ui.tabs.gate.journal_model import JournalTableModel
from propdesk.ui.tabs.gate.journal_view import JournalView
from propdesk.ui.tabs.gate.record_lists import HandoverTableModel, ReleaseSlipsPanel

ADMIN = Actor(None, "admin", "管理员", Role.ADMIN, "客服中心")
CLERK = Actor(None, "li.kf", "李客服", Role.CLERK, "客服中心")
GUARD = Actor(None, "guard1", "王保安", Role.GUARD, "东门岗亭")
MANAGER = Actor(None, "wang.jl", "王经理", Role.MANAGER, "客服中心")
DISPLAY = Qt.ItemDataRole.DisplayRole
VISITOR = VisitorEntry(
    name="赵六",
    phone="13900001111",
    id_number="",
    unit_code="3-2-1502",
    purpose="探亲",
    confirmation=HostConfirmation.PHONE,
    confirmed_by="张三",
)


@pytest.fixture
def estate(services: Services) -> Services:
    services.units.save(CLERK, UnitInput("3", "2", "1502"))
    services.residents.save(
        CLERK, ResidentInput("3-2-1502", ResidentKind.OWNER, "张三", "13812345678")
    )
    for actor in (GUARD, MANAGER):
        services.accounts.create_user(
            ADMIN, actor.username, actor.display_name, actor.role, "secret-Pass-1234"
        )
    return services


def _visit(services: Services) -> VisitorPass:
    return services.module(GateServices).entries.register_visitor(GUARD, VISITOR)


def _journal(qtbot: QtBot, services: Services, actor: Actor) -> JournalView:
    view = JournalView(services, actor)
    qtbot.addWidget(view)
    view.resize(1200, 500)
    view.show()
    qtbot.waitExposed(view)
    return view


def _cell(view: JournalView, column: int, role: Qt.ItemDataRole) -> object:
    return view.model.data(view.model.index(0, column), role)


def test_a_manager_voids_an_entry_and_it_stays_struck_through_and_marked(
    qtbot: QtBot, estate: Services, tmp_path: Path
) -> None:
    _visit(estate)
    view = _journal(qtbot, estate, MANAGER)
    controls = view.void_controls
    assert controls is not None
    assert controls.button.isVisible()
    assert controls.action in view.view.actions()  # right-click
    assert not controls.button.isEnabled()  # nothing chosen yet
    assert view.void_selected() is None
    view.view.selectRow(0)
    assert controls.button.isEnabled()
    assert _cell(view, JournalTableModel.COL_GUARD, DISPLAY) == "王保安"
    assert _cell(view, JournalTableModel.COL_GUARD, Qt.ItemDataRole.ToolTipRole) == (
        "Login: guard1"
    )
    assert _cell(view, JournalTableModel.COL_KIND, Qt.ItemDataRole.FontRole) is None

    dialog = view.void_selected()
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.buttons.accepted.emit()  # no reason: the dialog stays and says so
    assert dialog.isVisible()
    assert "reason" in dialog.form.error_text("reason")
    dialog.reason_edit.setText("登记重复")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: view.rows()[0].voided)

    assert _cell(view, JournalTableModel.COL_KIND, DISPLAY) == "Visitor in (voided)"
    font = _cell(view, JournalTableModel.COL_NAME, Qt.ItemDataRole.FontRole)
    assert font is not None
    assert font.strikeOut()  # type: ignore[attr-defined]
    tooltip = str(_cell(view, JournalTableModel.COL_PLATE, Qt.ItemDataRole.ToolTipRole))
    assert tooltip.startswith("voided by 王经理 at ")
    assert tooltip.endswith(": 登记重复")
    assert str(_cell(view, JournalTableModel.COL_DETAILS, DISPLAY)).startswith("voided by 王经理")
    view.view.selectRow(0)
    assert not controls.button.isEnabled()  # void once

    assert view.export_all(tmp_path / "journal.xlsx")
    assert view.wait_until_done()
    book = load_workbook(tmp_path / "journal.xlsx", read_only=True)
    sheet = book.active
    assert sheet is not None
    header, row = list(sheet.iter_rows(values_only=True))
    book.close()
    exported = dict(zip(header, row, strict=True))
    assert (exported["Kind"], exported["Guard"]) == ("Visitor in (voided)", "王保安")


def test_a_guard_sees_the_void_but_may_not_void(qtbot: QtBot, estate: Services) -> None:
    visit = _visit(estate)
    estate.module(GateServices).voiding.void_event(MANAGER, visit.event_id, "登记重复")
    view = _journal(qtbot, estate, GUARD)
    assert view.void_controls is None
    assert view.findChild(QPushButton, "void_button") is None
    assert [row.voided for row in view.rows()] == [True]
    assert _cell(view, JournalTableModel.COL_KIND, Qt.ItemDataRole.DisplayRole) == (
        "Visitor in (voided)"
    )


def _slips(qtbot: QtBot, services: Services, actor: Actor) -> ReleaseSlipsPanel:
    panel = ReleaseSlipsPanel(services, actor)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    panel.refresh()
    return panel


def test_the_front_desk_records_slips_and_a_manager_voids_a_wrong_one(
    qtbot: QtBot, estate: Services
) -> None:
    clerk = _slips(qtbot, estate, CLERK)
    assert clerk.new_button.isVisible()
    assert clerk.void_controls is None
    with qtbot.waitSignal(clerk.new_wanted):
        qtbot.mouseClick(clerk.new_button, Qt.MouseButton.LeftButton)
    slip = estate.module(GateServices).items.authorise_release(
        CLERK,
        unit_code="3-2-1502",
        authorisation="owner",
        authorised_by="张三",
        description="旧沙发一张",
        valid_until=date.today(),
    )
    clerk.refresh()
    assert [s.number for s in clerk.model.rows()] == [slip.number]
    clerk.view.selectRow(0)
    with qtbot.waitSignal(clerk.print_wanted) as printed:
        qtbot.mouseClick(clerk.print_button, Qt.MouseButton.LeftButton)
    assert printed.args == [slip]

    assert not _slips(qtbot, estate, GUARD).new_button.isHidden()  # the gate records them too
    manager = _slips(qtbot, estate, MANAGER)
    assert manager.void_controls is not None
    assert not manager.void_controls.button.isEnabled()
    manager.view.selectRow(0)
    dialog = manager.void_selected()
    assert dialog is not None
    dialog.reason_edit.setText("业主撤回")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: manager.model.rowCount() == 0)
    assert estate.module(GateServices).items.open_slips(GUARD) == []


def test_a_handover_names_the_guard_with_the_login_at_hand(qtbot: QtBot, estate: Services) -> None:
    done = estate.module(GateServices).handover.hand_over(GUARD, to_name="刘保安", open_matters="")
    model = HandoverTableModel()
    model.set_rows([done])
    column = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)].index(
        "Handed over by"
    )
    index = model.index(0, column)
    assert model.data(index, Qt.ItemDataRole.DisplayRole) == "王保安"
    assert model.data(index, Qt.ItemDataRole.ToolTipRole) == "Login: guard1"
