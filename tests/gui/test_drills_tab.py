"""The drills and training tab: a session recorded by keyboard (F2, the fields,
Space ticks a participant, Ctrl+Enter saves), shown in the list and the detail,
its record and its sign-in sheet to print preview, voided with a reason; the year's
plan adopted with one click with its states in words and colour; a staff member's
history; a refusal shown next to its field; the table models; a look at each page."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from propdesk.domain.drills.kinds import Topic
from propdesk.domain.drills.plan import PlanState
from propdesk.domain.roles import Role
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.drills.inputs import SessionInput
from propdesk.services.drills.navigation import PlanView, SessionView
from propdesk.services.drills.service import DrillServices
from propdesk.services.master_data.staff import StaffInput
from propdesk.ui.fonts import ensure_cjk_font
from propdesk.ui.tabs.drills import module, session_detail
from propdesk.ui.tabs.drills.names import OVERDUE_COLOR
from propdesk.ui.tabs.drills.plan_model import PlanModel
from propdesk.ui.tabs.drills.session_form import SessionForm
from propdesk.ui.tabs.drills.session_model import HistoryModel, SessionModel
from propdesk.ui.tabs.drills.tab import DrillsTab
from tests.gui.conftest import Previews
from tests.gui.keys import type_text

MANAGER = Actor(None, "boss", "陈经理", Role.MANAGER, "工程部")
GUARD = Actor(None, "guard", "王保安", Role.GUARD, "东门岗亭")
SHOTS = Path("/tmp/drills")


@pytest.fixture
def services(ready_services: Services) -> Services:
    for name, dept in (("周建国", "security"), ("张伟", "security"), ("王强", "engineering")):
        ready_services.staff.save(MANAGER, StaffInput(name, dept))
    return ready_services


def _tab(qtbot: QtBot, services: Services, actor: Actor = MANAGER) -> DrillsTab:
    ensure_cjk_font(QApplication.instance())  # type: ignore[arg-type]  # the names shown
    tab = DrillsTab(services, actor)
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()  # shortcuts act in the active window only
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tab)
    return tab


def _form(tab: DrillsTab) -> SessionForm:
    form = tab.forms.form
    assert isinstance(form, SessionForm)
    return form


def test_record_by_keyboard_then_print_and_void(
    qtbot: QtBot, services: Services, previews: Previews, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = _tab(qtbot, services)
    tab.list_panel.view.setFocus()
    qtbot.keyClick(tab.list_panel.view, Qt.Key.Key_F2)
    form = _form(tab)
    qtbot.waitUntil(form.isVisible)
    form.at_edit.setDateTime(form.at_edit.dateTime().addSecs(-3600))
    form.title_edit.setFocus()
    form.title_edit.selectAll()
    type_text(form.title_edit, "上半年消防演练")
    form.people_list.setFocus()
    form.people_list.setCurrentRow(1)
    qtbot.keyClick(form.people_list, Qt.Key.Key_Space)
    assert len(form.ticked()) == 1
    form.residents_spin.setValue(30)
    form.sign_in_button.click()  # the blank sheet of what the form holds, nothing saved
    assert previews.slips
    assert previews.slips[-1].table is not None
    assert tab.list_panel.model.rowCount() == 0
    if SHOTS.is_dir():
        form.grab().save(str(SHOTS / "form.png"))
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    qtbot.keyClick(form.texts["problems"], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not [n for n in ("title", "held_at", "participants") if form.form.error_text(n)]
    qtbot.waitUntil(lambda: tab.forms.form is None)
    assert tab.list_panel.model.rowCount() == 1
    row = tab.list_panel.model.row_at(0)
    assert row is not None
    assert row.number.startswith("YL")
    assert row.title == "上半年消防演练"
    assert tab.detail_panel.detail is not None
    assert tab.detail_panel.detail.id == row.id
    assert "张伟" in tab.detail_panel.facts["people"].text()
    tab.detail_panel.print_button.click()
    assert previews.slips[-1].number == row.number

    def void_with_reason(dialog: QDialog) -> int:
        dialog.reason_edit.setText("重复登记")  # type: ignore[attr-defined]
        dialog._on_accept()  # type: ignore[attr-defined]
        return dialog.result()

    monkeypatch.setattr(session_detail, "exec_once", void_with_reason)
    tab.detail_panel.void_button.click()
    voided = tab.list_panel.model.row_at(0)
    assert voided is not None
    assert voided.voided
    assert tab.list_panel.model.is_inactive(voided)
    assert not tab.detail_panel.void_button.isEnabled()
    if SHOTS.is_dir():
        tab.grab().save(str(SHOTS / "sessions.png"))


def test_a_refusal_shows_next_to_its_field(qtbot: QtBot, services: Services) -> None:
    tab = _tab(qtbot, services)
    form = tab.new_session()
    assert form is not None
    form.title_edit.clear()
    qtbot.keyClick(form.title_edit, Qt.Key.Key_Return)
    assert form.isVisible()
    assert form.form.error_text("title")
    form.title_edit.setText("消防演练")
    qtbot.keyClick(form.title_edit, Qt.Key.Key_Return)  # nobody ticked, no residents
    assert form.form.error_text("participants")
    form.reject()


def test_plan_page_and_history(qtbot: QtBot, services: Services) -> None:
    doors = services.module(DrillServices)
    staff = doors.sessions.staff_choices(MANAGER)
    year = date.today().year
    held = datetime(year, 1, 2, 10).astimezone()
    doors.sessions.record(
        MANAGER,
        SessionInput(Topic.FIRE_SAFETY, "消防安全知识培训", held, 60, staff[0].id, (staff[1].id,)),
    )
    tab = _tab(qtbot, services)
    assert module.TAB.show_view(tab, PlanView(year))
    assert tab.pages.currentWidget() is tab.plan_panel
    assert tab.plan_panel.model.rowCount() == 0
    tab.plan_panel.adopt_button.click()
    assert tab.plan_panel.model.rowCount() == 9
    assert not tab.plan_panel.adopt_button.isEnabled()
    plan = tab.plan_panel.plan
    assert plan is not None
    first = plan.rows[0]
    assert first.topic is Topic.FIRE_SAFETY
    assert first.state in (PlanState.DONE, PlanState.DONE_LATE)
    model = tab.plan_panel.model
    for row, line in enumerate(plan.rows):
        color = model.data(model.index(row, PlanModel.COL_STATE), Qt.ItemDataRole.ForegroundRole)
        if line.state is PlanState.OVERDUE:
            assert color == OVERDUE_COLOR
    if SHOTS.is_dir():
        tab.grab().save(str(SHOTS / "plan.png"))
    tab.pages.setCurrentWidget(tab.history_panel)
    tab.history_panel.show_staff(staff[1].id)
    assert tab.history_panel.model.rowCount() == 1
    assert "1" in tab.history_panel.summary.text()
    if SHOTS.is_dir():
        tab.grab().save(str(SHOTS / "history.png"))
    session_id = doors.sessions.rows(MANAGER, tab.list_panel.current_filter()).rows[0].id
    assert module.TAB.show_view(tab, SessionView(session_id))
    assert tab.detail_panel.detail is not None
    assert tab.detail_panel.detail.id == session_id


def test_a_guard_only_reads(qtbot: QtBot, services: Services) -> None:
    tab = _tab(qtbot, services, GUARD)
    assert not tab.new_button.isVisible()
    assert tab.new_session() is None
    assert not tab.plan_panel.adopt_button.isVisible()


def test_models(qtmodeltester: ModelTester, services: Services) -> None:
    doors = services.module(DrillServices)
    staff = doors.sessions.staff_choices(MANAGER)
    held = datetime.now().astimezone() - timedelta(days=1)
    detail = doors.sessions.record(
        MANAGER, SessionInput(Topic.FLOOD, "防汛演练", held, 90, staff[0].id, (staff[2].id,), 5)
    )
    doors.plan.adopt_default(MANAGER, held.year)
    sessions = SessionModel()
    sessions.set_rows([detail.row])
    qtmodeltester.check(sessions)
    history = HistoryModel()
    history.set_rows(doors.sessions.staff_history(MANAGER, staff[2].id).lines)
    qtmodeltester.check(history)
    plan = PlanModel()
    plan.set_rows(doors.plan.plan(MANAGER, held.year).rows)
    qtmodeltester.check(plan)
    assert QApplication.instance() is not None
