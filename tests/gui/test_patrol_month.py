"""The patrol tab's month view: a month's slots per day and per guard, the month changed
by keys, and from every figure the rounds behind it — a day's grid, a day's late
rounds (a night's slots after midnight included), a guard's rounds — and from a round
its detail."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QDateEdit, QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from propdesk.domain.patrol.timing import Verdict
from propdesk.domain.roles import Role
from propdesk.domain.service_targets import Period
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.master_data.staff import StaffInfo, StaffInput
from propdesk.services.patrol.compliance import DayFigures, PeriodFigures
from propdesk.services.patrol.inputs import CheckpointInput, RouteInput
from propdesk.services.patrol.round_detail import RoundDetail
from propdesk.services.patrol.routes import RouteInfo
from propdesk.services.patrol.service import PatrolServices
from propdesk.ui.tabs.patrol.month_models import (
    DayFiguresModel,
    GuardFiguresModel,
    RoundRowsModel,
    percent,
)
from propdesk.ui.tabs.patrol.month_panel import MonthPanel
from propdesk.ui.tabs.patrol.rounds_list_dialog import RoundsListDialog
from propdesk.ui.tabs.patrol.tab import PatrolTab

ADMIN = Actor(None, "admin", "管理员", Role.ADMIN, "客服中心")
MANAGER = Actor(None, "boss", "陈经理", Role.MANAGER, "客服中心")
GUARD = Actor(None, "guard", "王保安", Role.GUARD, "东门岗亭")


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute)).astimezone()


def month_before(day: date) -> date:
    """The first of the month before `day`'s."""
    return (day.replace(day=1) - timedelta(days=1)).replace(day=1)


class Estate:
    """Two routes of three checkpoints, two guards, rounds in the month before this one:

    day 10  10:03 east 张 on time · 10:14 west 李 late, but the slot was on time ·
            11:20 west 张 late (one of three reached) · 12:02 west 张 abandoned
    day 11  14:05 east 张 on time, walked too fast
    day 12  its night's 00:30 slot (on day 13): west 李 at 00:42, late
    """

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
        self.zhang = services.staff.save(ADMIN, StaffInput("张保安", "security", "保安"))
        self.li = services.staff.save(ADMIN, StaffInput("李保安", "security", "保安"))
        self.today = datetime.now().astimezone().date()
        self.first = month_before(self.today)
        self.period = Period.month(self.first.year, self.first.month)
        d10, d11, d13 = (self.first.replace(day=n) for n in (10, 11, 13))
        self.day = d10
        self.on_time = self.walk(self.zhang, self.east, local(d10, 10, 3))
        self.saved_late = self.walk(self.li, self.west, local(d10, 10, 14))
        self.late = self.walk(self.zhang, self.west, local(d10, 11, 20), reached=1)
        self.abandoned = self.patrol.rounds.start(
            GUARD, self.west.id, self.zhang.id, at=local(d10, 12, 2)
        )
        self.patrol.rounds.abandon(GUARD, self.abandoned.id, "被叫走")
        self.too_fast = self.walk(self.zhang, self.east, local(d11, 14, 5), pace_seconds=20)
        self.night_late = self.walk(self.li, self.west, local(d13, 0, 42))

    def walk(
        self,
        guard: StaffInfo,
        route: RouteInfo,
        start: datetime,
        reached: int = 3,
        pace_seconds: int = 120,
    ) -> RoundDetail:
        rounds = self.patrol.rounds
        started = rounds.start(GUARD, route.id, guard.id, at=start)
        at = start
        for checkpoint in route.checkpoints[:reached]:
            at += timedelta(seconds=pace_seconds)
            rounds.scan(GUARD, checkpoint.code, started.id, at=at)
        return rounds.finish(GUARD, started.id, at=at + timedelta(seconds=pace_seconds))


@pytest.fixture
def estate(services: Services, beijing_time: None) -> Estate:
    del beijing_time
    services.estate.set_up("翠湖花园")
    return Estate(services)


def _show(qtbot: QtBot, widget: MonthPanel | PatrolTab) -> None:
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)  # shortcuts act in the active window only


def _panel(qtbot: QtBot, services: Services, actor: Actor = MANAGER) -> MonthPanel:
    panel = MonthPanel(services, actor)
    _show(qtbot, panel)
    return panel


def _tab(qtbot: QtBot, services: Services) -> PatrolTab:
    tab = PatrolTab(services, MANAGER)
    _show(qtbot, tab)
    tab.views.setCurrentWidget(tab.month_panel)
    return tab


def _text(model: QAbstractItemModel, row: int, column: int) -> str:
    return str(model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole))


def _row_texts(model: QAbstractItemModel, row: int) -> list[str]:
    return [_text(model, row, c) for c in range(model.columnCount())]


def _key(qtbot: QtBot, view: QTableView, key: Qt.Key) -> None:
    """A key pressed in a table, as after clicking into it."""
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, key)


def _press_enter_on(qtbot: QtBot, view: QTableView, row: int, column: int) -> None:
    view.setFocus()
    view.setCurrentIndex(view.model().index(row, column))
    qtbot.keyClick(view, Qt.Key.Key_Return)


def _day_row(panel: MonthPanel, day: date) -> int:
    return next(i for i, row in enumerate(panel.days_model.rows()) if row.day == day)


def _figures(panel: MonthPanel) -> PeriodFigures:
    assert panel.figures is not None
    return panel.figures


def _list(panel: MonthPanel) -> RoundsListDialog:
    dialog = panel.list_dialog
    assert dialog is not None
    assert dialog.isVisible()
    return dialog


def _numbers(dialog: RoundsListDialog) -> list[str]:
    return [row.number for row in dialog.model.rows()]


# -- the figures ----------------------------------------------------------------------------
def test_a_month_per_day_and_per_guard(
    qtbot: QtBot, estate: Estate, qtmodeltester: ModelTester
) -> None:
    panel = _panel(qtbot, estate.services)
    panel.show_month(estate.first.year, estate.first.month)
    days, guards = panel.days_model, panel.guards_model
    qtmodeltester.check(days)
    qtmodeltester.check(guards)
    assert days.rowCount() == len(estate.period.days)  # a past month: every day
    ten = _day_row(panel, estate.day)
    figures: DayFigures = days.rows()[ten]
    # 32 slots; 10:00 on time (east, although west was late), 11:00 late, the rest missed.
    assert (figures.scheduled, figures.on_time, figures.late, figures.missed) == (32, 1, 1, 30)
    texts = _row_texts(days, ten)
    assert texts[0].startswith(estate.day.isoformat())  # with its weekday
    assert texts[1:] == ["32", "1", "1", "30", "3.1%"]
    right = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
    alignment = days.data(
        days.index(ten, DayFiguresModel.COL_PERCENT), Qt.ItemDataRole.TextAlignmentRole
    )
    assert alignment == right
    assert [_row_texts(guards, r) for r in range(guards.rowCount())] == [
        ["张保安", "3", "2", "1", "1", "0"],  # the abandoned round counts nowhere
        ["李保安", "2", "0", "2", "0", "0"],
    ]
    total = _figures(panel)
    assert (total.rounds, total.extra_rounds, total.abandoned) == (5, 0, 1)
    assert panel.summary_label.text() == (
        f"{estate.period.label}: {total.scheduled} slots due: 2 on time, 2 late, "
        f"{total.missed} missed ({percent(2, total.scheduled)} on time). 5 rounds walked, "
        "0 of them extra (no slot); 1 abandoned."
    )
    assert percent(1, 3) == "33.3%"
    assert percent(0, 0) == "—"


def test_a_month_without_rounds_shows_zeros_and_says_so(qtbot: QtBot, estate: Estate) -> None:
    panel = _panel(qtbot, estate.services)
    earlier = month_before(estate.first)
    panel.show_month(earlier.year, earlier.month)
    figures = _figures(panel)
    assert (figures.rounds, figures.extra_rounds, figures.abandoned) == (0, 0, 0)
    assert figures.on_time == figures.late == 0
    assert panel.guards_model.rowCount() == 0
    days = panel.days_model
    assert {tuple(_row_texts(days, r)[1:]) for r in range(days.rowCount())} == {
        ("32", "0", "0", "32", "0.0%")
    }
    assert panel.summary_label.text().endswith(
        "0 rounds walked, 0 of them extra (no slot); 0 abandoned. "
        "No patrol rounds are on record for this month."
    )


def test_the_month_changes_by_keys_one_read_each(
    qtbot: QtBot, estate: Estate, monkeypatch: pytest.MonkeyPatch
) -> None:
    compliance = type(estate.patrol.compliance)
    real = compliance.period
    calls: list[Period] = []

    def counted(self: object, actor: Actor, period: Period, now: datetime | None = None) -> object:
        calls.append(period)
        return real(self, actor, period, now)  # type: ignore[arg-type]

    monkeypatch.setattr(compliance, "period", counted)
    panel = _panel(qtbot, estate.services)
    this_month = Period.month(estate.today.year, estate.today.month)
    assert calls == [this_month]  # read when shown, this month by default
    assert panel.period == this_month
    assert not panel.next_button.isEnabled()  # no month that has not begun
    # Today's the last day listed, and chosen.
    assert panel.days_model.rows()[-1].day == estate.today
    assert panel.days_view.currentIndex().row() == panel.days_model.rowCount() - 1

    _key(qtbot, panel.days_view, Qt.Key.Key_PageUp)
    assert panel.period == estate.period
    assert calls == [this_month, estate.period]
    assert panel.guards_model.rowCount() == 2
    _key(qtbot, panel.guards_view, Qt.Key.Key_PageDown)
    assert panel.period == this_month
    _key(qtbot, panel.days_view, Qt.Key.Key_PageDown)  # no later month
    assert panel.period == this_month
    assert len(calls) == 3

    # In the month field the arrow keys step its month.
    edit: QDateEdit = panel.month_edit
    edit.setFocus()
    edit.setCurrentSection(QDateEdit.Section.MonthSection)
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    assert panel.period == estate.period
    assert calls[-1] == estate.period
    assert len(calls) == 4
    panel.show_this_month()
    assert len(calls) == 5
    assert panel.period == this_month


# -- from a figure to what it counts ----------------------------------------------------------
def test_enter_on_a_day_shows_its_grid_in_the_tab(qtbot: QtBot, estate: Estate) -> None:
    tab = _tab(qtbot, estate.services)
    panel = tab.month_panel
    _key(qtbot, panel.days_view, Qt.Key.Key_PageUp)
    ten = _day_row(panel, estate.day)
    _press_enter_on(qtbot, panel.days_view, ten, DayFiguresModel.COL_DAY)
    assert tab.views.currentWidget() is tab.day_grid
    assert tab.day_grid.day == estate.day
    assert tab.day_grid.grid is not None
    assert tab.day_grid.grid.count(Verdict.LATE) == 1
    # A missed figure has no round behind it: the day's grid shows its slots.
    tab.views.setCurrentWidget(panel)
    eleven = _day_row(panel, estate.day + timedelta(days=1))
    _press_enter_on(qtbot, panel.days_view, eleven, DayFiguresModel.COL_MISSED)
    assert tab.views.currentWidget() is tab.day_grid
    assert tab.day_grid.day == estate.day + timedelta(days=1)
    assert panel.list_dialog is None


def test_a_double_click_on_a_day_asks_for_its_grid(qtbot: QtBot, estate: Estate) -> None:
    panel = _panel(qtbot, estate.services)
    panel.show_month(estate.first.year, estate.first.month)
    asked: list[object] = []
    panel.day_activated.connect(asked.append)
    ten = _day_row(panel, estate.day)
    view = panel.days_view
    centre = view.visualRect(panel.days_model.index(ten, 0)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert asked == [estate.day]


def test_a_late_figure_lists_the_late_rounds_of_its_slots(
    qtbot: QtBot, estate: Estate, qtmodeltester: ModelTester
) -> None:
    panel = _panel(qtbot, estate.services)
    panel.show_month(estate.first.year, estate.first.month)
    asked: list[object] = []
    panel.day_activated.connect(asked.append)
    _press_enter_on(qtbot, panel.days_view, _day_row(panel, estate.day), DayFiguresModel.COL_LATE)
    dialog = _list(panel)
    qtmodeltester.check(dialog.model)
    # 李's late round answered a slot east saved: that slot was on time.
    assert _numbers(dialog) == [estate.late.number]
    assert dialog.windowTitle() == f"Late rounds of the slots of {estate.day.isoformat()}"
    assert dialog.count_label.text() == "1 rounds, oldest first."
    assert not dialog.view.isColumnHidden(RoundRowsModel.COL_GUARD)
    assert asked == []
    texts = _row_texts(dialog.model, 0)
    assert texts[RoundRowsModel.COL_GUARD] == "张保安"
    assert texts[RoundRowsModel.COL_SLOT] == f"{estate.day.isoformat()} 11:00"
    assert texts[RoundRowsModel.COL_VERDICT] == "Late"
    assert texts[RoundRowsModel.COL_REACHED] == "1/3"
    assert texts[RoundRowsModel.COL_FLAGS] == "2 skipped"

    # Day 12's night: its 00:30 slot falls on day 13, and so does its late round.
    twelve = estate.day + timedelta(days=2)
    _press_enter_on(qtbot, panel.days_view, _day_row(panel, twelve), DayFiguresModel.COL_LATE)
    night = _list(panel)
    assert night is not dialog  # one list at a time: the first was closed
    assert not dialog.isVisible()
    assert _numbers(night) == [estate.night_late.number]
    assert _text(night.model, 0, RoundRowsModel.COL_SLOT) == (
        f"{(twelve + timedelta(days=1)).isoformat()} 00:30"
    )
    day13 = panel.days_model.rows()[_day_row(panel, twelve + timedelta(days=1))]
    assert day13.late == 0
    _press_enter_on(qtbot, panel.days_view, _day_row(panel, day13.day), DayFiguresModel.COL_LATE)
    assert asked == [day13.day]  # nothing late there: its grid instead


def test_enter_on_a_guard_lists_exactly_their_rounds_and_a_round_its_detail(
    qtbot: QtBot, estate: Estate, qtmodeltester: ModelTester
) -> None:
    tab = _tab(qtbot, estate.services)
    panel = tab.month_panel
    _key(qtbot, panel.days_view, Qt.Key.Key_PageUp)
    zhang = panel.guards_model.row_of("张保安")
    _press_enter_on(qtbot, panel.guards_view, zhang, GuardFiguresModel.COL_GUARD)
    dialog = _list(panel)
    qtmodeltester.check(dialog.model)
    assert _numbers(dialog) == [
        r.number for r in (estate.on_time, estate.late, estate.abandoned, estate.too_fast)
    ]
    assert dialog.windowTitle() == f"张保安 — rounds {estate.period.label}"
    assert dialog.count_label.text() == (
        "4 rounds, oldest first. 1 of them abandoned (they count nowhere)."
    )
    assert dialog.view.isColumnHidden(RoundRowsModel.COL_GUARD)  # all his
    abandoned = _row_texts(dialog.model, 2)
    assert abandoned[RoundRowsModel.COL_STATE] == "Abandoned"
    assert abandoned[RoundRowsModel.COL_VERDICT] == ""  # it answers nothing
    assert abandoned[RoundRowsModel.COL_FLAGS] == "given up: 被叫走"
    fast = _row_texts(dialog.model, 3)
    assert fast[RoundRowsModel.COL_VERDICT] == "On time"
    assert fast[RoundRowsModel.COL_FLAGS] == "walked too fast"

    # A round: Enter in the list opens its detail in the tab; the list stays.
    qtbot.waitUntil(dialog.view.hasFocus)
    qtbot.keyClick(dialog.view, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)
    detail = tab.detail_dialog
    assert detail is not None
    assert detail.round_id == estate.late.id
    assert detail.detail is not None
    assert detail.detail.number == estate.late.number
    assert dialog.isVisible()  # Enter did not press Close
    detail.close()

    # Each of a guard's figures lists the rounds it counts.
    for column, wanted in (
        (GuardFiguresModel.COL_ON_TIME, [estate.on_time, estate.too_fast]),
        (GuardFiguresModel.COL_LATE, [estate.late]),
        (GuardFiguresModel.COL_TOO_FAST, [estate.too_fast]),
    ):
        _press_enter_on(qtbot, panel.guards_view, zhang, column)
        figure = int(_text(panel.guards_model, zhang, column))
        assert _numbers(_list(panel)) == [r.number for r in wanted]
        assert figure == len(wanted)
    li = panel.guards_model.row_of("李保安")
    _press_enter_on(qtbot, panel.guards_view, li, GuardFiguresModel.COL_LATE)
    assert _numbers(_list(panel)) == [estate.saved_late.number, estate.night_late.number]
    assert _list(panel).windowTitle() == f"李保安 — late rounds {estate.period.label}"


def test_the_rounds_of_the_month(qtbot: QtBot, estate: Estate) -> None:
    panel = _panel(qtbot, estate.services)
    panel.show_month(estate.first.year, estate.first.month)
    qtbot.mouseClick(panel.rounds_button, Qt.MouseButton.LeftButton)
    dialog = _list(panel)
    assert len(dialog.rows) == 6  # the five counted and the abandoned one
    assert dialog.windowTitle() == f"Patrol rounds of {estate.period.label}"
    assert not dialog.more
    dialog.reject()
    qtbot.waitUntil(lambda: panel.list_dialog is None)


def test_the_month_view_is_a_sub_tab_read_when_shown(qtbot: QtBot, estate: Estate) -> None:
    tab = PatrolTab(estate.services, MANAGER)
    _show(qtbot, tab)
    assert [tab.views.tabText(i) for i in range(tab.views.count())] == [
        "Day grid",
        "Open findings",
        "Month",
    ]
    assert tab.month_panel.objectName() == "patrol_month"
    assert tab.month_panel.figures is None  # not read while not shown
    tab.views.setCurrentIndex(2)
    assert tab.month_panel.figures is not None
