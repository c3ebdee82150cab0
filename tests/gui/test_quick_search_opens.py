"""Quick search says when a group shows only its first hits, and Enter opens whatever
the hit is — a repair ticket, a visitor pass, someone inside now, a release slip — in
the tab that owns it, its row selected."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from propdesk.domain.repairs.kinds import RepairCategory
from propdesk.domain.roles import Role
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.gate.entries import HostConfirmation, VisitorEntry, VisitorPass
from propdesk.services.gate.service import GateServices
from propdesk.services.master_data.residents import ResidentInput, ResidentKind
from propdesk.services.master_data.units import UnitInput
from propdesk.services.repairs.inputs import TicketInput
from propdesk.services.repairs.service import RepairServices
from propdesk.ui.main_window import MainWindow
from propdesk.ui.quick_search_dialog import QuickSearchDialog
from propdesk.ui.tabs.gate.tab import GateTab
from propdesk.ui.tabs.repairs.tab import RepairsTab
from tests.gui.conftest import actor_of, add_user


@pytest.fixture
def estate(ready_services: Services, admin: Actor) -> Services:
    """Twelve units 3-2-1501…1512; 张三 owns 3-2-1502."""
    for n in range(1, 13):
        ready_services.units.save(admin, UnitInput("3", "2", f"15{n:02d}"))
    ready_services.residents.save(
        admin, ResidentInput("3-2-1502", ResidentKind.OWNER, "张三", "13812345678")
    )
    return ready_services


def _window(qtbot: QtBot, services: Services, actor: Actor) -> MainWindow:
    window = MainWindow(services, actor)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _search(window: MainWindow, text: str) -> QuickSearchDialog:
    dialog = window.open_quick_search()
    assert dialog is not None
    dialog.query_edit.setText(text)
    dialog.run_search()
    return dialog


def _lines(dialog: QuickSearchDialog) -> list[str]:
    tree = dialog.results
    items = (tree.topLevelItem(row) for row in range(tree.topLevelItemCount()))
    return [item.text(0).strip() for item in items if item is not None]


def _selected_row(view: QTableView) -> int:
    rows = view.selectionModel().selectedRows()
    assert len(rows) == 1
    return rows[0].row()


def test_a_group_with_more_says_how_many_and_down_skips_the_line(
    qtbot: QtBot, estate: Services, admin: Actor
) -> None:
    dialog = _search(_window(qtbot, estate, admin), "3-2-15")
    lines = _lines(dialog)
    assert "Showing the first 8 of 12 — type more to narrow it" in lines
    assert dialog.status.text() == "12 found"
    for _ in range(12):  # down to the last hit, over the "type more" line: it stays there
        qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Down)
    hit = dialog.current_hit()
    assert hit is not None
    assert hit.title == "3-2-1508"
    dialog.query_edit.setText("3-2-1502")
    dialog.run_search()
    assert not [line for line in _lines(dialog) if line.startswith("Showing the first")]


def test_enter_on_a_ticket_opens_it_in_the_repairs_tab(
    qtbot: QtBot, estate: Services, admin: Actor
) -> None:
    ticket = estate.module(RepairServices).tickets.open_ticket(
        admin,
        TicketInput(
            "张三", "13812345678", RepairCategory.PLUMBING, "厨房漏水", unit_code="3-2-1502"
        ),
    )
    window = _window(qtbot, estate, admin)
    dialog = _search(window, ticket.number)
    qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Return)
    tab = window.tabs.currentWidget()
    assert isinstance(tab, RepairsTab)
    assert tab.detail is not None
    assert tab.detail.id == ticket.id
    assert [row.id for row in tab.list_view.rows()] == [ticket.id]
    assert tab.list_view.rows()[_selected_row(tab.list_view.view)].id == ticket.id


def _visit(services: Services, admin: Actor) -> VisitorPass:
    return services.module(GateServices).entries.register_visitor(
        admin,
        VisitorEntry("赵六", "13900001111", "", "3-2-1502", "探亲", HostConfirmation.PHONE, "张三"),
    )


def test_enter_on_someone_inside_selects_them_in_inside_now(
    qtbot: QtBot, estate: Services, admin: Actor
) -> None:
    visit = _visit(estate, admin)
    window = _window(qtbot, estate, admin)
    dialog = _search(window, "赵六")
    hit = dialog.current_hit()
    assert hit is not None
    assert hit.kind == "gate_inside"
    qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Return)
    tab = window.tabs.currentWidget()
    assert isinstance(tab, GateTab)
    assert tab.views.currentWidget() is tab.inside_page
    assert tab.inside_model.rows()[_selected_row(tab.inside_view)].event_id == visit.event_id


def test_enter_on_a_pass_that_left_shows_its_entry_and_exit_in_the_journal(
    qtbot: QtBot, estate: Services, admin: Actor
) -> None:
    visit = _visit(estate, admin)
    estate.module(GateServices).entries.visitor_exit(admin, visit.pass_number)
    window = _window(qtbot, estate, admin)
    dialog = _search(window, visit.pass_number)
    qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Return)
    tab = window.tabs.currentWidget()
    assert isinstance(tab, GateTab)
    journal = tab.journal_view
    assert tab.views.currentWidget() is journal
    assert journal.search_edit.text() == visit.pass_number
    assert len(journal.rows()) == 2  # in and out
    assert journal.rows()[_selected_row(journal.view)].id == visit.event_id


def test_enter_on_an_open_release_slip_selects_it_in_the_open_slips(
    qtbot: QtBot, estate: Services, admin: Actor
) -> None:
    slip = estate.module(GateServices).items.authorise_release(
        admin,
        unit_code="3-2-1502",
        authorisation="owner",
        authorised_by="张三",
        description="旧沙发",
        valid_until=date.today() + timedelta(days=2),
    )
    window = _window(qtbot, estate, admin)
    dialog = _search(window, slip.number)
    qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Return)
    tab = window.tabs.currentWidget()
    assert isinstance(tab, GateTab)
    assert tab.slips_model.rows()[_selected_row(tab.slips_view)].id == slip.id


def test_a_committee_member_searches_the_tickets_with_ctrl_k(
    qtbot: QtBot, estate: Services, admin: Actor
) -> None:
    committee = actor_of(estate, add_user(estate, admin, "wei", "魏委员", Role.COMMITTEE))
    window = _window(qtbot, estate, committee)
    assert window.search_action.isVisible()
    dialog = window.open_quick_search()
    assert dialog is not None
