"""The work logs' tab driven by keyboard: the quick entry of a whole area (every row
done by default with its person, Space flips one, N marks one not done and types the
reason, Ctrl+Enter saves all; a missing reason stays in the dialog with its row
chosen and nothing written), the list and an entry's detail, voiding with a reason,
the week's plan in words and colour and its print preview, the tasks page (defaults
loaded, a new task by the form, retiring), the views the tab shows, every table model
through the model tester, and a look at each page."""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from propdesk.domain.roles import Role
from propdesk.domain.worklogs.kinds import DayState, Frequency, Trade
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.master_data.staff import StaffInput
from propdesk.services.worklogs.inputs import EntryInput, TaskInput
from propdesk.services.worklogs.navigation import EntryList, EntryView, WeekView
from propdesk.services.worklogs.search import KIND_ENTRY
from propdesk.services.worklogs.service import WorklogServices
from propdesk.services.worklogs.views import EntryFilter
from propdesk.ui.fonts import ensure_cjk_font
from propdesk.ui.tabs.worklogs import module
from propdesk.ui.tabs.worklogs.completion_model import CompletionModel
from propdesk.ui.tabs.worklogs.entry_list_model import EntryListModel
from propdesk.ui.tabs.worklogs.quick_entry import QuickEntryDialog
from propdesk.ui.tabs.worklogs.quick_entry_model import QuickEntryModel
from propdesk.ui.tabs.worklogs.tab import WorklogsTab
from propdesk.ui.tabs.worklogs.task_form import TaskForm
from propdesk.ui.tabs.worklogs.task_model import TaskModel
from propdesk.ui.tabs.worklogs.week_model import WeekModel
from propdesk.ui.widgets.reason_dialog import ReasonDialog
from tests.gui.conftest import Boxes, Previews, actor_of, add_user

LOOK = Path(os.environ.get("PROPDESK_LOOK_DIR", "/tmp/worklogs/look"))


@dataclass
class Office:
    services: Services
    doors: WorklogServices
    manager: Actor
    clerk: Actor
    cleaners: list[uuid.UUID]
    sweep: uuid.UUID
    rails: uuid.UUID
    water: uuid.UUID


@pytest.fixture
def office(ready_services: Services, admin: Actor) -> Office:
    services = ready_services
    manager = actor_of(services, add_user(services, admin, "boss", "陈经理", Role.MANAGER))
    clerk = actor_of(services, add_user(services, admin, "clerk", "李客服", Role.CLERK))
    cleaners = [
        services.staff.save(admin, StaffInput(name, "cleaning", "保洁员")).id
        for name in ("张保洁", "赵保洁")
    ]
    gardener = services.staff.save(admin, StaffInput("孙绿化", "greening", "绿化工")).id
    doors = services.module(WorklogServices)
    earlier = datetime.now().astimezone() - timedelta(days=10)

    def add(area: str, name: str, trade: Trade, staff: uuid.UUID, *days: int) -> uuid.UUID:
        frequency = Frequency.WEEKDAYS if days else Frequency.DAILY
        data = TaskInput(trade, area, name, frequency, days, None, 0, staff)
        return doors.tasks.add(manager, data, now=earlier).id

    sweep = add("1–4栋", "楼道清扫", Trade.CLEANING, cleaners[0])
    rails = add("1–4栋", "扶手擦拭", Trade.CLEANING, cleaners[1])
    water = add("中心花园", "浇水", Trade.GREENING, gardener)
    return Office(services, doors, manager, clerk, cleaners, sweep, rails, water)


def make_tab(qtbot: QtBot, office: Office, actor: Actor) -> WorklogsTab:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    ensure_cjk_font(app)
    tab = WorklogsTab(office.services, actor)
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()  # shortcuts act in the active window only
    qtbot.waitUntil(tab.isActiveWindow)
    return tab


def look(widget: object, name: str) -> None:
    LOOK.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(LOOK / f"{name}.png"))  # type: ignore[attr-defined]


def test_a_whole_area_is_logged_by_keyboard(qtbot: QtBot, office: Office, boxes: Boxes) -> None:
    tab = make_tab(qtbot, office, office.clerk)
    tab.list_panel.view.setFocus()
    qtbot.keyClick(tab.list_panel.view, Qt.Key.Key_F2)
    dialog = tab.forms.form
    assert isinstance(dialog, QuickEntryDialog)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.area_combo.setCurrentIndex(dialog.area_combo.findData("1–4栋"))
    model = dialog.model
    rows = {line.line.task.id: n for n, line in enumerate(model.lines())}
    assert set(rows) == {office.sweep, office.rails}
    assert all(line.done for line in model.lines())
    assert {line.staff_name for line in model.lines()} == {"张保洁", "赵保洁"}
    table = dialog.table
    rails = rows[office.rails]
    table.setCurrentIndex(model.index(rails, QuickEntryModel.COL_RESULT))
    qtbot.keyClick(table, Qt.Key.Key_Space)  # not done …
    assert not model.lines()[rails].done
    qtbot.keyClick(table, Qt.Key.Key_Space)  # … and done again
    assert model.lines()[rails].done
    table.setCurrentIndex(model.index(rails, QuickEntryModel.COL_RESULT))
    qtbot.keyClick(table, Qt.Key.Key_N)  # not done, the reason's cell open
    assert not model.lines()[rails].done
    look(dialog, "quick_entry")
    # Saved without the reason: refused, the row's reason chosen, nothing written.
    reason_editor = QApplication.focusWidget()
    assert reason_editor is not None
    assert reason_editor is not table
    qtbot.keyClick(reason_editor, Qt.Key.Key_Escape)  # leave the reason's editor empty
    assert dialog.isVisible()
    dialog.table.setCurrentIndex(model.index(rails, QuickEntryModel.COL_RESULT))
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()
    assert dialog.error_label.text()
    assert table.currentIndex().row() == rails
    assert table.currentIndex().column() == QuickEntryModel.COL_REASON
    assert office.doors.entries.rows(office.manager, EntryFilter()).rows == []
    look(dialog, "quick_entry_refused")
    # The reason typed into its cell, then Ctrl+Enter saves both rows.
    table.edit(model.index(rails, QuickEntryModel.COL_REASON))
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.insert("人员请假")  # QTest types ASCII only
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    shown = tab.list_panel.model.rows()
    assert sorted((r.task_name, r.done, r.reason) for r in shown) == [
        ("扶手擦拭", False, "人员请假"),
        ("楼道清扫", True, ""),
    ]
    assert "2" in tab.status_label.text()
    look(tab, "entries")


def test_an_entry_is_voided_with_a_reason(qtbot: QtBot, office: Office) -> None:
    today = date.today()
    office.doors.entries.log(
        office.clerk, EntryInput(office.sweep, today, True, office.cleaners[0])
    )
    tab = make_tab(qtbot, office, office.manager)
    tab.list_panel.view.selectRow(0)
    assert "楼道清扫" in tab.detail.text()
    assert tab.void_button.isEnabled()
    dialog = tab.void_selected()
    assert isinstance(dialog, ReasonDialog)
    dialog.reason_edit.insert("录错区域")  # QTest types ASCII only
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    row = tab.list_panel.model.rows()[0]
    assert row.voided
    assert "录错区域" in tab.detail.text()
    assert not tab.void_button.isEnabled()


def test_a_clerk_gets_no_void_and_the_committee_no_logging(
    qtbot: QtBot, office: Office, admin: Actor
) -> None:
    clerk_tab = make_tab(qtbot, office, office.clerk)
    assert clerk_tab.log_button.isVisible()
    assert not clerk_tab.void_button.isVisible()
    assert not clerk_tab.task_panel.add_button.isVisible()
    committee = actor_of(
        office.services, add_user(office.services, admin, "yw", "业委会", Role.COMMITTEE)
    )
    committee_tab = make_tab(qtbot, office, committee)
    assert not committee_tab.log_button.isVisible()
    assert committee_tab.log_area() is None


def test_the_week_plan_shows_states_and_prints(
    qtbot: QtBot, office: Office, previews: Previews
) -> None:
    today = date.today()
    monday = today - timedelta(days=today.isoweekday() - 1)
    entries = office.doors.entries
    entries.log(office.clerk, EntryInput(office.sweep, today, True, office.cleaners[0]))
    entries.log(
        office.clerk,
        EntryInput(office.water, today, False, None or _gardener(office), None, "下雨"),
    )
    tab = make_tab(qtbot, office, office.manager)
    tab.show_week(today)
    assert tab.pages.currentWidget() is tab.week_panel
    model = tab.week_panel.model
    column = WeekModel.FIRST_DAY + (today - monday).days
    texts = {
        model.index(r, WeekModel.COL_TASK).data(): model.index(r, column).data()
        for r in range(model.rowCount())
    }
    assert texts["楼道清扫"] == "Done"
    assert texts["浇水"] == "Not done"
    if today > monday:  # Monday has passed: nothing logged then is missing
        first = model.index(0, WeekModel.FIRST_DAY).data()
        assert first in ("Missing", "")
    assert tab.week_panel.completion.rowCount() >= 3
    look(tab, "week")
    assert tab.week_panel.print_week()
    assert len(previews.pdfs) == 1
    assert previews.pdfs[0].pages_painted >= 1


def _gardener(office: Office) -> uuid.UUID:
    staff = office.services.staff.list_staff(office.manager)
    return next(s.id for s in staff if s.name == "孙绿化")


def test_tasks_page_loads_defaults_adds_and_retires(
    qtbot: QtBot, office: Office, boxes: Boxes
) -> None:
    tab = make_tab(qtbot, office, office.manager)
    tab.pages.setCurrentWidget(tab.task_panel)
    panel = tab.task_panel
    assert panel.model.rowCount() == 3
    added = panel.load_defaults()
    assert added > 10
    assert panel.model.rowCount() == 3 + added
    form = panel.add_task()
    assert isinstance(form, TaskForm)
    qtbot.keyClick(form, Qt.Key.Key_Return)  # nothing typed: the area's message
    assert form.isVisible()
    assert form.form.error_text("area")
    form.area_combo.setCurrentText("5–8栋")
    form.name_edit.insert("楼道清扫")
    form.frequency_combo.setCurrentIndex(form.frequency_combo.findData(Frequency.WEEKDAYS.value))
    qtbot.keyClick(form.name_edit, Qt.Key.Key_Return)  # no weekday ticked
    assert form.isVisible()
    assert form.form.error_text("weekdays")
    form.weekday_boxes[0].setChecked(True)
    form.weekday_boxes[3].setChecked(True)
    qtbot.keyClick(form.name_edit, Qt.Key.Key_Return)
    assert not form.isVisible()
    names = [(t.area, t.name) for t in panel.model.rows()]
    assert ("5–8栋", "楼道清扫") in names
    look(tab, "tasks")
    panel.view.selectRow(0)
    assert panel.retire_selected()
    assert panel.model.rowCount() == 3 + added  # the retired one left the live list


def test_the_views_the_tab_shows(qtbot: QtBot, office: Office) -> None:
    entry = office.doors.entries.log(
        office.clerk, EntryInput(office.sweep, date.today(), True, office.cleaners[0])
    )
    tab = make_tab(qtbot, office, office.manager)
    assert module.TAB.show_view(tab, WeekView(date.today()))
    assert tab.pages.currentWidget() is tab.week_panel
    assert module.TAB.show_view(tab, EntryList(EntryFilter(done=False)))
    assert tab.list_panel.model.rows() == []
    assert module.TAB.show_view(tab, EntryView(entry.id))
    assert [r.id for r in tab.list_panel.model.rows()] == [entry.id]
    assert module.TAB.open_record(tab, KIND_ENTRY, entry.id)
    assert not module.TAB.show_view(tab, object())


def test_every_table_model(qtmodeltester: ModelTester, qtbot: QtBot, office: Office) -> None:
    today = date.today()
    office.doors.entries.log(
        office.clerk, EntryInput(office.sweep, today, True, office.cleaners[0])
    )
    tab = make_tab(qtbot, office, office.manager)
    tab.week_panel.refresh()
    assert tab.list_panel.model.rowCount() == 1
    for model in (
        tab.list_panel.model,
        tab.week_panel.model,
        tab.week_panel.completion,
        tab.task_panel.model,
    ):
        qtmodeltester.check(model)
    assert isinstance(tab.list_panel.model, EntryListModel)
    assert isinstance(tab.week_panel.completion, CompletionModel)
    assert isinstance(tab.task_panel.model, TaskModel)
    dialog = QuickEntryDialog(
        office.doors, office.clerk, ["1–4栋"], tab.staff_choices(), tab, today=today
    )
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 2
    qtmodeltester.check(dialog.model)
    assert set(DayState) >= {DayState.DONE}
