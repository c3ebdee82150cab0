"""The patrol tab's manager side, reading: the day grid (slots × routes, each slot on
time, late, missed or pending in words and colour, a round opened from its cell by
keyboard), the extra rounds, and the open findings carried on (escalated, a repair
ticket, dealt with) — plus the day's patrol log to print."""

from __future__ import annotations

import time as clock
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from propdesk.domain.patrol.findings import FindingCategory
from propdesk.domain.patrol.timing import Verdict
from propdesk.domain.repairs.kinds import RepairCategory, RepairPriority
from propdesk.domain.roles import Role
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.master_data.staff import StaffInput
from propdesk.services.patrol import compliance_service
from propdesk.services.patrol.inputs import CheckpointInput, FindingInput, RouteInput
from propdesk.services.patrol.round_detail import RoundDetail
from propdesk.services.patrol.routes import RouteInfo
from propdesk.services.patrol.service import PatrolServices
from propdesk.services.repairs.service import RepairServices
from propdesk.ui.tabs.patrol.day_grid import DayGridPanel
from propdesk.ui.tabs.patrol.day_grid_model import ROUND_ROLE, DayGridModel
from propdesk.ui.tabs.patrol.finding_action_forms import EscalateForm, OpenTicketForm, ResolveForm
from propdesk.ui.tabs.patrol.findings_panel import FindingsPanel
from propdesk.ui.tabs.patrol.grid_names import PENDING_BACKGROUND, VERDICT_BACKGROUND
from tests.gui.conftest import Boxes, Previews
from tests.gui.keys import type_text

ADMIN = Actor(None, "admin", "管理员", Role.ADMIN, "客服中心")
MANAGER = Actor(None, "boss", "陈经理", Role.MANAGER, "客服中心")
CLERK = Actor(None, "clerk", "李客服", Role.CLERK, "客服中心")
GUARD = Actor(None, "guard", "王保安", Role.GUARD, "东门岗亭")
DAY_SLOTS = 32  # 06:00–22:00 hourly, 22:00–06:00 half-hourly


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute)).astimezone()


class Estate:
    """Two routes of three checkpoints; yesterday a round on time at 10:03 (east), a
    late one at 11:20 (west), none at 12:00 (a round abandoned instead)."""

    def __init__(self, services: Services) -> None:
        self.services = services
        self.patrol = services.module(PatrolServices)
        routes = self.patrol.routes
        east = routes.add_route(MANAGER, RouteInput("东区夜巡"))
        west = routes.add_route(MANAGER, RouteInput("西区巡逻"))
        for n, name in enumerate(("1栋大堂", "2号消防通道", "地库入口"), start=1):
            routes.add_checkpoint(MANAGER, east.id, CheckpointInput(f"E-{n}", name, "东区"))
        for n, name in enumerate(("西门", "配电房", "水泵房"), start=1):
            routes.add_checkpoint(MANAGER, west.id, CheckpointInput(f"W-{n}", name))
        self.east: RouteInfo = routes.route(MANAGER, east.id)
        self.west: RouteInfo = routes.route(MANAGER, west.id)
        self.guard = services.staff.save(ADMIN, StaffInput("张保安", "security", "保安"))
        self.day = datetime.now().astimezone().date() - timedelta(days=1)
        rounds = self.patrol.rounds
        day = self.day
        self.on_time = self.walk(self.east, local(day, 10, 3), ("E-1", "E-2", "E-3"))
        self.late = self.walk(self.west, local(day, 11, 20), ("W-1",))
        self.abandoned = rounds.start(GUARD, self.west.id, at=local(day, 12, 2))
        rounds.abandon(GUARD, self.abandoned.id, "被叫走")

    def walk(self, route: RouteInfo, start: datetime, codes: tuple[str, ...]) -> RoundDetail:
        rounds = self.patrol.rounds
        started = rounds.start(GUARD, route.id, self.guard.id, at=start)
        for n, code in enumerate(codes, start=1):
            rounds.scan(GUARD, code, started.id, at=start + timedelta(minutes=2 * n))
        return rounds.finish(GUARD, started.id, at=start + timedelta(minutes=2 * len(codes)))


@pytest.fixture
def estate(services: Services, beijing_time: None) -> Iterator[Estate]:
    del beijing_time
    services.estate.set_up("翠湖花园")
    return Estate(services)


def _panel(qtbot: QtBot, services: Services, actor: Actor = MANAGER) -> DayGridPanel:
    panel = DayGridPanel(services, actor)
    qtbot.addWidget(panel)
    panel.resize(1300, 700)
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)  # shortcuts act in the active window only
    return panel


def _row(model: DayGridModel, hour: int, day: date) -> int:
    wanted = local(day, hour)
    return next(i for i, row in enumerate(model.rows()) if row.slot_at == wanted)


def _double_click(qtbot: QtBot, view: QTableView, row: int) -> None:
    """As a hand does it: a press, then the double click on the same cell."""
    centre = view.visualRect(view.model().index(row, 0)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def _text(model: QAbstractItemModel, row: int, column: int) -> str:
    return str(model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole))


# -- the grid -------------------------------------------------------------------------------
def test_the_grid_says_on_time_late_and_missed_in_words_and_colour(
    qtbot: QtBot, estate: Estate, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The night slots run to 06:00 the next morning: judge the day once all are over,
    # whatever the hour the test runs at (a run just after midnight saw 12 pending).
    after = local(estate.day + timedelta(days=1), 12)
    monkeypatch.setattr(compliance_service, "utcnow", lambda: after)
    panel = _panel(qtbot, estate.services)
    panel.show_day(estate.day)
    model = panel.model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Slot",
        "State",
        "东区夜巡",
        "西区巡逻",
    ]
    assert model.rowCount() == DAY_SLOTS
    east, west = DayGridModel.FIRST_ROUTE, DayGridModel.FIRST_ROUTE + 1
    ten, eleven, noon = (_row(model, h, estate.day) for h in (10, 11, 12))
    assert _text(model, ten, DayGridModel.COL_SLOT) == "10:00"
    assert _text(model, ten, DayGridModel.COL_STATE) == "On time"
    assert _text(model, ten, east) == f"On time 10:03 张保安\n{estate.on_time.number}"
    assert _text(model, ten, west) == ""
    assert _text(model, eleven, DayGridModel.COL_STATE) == "Late"
    assert _text(model, eleven, west) == (
        f"Late 11:20 张保安\n{estate.late.number} · 2 skipped"  # one of three reached
    )
    assert _text(model, noon, DayGridModel.COL_STATE) == "Missed"
    background = Qt.ItemDataRole.BackgroundRole
    assert model.data(model.index(ten, east), background) == VERDICT_BACKGROUND[Verdict.ON_TIME]
    assert model.data(model.index(eleven, 1), background) == VERDICT_BACKGROUND[Verdict.LATE]
    assert model.data(model.index(noon, 1), background) == VERDICT_BACKGROUND[Verdict.MISSED]
    assert model.data(model.index(ten, west), background) is None
    # The night's slots after midnight belong to the day it opened.
    assert _text(model, DAY_SLOTS - 1, DayGridModel.COL_SLOT) == "05:30 (next day)"
    summary = panel.summary_label.text()
    assert summary == "32 slots: 1 on time, 1 late, 30 missed, 0 pending; 1 extra rounds"
    extra = panel.extra_model
    assert [c.number for c in extra.rows()] == [estate.abandoned.number]
    assert [_text(extra, 0, c) for c in range(1, 3)] + [_text(extra, 0, 5)] == [
        "西区巡逻",
        "王保安",  # started by the guard logged in, no guard chosen
        "Abandoned",
    ]


def test_slots_not_yet_due_are_pending(qtbot: QtBot, estate: Estate) -> None:
    panel = _panel(qtbot, estate.services)
    panel.show_day(estate.day + timedelta(days=2))  # tomorrow
    model = panel.model
    assert {_text(model, r, DayGridModel.COL_STATE) for r in range(model.rowCount())} == {"Pending"}
    assert model.data(model.index(0, 1), Qt.ItemDataRole.BackgroundRole) == PENDING_BACKGROUND
    assert panel.summary_label.text().startswith(
        "32 slots: 0 on time, 0 late, 0 missed, 32 pending"
    )


def test_days_by_keyboard_and_a_round_opened_from_its_cell(qtbot: QtBot, estate: Estate) -> None:
    panel = _panel(qtbot, estate.services)
    today = datetime.now().astimezone().date()
    assert panel.day == today  # today by default
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_PageUp)
    assert panel.day == estate.day
    assert panel.grid is not None
    assert panel.grid.day == estate.day
    qtbot.keyClick(panel.view, Qt.Key.Key_PageDown)
    assert panel.day == today
    qtbot.keyClick(panel.view, Qt.Key.Key_PageUp)
    model = panel.model
    ten = _row(model, 10, estate.day)
    activated: list[object] = []
    panel.round_activated.connect(activated.append)
    panel.view.setCurrentIndex(model.index(ten, DayGridModel.FIRST_ROUTE))
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert activated == [estate.on_time.id]
    # The slot's own cells stand for the round that decided it; an empty cell for none.
    eleven = _row(model, 11, estate.day)
    assert model.data(model.index(eleven, DayGridModel.COL_STATE), ROUND_ROLE) == estate.late.id
    panel.view.setCurrentIndex(model.index(ten, DayGridModel.FIRST_ROUTE + 1))
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert activated == [estate.on_time.id]
    _double_click(qtbot, panel.extra_view, 0)
    assert activated == [estate.on_time.id, estate.abandoned.id]


def test_the_grid_models(qtmodeltester: ModelTester, qtbot: QtBot, estate: Estate) -> None:
    panel = _panel(qtbot, estate.services)
    panel.show_day(estate.day)
    qtmodeltester.check(panel.model)
    qtmodeltester.check(panel.extra_model)
    panel.step_day(1)  # columns and rows replaced
    qtmodeltester.check(panel.model)


def test_a_busy_day_is_one_service_call_and_quick(
    qtbot: QtBot, estate: Estate, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every slot of the day walked, by alternating routes (a demo estate's day)."""
    patrol = estate.patrol
    day = estate.day - timedelta(days=1)
    grid = patrol.compliance.day_grid(MANAGER, day)
    for n, row in enumerate(grid.rows):
        route = (estate.east, estate.west)[n % 2]
        codes = tuple(c.code for c in route.checkpoints)
        estate.walk(route, row.slot_at + timedelta(minutes=n % 15), codes)
    calls: list[date] = []
    real = type(patrol.compliance).day_grid

    def counted(self: object, actor: Actor, wanted: date, now: datetime | None = None) -> object:
        calls.append(wanted)
        return real(self, actor, wanted, now)  # type: ignore[arg-type]

    panel = _panel(qtbot, estate.services)
    monkeypatch.setattr(type(patrol.compliance), "day_grid", counted)
    started = clock.perf_counter()
    panel.show_day(day)
    elapsed = clock.perf_counter() - started
    assert calls == [day]
    assert panel.grid is not None
    assert panel.grid.count(Verdict.MISSED) == 0
    assert panel.grid.count(Verdict.LATE) == 8  # started 11–14 minutes after their slot
    assert elapsed < 1.0, elapsed
    print(f"busy day grid: {len(grid.rows)} rounds read and shown in {elapsed * 1000:.0f} ms")


def test_the_day_log_goes_to_print_preview(
    qtbot: QtBot, estate: Estate, previews: Previews
) -> None:
    panel = _panel(qtbot, estate.services)
    panel.show_day(estate.day)
    qtbot.mouseClick(panel.print_button, Qt.MouseButton.LeftButton)
    (shown,) = previews.pdfs
    assert shown.title == f"Patrol log {estate.day.isoformat()}"
    assert shown.pages_painted >= 1
    assert shown.pages_shown == shown.pages_painted


# -- findings -------------------------------------------------------------------------------
def _finding(estate: Estate, seen: str = "灭火器压力不足") -> None:
    rounds = estate.patrol.rounds
    started = rounds.start(GUARD, estate.east.id, estate.guard.id)
    estate.patrol.findings.record(
        GUARD,
        started.id,
        estate.east.checkpoints[1].id,
        FindingInput(FindingCategory.FIRE_EQUIPMENT, seen, "已拍照"),
    )


def _findings_panel(qtbot: QtBot, services: Services, actor: Actor) -> FindingsPanel:
    panel = FindingsPanel(services, actor)
    qtbot.addWidget(panel)
    panel.resize(1300, 500)
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    return panel


def _ok(qtbot: QtBot, panel: FindingsPanel) -> None:
    form = panel.forms.form
    assert form is not None
    qtbot.mouseClick(form.buttons.button(form.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_open_findings_escalated_ticketed_and_dealt_with(
    qtbot: QtBot, estate: Estate, qtmodeltester: ModelTester
) -> None:
    _finding(estate)
    panel = _findings_panel(qtbot, estate.services, GUARD)
    model = panel.model
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    assert panel.count_label.text() == "1 open findings"
    assert not panel.escalate_button.isEnabled()  # nothing chosen yet
    texts = [str(model.data(model.index(0, c))) for c in range(model.columnCount())]
    assert texts[3:7] == ["2号消防通道", "东区", "Fire equipment", "灭火器压力不足"]
    assert model.is_flagged(model.rows()[0])  # nobody told, no ticket
    panel.view.selectRow(0)

    form = panel.escalate()
    assert isinstance(form, EscalateForm)
    qtbot.waitUntil(form.to_edit.hasFocus)
    _ok(qtbot, panel)  # nobody named: refused next to the field
    assert form.isVisible()
    assert form.form.error_text("escalated_to") == "Say who was told."
    type_text(form.to_edit, "陈经理")
    _ok(qtbot, panel)
    qtbot.waitUntil(lambda: panel.forms.form is None)
    assert texts[8] == ""
    assert str(model.data(model.index(0, 8))).startswith("陈经理 ")

    ticket_form = panel.open_ticket()
    assert isinstance(ticket_form, OpenTicketForm)
    # Suggested from the finding's category; the priority as usual.
    assert ticket_form.category_combo.currentData() == RepairCategory.FIRE_EQUIPMENT.value
    assert ticket_form.priority_combo.currentData() == RepairPriority.NORMAL.value
    _ok(qtbot, panel)
    qtbot.waitUntil(lambda: panel.forms.form is None)
    row = model.rows()[0]
    assert row.ticket is not None
    assert not model.is_flagged(row)
    assert str(model.data(model.index(0, 9))) == f"{row.ticket.number} (Reported)"
    assert not panel.ticket_button.isEnabled()  # one ticket per finding
    ticket = estate.services.module(RepairServices).tickets.detail(CLERK, row.ticket.id)
    assert "灭火器压力不足" in ticket.description

    resolve = panel.resolve()
    assert isinstance(resolve, ResolveForm)
    type_text(resolve.resolution_edit, "已更换灭火器")
    _ok(qtbot, panel)
    qtbot.waitUntil(lambda: panel.forms.form is None)
    assert model.rowCount() == 0
    assert panel.count_label.text() == "0 open findings"
    assert estate.patrol.findings.open_findings(MANAGER) == []


def test_show_round_and_what_each_role_may_do(qtbot: QtBot, estate: Estate) -> None:
    _finding(estate)
    (row,) = estate.patrol.findings.open_findings(MANAGER)
    clerk = _findings_panel(qtbot, estate.services, CLERK)
    # Clerks read findings and open tickets; guards and managers carry them on.
    assert clerk.escalate_button.isHidden()
    assert clerk.resolve_button.isHidden()
    assert not clerk.ticket_button.isHidden()
    assert not clerk.round_button.isHidden()
    assert clerk.escalate() is None
    assert clerk.resolve() is None
    clerk.view.selectRow(0)
    shown: list[object] = []
    clerk.round_activated.connect(shown.append)
    qtbot.mouseClick(clerk.round_button, Qt.MouseButton.LeftButton)
    _double_click(qtbot, clerk.view, 0)
    assert shown == [row.finding.round_id, row.finding.round_id]
    guard = _findings_panel(qtbot, estate.services, GUARD)
    assert not guard.escalate_button.isHidden()
    assert not guard.ticket_button.isHidden()


def test_a_refused_action_is_said_and_the_list_stays(
    qtbot: QtBot, estate: Estate, boxes: Boxes
) -> None:
    _finding(estate)
    panel = _findings_panel(qtbot, estate.services, MANAGER)
    panel.view.selectRow(0)
    (row,) = panel.model.rows()
    estate.patrol.findings.resolve(MANAGER, row.finding.id, "另一站已处理")  # another station
    form = panel.resolve()
    assert form is not None
    type_text(form.resolution_edit, "已处理")
    _ok(qtbot, panel)
    assert form.form.error_text("resolution") == "That finding is already dealt with."
    form.reject()
    qtbot.waitUntil(lambda: panel.forms.form is None)
    assert boxes.texts() == []
    panel.refresh()
    assert panel.model.rowCount() == 0
