"""The complaints tab's inquiry log: an inquiry logged by keyboard alone (type, Tab,
Enter) and read back through the service, a refused field's message under it, a late
promise flagged in words and red, the promises due by a day, and the chosen inquiry
answered, its promise moved, or made a complaint or a repair ticket in one step."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from propdesk.domain.complaints.inquiries import InquiryState
from propdesk.domain.complaints.kinds import ComplaintCategory, ComplaintChannel, InquiryKind
from propdesk.domain.roles import Role
from propdesk.services.bootstrap import Services
from propdesk.services.complaints.inputs import InquiryInput
from propdesk.services.complaints.inquiries import InquiryService, InquiryView
from propdesk.services.complaints.service import ComplaintServices
from propdesk.services.core.actor import Actor
from propdesk.ui.tabs.complaints.inquiry_entry import default_promise
from propdesk.ui.tabs.complaints.inquiry_forms import (
    AnswerForm,
    ComplaintFromInquiryForm,
    PromiseForm,
    RepairFromInquiryForm,
)
from propdesk.ui.tabs.complaints.inquiry_list import InquiryFilter, Showing
from propdesk.ui.tabs.complaints.inquiry_model import OVERDUE_COLOUR, InquiryTableModel
from propdesk.ui.tabs.complaints.inquiry_panel import InquiryPanel
from tests.gui.conftest import Boxes
from tests.gui.keys import type_text

CLERK = Actor(None, "clerk", "前台小李", Role.CLERK, "客服中心")
COMMITTEE = Actor(None, "yezhu", "业委会老周", Role.COMMITTEE, "客服中心")


def inquiries(services: Services) -> InquiryService:
    return services.module(ComplaintServices).inquiries


def late_promise(services: Services, question: str = "电梯年检什么时候做") -> InquiryView:
    """Asked two days ago, an answer promised for yesterday: overdue now."""
    now = datetime.now().astimezone()
    return inquiries(services).log(
        CLERK,
        InquiryInput(
            question,
            channel=ComplaintChannel.PHONE,
            asked_at=now - timedelta(days=2),
            promised_by=now - timedelta(days=1),
            asker_name="张先生",
            asker_phone="13800138000",
        ),
    )


def promise_in(services: Services, days: int, question: str) -> InquiryView:
    now = datetime.now().astimezone()
    return inquiries(services).log(
        CLERK, InquiryInput(question, promised_by=now + timedelta(days=days))
    )


@pytest.fixture
def panel(qtbot: QtBot, ready_services: Services) -> InquiryPanel:
    widget = InquiryPanel(ready_services, CLERK)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def ok(form: AnswerForm | PromiseForm | ComplaintFromInquiryForm | RepairFromInquiryForm) -> None:
    button = form.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert button is not None
    button.click()


# -- the model ----------------------------------------------------------------------------
def test_the_log_model_passes_the_model_tester(
    qtmodeltester: ModelTester, ready_services: Services
) -> None:
    late = late_promise(ready_services)
    answered = inquiries(ready_services).log(
        CLERK, InquiryInput("停车月卡怎么办理", kind=InquiryKind.QUESTION, answer="带行驶证到前台")
    )
    model = InquiryTableModel()
    model.set_rows([answered, late])
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.index(1, InquiryTableModel.COL_NUMBER).data() == late.number


# -- logging by keyboard ------------------------------------------------------------------
def test_an_inquiry_answered_on_the_spot_is_logged_by_type_tab_enter(
    qtbot: QtBot, panel: InquiryPanel, ready_services: Services
) -> None:
    entry = panel.entry
    assert QApplication.focusWidget() is entry.question_edit  # ready for the first caller
    type_text(entry.question_edit, "垃圾分类投放时间")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is entry.answer_edit
    type_text(entry.answer_edit, "每天早7点至9点")
    qtbot.keyClick(entry.answer_edit, Qt.Key.Key_Return)

    page = inquiries(ready_services).page(CLERK)
    assert [(r.question, r.answer, r.state) for r in page.rows] == [
        ("垃圾分类投放时间", "每天早7点至9点", InquiryState.ANSWERED)
    ]
    assert page.rows[0].channel is ComplaintChannel.VISIT  # the entry's default
    # Emptied for the next one, the cursor back in the question; the log shows it.
    assert entry.question_edit.text() == ""
    assert entry.answer_edit.text() == ""
    assert QApplication.focusWidget() is entry.question_edit
    assert page.rows[0].number in entry.done_label.text()
    panel.list.show_filter(InquiryFilter(Showing.ALL, page.rows[0].asked_at.date()))
    assert [r.id for r in panel.list.rows()] == [page.rows[0].id]


def test_a_promised_answer_is_logged_by_keyboard_with_tomorrows_five_oclock(
    qtbot: QtBot, panel: InquiryPanel, ready_services: Services
) -> None:
    entry = panel.entry
    type_text(entry.question_edit, "小区能否加装充电桩")
    qtbot.keyClick(entry.question_edit, Qt.Key.Key_Tab)  # to the answer, left empty
    qtbot.keyClick(entry.answer_edit, Qt.Key.Key_Tab)  # to "answer promised by"
    assert QApplication.focusWidget() is entry.promise_check
    qtbot.keyClick(entry.promise_check, Qt.Key.Key_Space)
    qtbot.keyClick(entry.promise_check, Qt.Key.Key_Enter)

    rows = inquiries(ready_services).page(CLERK, open_only=True).rows
    assert [r.question for r in rows] == ["小区能否加装充电桩"]
    expected = default_promise(QDateTime.currentDateTime()).toPython()
    assert rows[0].promised_by is not None
    assert rows[0].promised_by.astimezone().replace(tzinfo=None) == expected
    assert [r.id for r in panel.list.rows()] == [rows[0].id]  # the open list shows it


def test_a_refused_field_says_why_under_it_and_nothing_is_logged(
    qtbot: QtBot, panel: InquiryPanel, ready_services: Services
) -> None:
    entry = panel.entry
    type_text(entry.question_edit, "物业费怎么交")
    qtbot.keyClick(entry.question_edit, Qt.Key.Key_Return)  # neither answer nor promise

    assert entry.error_text("answer") == (
        "Give the answer, or the time by which an answer is promised."
    )
    assert QApplication.focusWidget() is entry.answer_edit
    assert entry.question_edit.text() == "物业费怎么交"  # kept to be completed
    assert inquiries(ready_services).page(CLERK).rows == []

    type_text(entry.answer_edit, "前台或微信缴纳")
    qtbot.keyClick(entry.answer_edit, Qt.Key.Key_Return)
    assert entry.error_text("answer") == ""
    assert [r.answer for r in inquiries(ready_services).page(CLERK).rows] == ["前台或微信缴纳"]


def test_a_bad_phone_is_refused_under_the_phone(
    qtbot: QtBot, panel: InquiryPanel, ready_services: Services
) -> None:
    entry = panel.entry
    entry.question_edit.setText("门禁卡丢了")
    entry.answer_edit.setText("前台补办")
    entry.phone_edit.setText("12ab")
    qtbot.keyClick(entry.phone_edit, Qt.Key.Key_Return)
    assert entry.error_text("asker_phone") != ""
    assert QApplication.focusWidget() is entry.phone_edit
    assert inquiries(ready_services).page(CLERK).rows == []


# -- late promises --------------------------------------------------------------------------
def test_a_late_promise_is_flagged_in_words_and_red(
    panel: InquiryPanel, ready_services: Services
) -> None:
    late = late_promise(ready_services)
    waiting = promise_in(ready_services, 3, "健身房开放时间")
    panel.refresh()  # the open list

    model = panel.list.model
    assert [r.id for r in model.rows()] == [waiting.id, late.id]
    state = model.index(1, InquiryTableModel.COL_STATE)
    assert str(state.data()).startswith("OVERDUE: answer promised by")
    assert state.data(Qt.ItemDataRole.ForegroundRole) == OVERDUE_COLOUR
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) == OVERDUE_COLOUR
    assert model.index(0, InquiryTableModel.COL_STATE).data() == "Answer promised"
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None


def test_show_due_lists_the_promises_due_by_that_day_overdue_ones_included(
    panel: InquiryPanel, ready_services: Services
) -> None:
    late = late_promise(ready_services)
    tomorrow = promise_in(ready_services, 1, "明天答复")
    promise_in(ready_services, 5, "下周答复")
    inquiries(ready_services).log(CLERK, InquiryInput("已答复的", answer="好的"))
    today = datetime.now().astimezone().date()

    panel.show_due(today)
    assert [r.id for r in panel.list.rows()] == [late.id]
    assert panel.list.filter_bar.showing_combo.currentData() == Showing.DUE.value
    panel.show_due(today + timedelta(days=1))
    assert [r.id for r in panel.list.rows()] == [late.id, tomorrow.id]  # soonest first


def test_show_inquiry_chooses_it_even_when_the_list_showed_others(
    panel: InquiryPanel, ready_services: Services
) -> None:
    answered = inquiries(ready_services).log(CLERK, InquiryInput("快递柜在哪", answer="南门"))
    panel.refresh()  # open only: the answered one is not shown
    assert panel.show_inquiry(answered.id)
    chosen = panel.chosen()
    assert chosen is not None
    assert chosen.id == answered.id


# -- the chosen inquiry carried on ----------------------------------------------------------
def test_a_promised_answer_given_closes_the_inquiry(
    panel: InquiryPanel, ready_services: Services
) -> None:
    late = late_promise(ready_services)
    panel.refresh()
    assert panel.show_inquiry(late.id)
    assert panel.answer_button.isEnabled()
    form = panel.answer()
    assert isinstance(form, AnswerForm)
    form.answer_edit.setText("下月中旬年检")
    ok(form)

    row = inquiries(ready_services).page(CLERK).rows[0]
    assert (row.state, row.answer, row.overdue) == (InquiryState.ANSWERED, "下月中旬年检", False)
    assert panel.list.rows() == []  # no longer open


def test_a_promise_moved_to_a_time_before_the_question_is_refused_under_it(
    panel: InquiryPanel, ready_services: Services
) -> None:
    late = late_promise(ready_services)
    panel.refresh()
    panel.show_inquiry(late.id)
    form = panel.promise()
    assert isinstance(form, PromiseForm)
    before = late.asked_at.astimezone() - timedelta(hours=1)
    form.when_edit.setDateTime(
        QDateTime(before.year, before.month, before.day, before.hour, before.minute, 0)
    )
    ok(form)
    assert form.isVisible()
    assert form.form.error_text("promised_by") != ""

    later = datetime.now().astimezone() + timedelta(days=2)
    form.when_edit.setDateTime(QDateTime(later.year, later.month, later.day, 10, 0, 0))
    ok(form)
    row = inquiries(ready_services).page(CLERK).rows[0]
    assert row.promised_by is not None
    assert row.promised_by.astimezone().date() == later.date()
    assert not row.overdue


def test_make_a_complaint_emits_the_new_complaints_id(
    qtbot: QtBot, panel: InquiryPanel, ready_services: Services
) -> None:
    late = late_promise(ready_services, "楼上装修噪音太大")
    panel.refresh()
    panel.show_inquiry(late.id)
    form = panel.make_complaint()
    assert isinstance(form, ComplaintFromInquiryForm)
    assert form.description_edit.text() == "楼上装修噪音太大"  # carried over
    assert form.name_edit.text() == "张先生"
    assert not form.anonymous_check.isChecked()
    form.category_combo.setCurrentIndex(form.category_combo.findData(ComplaintCategory.NOISE.value))
    form.area_edit.setText("3号楼")
    with qtbot.waitSignal(panel.complaint_opened, timeout=1000) as opened:
        ok(form)

    complaint_id = opened.args[0]
    detail = ready_services.module(ComplaintServices).complaints.detail(CLERK, complaint_id)
    assert (detail.description, detail.category, detail.common_area, detail.complainant_name) == (
        "楼上装修噪音太大",
        ComplaintCategory.NOISE,
        "3号楼",
        "张先生",
    )
    assert detail.channel is ComplaintChannel.PHONE  # as the inquiry came in
    row = inquiries(ready_services).page(CLERK).rows[0]
    assert (row.state, row.complaint_id) == (InquiryState.CONVERTED, complaint_id)
    panel.show_inquiry(late.id)
    assert not panel.complaint_button.isEnabled()  # once only


def test_make_a_repair_ticket_says_so_and_closes_the_inquiry(
    panel: InquiryPanel, ready_services: Services, boxes: Boxes
) -> None:
    late = late_promise(ready_services, "地库照明坏了")
    panel.refresh()
    panel.show_inquiry(late.id)
    form = panel.make_repair()
    assert isinstance(form, RepairFromInquiryForm)
    assert form.area_edit.isEnabled()  # no unit given: where the fault is
    form.area_edit.setText("地下车库 B2")
    ok(form)

    row = inquiries(ready_services).page(CLERK).rows[0]
    assert row.state is InquiryState.CONVERTED
    assert row.repair_ticket_id is not None
    assert form.ticket is not None
    assert form.ticket.id == row.repair_ticket_id
    assert boxes.texts() == [f"Inquiry {late.number} became repair ticket {form.ticket.number}."]


def test_a_committee_member_reads_the_log_without_writing_or_the_full_phone(
    qtbot: QtBot, ready_services: Services
) -> None:
    late = late_promise(ready_services)
    widget = InquiryPanel(ready_services, COMMITTEE)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)

    assert [r.id for r in widget.list.rows()] == [late.id]
    phone = widget.list.model.index(0, InquiryTableModel.COL_PHONE).data()
    assert phone == "*******8000"
    assert not widget.entry_box.isVisible()
    for button in (
        widget.answer_button,
        widget.promise_button,
        widget.complaint_button,
        widget.repair_button,
    ):
        assert not button.isVisible()
    assert widget.answer() is None
    assert widget.make_complaint() is None


def test_the_log_pages_by_the_services_keyset(qtbot: QtBot, ready_services: Services) -> None:
    logged = [
        inquiries(ready_services).log(CLERK, InquiryInput(f"问题{n}", answer="已答复"))
        for n in range(3)
    ]
    widget = InquiryPanel(ready_services, CLERK)
    qtbot.addWidget(widget)
    widget.list.page_size = 2
    widget.list.pager.page_size = 2
    widget.list.show_filter(InquiryFilter(Showing.ALL, logged[0].asked_at.date()))

    newest_first = [row.id for row in reversed(logged)]
    assert [r.id for r in widget.list.rows()] == newest_first[:2]
    assert widget.list.older_button.isEnabled()
    widget.list.older()
    assert [r.id for r in widget.list.rows()] == newest_first[2:]
    assert widget.list.page_label.text() == "Inquiries 3–3"
    assert not widget.list.older_button.isEnabled()
