"""The complaints page of the complaints tab: a complaint taken down with the keyboard,
sent back once as not satisfied, closed with its root cause and followed up, all
through the widgets and read back through the service; anonymity in the form and the
list; only possible steps offered; field errors next to their fields; the repair
ticket opened from a complaint; the handling sheet; the views the window asks for."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from propdesk.domain.complaints.kinds import (
    ComplaintCategory,
    ComplaintChannel,
    FollowUpMethod,
    RootCause,
    Severity,
    Verdict,
)
from propdesk.domain.complaints.workflow import (
    ComplaintState,
    ComplaintStep,
    StepRequest,
)
from propdesk.domain.repairs.workflow import RepairState
from propdesk.domain.roles import Role
from propdesk.services.bootstrap import Services
from propdesk.services.complaints.detail import ComplaintDetail
from propdesk.services.complaints.inputs import ComplaintInput
from propdesk.services.complaints.queries import ComplaintFilter
from propdesk.services.complaints.service import ComplaintServices
from propdesk.services.complaints.views import ComplaintList, ComplaintView
from propdesk.services.core.actor import Actor
from propdesk.services.master_data.residents import ResidentInput, ResidentKind
from propdesk.services.master_data.staff import StaffInfo, StaffInput
from propdesk.services.master_data.units import UnitInput
from propdesk.ui.fonts import ensure_cjk_font
from propdesk.ui.tabs.complaints.complaint_form import ComplaintForm
from propdesk.ui.tabs.complaints.complaint_model import ComplaintTableModel
from propdesk.ui.tabs.complaints.module import TAB
from propdesk.ui.tabs.complaints.step_forms import ComplaintStepForm, LinkRepairForm, OpenRepairForm
from propdesk.ui.tabs.complaints.tab import ComplaintsTab
from propdesk.ui.tabs.complaints.timeline_model import ComplaintTimelineModel
from propdesk.ui.widgets.dto_table_model import FLAGGED_BACKGROUND
from propdesk.ui.widgets.reason_dialog import ReasonDialog
from propdesk.ui.widgets.slip_printing import render_slip_image
from tests.gui.conftest import Boxes, Previews
from tests.gui.keys import type_text

ADMIN = Actor(None, "admin", "管理员", Role.ADMIN, "客服中心")
MANAGER = Actor(None, "boss", "陈经理", Role.MANAGER, "客服中心")
CLERK = Actor(None, "clerk", "李客服", Role.CLERK, "客服中心")
COMMITTEE = Actor(None, "yw", "业委会", Role.COMMITTEE, "客服中心")
S = ComplaintState
T = ComplaintStep
SHOTS = Path(os.environ.get("COMPLAINT_SHOTS", "/tmp/p17"))


class Estate:
    """Two units with residents, a security team leader and a cleaner."""

    def __init__(self, services: Services) -> None:
        services.estate.set_up("翠湖花园")
        services.units.save(ADMIN, UnitInput("3", "2", "1502"))
        services.units.save(ADMIN, UnitInput("5", "1", "0801"))
        self.zhang = services.residents.save(
            ADMIN, ResidentInput("3-2-1502", ResidentKind.OWNER, "张三", "13812345678")
        )
        self.li = services.residents.save(
            ADMIN, ResidentInput("5-1-0801", ResidentKind.TENANT, "李四", "13998765432")
        )
        self.guard: StaffInfo = services.staff.save(ADMIN, StaffInput("赵队长", "security", "班长"))
        self.cleaner: StaffInfo = services.staff.save(ADMIN, StaffInput("孙阿姨", "cleaning"))
        self.services = services
        self.complaints = services.module(ComplaintServices).complaints

    def take(self, **changes: object) -> ComplaintDetail:
        data = ComplaintInput(
            channel=ComplaintChannel.PHONE,
            category=ComplaintCategory.NOISE,
            description="楼上夜间装修噪音",
            complainant_name="张三",
            complainant_phone="13812345678",
            unit_code="3-2-1502",
        )
        return self.complaints.take(CLERK, replace(data, **changes))  # type: ignore[arg-type]

    def step(self, complaint_id: uuid.UUID, request: StepRequest) -> ComplaintDetail:
        return self.complaints.step(ADMIN, complaint_id, request)

    def handled(self) -> ComplaintDetail:
        taken = self.take()
        return self.step(
            taken.id,
            StepRequest(T.ASSIGN, department_id=self.guard.department_id, handler_id=self.guard.id),
        )

    def satisfied(self) -> ComplaintDetail:
        handled = self.handled()
        self.step(handled.id, StepRequest(T.ANSWER, investigation="查实", resolution="已劝止"))
        return self.step(handled.id, StepRequest(T.VERDICT, verdict=Verdict.SATISFIED))


CLOSING = {
    "root_cause": RootCause.RESIDENT,
    "root_cause_text": "装修未按规定时间",
    "corrective_action": "装修登记时告知施工时间",
}


@pytest.fixture
def estate(services: Services) -> Estate:
    return Estate(services)


def _tab(qtbot: QtBot, services: Services, actor: Actor = CLERK) -> ComplaintsTab:
    tab = ComplaintsTab(services, actor)
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    return tab


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _type(qtbot: QtBot, text: str) -> None:
    if text.isascii():
        qtbot.keyClicks(_focused(), text)
    else:
        type_text(_focused(), text)


def _key(qtbot: QtBot, key: Qt.Key, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(_focused(), key)


def _step(qtbot: QtBot, tab: ComplaintsTab, step: ComplaintStep) -> ComplaintStepForm:
    """Press the step's button; the form it opens, once it has the keyboard."""
    button = tab.detail_panel.step_buttons[step]
    assert button.isVisible(), (step, tab.detail_panel.offered_steps())
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    form = tab.open_form
    assert isinstance(form, ComplaintStepForm)
    qtbot.waitUntil(form.isActiveWindow)
    return form


def _saved(qtbot: QtBot, tab: ComplaintsTab) -> None:
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.open_form is None)


def _detail(tab: ComplaintsTab) -> ComplaintDetail:
    detail = tab.detail
    assert detail is not None
    return detail


def test_a_complaint_by_keyboard_sent_back_once_closed_and_followed_up(
    qtbot: QtBot, estate: Estate, boxes: Boxes
) -> None:
    tab = _tab(qtbot, estate.services)
    qtbot.keyClick(tab, Qt.Key.Key_F2)
    form = tab.open_form
    assert isinstance(form, ComplaintForm)
    qtbot.waitUntil(form.isActiveWindow)
    assert form.lookup_edit.hasFocus()
    _type(qtbot, "3-2-1502")
    _key(qtbot, Qt.Key.Key_Return)  # looks up; does not save
    assert form.isVisible()
    assert (form.name_edit.text(), form.phone_edit.text()) == ("张三", "13812345678")
    assert (form.unit_edit.text(), form.resident_id) == ("3-2-1502", estate.zhang.id)
    assert form.category_combo.hasFocus()
    _key(qtbot, Qt.Key.Key_Down, 5)  # security, cleaning, greening, facilities, noise
    assert form.category_combo.currentData() == ComplaintCategory.NOISE.value
    # Noise is capped at 12 h by default: the form shows what the rules give.
    assert "12 h" in form.deadline_hint.text()
    _key(qtbot, Qt.Key.Key_Tab)
    assert form.severity_combo.hasFocus()
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "楼上夜间装修噪音")
    _key(qtbot, Qt.Key.Key_Tab)
    assert form.handler_combo.hasFocus()
    _key(qtbot, Qt.Key.Key_Down)  # security first (the departments' order): 赵队长
    _saved(qtbot, tab)
    qtbot.waitUntil(tab.list_view.view.hasFocus)  # F2 again takes the next one

    detail = _detail(tab)
    assert detail.number in tab.status_label.text()
    assert (detail.state, detail.category, detail.severity) == (
        S.HANDLING,
        ComplaintCategory.NOISE,
        Severity.NORMAL,
    )
    assert (detail.resident_id, detail.handler_id) == (estate.zhang.id, estate.guard.id)
    assert detail.response_due_at - detail.received_at == timedelta(hours=12)
    assert [r.id for r in tab.list_view.rows()] == [detail.id]
    # A clerk is offered the main path, never the managers' steps.
    assert tab.detail_panel.offered_steps() == [T.ANSWER, T.REASSIGN]

    form = _step(qtbot, tab, T.ANSWER)
    _type(qtbot, "确有夜间施工")
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "已上门劝止")
    _saved(qtbot, tab)
    assert tab.detail_panel.offered_steps() == [T.VERDICT, T.REASSIGN]

    form = _step(qtbot, tab, T.VERDICT)
    _key(qtbot, Qt.Key.Key_Down, 2)  # satisfied, not satisfied
    _key(qtbot, Qt.Key.Key_Tab)  # the note (the time after it, left as it is)
    _type(qtbot, "仍有噪音")
    _saved(qtbot, tab)
    detail = _detail(tab)
    assert (detail.state, detail.round) == (S.HANDLING, 2)
    assert tab.detail_panel.facts.values["rounds"].isVisible()

    form = _step(qtbot, tab, T.ANSWER)  # the first round's words to start from
    assert form.investigation_edit.text() == "确有夜间施工"  # type: ignore[attr-defined]
    _key(qtbot, Qt.Key.Key_Tab)
    form.resolution_edit.selectAll()  # type: ignore[attr-defined]
    _type(qtbot, "与施工方约定只在白天施工")
    _saved(qtbot, tab)
    form = _step(qtbot, tab, T.VERDICT)
    _key(qtbot, Qt.Key.Key_Down)
    _saved(qtbot, tab)
    assert tab.detail_panel.offered_steps() == [T.CLOSE]

    # Closing without a root cause: said under the root cause, nothing written.
    form = _step(qtbot, tab, T.CLOSE)
    _key(qtbot, Qt.Key.Key_Return)
    assert form.isVisible()
    assert form.form.error_text("root_cause") == "Choose the root cause."
    assert form.root_cause_combo.hasFocus()  # type: ignore[attr-defined]
    assert estate.complaints.detail(CLERK, detail.id).state is S.SATISFIED
    _key(qtbot, Qt.Key.Key_Down, 5)  # … the fifth: another resident
    assert form.root_cause_combo.currentData() == RootCause.RESIDENT.value  # type: ignore[attr-defined]
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "装修未按规定时间")
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "装修登记时告知施工时间")
    _saved(qtbot, tab)
    assert tab.detail_panel.offered_steps() == [T.FOLLOW_UP]

    form = _step(qtbot, tab, T.FOLLOW_UP)
    assert form.visitor_edit.text() == "李客服"  # type: ignore[attr-defined]
    _key(qtbot, Qt.Key.Key_Tab)  # how: by phone
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "已无噪音")
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "5")
    _saved(qtbot, tab)
    assert tab.detail_panel.offered_steps() == []

    done = estate.complaints.detail(CLERK, detail.id)
    assert (done.state, done.round, done.verdict) == (S.CLOSED, 2, Verdict.SATISFIED.value)
    assert (done.root_cause, done.root_cause_text, done.corrective_action) == (
        RootCause.RESIDENT.value,
        "装修未按规定时间",
        "装修登记时告知施工时间",
    )
    assert (done.follow_up_by, done.follow_up_method, done.follow_up_rating) == (
        "李客服",
        FollowUpMethod.PHONE.value,
        5,
    )
    assert [e.step for e in done.timeline] == [
        T.RECEIVE,
        T.ASSIGN,
        T.ANSWER,
        T.VERDICT,
        T.ANSWER,
        T.VERDICT,
        T.CLOSE,
        T.FOLLOW_UP,
    ]
    assert [e.round for e in done.timeline] == [1, 1, 1, 2, 2, 2, 2, 2]
    assert done.timeline[3].note == "仍有噪音"
    # The timeline shown is the one read back, and says which verdict was given.
    model = tab.detail_panel.timeline_model
    assert model.rowCount() == 8
    col = ComplaintTimelineModel.COL_STEP
    assert model.index(3, col).data() == "Verdict: Not satisfied"
    assert model.index(7, ComplaintTimelineModel.COL_NOTE).data().endswith("rating 5/5")

    # The analysis shows it: received, satisfied after being sent back once, closed,
    # rated 5, a noise complaint; its figure leads back to the complaint.
    tab.pages.setCurrentWidget(tab.analysis_panel)
    figures = tab.analysis_panel.figures.buttons
    shown = {key: figures[key].text() for key in ("received", "first", "later", "closed")}
    assert shown == {"received": "1", "first": "0", "later": "1", "closed": "1"}
    assert figures["rating_5"].text() == "1"
    pareto = tab.analysis_panel.pareto_model
    assert pareto.index(0, 0).data() == "Noise"
    qtbot.mouseClick(figures["later"], Qt.MouseButton.LeftButton)
    assert tab.pages.currentWidget() is tab.complaints_page
    assert [r.id for r in tab.list_view.rows()] == [detail.id]
    assert boxes.shown == []


def test_anonymous_clears_and_locks_name_and_phone(qtbot: QtBot, estate: Estate) -> None:
    tab = _tab(qtbot, estate.services)
    form = tab.open_complaint_form()
    assert form is not None
    qtbot.waitUntil(form.isActiveWindow)
    _type(qtbot, "3-2-1502")
    _key(qtbot, Qt.Key.Key_Return)
    assert form.name_edit.text() == "张三"
    form.anonymous_check.setFocus()
    _key(qtbot, Qt.Key.Key_Space)
    assert form.anonymous_check.isChecked()
    assert (form.name_edit.text(), form.phone_edit.text(), form.resident_id) == ("", "", None)
    assert not form.name_edit.isEnabled()
    assert not form.phone_edit.isEnabled()
    assert form.unit_edit.text() == "3-2-1502"  # the place stays
    form.category_combo.setCurrentIndex(form.category_combo.findData("cleaning"))
    form.description_edit.setText("楼道垃圾无人清理")
    form.description_edit.setFocus()
    _saved(qtbot, tab)
    detail = _detail(tab)
    assert (detail.anonymous, detail.complainant_name, detail.complainant_phone) == (True, "", "")
    model = tab.list_view.model
    row = model.rows().index(next(r for r in model.rows() if r.id == detail.id))
    assert model.index(row, ComplaintTableModel.COL_COMPLAINANT).data() == "Anonymous"
    assert tab.detail_panel.facts.values["complainant"].text() == "Anonymous"
    # Unticked, the boxes open again for a name.
    form = tab.open_complaint_form()
    assert form is not None
    form.anonymous_check.setChecked(True)
    form.anonymous_check.setChecked(False)
    assert form.name_edit.isEnabled()
    assert form.phone_edit.isEnabled()
    form.reject()


def test_a_deadline_before_the_receipt_is_refused_next_to_it(qtbot: QtBot, estate: Estate) -> None:
    tab = _tab(qtbot, estate.services)
    form = tab.open_complaint_form()
    assert form is not None
    form.name_edit.setText("王五")
    form.area_edit.setText("北门")
    form.category_combo.setCurrentIndex(form.category_combo.findData("security"))
    form.description_edit.setText("保安态度差")
    assert not form.deadline_edit.by_hand  # follows the rules: security 4 h
    follows = form.deadline_edit.dateTime().toPython()
    assert isinstance(follows, datetime)
    assert abs(follows - (datetime.now() + timedelta(hours=4))) < timedelta(minutes=2)
    form.deadline_edit.setDateTime(form.deadline_edit.dateTime().addDays(-1))
    assert form.deadline_edit.by_hand
    form.buttons.button(form.buttons.StandardButton.Ok).click()
    assert form.isVisible()
    assert form.form.error_text("response_due_at").startswith(
        "The deadline must be after the time received"
    )
    assert estate.complaints.page(CLERK, ComplaintFilter()).rows == []
    form.reject()


def test_only_possible_steps_are_offered_and_managers_get_theirs(
    qtbot: QtBot, estate: Estate
) -> None:
    taken = estate.take()
    tab = _tab(qtbot, estate.services, MANAGER)
    assert tab.show_complaint(taken.id)
    assert tab.detail_panel.isVisible()
    assert tab.detail_panel.offered_steps() == [T.ASSIGN, T.MANAGER_CLOSE, T.VOID]
    assert tab.detail_panel.repair_button.isVisible()

    # Voided with a reason: nothing is offered after it.
    dialog = tab.take_step(T.VOID)
    assert isinstance(dialog, ReasonDialog)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.form.error_text("reason") == "Give a reason for voiding."
    dialog.reason_edit.setText("重复登记")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: tab.open_form is None)
    detail = _detail(tab)
    assert (detail.state, detail.void_reason) == (S.VOIDED, "重复登记")
    assert tab.detail_panel.offered_steps() == []
    assert not tab.detail_panel.repair_button.isVisible()

    # A read-only role sees the complaint and no step at all.
    committee = _tab(qtbot, estate.services, COMMITTEE)
    handled = estate.handled()
    assert committee.show_complaint(handled.id)
    assert committee.detail_panel.offered_steps() == []
    assert not committee.new_button.isVisible()
    # The phone masked for a role that does not handle complaints.
    assert committee.detail_panel.facts.values["complainant"].text() == "张三 · *******5678"


def test_a_follow_up_without_a_rating_is_refused_next_to_it(qtbot: QtBot, estate: Estate) -> None:
    satisfied = estate.satisfied()
    estate.step(
        satisfied.id,
        StepRequest(
            T.CLOSE,
            root_cause=RootCause.RESIDENT,
            root_cause_text="装修",
            corrective_action="告知",
        ),
    )
    tab = _tab(qtbot, estate.services)
    assert tab.show_complaint(satisfied.id)
    form = _step(qtbot, tab, T.FOLLOW_UP)
    form.result_edit.setText("满意")  # type: ignore[attr-defined]
    _key(qtbot, Qt.Key.Key_Return)
    assert form.isVisible()
    assert form.form.error_text("rating") == "The rating must be a whole number from 1 to 5."
    assert form.rating_edit.maximum() == 5  # type: ignore[attr-defined]
    assert estate.complaints.detail(CLERK, satisfied.id).follow_up_at is None
    form.reject()


def test_a_repair_ticket_opened_from_the_complaint_shows_its_state(
    qtbot: QtBot, estate: Estate
) -> None:
    handled = estate.handled()
    tab = _tab(qtbot, estate.services)
    assert tab.show_complaint(handled.id)
    form = tab.open_repair_ticket()
    assert isinstance(form, OpenRepairForm)
    assert form.description_edit.text() == "楼上夜间装修噪音"
    form.buttons.button(form.buttons.StandardButton.Ok).click()
    assert form.isVisible()
    assert form.form.error_text("category")
    form.category_combo.setCurrentIndex(form.category_combo.findData("electrical"))
    form.buttons.button(form.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: tab.open_form is None)
    detail = _detail(tab)
    assert detail.repair is not None
    assert detail.repair.state is RepairState.REPORTED
    shown = tab.detail_panel.facts.values["repair"].text()
    assert shown.startswith(detail.repair.number)
    assert "Reported" in shown
    assert not tab.detail_panel.repair_button.isVisible()  # one ticket per complaint

    # Another complaint links that ticket by its number; a wrong number is said there.
    other = estate.handled()
    assert tab.show_complaint(other.id)
    link = tab.link_repair_ticket()
    assert isinstance(link, LinkRepairForm)
    link.number_edit.setText("WX209901-9999")
    link.buttons.button(link.buttons.StandardButton.Ok).click()
    assert link.form.error_text("number").startswith("No repair ticket has the number")
    link.number_edit.setText(detail.repair.number)
    link.buttons.button(link.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: tab.open_form is None)
    assert _detail(tab).repair == detail.repair


def test_the_handling_sheet_goes_to_print_preview(
    qtbot: QtBot, estate: Estate, previews: Previews
) -> None:
    handled = estate.handled()
    estate.step(
        handled.id, StepRequest(T.ANSWER, investigation="确有夜间施工", resolution="已上门劝止")
    )
    tab = _tab(qtbot, estate.services)
    assert tab.show_complaint(handled.id)
    qtbot.mouseClick(tab.detail_panel.print_button, Qt.MouseButton.LeftButton)
    (sheet,) = previews.slips
    assert sheet.number == handled.number
    if SHOTS.is_dir():
        assert render_slip_image(sheet, dpi=60).save(str(SHOTS / "handling_sheet.png"))


def test_list_filters_and_the_views_the_window_asks_for(
    qtbot: QtBot, estate: Estate, qtmodeltester: ModelTester
) -> None:
    noise = estate.take()
    cleaning = estate.take(
        category=ComplaintCategory.CLEANING,
        anonymous=True,
        complainant_name="",
        complainant_phone="",
        unit_code="",
        common_area="5号楼大堂",
        description="大堂地面脏",
    )
    overdue = estate.take(received_at=datetime.now().astimezone() - timedelta(days=3))
    tab = _tab(qtbot, estate.services)
    model = tab.list_view.model
    qtmodeltester.check(model)
    assert [r.id for r in model.rows()] == [cleaning.id, noise.id, overdue.id]
    flagged = [
        model.index(i, 0).data(Qt.ItemDataRole.BackgroundRole) == FLAGGED_BACKGROUND
        for i in range(3)
    ]
    assert flagged == [False, False, True]
    assert "overdue" in model.index(2, ComplaintTableModel.COL_DEADLINE).data()
    bar = tab.list_view.filter_bar
    bar.overdue_check.setChecked(True)
    assert [r.id for r in model.rows()] == [overdue.id]
    bar.clear()
    bar.category_combo.setCurrentIndex(bar.category_combo.findData("cleaning"))
    assert [r.id for r in model.rows()] == [cleaning.id]
    bar.clear()
    bar.search_edit.setText("张三")
    qtbot.keyClick(bar.search_edit, Qt.Key.Key_Return)
    assert {r.id for r in model.rows()} == {noise.id, overdue.id}  # never the anonymous one

    # A dashboard or analysis link: the list with its filter, a condition the bar
    # has no box for kept and said.
    assert TAB.show_view(tab, ComplaintList(ComplaintFilter(common_area="5号楼大堂")))
    assert [r.id for r in model.rows()] == [cleaning.id]
    assert bar.extra_label.isVisible()
    bar.clear()
    assert not bar.extra_label.isVisible()
    assert len(model.rows()) == 3
    # States the state box cannot name: kept as asked, until the box is changed.
    unanswered = frozenset({S.RECEIVED, S.HANDLING})
    estate.step(noise.id, StepRequest(T.MANAGER_CLOSE, reason="重复", **CLOSING))
    assert TAB.show_view(tab, ComplaintList(ComplaintFilter(states=unanswered)))
    assert bar.current_filter().states == unanswered
    assert bar.extra_label.isVisible()
    assert {r.id for r in model.rows()} == {cleaning.id, overdue.id}
    bar.state_combo.setCurrentIndex(bar.state_combo.findData("all"))
    bar.state_combo.setCurrentIndex(bar.state_combo.findData("open"))
    bar.state_combo.setCurrentIndex(bar.state_combo.findData("all"))
    assert bar.current_filter().states is None
    assert not bar.extra_label.isVisible()
    assert len(model.rows()) == 3
    # One complaint: the list searched by its number, the row selected, the detail open.
    assert TAB.show_view(tab, ComplaintView(overdue.id))
    assert _detail(tab).id == overdue.id
    assert [r.id for r in model.rows()] == [overdue.id]
    assert tab.list_view.view.selectionModel().selectedRows()[0].row() == 0
    assert TAB.open_record(tab, "complaint", noise.id)
    assert _detail(tab).id == noise.id
    # The timeline model through the model tester too.
    qtmodeltester.check(tab.detail_panel.timeline_model)


def _shot(widget: QWidget, name: str) -> None:
    if SHOTS.is_dir():
        assert widget.grab().save(str(SHOTS / f"{name}.png"))


@pytest.fixture
def cjk_font(qapp: QApplication) -> Iterator[None]:
    """Chinese drawn with the bundled font when the machine has none; the
    application's font as it was afterwards."""
    kept = qapp.font()
    ensure_cjk_font(qapp)
    yield
    qapp.setFont(kept)


@pytest.mark.usefixtures("cjk_font")
def test_screenshots_of_the_page_and_a_step_form(qtbot: QtBot, estate: Estate) -> None:
    """1366×768 with a handful of complaints and one open, the close form with its
    field error, and the new-complaint form (looked at as PNG)."""
    estate.take()
    estate.take(
        category=ComplaintCategory.PARKING,
        complainant_name="李四",
        complainant_phone="13998765432",
        unit_code="5-1-0801",
        description="车位被外来车辆长期占用",
        severity=Severity.SERIOUS,
    )
    estate.take(
        category=ComplaintCategory.CLEANING,
        anonymous=True,
        complainant_name="",
        complainant_phone="",
        unit_code="",
        common_area="5号楼大堂",
        description="大堂地面脏，垃圾桶满溢",
        channel=ComplaintChannel.SUGGESTION_BOX,
    )
    estate.take(received_at=datetime.now().astimezone() - timedelta(days=2))
    satisfied = estate.satisfied()
    tab = _tab(qtbot, estate.services)
    tab.list_view.refresh()
    assert tab.show_complaint(satisfied.id)
    tab.list_view.select_complaint(satisfied.id)
    assert tab.detail_panel.offered_steps() == [T.CLOSE]
    _shot(tab, "complaints_tab")
    form = _step(qtbot, tab, T.CLOSE)
    _key(qtbot, Qt.Key.Key_Return)  # with its field error shown
    assert form.form.error_text("root_cause")
    _shot(form, "complaint_close_form")
    form.reject()
    qtbot.waitUntil(lambda: tab.open_form is None)
    taking = tab.open_complaint_form()
    assert taking is not None
    _shot(taking, "complaint_form")
    taking.reject()


def test_a_manager_closes_without_satisfaction_with_a_reason(qtbot: QtBot, estate: Estate) -> None:
    handled = estate.handled()
    tab = _tab(qtbot, estate.services, MANAGER)
    assert tab.show_complaint(handled.id)
    assert tab.detail_panel.offered_steps() == [
        T.ANSWER,
        T.REASSIGN,
        T.MANAGER_CLOSE,
        T.VOID,
    ]
    form = _step(qtbot, tab, T.MANAGER_CLOSE)
    assert form.reason_edit.hasFocus()  # type: ignore[attr-defined]
    _key(qtbot, Qt.Key.Key_Return)
    assert form.form.error_text("reason") == "Give the reason for closing without satisfaction."
    _type(qtbot, "投诉人拒绝沟通")
    _key(qtbot, Qt.Key.Key_Tab)
    _key(qtbot, Qt.Key.Key_Down, 2)  # staff service, process
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "夜间施工审批不严")
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "装修审批加夜间限制")
    _saved(qtbot, tab)
    done = estate.complaints.detail(MANAGER, handled.id)
    assert (done.state, done.manager_closed, done.close_reason) == (
        S.CLOSED,
        True,
        "投诉人拒绝沟通",
    )
    assert done.root_cause == RootCause.PROCESS.value
    assert tab.detail_panel.facts.values["close_reason"].text() == "投诉人拒绝沟通"
    assert tab.detail_panel.offered_steps() == [T.FOLLOW_UP]
