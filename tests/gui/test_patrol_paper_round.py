"""A paper round entered afterwards by a clerk: each mistake is told next to its field
and nothing is written; a good sheet becomes a finished round marked entered later,
with the times typed (a night's after midnight on the next day) and its issue."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from propdesk.domain.patrol.rounds import RoundSource, RoundState, VisitHow
from propdesk.domain.roles import Role
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.master_data.staff import StaffInfo, StaffInput
from propdesk.services.patrol.inputs import CheckpointInput, RouteInput
from propdesk.services.patrol.routes import RouteInfo
from propdesk.services.patrol.service import PatrolServices
from propdesk.store.models import PatrolRound
from propdesk.ui.tabs.patrol.paper_round_dialog import PaperRoundDialog, sheet_time
from propdesk.ui.tabs.patrol.pickers import choose_id, chosen_id
from propdesk.ui.tabs.patrol.tab import PatrolTab
from tests.gui.conftest import Boxes

ADMIN = Actor(None, "admin", "管理员", Role.ADMIN, "客服中心")
MANAGER = Actor(None, "boss", "陈经理", Role.MANAGER, "客服中心")
CLERK = Actor(None, "clerk", "李客服", Role.CLERK, "客服中心")


class Estate:
    def __init__(self, services: Services) -> None:
        self.services = services
        self.patrol = services.module(PatrolServices)
        routes = self.patrol.routes
        route = routes.add_route(MANAGER, RouteInput("东区夜巡"))
        for n, name in enumerate(("1栋大堂", "2号消防通道", "地库入口"), start=1):
            routes.add_checkpoint(MANAGER, route.id, CheckpointInput(f"E-{n}", name))
        self.route: RouteInfo = routes.route(MANAGER, route.id)
        self.cleaner: StaffInfo = services.staff.save(ADMIN, StaffInput("李保洁", "cleaning"))
        self.guard: StaffInfo = services.staff.save(ADMIN, StaffInput("张保安", "security"))

    def rounds(self) -> int:
        with self.services.store.read() as session:
            return session.scalar(select(func.count()).select_from(PatrolRound)) or 0


@pytest.fixture
def estate(services: Services, beijing_time: None) -> Estate:
    del beijing_time
    return Estate(services)


def _tab(qtbot: QtBot, services: Services) -> PatrolTab:
    tab = PatrolTab(services, CLERK)
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    return tab


def _dialog(qtbot: QtBot, tab: PatrolTab) -> PaperRoundDialog:
    dialog = tab.open_paper_round()
    assert isinstance(dialog, PaperRoundDialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _at(moment: datetime) -> QDateTime:
    return QDateTime(moment.date(), moment.time().replace(second=0, microsecond=0))


def _ok(qtbot: QtBot) -> None:
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)


def test_mistakes_are_told_next_to_their_fields_and_nothing_is_written(
    qtbot: QtBot, estate: Estate, boxes: Boxes
) -> None:
    tab = _tab(qtbot, estate.services)
    dialog = _dialog(qtbot, tab)
    assert dialog.route_combo.hasFocus()
    # The guards first in the picker, then the rest of the staff.
    guards = [dialog.guard_combo.itemText(i) for i in range(dialog.guard_combo.count())]
    assert guards[1:] == ["张保安 (安保部)", "李保洁 (保洁部)"]
    assert [row.checkpoint.code for row in dialog.rows] == ["E-1", "E-2", "E-3"]

    _ok(qtbot)  # nobody chosen
    assert dialog.form.error_text("guard_id") == "Choose the guard who walked the round."

    qtbot.keyClick(_focused(), Qt.Key.Key_Down)  # the guard picker has the focus now
    assert chosen_id(dialog.guard_combo) == estate.guard.id
    now = datetime.now().astimezone()
    dialog.start_edit.setDateTime(_at(now - timedelta(hours=1)))
    dialog.end_edit.setDateTime(_at(now - timedelta(hours=2)))
    _ok(qtbot)
    assert dialog.form.error_text("finished_at") == "The round cannot end before it started."
    assert dialog.form.error_text("guard_id") == ""

    dialog.end_edit.setDateTime(_at(now))
    _ok(qtbot)  # every time left empty: nothing was reached
    assert dialog.form.error_text("visits") == "Enter the time of at least one checkpoint."

    qtbot.keyClicks(dialog.rows[0].time_edit, "8:7")
    _ok(qtbot)
    assert dialog.form.error_text("visits") == (
        "8:7 is not a time: type it as on the sheet, e.g. 08:15."
    )

    dialog.start_edit.setDateTime(_at(now - timedelta(days=20)))
    dialog.end_edit.setDateTime(_at(now - timedelta(days=20) + timedelta(minutes=30)))
    dialog.rows[0].time_edit.clear()
    qtbot.keyClicks(dialog.rows[0].time_edit, (now - timedelta(days=20)).strftime("%H:%M"))
    _ok(qtbot)
    assert "more than 14 days ago" in dialog.form.error_text("started_at")

    assert dialog.isVisible()
    assert estate.rounds() == 0
    assert not boxes.shown


def test_a_sheet_becomes_a_finished_round_entered_later(qtbot: QtBot, estate: Estate) -> None:
    tab = _tab(qtbot, estate.services)
    dialog = _dialog(qtbot, tab)
    assert choose_id(dialog.guard_combo, estate.guard.id)
    start = (datetime.now().astimezone() - timedelta(hours=3)).replace(second=0, microsecond=0)
    dialog.start_edit.setDateTime(_at(start))
    dialog.end_edit.setDateTime(_at(start + timedelta(minutes=40)))
    first, _second, third = dialog.rows
    # Tab goes down the sheet: time, issue, note, then the next checkpoint's time.
    first.time_edit.setFocus()
    qtbot.keyClicks(_focused(), (start + timedelta(minutes=5)).strftime("%H%M"))
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    assert first.issue_check.hasFocus()
    qtbot.keyClick(_focused(), Qt.Key.Key_Space)
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    assert first.note_edit.hasFocus()
    qtbot.keyClicks(_focused(), "door ajar")
    third.time_edit.setFocus()
    qtbot.keyClicks(_focused(), (start + timedelta(minutes=30)).strftime("%H:%M"))
    _ok(qtbot)
    qtbot.waitUntil(lambda: tab.open_form is None)

    saved = dialog.saved
    assert saved is not None
    detail = estate.patrol.rounds.detail(CLERK, saved.id)
    assert detail.state is RoundState.FINISHED
    assert detail.source is RoundSource.PAPER
    assert detail.entered_later
    assert detail.guard_name == "张保安"
    assert detail.started_at == start
    visits = [c.visit for c in detail.checkpoints]
    assert visits[1] is None  # left empty: skipped
    assert visits[0] is not None
    assert visits[2] is not None
    assert visits[0].at == start + timedelta(minutes=5)
    assert visits[0].how is VisitHow.PAPER
    assert not visits[0].ok
    assert visits[0].note == "door ajar"
    assert visits[2].ok
    assert detail.number in tab.status_label.text()
    assert "entered" in tab.status_label.text()


def test_a_time_before_the_start_is_the_next_morning(beijing_time: None) -> None:
    del beijing_time
    start = datetime(2026, 3, 1, 23, 40).astimezone()
    assert sheet_time("23:55", start) == datetime(2026, 3, 1, 23, 55).astimezone()
    assert sheet_time("0010", start) == datetime(2026, 3, 2, 0, 10).astimezone()
    assert sheet_time("23:40", start) == start
    assert sheet_time("24:00", start) is None
    assert sheet_time("7", start) is None
