"""The repairs list at the front desk's 1366×768: it takes the whole height until a
ticket is chosen (the detail below it collapsed), keeps most of it while one is shown,
and gets it back on Close; the fault has a column and the three clocks (time used,
time left, overdue by) a column each."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from propdesk.domain.repairs.kinds import RepairCategory, RepairPriority
from propdesk.domain.repairs.workflow import RepairStep, StepRequest
from propdesk.domain.roles import Role
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.master_data.staff import StaffInput
from propdesk.services.master_data.units import UnitInput
from propdesk.services.repairs.inputs import TicketInput
from propdesk.services.repairs.queries import TicketFilter, TicketRow
from propdesk.services.repairs.service import RepairServices
from propdesk.ui.tabs.repairs.tab import RepairsTab
from propdesk.ui.tabs.repairs.ticket_model import TicketTableModel

CLERK = Actor(None, "clerk", "李客服", Role.CLERK, "客服中心")
ADMIN = Actor(None, "admin", "管理员", Role.ADMIN, "客服中心")
# The repairs tab inside a 1366×768 window (menu, window tabs and status bar above and
# below it take the rest).
TAB_SIZE = (1366, 690)
TICKETS = 40


@pytest.fixture
def busy(services: Services) -> Services:
    """Forty open tickets: more than any screen shows."""
    services.estate.set_up("翠湖花园")
    services.units.save(ADMIN, UnitInput("3", "2", "1502"))
    repairs = services.module(RepairServices).tickets
    for n in range(TICKETS):
        repairs.open_ticket(
            CLERK,
            TicketInput(
                reporter_name="张三",
                reporter_phone="13812345678",
                category=RepairCategory.PLUMBING,
                description=f"厨房水管漏水 {n}",
                unit_code="3-2-1502",
            ),
        )
    return services


def _tab(qtbot: QtBot, services: Services) -> RepairsTab:
    tab = RepairsTab(services, CLERK)
    qtbot.addWidget(tab)
    tab.resize(*TAB_SIZE)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def _rows_shown(tab: RepairsTab) -> int:
    """Whole ticket rows the list shows at once."""
    view = tab.list_view.view
    return view.viewport().height() // view.rowHeight(0)


def _click_row(qtbot: QtBot, tab: RepairsTab, row: int) -> None:
    view = tab.list_view.view
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=view.visualRect(view.model().index(row, 0)).center(),
    )


def test_the_list_takes_the_height_until_a_ticket_is_chosen(qtbot: QtBot, busy: Services) -> None:
    tab = _tab(qtbot, busy)
    # Nothing chosen: no empty detail pane, the list shows three times the old eight.
    assert tab.detail_panel.isHidden()
    assert _rows_shown(tab) >= 22

    _click_row(qtbot, tab, 1)
    qtbot.waitUntil(tab.detail_panel.isVisible)
    assert tab.detail is not None
    assert tab.detail.id == tab.list_view.rows()[1].id
    # A ticket shown: its steps and timeline below, and still more of the list than
    # before (the ticket's facts and timeline scroll when they need more room).
    assert _rows_shown(tab) >= 11
    assert tab.detail_panel.timeline_view.isVisible()
    assert tab.detail_panel.step_buttons[RepairStep.DISPATCH].isVisible()

    qtbot.mouseClick(tab.detail_panel.close_button, Qt.MouseButton.LeftButton)
    assert tab.detail_panel.isHidden()
    assert tab.detail is None
    qtbot.waitUntil(lambda: _rows_shown(tab) >= 22)
    assert tab.list_view.view.hasFocus()
    # The same row again shows the ticket again (Close forgot the selection).
    _click_row(qtbot, tab, 1)
    qtbot.waitUntil(tab.detail_panel.isVisible)
    assert tab.detail is not None


def test_the_height_the_user_gave_the_ticket_is_kept(qtbot: QtBot, busy: Services) -> None:
    tab = _tab(qtbot, busy)
    _click_row(qtbot, tab, 0)
    total = sum(tab.splitter.sizes())
    tab.splitter.setSizes([total - 240, 240])  # dragged lower
    assert tab.splitter.sizes()[1] == 240
    qtbot.mouseClick(tab.detail_panel.close_button, Qt.MouseButton.LeftButton)
    _click_row(qtbot, tab, 3)
    assert tab.splitter.sizes()[1] == 240


def _row(services: Services, number: str) -> TicketRow:
    rows = services.module(RepairServices).tickets.page(CLERK, TicketFilter(text=number)).rows
    (row,) = rows
    return row


def test_the_fault_and_each_clock_have_a_column(qtbot: QtBot, services: Services) -> None:
    services.estate.set_up("翠湖花园")
    wang = services.staff.save(ADMIN, StaffInput("王师傅", "engineering"))
    repairs = services.module(RepairServices).tickets

    def opened(description: str, minutes_ago: int, priority: RepairPriority) -> str:
        # Half a minute more: the whole minutes shown hold while the test runs.
        return repairs.open_ticket(
            CLERK,
            TicketInput(
                reporter_name="王五",
                reporter_phone="13700001111",
                category=RepairCategory.ELECTRICAL,
                description=description,
                common_area="1 栋大堂",
                priority=priority,
                reported_at=datetime.now(UTC) - timedelta(minutes=minutes_ago, seconds=30),
            ),
        ).number

    fresh = opened("楼道灯不亮，三楼和四楼都不亮", 30, RepairPriority.URGENT)  # 2 h limit
    late = opened("配电箱跳闸", 5 * 60, RepairPriority.URGENT)
    arrived = opened("插座没电", 3 * 60, RepairPriority.NORMAL)
    ticket = _row(services, arrived)
    repairs.step(CLERK, ticket.id, StepRequest(RepairStep.DISPATCH, technician_id=wang.id))
    repairs.step(CLERK, ticket.id, StepRequest(RepairStep.ARRIVE))

    tab = _tab(qtbot, services)
    model = tab.list_view.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[TicketTableModel.COL_DESCRIPTION] == "Fault"
    assert headers[TicketTableModel.COL_TIME_USED :] == ["Time used", "Time left", "Overdue by"]

    def cells(number: str) -> dict[int, str]:
        (index,) = [i for i, r in enumerate(model.rows()) if r.number == number]
        return {c: model.data(model.index(index, c)) for c in range(model.columnCount())}

    row = cells(fresh)
    # The fault in its column (elided when long), the whole of it in the tooltip.
    assert row[TicketTableModel.COL_DESCRIPTION] == "楼道灯不亮，三楼和四楼都不亮"
    (index,) = [i for i, r in enumerate(model.rows()) if r.number == fresh]
    tip = model.data(
        model.index(index, TicketTableModel.COL_DESCRIPTION), Qt.ItemDataRole.ToolTipRole
    )
    assert tip == "楼道灯不亮，三楼和四楼都不亮"
    assert row[TicketTableModel.COL_TIME_USED] == "30 min"
    assert row[TicketTableModel.COL_TIME_LEFT] == "1 h 29 min"
    assert row[TicketTableModel.COL_OVERDUE_BY] == ""

    row = cells(late)
    assert row[TicketTableModel.COL_TIME_USED] == "5 h 0 min"
    assert row[TicketTableModel.COL_TIME_LEFT] == ""
    assert row[TicketTableModel.COL_OVERDUE_BY] == "3 h 0 min"

    row = cells(arrived)  # nobody is waiting for an arrival any more
    assert row[TicketTableModel.COL_TIME_USED] == "3 h 0 min"
    assert row[TicketTableModel.COL_TIME_LEFT] == row[TicketTableModel.COL_OVERDUE_BY] == ""
    # The fault takes the spare width; the columns before it keep their contents' width.
    header = tab.list_view.view.horizontalHeader()
    assert header.sectionSize(TicketTableModel.COL_DESCRIPTION) > header.sectionSize(
        TicketTableModel.COL_LOCATION
    )
