"""The inspections' own pages: an inspection entered by keyboard ("All pass", then the
exceptions, a reading typed, saved with Ctrl+Return) and checked through the service;
a refused reading said at its row with nothing written; the list and its filters; one
inspection's detail, where a failed item gets its rectification notice and its repair
ticket; and every model through the model tester."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from propdesk.domain.inspections.kinds import InspectionKind, ItemKind, ItemResult
from propdesk.domain.inspections.rectification import RectificationState
from propdesk.domain.inspections.results import Answer
from propdesk.domain.inspections.templates import TemplateItem
from propdesk.domain.repairs.kinds import RepairCategory
from propdesk.domain.roles import Role
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.core.handoffs import RepairDesk
from propdesk.services.core.module_spec import ModuleContext
from propdesk.services.inspections.inspection_inputs import InspectionInput
from propdesk.services.inspections.rectifications import NoticeInput
from propdesk.services.inspections.service import InspectionServices
from propdesk.services.inspections.templates import TemplateInfo
from propdesk.services.inspections.views import InspectionDetail, InspectionFilter
from propdesk.services.repairs.service import RepairServices
from propdesk.ui.tabs.inspections.inspection_detail import InspectionDetailPanel
from propdesk.ui.tabs.inspections.inspection_entry import InspectionEntryDialog
from propdesk.ui.tabs.inspections.inspection_items_model import (
    FAIL_COLOR,
    InspectionItemsModel,
)
from propdesk.ui.tabs.inspections.inspection_list import InspectionListPanel
from propdesk.ui.tabs.inspections.notice_form import NoticeForm
from propdesk.ui.tabs.inspections.ticket_form import TicketForm
from tests.generated_input import row_counts
from tests.gui.conftest import Previews
from tests.gui.keys import type_text

MANAGER = Actor(None, "boss", "陈经理", Role.MANAGER, "工程部")
TECH = Actor(None, "tech", "刘师傅", Role.TECHNICIAN, "工程部")
COMMITTEE = Actor(None, "yw", "业委会", Role.COMMITTEE, "客服中心")
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@dataclass
class Estate:
    services: Services
    doors: InspectionServices
    fire: TemplateInfo


@pytest.fixture
def estate(ready_services: Services, beijing_time: None) -> Estate:
    del beijing_time
    desk = ready_services.module(RepairServices).desk
    doors = InspectionServices.build(
        ModuleContext(ready_services.store, lambda: "工程部", {RepairDesk: desk})
    )
    doors.templates.seed_defaults(MANAGER, "zh_CN")
    fire = next(
        t for t in doors.templates.templates(MANAGER) if t.kind is InspectionKind.FIRE_EQUIPMENT
    )
    return Estate(ready_services, doors, fire)


def _keys(qtbot: QtBot, widget: object, *keys: Qt.Key) -> None:
    for key in keys:
        qtbot.keyClick(widget, key)  # type: ignore[arg-type]


def _row_of(dialog: InspectionEntryDialog, kind: ItemKind, nth: int = 0) -> int:
    rows = [n for n, e in enumerate(dialog.model.entries()) if e.item.kind is kind]
    return rows[nth]


def _entry(qtbot: QtBot, estate: Estate, actor: Actor = TECH) -> InspectionEntryDialog:
    dialog = InspectionEntryDialog(
        estate.doors, actor, estate.services, estate.fire, estate.fire.template.areas[0]
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # shortcuts act in the active window only
    return dialog


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _go_to(qtbot: QtBot, dialog: InspectionEntryDialog, row: int) -> None:
    """Down from the first row, as the inspector moves."""
    table = dialog.table
    table.setFocus()
    _keys(qtbot, table, Qt.Key.Key_Home)
    dialog.table.go_to_row(0)
    for _ in range(row):
        qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.current_row() == row


def _enter(qtbot: QtBot, editor: QWidget) -> None:
    """Return in a cell's editor: the delegate commits on the next turn of the loop."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()


def _type_reading(qtbot: QtBot, dialog: InspectionEntryDialog, row: int, text: str) -> None:
    _go_to(qtbot, dialog, row)
    qtbot.keyClicks(dialog.table, text[0])  # the first digit opens the reading's editor
    editor = QApplication.focusWidget()
    assert editor is not None
    assert editor is not dialog.table
    qtbot.keyClicks(editor, text[1:])
    _enter(qtbot, editor)


def test_an_inspection_is_recorded_by_keyboard(qtbot: QtBot, estate: Estate) -> None:
    dialog = _entry(qtbot, estate)
    with qtbot.waitSignal(dialog.saved) as recorded:
        qtbot.keyClick(_focused(), Qt.Key.Key_A, CTRL | SHIFT)  # All pass
        checks = [e for e in dialog.model.entries() if e.item.kind is ItemKind.CHECK]
        assert all(e.result is ItemResult.PASS for e in checks)
        failing = _row_of(dialog, ItemKind.CHECK, 1)
        _go_to(qtbot, dialog, failing)
        qtbot.keyClick(dialog.table, Qt.Key.Key_F)
        qtbot.keyClick(dialog.table, Qt.Key.Key_F2)  # the note of the failed item
        editor = QApplication.focusWidget()
        assert editor is not None
        type_text(editor, "水带破损")
        _enter(qtbot, editor)
        # The readings: one inside its limits, one below (it fails by itself).
        _type_reading(qtbot, dialog, _row_of(dialog, ItemKind.NUMBER, 0), "1.2")
        _type_reading(qtbot, dialog, _row_of(dialog, ItemKind.NUMBER, 1), "0.05")
        shown = dialog.model.index(_row_of(dialog, ItemKind.NUMBER, 1), dialog.model.COL_RESULT)
        assert shown.data() == "Fail"
        assert shown.data(Qt.ItemDataRole.ForegroundRole) == FAIL_COLOR
        text_row = _row_of(dialog, ItemKind.TEXT)
        _go_to(qtbot, dialog, text_row)
        type_text(dialog.table, "正")
        editor = QApplication.focusWidget()
        assert editor is not None
        type_text(editor, "常")
        _enter(qtbot, editor)
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return, CTRL)  # save
    detail = recorded.args[0]
    assert isinstance(detail, InspectionDetail)
    assert dialog.result() == QDialog.DialogCode.Accepted
    found = estate.doors.inspections.detail(TECH, detail.id)
    failed_key = estate.fire.template.items[failing].key
    lines = {line.key: line for line in found.items}
    assert lines[failed_key].result is ItemResult.FAIL
    assert lines[failed_key].note == "水带破损"
    numbers = [i for i in estate.fire.template.items if i.kind is ItemKind.NUMBER]
    assert lines[numbers[0].key].value == Decimal("1.2")
    assert lines[numbers[0].key].result is ItemResult.PASS
    assert lines[numbers[1].key].result is ItemResult.FAIL
    assert lines[estate.fire.template.items[text_row].key].answer == "正常"
    assert found.row.items_failed == 2
    assert found.row.area == estate.fire.template.areas[0]
    assert found.row.inspector_name == TECH.display_name


def test_a_reading_out_of_range_is_said_at_its_row_and_nothing_is_written(
    qtbot: QtBot, estate: Estate
) -> None:
    dialog = _entry(qtbot, estate)
    qtbot.keyClick(_focused(), Qt.Key.Key_A, CTRL | SHIFT)
    number_row = _row_of(dialog, ItemKind.NUMBER)
    _type_reading(qtbot, dialog, number_row, "55")  # MPa: a typing mistake
    _type_reading(qtbot, dialog, _row_of(dialog, ItemKind.NUMBER, 1), "0.3")
    before = row_counts(estate.services.store)
    assert dialog.save() is False
    assert row_counts(estate.services.store) == before
    assert dialog.isVisible()
    key = dialog.model.entries()[number_row].item.key
    assert dialog.model.error_row() == number_row
    assert dialog.table.current_row() == number_row
    assert "55" not in dialog.items_error_text()
    assert "0 to 10 MPa" in dialog.items_error_text()
    assert dialog.model.index(number_row, 1).data(Qt.ItemDataRole.BackgroundRole) is not None
    # Everything typed is kept; the reading corrected, the save goes through.
    assert dialog.model.entries()[number_row].reading == "55"
    _type_reading(qtbot, dialog, number_row, "1.1")
    assert dialog.save() is True
    assert dialog.detail is not None
    assert dialog.detail.item(key) is not None
    assert dialog.model.error_row() == -1


def test_an_area_left_unchosen_is_said_under_the_area(qtbot: QtBot, estate: Estate) -> None:
    dialog = InspectionEntryDialog(estate.doors, TECH, estate.services, estate.fire)
    qtbot.addWidget(dialog)
    dialog.mark_all_passed()
    assert dialog.save() is False
    assert dialog.form.error_text("area")
    assert dialog.items_error_text() == ""


def test_the_items_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    items = (
        TemplateItem("a", "灭火器在位"),
        TemplateItem("b", "压力", ItemKind.NUMBER, "MPa", Decimal("1.0"), Decimal("1.4")),
        TemplateItem("c", "其他", ItemKind.TEXT, required=False),
    )
    model = InspectionItemsModel(items)
    model.mark_all_passed()
    model.setData(model.index(1, model.COL_READING), "1.6")
    model.set_error("c")
    qtmodeltester.check(model, force_py=True)
    assert model.answers()["b"] == Answer(value="1.6")
    assert model.index(1, model.COL_RESULT).data() == "Fail"
    assert model.set_result(1, ItemResult.PASS) is False  # a number's reading says it


# -- the list and the detail ------------------------------------------------------------
def _recorded(estate: Estate, *, fail: bool, at: datetime | None = None) -> InspectionDetail:
    """An inspection through the service: every reading inside its limits, the first
    check item failed when asked."""
    fire = estate.fire
    answers: dict[str, Answer] = {}
    for item in fire.template.items:
        if item.kind is ItemKind.NUMBER:
            assert item.low is not None
            assert item.high is not None
            answers[item.key] = Answer(value=(item.low + item.high) / 2)
    if fail:
        first = next(i for i in fire.template.items if i.kind is ItemKind.CHECK)
        answers[first.key] = Answer(ItemResult.FAIL, note="铅封缺失")
    return estate.doors.inspections.record(
        TECH,
        InspectionInput(fire.id, fire.template.areas[1], answers, all_pass=True, inspected_at=at),
    )


def _list(qtbot: QtBot, estate: Estate) -> InspectionListPanel:
    panel = InspectionListPanel(estate.doors, MANAGER, estate.services)
    qtbot.addWidget(panel)
    return panel


def test_the_list_shows_results_in_words_and_filters(
    qtbot: QtBot, estate: Estate, qtmodeltester: ModelTester
) -> None:
    earlier = datetime.now().astimezone() - timedelta(days=3)
    passed = _recorded(estate, fail=False, at=earlier)
    failed = _recorded(estate, fail=True)
    panel = _list(qtbot, estate)
    assert [row.number for row in panel.rows()] == [failed.number, passed.number]
    model = panel.model
    assert model.index(0, model.COL_RESULT).data() == "1 failed"
    assert model.index(0, model.COL_RESULT).data(Qt.ItemDataRole.ForegroundRole) == FAIL_COLOR
    assert model.index(1, model.COL_RESULT).data() == "Passed"
    qtmodeltester.check(model, force_py=True)
    panel.failed_check.setChecked(True)
    assert [row.number for row in panel.rows()] == [failed.number]
    today = datetime.now().astimezone().date()
    panel.show_filter(
        InspectionFilter(earlier.date(), earlier.date(), InspectionKind.FIRE_EQUIPMENT)
    )
    assert [row.number for row in panel.rows()] == [passed.number]
    assert panel.failed_check.isChecked() is False
    assert panel.from_edit.value() == earlier.date()
    panel.show_filter(InspectionFilter(today, today, InspectionKind.CLEANING))
    assert panel.rows() == []
    panel.show_filter(InspectionFilter(text=failed.number))
    with qtbot.waitSignal(panel.inspection_chosen) as chosen:
        panel.view.setFocus()
        panel.view.selectRow(0)
    assert chosen.args == [failed.id]


def test_the_list_pages(qtbot: QtBot, estate: Estate) -> None:
    made = [
        _recorded(estate, fail=False, at=datetime.now().astimezone() - timedelta(hours=n))
        for n in range(1, 4)
    ]
    panel = InspectionListPanel(estate.doors, MANAGER, estate.services, page_size=2)
    qtbot.addWidget(panel)
    assert [row.id for row in panel.rows()] == [made[0].id, made[1].id]
    qtbot.mouseClick(panel.older_button, Qt.MouseButton.LeftButton)
    assert [row.id for row in panel.rows()] == [made[2].id]
    assert not panel.older_button.isEnabled()


def _detail(
    qtbot: QtBot, estate: Estate, actor: Actor, shown: InspectionDetail
) -> InspectionDetailPanel:
    panel = InspectionDetailPanel(estate.doors, actor, estate.services)
    qtbot.addWidget(panel)
    panel.resize(1100, 500)
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.show_inspection(shown.id)
    return panel


def _select_failed(qtbot: QtBot, panel: InspectionDetailPanel) -> int:
    row = next(n for n, line in enumerate(panel.model.rows()) if line.result is ItemResult.FAIL)
    panel.view.setFocus()
    panel.view.selectRow(0)
    for _ in range(row):
        qtbot.keyClick(panel.view, Qt.Key.Key_Down)
    return row


def test_the_detail_issues_a_notice_for_a_failed_item(
    qtbot: QtBot, estate: Estate, qtmodeltester: ModelTester
) -> None:
    failed = _recorded(estate, fail=True)
    panel = _detail(qtbot, estate, TECH, failed)
    assert panel.fact("result") == "1 failed"
    assert panel.fact("area") == estate.fire.template.areas[1]
    qtmodeltester.check(panel.model, force_py=True)
    panel.view.selectRow(len(panel.model.rows()) - 1)  # a text item: nothing to do
    assert not panel.notice_button.isEnabled()
    row = _select_failed(qtbot, panel)
    assert panel.notice_button.isEnabled()
    form = panel.open_notice_form()
    assert isinstance(form, NoticeForm)
    assert "铅封缺失" in form.what_edit.toPlainText()
    assert form.department_combo.currentData() == "engineering"
    with qtbot.waitSignal(panel.notice_issued) as issued:
        qtbot.keyClick(form.department_combo, Qt.Key.Key_Return)  # OK
    notice = issued.args[0]
    assert notice.state is RectificationState.OPEN
    assert notice.department == "工程部"
    assert notice.finding == "铅封缺失"
    assert notice.deadline.hour == 18
    line = panel.model.rows()[row]
    assert line.rectification == notice.number
    assert panel.model.index(row, panel.model.COL_NOTICE_STATE).data() == "Open"
    assert not panel.notice_button.isEnabled()  # one live notice per item


def test_a_notice_without_its_text_is_refused_under_the_field(qtbot: QtBot, estate: Estate) -> None:
    failed = _recorded(estate, fail=True)
    panel = _detail(qtbot, estate, TECH, failed)
    _select_failed(qtbot, panel)
    form = panel.open_notice_form()
    assert form is not None
    form.what_edit.clear()
    before = row_counts(estate.services.store)
    form.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert form.isVisible()
    assert form.form.error_text("what_to_fix")
    assert row_counts(estate.services.store) == before


def test_the_detail_opens_a_repair_ticket_for_a_technician(qtbot: QtBot, estate: Estate) -> None:
    failed = _recorded(estate, fail=True)
    panel = _detail(qtbot, estate, TECH, failed)
    assert panel.ticket_button.isVisible()
    row = _select_failed(qtbot, panel)
    form = panel.open_ticket_form()
    assert isinstance(form, TicketForm)
    assert form.category_combo.currentData() == RepairCategory.FIRE_EQUIPMENT.value
    with qtbot.waitSignal(panel.ticket_opened) as opened:
        qtbot.keyClick(form.category_combo, Qt.Key.Key_Return)  # OK
    ticket = opened.args[0]
    assert ticket.number.startswith("WX")
    assert panel.model.rows()[row].ticket == ticket.number
    assert not panel.ticket_button.isEnabled()
    tickets = estate.doors.inspections.tickets(TECH, [panel.model.rows()[row].id])
    assert [t.number for t in tickets.values()] == [ticket.number]


def test_read_only_roles_see_no_actions(qtbot: QtBot, estate: Estate) -> None:
    failed = _recorded(estate, fail=True)
    panel = _detail(qtbot, estate, COMMITTEE, failed)
    _select_failed(qtbot, panel)
    assert not panel.notice_button.isVisible()
    assert not panel.ticket_button.isVisible()
    assert panel.open_notice_form() is None


def test_a_reinspection_asks_the_notice_item_only_and_closes_it(
    qtbot: QtBot, estate: Estate
) -> None:
    failed = _recorded(estate, fail=True)
    key = next(i.key for i in failed.items if i.result is ItemResult.FAIL)
    deadline = datetime.now().astimezone() + timedelta(days=2)
    notice = estate.doors.rectifications.issue(
        TECH, NoticeInput(failed.id, key, "engineering", "更换铅封", deadline)
    )
    estate.doors.rectifications.report_fixed(TECH, notice.id, "已更换")
    notice = estate.doors.rectifications.detail(MANAGER, notice.id)
    dialog = InspectionEntryDialog.for_reinspection(estate.doors, MANAGER, estate.services, notice)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert [e.item.key for e in dialog.model.entries()] == [key]
    assert not dialog.area_combo.isEnabled()
    assert dialog.area_combo.currentData() == notice.area
    assert not dialog.all_pass_button.isVisible()
    qtbot.keyClick(dialog.table, Qt.Key.Key_P)
    assert dialog.save() is True
    closed = estate.doors.rectifications.detail(MANAGER, notice.id)
    assert closed.state is RectificationState.CLOSED
    assert dialog.detail is not None
    assert closed.reinspection_number == dialog.detail.number


def test_the_blank_checklist_goes_to_print_preview(
    qtbot: QtBot, estate: Estate, previews: Previews
) -> None:
    dialog = _entry(qtbot, estate)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert len(previews.pdfs) == 1
    assert estate.fire.name in previews.pdfs[0].title
    assert previews.pdfs[0].pages_shown >= 1
