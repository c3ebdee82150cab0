"""The gatehouse's side of the patrol tab: a whole round run from the keyboard by typed
codes (one refused: the banner, nothing else changed, the refusal logged), finished
and then on time in the day grid; ticking by hand, abandoning, an issue that opens a
repair ticket in the same step, an open round taken up again by a new tab (a restart),
a round's detail and voiding it, and what a clerk sees."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from propdesk.domain.patrol.findings import FindingCategory
from propdesk.domain.patrol.rounds import RefusalReason, RoundState, VisitHow
from propdesk.domain.patrol.schedule import PatrolSchedule, PatrolWindow
from propdesk.domain.patrol.timing import Verdict
from propdesk.domain.repairs.kinds import RepairCategory, RepairChannel, RepairPriority
from propdesk.domain.roles import Role
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.master_data.staff import StaffInput
from propdesk.services.patrol.inputs import CheckpointInput, FindingInput, RouteInput
from propdesk.services.patrol.round_detail import RoundDetail
from propdesk.services.patrol.routes import RouteInfo
from propdesk.services.patrol.service import PatrolServices
from propdesk.services.patrol.views import DayGridView, OpenFindings, RoundView
from propdesk.services.repairs.service import RepairServices
from propdesk.store.models import PatrolRefusedScan, PatrolRound, RepairTicket
from propdesk.ui.tabs.patrol.finding_form import FindingForm
from propdesk.ui.tabs.patrol.module import TAB
from propdesk.ui.tabs.patrol.open_rounds import OpenRoundsModel
from propdesk.ui.tabs.patrol.round_checkpoints_model import RoundCheckpointsModel
from propdesk.ui.tabs.patrol.round_detail_dialog import RoundDetailDialog
from propdesk.ui.tabs.patrol.round_findings_model import RoundFindingsModel
from propdesk.ui.tabs.patrol.round_panel import RoundPanel
from propdesk.ui.tabs.patrol.tab import PatrolTab
from propdesk.ui.widgets.reason_dialog import ReasonDialog
from tests.gui.keys import type_text

ADMIN = Actor(None, "admin", "管理员", Role.ADMIN, "客服中心")
MANAGER = Actor(None, "boss", "陈经理", Role.MANAGER, "客服中心")
CLERK = Actor(None, "clerk", "李客服", Role.CLERK, "客服中心")
GUARD = Actor(None, "guard", "王保安", Role.GUARD, "东门岗亭")
CTRL = Qt.KeyboardModifier.ControlModifier
# A slot every 5 minutes all day, 5 minutes' grace, no minimum walk: a round started
# now is on time whatever the clock says, and quick typing is not "too fast".
EVERY_FIVE = PatrolSchedule((PatrolWindow(time(0), time(0), 5),), 5, 5, 0)


class Estate:
    """Two routes of three checkpoints; a security guard on the staff list."""

    def __init__(self, services: Services) -> None:
        self.services = services
        self.patrol = services.module(PatrolServices)
        routes = self.patrol.routes
        east = routes.add_route(MANAGER, RouteInput("东区夜巡"))
        west = routes.add_route(MANAGER, RouteInput("西区巡逻"))
        for n, name in enumerate(("1栋大堂", "2号消防通道", "地库入口"), start=1):
            checklist = "灯光正常\n门已锁好" if n == 1 else ""
            routes.add_checkpoint(
                MANAGER, east.id, CheckpointInput(f"E-{n}", name, "东区", checklist)
            )
        for n, name in enumerate(("西门", "配电房", "水泵房"), start=1):
            routes.add_checkpoint(MANAGER, west.id, CheckpointInput(f"W-{n}", name))
        self.east: RouteInfo = routes.route(MANAGER, east.id)
        self.west: RouteInfo = routes.route(MANAGER, west.id)
        self.guard = services.staff.save(ADMIN, StaffInput("张保安", "security", "保安"))
        today = datetime.now().astimezone().date()
        self.patrol.settings.change(MANAGER, today, EVERY_FIVE)

    def refused(self) -> list[PatrolRefusedScan]:
        with self.services.store.read() as session:
            rows = list(session.scalars(select(PatrolRefusedScan)))
            session.expunge_all()
            return rows


@pytest.fixture
def estate(services: Services, beijing_time: None) -> Estate:
    del beijing_time
    return Estate(services)


def _tab(qtbot: QtBot, services: Services, actor: Actor = GUARD) -> PatrolTab:
    tab = PatrolTab(services, actor)
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    return tab


def _panel(tab: PatrolTab) -> RoundPanel:
    assert tab.round_panel is not None
    return tab.round_panel


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _scan(qtbot: QtBot, panel: RoundPanel, code: str) -> None:
    """What a keyboard-wedge reader does: the code's characters, then Enter."""
    assert panel.scan_edit.hasFocus()
    qtbot.keyClicks(panel.scan_edit, code)
    qtbot.keyClick(panel.scan_edit, Qt.Key.Key_Return)


def _current(panel: RoundPanel) -> RoundDetail:
    assert panel.current is not None
    return panel.current


def _reached(panel: RoundPanel) -> list[str]:
    return [c.code for c in _current(panel).checkpoints if c.visit is not None]


# -- the whole round by keyboard --------------------------------------------------------
def test_a_round_by_typed_codes_is_on_time_in_the_day_grid(qtbot: QtBot, estate: Estate) -> None:
    tab = _tab(qtbot, estate.services)
    panel = _panel(tab)
    assert panel.start_button.text() == "Start round (Ctrl+N)"
    assert panel.route_combo.currentText() == "东区夜巡"
    assert panel.guard_combo.currentText() == "Me (王保安)"

    qtbot.keyClick(_focused(), Qt.Key.Key_N, CTRL)
    started = _current(panel)
    assert started.is_open
    assert started.verdict is Verdict.ON_TIME
    assert panel.scan_edit.hasFocus()
    assert panel.open_model.rowCount() == 1

    _scan(qtbot, panel, "e-1")  # the reader may type lower case
    assert _reached(panel) == ["E-1"]
    assert panel.ok_label.isVisible()
    assert "1栋大堂" in panel.ok_label.text()
    assert not panel.refused_banner.isVisible()
    assert panel.scan_edit.text() == ""
    # The checkpoint just reached is selected, its checklist shown.
    assert "灯光正常" in panel.checklist_label.text()
    row = panel.checkpoints_model.index(0, RoundCheckpointsModel.COL_STATUS)
    assert panel.checkpoints_model.data(row) == "Scanned"

    # Another route's label: refused in red, logged, and nothing else changes.
    rows_before = panel.checkpoints_model.rows()
    _scan(qtbot, panel, "W-1")
    assert panel.refused_banner.isVisible()
    assert panel.refused_banner.text() == (
        "W-1 is the checkpoint 西门 of another route, not of 东区夜巡."
    )
    assert not panel.ok_label.isVisible()
    assert panel.scan_edit.hasFocus()
    assert panel.scan_edit.selectedText() == "W-1"  # the next scan replaces it
    assert panel.checkpoints_model.rows() == rows_before
    assert _reached(panel) == ["E-1"]
    [refusal] = estate.refused()
    assert (refusal.code, refusal.reason, refusal.round_id) == (
        "W-1",
        RefusalReason.OTHER_ROUTE.value,
        started.id,
    )
    assert refusal.username == "guard"

    _scan(qtbot, panel, "E-2")
    assert not panel.refused_banner.isVisible()
    _scan(qtbot, panel, "E-3")
    assert _reached(panel) == ["E-1", "E-2", "E-3"]

    qtbot.keyClick(_focused(), Qt.Key.Key_Return, CTRL)
    assert panel.current is None
    assert "finished: 3 of 3 reached, On time" in panel.ok_label.text()
    assert panel.open_model.rowCount() == 0
    done = estate.patrol.rounds.detail(GUARD, started.id)
    assert done.state is RoundState.FINISHED
    assert all(c.visit is not None and c.visit.how is VisitHow.SCAN for c in done.checkpoints)

    # The day grid: the slot the round answered is on time, with the round in it.
    assert done.slot_at is not None
    day = done.slot_at.astimezone().date()
    grid = estate.patrol.compliance.day_grid(GUARD, day)
    [slot] = [r for r in grid.rows if r.slot_at == done.slot_at]
    assert slot.verdict is Verdict.ON_TIME
    east = [r.id for r in grid.routes].index(estate.east.id)
    assert [cell.number for cell in slot.cells[east]] == [done.number]
    tab.show_day(day)
    model = tab.day_grid.model
    texts = [
        str(model.data(model.index(r, c)))
        for r in range(model.rowCount())
        for c in range(model.columnCount())
    ]
    assert any(done.number in text and "On time" in text for text in texts)


def test_space_ticks_by_hand_and_an_abandoned_round_gives_its_reason(
    qtbot: QtBot, estate: Estate
) -> None:
    tab = _tab(qtbot, estate.services)
    panel = _panel(tab)
    qtbot.keyClick(_focused(), Qt.Key.Key_N, CTRL)
    # Down to the list, the second checkpoint, Space: its label was torn off.
    qtbot.keyClick(panel.scan_edit, Qt.Key.Key_Tab)
    assert panel.checkpoints_view.hasFocus()
    qtbot.keyClick(panel.checkpoints_view, Qt.Key.Key_Home)
    qtbot.keyClick(panel.checkpoints_view, Qt.Key.Key_Down)
    selected = panel.selected_checkpoint()
    assert selected is not None
    assert selected.code == "E-2"
    qtbot.keyClick(panel.checkpoints_view, Qt.Key.Key_Space)
    assert _reached(panel) == ["E-2"]
    visit = _current(panel).checkpoints[1].visit
    assert visit is not None
    assert visit.how is VisitHow.TICK
    assert panel.scan_edit.hasFocus()
    # Scanned after it, the first is out of order: said in words.
    _scan(qtbot, panel, "E-1")
    flags = panel.checkpoints_model.index(0, RoundCheckpointsModel.COL_FLAGS)
    assert panel.checkpoints_model.data(flags) == "out of order"
    assert "(out of order)" in panel.ok_label.text()

    qtbot.keyClick(_focused(), Qt.Key.Key_A, CTRL | Qt.KeyboardModifier.ShiftModifier)
    dialog = panel.forms.form
    assert isinstance(dialog, ReasonDialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)  # no reason: told next to the field
    assert dialog.isVisible()
    assert dialog.form.error_text("reason") == "Give a reason."
    type_text(_focused(), "处理突发事件")
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.forms.form is None)
    assert panel.current is None
    assert panel.open_model.rowCount() == 0
    gone = estate.patrol.rounds.detail(GUARD, _only_round(estate).id)
    assert gone.state is RoundState.ABANDONED
    assert gone.abandon_reason == "处理突发事件"


def _only_round(estate: Estate) -> RoundDetail:
    with estate.services.store.read() as session:
        [row] = session.scalars(select(PatrolRound))
        round_id = row.id
    return estate.patrol.rounds.detail(MANAGER, round_id)


def test_the_route_is_picked_by_keyboard_and_stays_picked(qtbot: QtBot, estate: Estate) -> None:
    tab = _tab(qtbot, estate.services)
    panel = _panel(tab)
    panel.route_combo.setFocus()
    qtbot.keyClick(panel.route_combo, Qt.Key.Key_Down)
    assert panel.route_combo.currentText() == "西区巡逻"
    tab.refresh()  # the minute's refresh (or another station's change) keeps the choice
    assert panel.route_combo.currentText() == "西区巡逻"
    panel.guard_combo.setFocus()
    qtbot.keyClick(panel.guard_combo, Qt.Key.Key_Down)
    assert panel.guard_combo.currentText() == "张保安 (安保部)"
    qtbot.keyClick(_focused(), Qt.Key.Key_N, CTRL)
    detail = _current(panel)
    assert detail.route_name == "西区巡逻"
    assert detail.guard_name == "张保安"
    assert detail.guard_id == estate.guard.id


def test_finishing_with_nothing_reached_is_refused_in_the_banner(
    qtbot: QtBot, estate: Estate
) -> None:
    tab = _tab(qtbot, estate.services)
    panel = _panel(tab)
    qtbot.keyClick(_focused(), Qt.Key.Key_N, CTRL)
    qtbot.keyClick(_focused(), Qt.Key.Key_Return, CTRL)
    assert panel.refused_banner.isVisible()
    assert panel.refused_banner.text().startswith("No checkpoint was reached")
    assert _current(panel).is_open
    # The same route again in the same slot: refused next to the route.
    qtbot.keyClick(_focused(), Qt.Key.Key_N, CTRL)
    assert panel.start_error.isVisible()
    assert "already answers the" in panel.start_error.text()
    assert panel.route_combo.hasFocus()


# -- an issue, with a repair ticket in the same step ------------------------------------
def test_an_issue_opens_a_repair_ticket_linked_to_the_finding(qtbot: QtBot, estate: Estate) -> None:
    tab = _tab(qtbot, estate.services)
    panel = _panel(tab)
    qtbot.keyClick(_focused(), Qt.Key.Key_N, CTRL)
    _scan(qtbot, panel, "E-2")
    qtbot.keyClick(_focused(), Qt.Key.Key_I, CTRL)
    form = panel.finding_form
    assert isinstance(form, FindingForm)
    qtbot.waitUntil(form.isActiveWindow)
    assert form.checkpoint.code == "E-2"  # the one just reached
    assert form.category_combo.hasFocus()
    assert form.offers_ticket
    assert not form.ticket_check.isChecked()
    # OK with nothing chosen: the message is next to the kind of issue.
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    assert form.form.error_text("category") == "Choose what kind of issue it is."
    form.category_combo.setCurrentIndex(
        form.category_combo.findData(FindingCategory.FIRE_EQUIPMENT.value)
    )
    # A fire-equipment issue needs a technician: the ticket is offered, its category set.
    assert form.ticket_check.isChecked()
    assert form.repair_category_combo.currentData() == RepairCategory.FIRE_EQUIPMENT.value
    form.priority_combo.setCurrentIndex(form.priority_combo.findData(RepairPriority.URGENT.value))
    form.seen_edit.setFocus()
    type_text(_focused(), "灭火器压力不足")
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    type_text(_focused(), "刘值班经理")
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.forms.form is None)

    finding, ticket = form.finding, form.ticket
    assert finding is not None
    assert ticket is not None
    assert finding.escalated_to == "刘值班经理"
    assert finding.escalated_at is not None
    assert "Repair ticket" in panel.ok_label.text()
    assert ticket.number in panel.ok_label.text()
    repair = estate.services.module(RepairServices).tickets.detail(MANAGER, ticket.id)
    assert repair.channel is RepairChannel.PATROL
    assert repair.category is RepairCategory.FIRE_EQUIPMENT
    assert repair.priority is RepairPriority.URGENT
    with estate.services.store.read() as session:
        row = session.get(RepairTicket, ticket.id)
        assert row is not None
        assert row.source_id == str(finding.id)
    # The checkpoint reads as an issue in the list, in words.
    status = panel.checkpoints_model.index(1, RoundCheckpointsModel.COL_STATUS)
    assert panel.checkpoints_model.data(status) == "Scanned, issue"


def test_a_ticket_refused_leaves_the_finding_recorded_once(
    qtbot: QtBot, estate: Estate, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = _tab(qtbot, estate.services)
    panel = _panel(tab)
    qtbot.keyClick(_focused(), Qt.Key.Key_N, CTRL)
    _scan(qtbot, panel, "E-1")
    form = panel.open_finding_form()
    assert form is not None
    form.category_combo.setCurrentIndex(form.category_combo.findData("lighting"))
    form.seen_edit.setText("楼道灯不亮")
    # Another station opens a ticket for the finding a moment before: the desk refuses
    # a second one while the first is open.
    real_open = estate.patrol.findings.open_ticket

    def opened_elsewhere_first(*args: Any, **kwargs: Any) -> Any:
        real_open(*args, **kwargs)
        return real_open(*args, **kwargs)

    monkeypatch.setattr(estate.patrol.findings, "open_ticket", opened_elsewhere_first)
    qtbot.waitUntil(form.isActiveWindow)
    qtbot.keyClick(form.seen_edit, Qt.Key.Key_Return)
    assert form.isVisible()
    assert form.finding is not None
    assert form.ticket is None
    assert "was already opened from this record" in form.form.error_text("ticket")
    assert not form.seen_edit.isEnabled()  # recorded: not recorded twice
    qtbot.keyClick(_focused(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: panel.forms.form is None)
    detail = estate.patrol.rounds.detail(GUARD, _current(panel).id)
    assert len(detail.findings) == 1


# -- an open round survives a restart ----------------------------------------------------
def test_an_open_round_is_continued_in_a_new_tab(qtbot: QtBot, estate: Estate) -> None:
    first = _tab(qtbot, estate.services)
    qtbot.keyClick(_focused(), Qt.Key.Key_N, CTRL)
    _scan(qtbot, _panel(first), "E-1")
    number = _current(_panel(first)).number
    first.close()

    again = _tab(qtbot, estate.services)  # the station restarted, the next shift logs in
    panel = _panel(again)
    assert panel.current is None
    assert panel.open_model.rowCount() == 1
    index = panel.open_model.index(0, OpenRoundsModel.COL_REACHED)
    assert panel.open_model.data(index) == "1 of 3"
    panel.open_view.setFocus()
    qtbot.keyClick(panel.open_view, Qt.Key.Key_Down)
    qtbot.keyClick(panel.open_view, Qt.Key.Key_Return)
    assert _current(panel).number == number
    assert panel.scan_edit.hasFocus()
    _scan(qtbot, panel, "E-2")
    assert _reached(panel) == ["E-1", "E-2"]


def test_a_scan_with_no_round_here_finds_its_open_round(qtbot: QtBot, estate: Estate) -> None:
    started = estate.patrol.rounds.start(GUARD, estate.west.id)  # another station's
    tab = _tab(qtbot, estate.services)
    panel = _panel(tab)
    panel.back_to_scan()
    _scan(qtbot, panel, "W-2")
    assert _current(panel).id == started.id
    assert _reached(panel) == ["W-2"]
    # A code no label has: refused by name, the round here unchanged.
    _scan(qtbot, panel, "XX-9")
    assert panel.refused_banner.text() == "No checkpoint has the code XX-9."
    assert _reached(panel) == ["W-2"]
    assert [r.reason for r in estate.refused()] == [RefusalReason.UNKNOWN.value]


# -- a round's detail ----------------------------------------------------------------------
def test_round_detail_shows_findings_with_tickets_and_a_manager_voids(
    qtbot: QtBot, estate: Estate
) -> None:
    patrol = estate.patrol
    detail = patrol.rounds.start(GUARD, estate.east.id, estate.guard.id)
    patrol.rounds.scan(GUARD, "E-1", detail.id)
    patrol.rounds.scan(GUARD, "E-3", detail.id)
    second = detail.checkpoints[0]
    finding = patrol.findings.record(
        GUARD,
        detail.id,
        second.checkpoint_id,
        FindingInput(FindingCategory.DOORS_WINDOWS, "单元门锁坏", "已临时绑好"),
    )
    ticket = patrol.findings.open_ticket(MANAGER, finding.id, RepairCategory.DOORS_LOCKS)
    patrol.rounds.finish(GUARD, detail.id)

    tab = _tab(qtbot, estate.services, MANAGER)
    assert TAB.show_view(tab, RoundView(detail.id))
    dialog = tab.detail_dialog
    assert isinstance(dialog, RoundDetailDialog)
    assert dialog.windowTitle() == f"Patrol round {detail.number}"
    assert dialog.values["guard"].text() == "张保安"
    assert "On time" in dialog.values["slot"].text()
    assert dialog.values["skipped"].text() == "2. 2号消防通道"
    assert "2 of 3 checkpoints reached" in dialog.values["time"].text()
    statuses = [
        dialog.checkpoints_model.data(
            dialog.checkpoints_model.index(r, RoundCheckpointsModel.COL_STATUS)
        )
        for r in range(3)
    ]
    assert statuses == ["Scanned, issue", "Skipped", "Scanned"]
    findings = dialog.findings_model
    assert findings.rowCount() == 1
    ticket_cell = findings.data(findings.index(0, RoundFindingsModel.COL_TICKET))
    assert ticket_cell == f"{ticket.number} (Reported)"
    assert dialog.void_button.isVisible()

    reason = dialog.void_round()
    assert reason is not None
    qtbot.waitUntil(reason.isVisible)
    reason.reason_edit.setText("录错路线")
    reason.buttons.accepted.emit()
    assert dialog.values["void"].text() == "录错路线"
    assert not dialog.void_button.isVisible()
    assert patrol.rounds.detail(MANAGER, detail.id).voided


def test_a_guard_may_not_void_and_a_grid_cell_opens_the_detail(
    qtbot: QtBot, estate: Estate
) -> None:
    detail = estate.patrol.rounds.start(GUARD, estate.east.id)
    tab = _tab(qtbot, estate.services)
    tab.day_grid.round_activated.emit(detail.id)
    dialog = tab.detail_dialog
    assert dialog is not None
    assert dialog.detail is not None
    assert dialog.detail.id == detail.id
    assert not dialog.void_button.isVisible()
    assert dialog.void_round() is None
    assert dialog.values["skipped"].text() == ""  # still under way: nothing skipped yet


# -- views, roles, models -------------------------------------------------------------
def test_views_and_search_hits_are_shown(qtbot: QtBot, estate: Estate) -> None:
    tab = _tab(qtbot, estate.services, MANAGER)
    yesterday = datetime.now().astimezone().date() - timedelta(days=1)
    assert TAB.show_view(tab, DayGridView(yesterday))
    assert tab.views.currentWidget() is tab.day_grid
    assert tab.day_grid.day == yesterday
    assert TAB.show_view(tab, OpenFindings())
    assert tab.views.currentWidget() is tab.findings_panel
    assert not TAB.show_view(tab, object())
    checkpoint = estate.west.checkpoints[1]
    assert TAB.open_record(tab, "patrol_checkpoint", checkpoint.id)
    routes = tab.routes_dialog
    assert routes is not None
    assert [c.id for c in routes.selected_checkpoints()] == [checkpoint.id]
    assert {"patrol_round", "patrol_checkpoint"} == TAB.record_kinds
    assert [entry.object_name for entry in TAB.settings] == [
        "patrol_schedule_action",
        "patrol_routes_action",
    ]


def test_a_clerk_enters_paper_rounds_and_walks_none(qtbot: QtBot, estate: Estate) -> None:
    tab = _tab(qtbot, estate.services, CLERK)
    assert tab.round_panel is None
    assert tab.paper_button.isVisible()
    guard_tab = _tab(qtbot, estate.services, GUARD)
    assert guard_tab.round_panel is not None


def test_the_round_models_pass_the_model_tester(qtmodeltester: ModelTester, estate: Estate) -> None:
    patrol = estate.patrol
    detail = patrol.rounds.start(GUARD, estate.east.id)
    patrol.rounds.scan(GUARD, "E-3", detail.id)
    detail = patrol.rounds.scan(GUARD, "E-1", detail.id)
    finding = patrol.findings.record(
        GUARD,
        detail.id,
        detail.checkpoints[0].checkpoint_id,
        FindingInput(FindingCategory.HYGIENE, "垃圾"),
    )
    checkpoints = RoundCheckpointsModel()
    checkpoints.show_round(patrol.rounds.detail(GUARD, detail.id))
    qtmodeltester.check(checkpoints)
    assert checkpoints.data(checkpoints.index(0, RoundCheckpointsModel.COL_FLAGS)) == (
        "out of order"
    )
    assert checkpoints.data(checkpoints.index(1, RoundCheckpointsModel.COL_STATUS)) == "Not yet"
    opened = OpenRoundsModel()
    opened.set_rows(patrol.rounds.open_rounds(GUARD))
    qtmodeltester.check(opened)
    findings = RoundFindingsModel()
    findings.set_rows(patrol.findings.rows_for(GUARD, [finding]))
    qtmodeltester.check(findings)
    assert findings.data(findings.index(0, RoundFindingsModel.COL_DEALT)) == "open"


def test_the_panel_at_1366_by_768(qtbot: QtBot, estate: Estate) -> None:
    tab = _tab(qtbot, estate.services)
    panel = _panel(tab)
    qtbot.keyClick(_focused(), Qt.Key.Key_N, CTRL)
    _scan(qtbot, panel, "E-1")
    _scan(qtbot, panel, "W-1")
    for button in (panel.tick_button, panel.issue_button, panel.finish_button):
        assert button.isVisible()
        # Every button of the row shows its whole label.
        assert button.width() >= button.sizeHint().width()
    assert panel.scan_edit.width() > 300


def test_the_wand_import_opens_from_the_tab_for_roles_that_record_rounds(
    qtbot: QtBot, ready_services: Services, admin: Actor
) -> None:
    from propdesk.ui.tabs.patrol.tab import PatrolTab
    from propdesk.ui.tabs.patrol.wand_import_dialog import WandImportDialog

    tab = PatrolTab(ready_services, admin)
    qtbot.addWidget(tab)
    assert tab.wand_button.isVisibleTo(tab)
    dialog = tab.open_wand_import()
    assert isinstance(dialog, WandImportDialog)
    dialog.reject()
    committee = Actor(None, "yw", "业委会", Role.COMMITTEE, "客服中心")
    reader = PatrolTab(ready_services, committee)
    qtbot.addWidget(reader)
    assert not reader.wand_button.isVisibleTo(reader)
    assert reader.open_wand_import() is None
