"""The repairs tab: a call taken down with the keyboard and carried to closed, a refused
quote, a cancellation, the list (filters, keyset pages, export of the whole result),
the dispatch slip, and what a read-only role sees."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from propdesk.domain.repairs.kinds import RepairCategory, RepairPriority
from propdesk.domain.repairs.workflow import (
    RepairOutcome,
    RepairState,
    RepairStep,
    StepRequest,
    possible_steps,
)
from propdesk.domain.roles import Role
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.master_data.residents import ResidentInput, ResidentKind
from propdesk.services.master_data.staff import StaffInfo, StaffInput
from propdesk.services.master_data.units import UnitInput
from propdesk.services.repairs.detail import TicketDetail
from propdesk.services.repairs.inputs import TicketInput
from propdesk.services.repairs.queries import TicketFilter
from propdesk.services.repairs.service import RepairServices
from propdesk.ui.tabs.repairs.step_forms import StepForm
from propdesk.ui.tabs.repairs.tab import RepairsTab
from propdesk.ui.tabs.repairs.ticket_form import TicketForm
from propdesk.ui.tabs.repairs.ticket_list import TicketListView
from propdesk.ui.tabs.repairs.ticket_model import TicketTableModel
from propdesk.ui.widgets.dto_table_model import FLAGGED_BACKGROUND
from tests.gui.conftest import Boxes, Previews
from tests.gui.keys import type_text

CLERK = Actor(None, "clerk", "李客服", Role.CLERK, "客服中心")
TECH = Actor(None, "tech1", "王师傅", Role.TECHNICIAN, "工程部")
COMMITTEE = Actor(None, "yw", "业委会", Role.COMMITTEE, "客服中心")
S = RepairState
T = RepairStep
PAGE = 10


class Estate:
    """Two units with their residents, two technicians and a cleaner."""

    def __init__(self, services: Services) -> None:
        services.estate.set_up("翠湖花园")
        services.units.save(CLERK, UnitInput("3", "2", "1502"))
        services.units.save(CLERK, UnitInput("5", "1", "0801"))
        self.zhang = services.residents.save(
            CLERK, ResidentInput("3-2-1502", ResidentKind.OWNER, "张三", "13812345678")
        )
        services.residents.save(
            CLERK, ResidentInput("3-2-1502", ResidentKind.FAMILY, "张小三", "13800001111")
        )
        self.li = services.residents.save(
            CLERK, ResidentInput("5-1-0801", ResidentKind.TENANT, "李四", "13998765432")
        )
        admin = Actor(None, "admin", "管理员", Role.ADMIN, "客服中心")
        self.wang: StaffInfo = services.staff.save(
            admin, StaffInput("王师傅", "engineering", "水电工")
        )
        self.zhao: StaffInfo = services.staff.save(
            admin, StaffInput("赵师傅", "engineering", "电工")
        )
        self.services = services
        self.repairs = services.module(RepairServices).tickets

    def leak(self, **changes: object) -> TicketDetail:
        data = TicketInput(
            reporter_name="张三",
            reporter_phone="13812345678",
            category=RepairCategory.PLUMBING,
            description="厨房水管漏水",
            unit_code="3-2-1502",
        )
        return self.repairs.open_ticket(CLERK, replace(data, **changes))  # type: ignore[arg-type]

    def quoted(self) -> TicketDetail:
        ticket = self.leak()
        for request in (
            StepRequest(T.DISPATCH, technician_id=self.wang.id),
            StepRequest(T.ARRIVE),
            StepRequest(T.DIAGNOSE, diagnosis="阀门老化"),
            StepRequest(T.QUOTE, labour_fen=5000, materials_fen=3000, duration_minutes=60),
        ):
            ticket = self.repairs.step(CLERK, ticket.id, request)
        return ticket


@pytest.fixture
def estate(services: Services) -> Estate:
    return Estate(services)


def _tab(qtbot: QtBot, services: Services, actor: Actor = CLERK) -> RepairsTab:
    tab = RepairsTab(services, actor)
    qtbot.addWidget(tab)
    tab.resize(1100, 700)
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


def _key(qtbot: QtBot, key: Qt.Key) -> None:
    qtbot.keyClick(_focused(), key)


def _step(qtbot: QtBot, tab: RepairsTab, step: RepairStep) -> StepForm | None:
    """Press the step's button; the form it opens, once it has the keyboard."""
    button = tab.detail_panel.step_buttons[step]
    assert button.isVisible(), (step, tab.detail_panel.offered_steps())
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    form = tab.open_form
    if form is None:
        return None
    assert isinstance(form, StepForm)
    qtbot.waitUntil(form.isActiveWindow)
    return form


def _saved(qtbot: QtBot, tab: RepairsTab) -> None:
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.open_form is None)


def _offered(tab: RepairsTab) -> list[RepairStep]:
    return sorted(tab.detail_panel.offered_steps())


def _expected(detail: TicketDetail) -> list[RepairStep]:
    return sorted(possible_steps(detail.state, paid=detail.paid))


# -- a call, from the keyboard to closed -----------------------------------------------------
def test_a_call_taken_down_with_the_keyboard_and_carried_to_closed(
    qtbot: QtBot, estate: Estate, boxes: Boxes, previews: Previews
) -> None:
    tab = _tab(qtbot, estate.services)
    qtbot.keyClick(tab, Qt.Key.Key_F2)
    form = tab.open_form
    assert isinstance(form, TicketForm)
    qtbot.waitUntil(form.isActiveWindow)
    assert form.lookup_edit.hasFocus()
    _type(qtbot, "3-2-1502")
    _key(qtbot, Qt.Key.Key_Return)  # looks up; does not save
    assert form.isVisible()
    assert (form.name_edit.text(), form.phone_edit.text()) == ("张三", "13812345678")
    assert form.unit_edit.text() == "3-2-1502"
    assert form.resident_id == estate.zhang.id
    assert form.paid_check.isChecked()  # a unit's repair is paid
    assert form.category_combo.hasFocus()
    _key(qtbot, Qt.Key.Key_Down)  # the first category: plumbing
    _key(qtbot, Qt.Key.Key_Tab)
    assert form.priority_combo.currentText() == "Normal"
    _key(qtbot, Qt.Key.Key_Up)  # urgent
    _key(qtbot, Qt.Key.Key_Tab)
    assert form.paid_check.hasFocus()
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "厨房水管漏水")
    _saved(qtbot, tab)
    qtbot.waitUntil(tab.list_view.view.hasFocus)  # F2 again takes the next call
    detail = tab.detail
    assert detail is not None
    assert detail.number in tab.status_label.text()
    assert (detail.state, detail.category, detail.priority) == (
        S.REPORTED,
        RepairCategory.PLUMBING,
        RepairPriority.URGENT,
    )
    assert (detail.resident_id, detail.paid, detail.description) == (
        estate.zhang.id,
        True,
        "厨房水管漏水",
    )
    assert [r.id for r in tab.list_view.rows()] == [detail.id]
    assert _offered(tab) == _expected(detail) == sorted([T.DISPATCH, T.CANCEL])

    # Dispatch: the technician from the keyboard, the slip goes to print preview.
    form = _step(qtbot, tab, T.DISPATCH)
    assert form is not None
    assert form.technician_combo.hasFocus()  # type: ignore[attr-defined]
    _key(qtbot, Qt.Key.Key_Down)  # engineering first, by name: 王师傅
    _saved(qtbot, tab)
    detail = tab.detail
    assert detail is not None
    assert (detail.state, detail.technician_id) == (S.DISPATCHED, estate.wang.id)
    (slip,) = previews.slips
    assert (slip.title, slip.number) == ("Repair Dispatch Slip", detail.number)
    assert any(f.value == "王师傅" for f in slip.fields)

    assert _step(qtbot, tab, T.ARRIVE) is None  # nothing to ask: recorded at once
    form = _step(qtbot, tab, T.DIAGNOSE)
    _type(qtbot, "阀门老化")
    _saved(qtbot, tab)
    form = _step(qtbot, tab, T.QUOTE)
    assert form is not None
    _type(qtbot, "50")
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "35.5")
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "90")
    _saved(qtbot, tab)
    detail = tab.detail
    assert detail is not None
    assert (detail.state, detail.quote_labour_fen, detail.quote_materials_fen) == (
        S.QUOTED,
        5000,
        3550,
    )
    assert detail.quote_minutes == 90
    assert detail.sla.waiting_since is not None
    assert "waiting for the resident" in tab.detail_panel.clocks.values["waiting"].text()
    assert _offered(tab) == _expected(detail)

    assert _step(qtbot, tab, T.APPROVE) is None
    assert _step(qtbot, tab, T.START_REPAIR) is None
    form = _step(qtbot, tab, T.COMPLETE)
    _key(qtbot, Qt.Key.Key_Return)  # nothing typed: stays open, says what is missing
    assert form is not None
    assert form.isVisible()
    assert "Describe the work done" in form.form.error_text("work_done")
    _type(qtbot, "更换阀门")
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "阀门 1 个")
    _key(qtbot, Qt.Key.Key_Return)  # the site not confirmed clean: still open
    assert "cleaned" in form.form.error_text("site_cleaned")
    assert form.cleaned_check.hasFocus()  # type: ignore[attr-defined]
    _key(qtbot, Qt.Key.Key_Space)
    _saved(qtbot, tab)
    form = _step(qtbot, tab, T.SIGN_OFF)
    assert form is not None
    assert form.signed_by_edit.text() == "张三"  # type: ignore[attr-defined]
    _saved(qtbot, tab)
    form = _step(qtbot, tab, T.FOLLOW_UP)
    _type(qtbot, "5")
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "满意")
    _saved(qtbot, tab)
    detail = tab.detail
    assert detail is not None
    assert (detail.state, detail.rating, detail.follow_up_comment) == (S.FOLLOWED_UP, 5, "满意")
    assert _offered(tab) == [T.CLOSE]
    assert _step(qtbot, tab, T.CLOSE) is None

    detail = tab.detail
    assert detail is not None
    assert (detail.state, detail.outcome) == (S.CLOSED, RepairOutcome.RESOLVED)
    assert tab.detail_panel.offered_steps() == []
    assert [e.step for e in tab.detail_panel.timeline_model.rows()] == [
        T.REPORT,
        T.DISPATCH,
        T.ARRIVE,
        T.DIAGNOSE,
        T.QUOTE,
        T.APPROVE,
        T.START_REPAIR,
        T.COMPLETE,
        T.SIGN_OFF,
        T.FOLLOW_UP,
        T.CLOSE,
    ]
    assert tab.list_view.rows() == []  # the list shows open tickets
    tab.list_view.filter_bar.state_combo.setCurrentIndex(1)  # all tickets
    (row,) = tab.list_view.rows()
    assert tab.list_view.model.is_inactive(row)
    assert detail.number in tab.status_label.text()
    assert not boxes.shown


def test_the_lookup_steps_through_matches_and_says_when_nobody_matches(
    qtbot: QtBot, estate: Estate
) -> None:
    tab = _tab(qtbot, estate.services)
    form = tab.open_ticket_form()
    assert form is not None
    qtbot.waitUntil(form.isActiveWindow)
    _type(qtbot, "王八蛋")
    _key(qtbot, Qt.Key.Key_Return)
    assert "Nobody in the register" in form.form.error_text("lookup")
    assert form.name_edit.text() == ""
    # From the phone box: F4 looks up what was typed there.
    form.phone_edit.setFocus()
    _type(qtbot, "5432")
    _key(qtbot, Qt.Key.Key_F4)
    assert (form.name_edit.text(), form.unit_edit.text()) == ("李四", "5-1-0801")
    assert form.resident_id == estate.li.id
    # A unit with two residents: the owner first, F4 again for the next.
    form.lookup_edit.setFocus()
    form.lookup_edit.setText("3-2-1502")
    _key(qtbot, Qt.Key.Key_F4)
    assert form.name_edit.text() == "张三"
    assert "1 of 2" in form.hint_label.text()
    _key(qtbot, Qt.Key.Key_F4)
    assert (form.name_edit.text(), form.phone_edit.text()) == ("张小三", "13800001111")
    # Typing another name: no longer the resident from the register.
    form.name_edit.setFocus()
    _type(qtbot, "的朋友")
    assert form.resident_id is None
    # A common area instead of the unit: free, unless ticked otherwise.
    form.unit_edit.clear()
    form.area_edit.setText("5 栋 1 单元电梯")
    assert not form.paid_check.isChecked()
    _key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: tab.open_form is None)
    assert estate.repairs.page(CLERK).rows == []


def test_the_new_ticket_form_shows_messages_next_to_fields_and_writes_nothing(
    qtbot: QtBot, estate: Estate, boxes: Boxes
) -> None:
    tab = _tab(qtbot, estate.services)
    form = tab.open_ticket_form()
    assert form is not None
    qtbot.waitUntil(form.isActiveWindow)
    form.description_edit.setFocus()
    _key(qtbot, Qt.Key.Key_Return)
    assert "who reported" in form.form.error_text("reporter_name")
    assert form.name_edit.hasFocus()
    _type(qtbot, "保洁员")
    _key(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "13700001111")
    _key(qtbot, Qt.Key.Key_Return)
    assert "unit" in form.form.error_text("unit_code")
    form.area_edit.setText("1 栋大堂")
    _key(qtbot, Qt.Key.Key_Return)
    assert form.form.error_text("category")  # chosen on purpose, never by default
    assert form.isVisible()
    assert estate.repairs.page(CLERK).rows == []
    assert not boxes.shown
    form.category_combo.setCurrentIndex(
        form.category_combo.findData(RepairCategory.PUBLIC_FACILITIES.value)
    )
    form.description_edit.setText("大堂灯不亮")
    form.description_edit.setFocus()
    _saved(qtbot, tab)
    detail = tab.detail
    assert detail is not None
    assert (detail.location, detail.paid) == ("1 栋大堂", False)


# -- the other endings ----------------------------------------------------------------------
def test_a_refused_quote_closes_the_ticket(qtbot: QtBot, estate: Estate) -> None:
    ticket = estate.quoted()
    tab = _tab(qtbot, estate.services)
    assert tab.list_view.select_ticket(ticket.id)
    tab.show_ticket(ticket.id)
    assert _offered(tab) == _expected(ticket)
    assert T.REFUSE in _offered(tab)
    _step(qtbot, tab, T.REFUSE)
    _type(qtbot, "价格太高")
    _saved(qtbot, tab)
    detail = estate.repairs.detail(CLERK, ticket.id)
    assert (detail.state, detail.outcome, detail.approved) == (
        S.CLOSED,
        RepairOutcome.REFUSED,
        False,
    )
    assert detail.decision_note == "价格太高"
    assert tab.detail_panel.offered_steps() == []
    tab.list_view.filter_bar.state_combo.setCurrentIndex(1)  # all tickets
    model = tab.list_view.model
    (row,) = model.rows()
    state = model.data(model.index(0, TicketTableModel.COL_STATE))
    assert state == "Closed (quote refused)"
    assert row.outcome is RepairOutcome.REFUSED


def test_cancelling_needs_a_reason(qtbot: QtBot, estate: Estate, boxes: Boxes) -> None:
    ticket = estate.leak()
    tab = _tab(qtbot, estate.services)
    tab.show_ticket(ticket.id)
    form = _step(qtbot, tab, T.CANCEL)
    assert form is not None
    _key(qtbot, Qt.Key.Key_Return)
    assert form.isVisible()
    assert "reason" in form.form.error_text("reason")
    still = estate.repairs.detail(CLERK, ticket.id)
    assert (still.state, len(still.timeline)) == (S.REPORTED, 1)  # nothing written
    _type(qtbot, "住户自行修好")
    _saved(qtbot, tab)
    detail = estate.repairs.detail(CLERK, ticket.id)
    assert (detail.state, detail.outcome, detail.cancel_reason) == (
        S.CANCELLED,
        RepairOutcome.CANCELLED,
        "住户自行修好",
    )
    assert tab.detail_panel.facts.values["cancelled"].text() == "住户自行修好"
    assert tab.list_view.rows() == []
    assert not boxes.shown


def test_a_step_another_station_already_took_is_refused_and_the_detail_caught_up(
    qtbot: QtBot, estate: Estate, boxes: Boxes
) -> None:
    ticket = estate.leak()
    tab = _tab(qtbot, estate.services)
    tab.show_ticket(ticket.id)
    estate.repairs.step(CLERK, ticket.id, StepRequest(T.CANCEL, reason="重复报修"))
    form = _step(qtbot, tab, T.DISPATCH)
    assert form is not None
    _key(qtbot, Qt.Key.Key_Down)
    _key(qtbot, Qt.Key.Key_Return)
    assert boxes.texts() == ["This ticket was cancelled; no further step is possible."]
    form.reject()
    qtbot.waitUntil(lambda: tab.open_form is None)
    tab.refresh()
    detail = tab.detail
    assert detail is not None
    assert detail.state is S.CANCELLED
    assert tab.detail_panel.offered_steps() == []


def test_the_quote_form_reads_yuan_exactly_and_refuses_what_is_not_an_amount(
    qtbot: QtBot, estate: Estate
) -> None:
    ticket = estate.leak()
    for request in (
        StepRequest(T.DISPATCH, technician_id=estate.wang.id),
        StepRequest(T.ARRIVE),
        StepRequest(T.DIAGNOSE, diagnosis="阀门老化"),
    ):
        estate.repairs.step(CLERK, ticket.id, request)
    tab = _tab(qtbot, estate.services)
    tab.show_ticket(ticket.id)
    form = _step(qtbot, tab, T.QUOTE)
    assert form is not None
    _type(qtbot, "12.345")
    _key(qtbot, Qt.Key.Key_Return)
    assert "85.50" in form.form.error_text("labour_fen")
    form.labour_edit.setText("¥1,200.29")  # type: ignore[attr-defined]
    form.materials_edit.setText("0.29")  # type: ignore[attr-defined]
    form.labour_edit.setFocus()  # type: ignore[attr-defined]
    _key(qtbot, Qt.Key.Key_Return)
    assert "duration" in form.form.error_text("duration_minutes")
    form.duration_edit.setValue(45)  # type: ignore[attr-defined]
    _saved(qtbot, tab)
    detail = estate.repairs.detail(CLERK, ticket.id)
    assert (detail.quote_labour_fen, detail.quote_materials_fen, detail.quote_minutes) == (
        120029,
        29,
        45,
    )


# -- printing ------------------------------------------------------------------------------
def test_print_dispatch_slip_previews_the_ticket(
    qtbot: QtBot, estate: Estate, previews: Previews
) -> None:
    ticket = estate.quoted()
    tab = _tab(qtbot, estate.services)
    tab.show_ticket(ticket.id)
    qtbot.mouseClick(tab.detail_panel.print_button, Qt.MouseButton.LeftButton)
    (slip,) = previews.slips
    assert slip.number == ticket.number
    assert slip.subtitle == "翠湖花园"
    values = {f.label: f.value for f in slip.fields}
    assert values["Location"] == "3-2-1502"
    assert values["Technician"] == "王师傅"
    assert "¥80.00" in values["Quote"]
    assert slip.signatures == ("Technician's signature", "Resident's signature")


# -- the list ------------------------------------------------------------------------------
@pytest.fixture
def many(estate: Estate) -> Estate:
    """23 plumbing tickets for 张三, then a lift emergency for 李四 (dispatched to 赵师傅)
    and an electrical ticket reported two days ago (its arrival overdue)."""
    for n in range(23):
        estate.leak(description=f"漏水 {n}")
    lift = estate.repairs.open_ticket(
        CLERK,
        TicketInput(
            reporter_name="李四",
            reporter_phone="13998765432",
            category=RepairCategory.LIFT,
            description="电梯困人",
            common_area="5 栋 1 单元电梯",
            priority=RepairPriority.EMERGENCY,
        ),
    )
    estate.repairs.step(CLERK, lift.id, StepRequest(T.DISPATCH, technician_id=estate.zhao.id))
    estate.repairs.open_ticket(
        CLERK,
        TicketInput(
            reporter_name="王五",
            reporter_phone="13700001111",
            category=RepairCategory.ELECTRICAL,
            description="楼道灯不亮",
            common_area="1 栋大堂",
            reported_at=datetime.now(UTC) - timedelta(days=2),
        ),
    )
    return estate


def _list(qtbot: QtBot, services: Services, actor: Actor = CLERK) -> TicketListView:
    view = TicketListView(services, actor, page_size=PAGE)
    qtbot.addWidget(view)
    view.resize(1000, 500)
    view.show()
    qtbot.waitExposed(view)
    return view


def _search(qtbot: QtBot, view: TicketListView, text: str) -> None:
    edit = view.filter_bar.search_edit
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:
        type_text(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def _select(combo_owner: TicketListView, name: str, value: object) -> None:
    combo = getattr(combo_owner.filter_bar, name)
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def test_pages_go_older_newer_and_newest(qtbot: QtBot, many: Estate) -> None:
    view = _list(qtbot, many.services)
    total = 25
    assert view.page_label.text() == "Tickets 1–10"
    assert not view.newer_button.isEnabled()
    seen = list(view.rows())
    qtbot.mouseClick(view.older_button, Qt.MouseButton.LeftButton)
    assert view.page_label.text() == "Tickets 11–20"
    seen += view.rows()
    qtbot.mouseClick(view.older_button, Qt.MouseButton.LeftButton)
    assert view.page_label.text() == f"Tickets 21–{total}"
    assert not view.older_button.isEnabled()
    seen += view.rows()
    assert len({r.id for r in seen}) == len(seen) == total
    assert [r.key for r in seen] == sorted((r.key for r in seen), reverse=True)
    qtbot.mouseClick(view.newer_button, Qt.MouseButton.LeftButton)
    assert view.rows() == seen[10:20]
    qtbot.mouseClick(view.newest_button, Qt.MouseButton.LeftButton)
    assert view.rows() == seen[:10]
    assert not view.newest_button.isEnabled()


def test_filters_and_search(qtbot: QtBot, many: Estate) -> None:
    view = _list(qtbot, many.services)
    _select(view, "priority_combo", RepairPriority.EMERGENCY.value)
    (lift,) = view.rows()
    assert lift.category is RepairCategory.LIFT
    view.filter_bar.clear()
    _select(view, "category_combo", RepairCategory.ELECTRICAL.value)
    (late,) = view.rows()
    assert late.overdue
    model = view.model
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) == FLAGGED_BACKGROUND
    # The clocks each in a column: two days used, a day late, nothing left.
    assert model.data(model.index(0, TicketTableModel.COL_TIME_USED)) == "2 d 0 h"
    assert model.data(model.index(0, TicketTableModel.COL_TIME_LEFT)) == ""
    assert model.data(model.index(0, TicketTableModel.COL_OVERDUE_BY)) == "1 d 0 h"
    view.filter_bar.clear()
    view.filter_bar.overdue_check.setChecked(True)
    assert [r.id for r in view.rows()] == [late.id]
    view.filter_bar.clear()
    _select(view, "technician_combo", str(many.zhao.id))
    assert [r.id for r in view.rows()] == [lift.id]
    view.filter_bar.clear()
    _select(view, "state_combo", S.DISPATCHED.value)
    assert [r.id for r in view.rows()] == [lift.id]

    view.filter_bar.clear()
    _search(qtbot, view, "5432")  # the reporter's phone tail
    assert [r.id for r in view.rows()] == [lift.id]
    _search(qtbot, view, "王五")
    assert [r.id for r in view.rows()] == [late.id]
    _search(qtbot, view, "3-2-1502")
    assert len(view.rows()) == PAGE
    assert {r.unit_code for r in view.rows()} == {"3-2-1502"}
    _search(qtbot, view, late.number)
    assert [r.id for r in view.rows()] == [late.id]
    view.filter_bar.search_edit.clear()  # the clear button: everything again
    assert len(view.rows()) == PAGE

    two_days_ago = late.reported_at.astimezone().date()
    view.filter_bar.to_edit.set_value(two_days_ago)
    assert [r.id for r in view.rows()] == [late.id]
    view.filter_bar.to_edit.set_value(None)
    view.filter_bar.from_edit.set_value(two_days_ago + timedelta(days=1))
    assert late.id not in {r.id for r in view.rows()}


def test_export_writes_the_whole_filtered_result(
    qtbot: QtBot, many: Estate, tmp_path: Path, boxes: Boxes
) -> None:
    view = _list(qtbot, many.services)
    assert view.export_action is not None
    _search(qtbot, view, "3-2-1502")
    target = tmp_path / "tickets"
    assert view.export_all(target)
    assert view.wait_until_done()
    path = target.with_suffix(".xlsx")
    book = load_workbook(path, read_only=True)
    sheet = book.active
    assert sheet is not None
    values = list(sheet.iter_rows(values_only=True))
    book.close()  # read-only workbooks keep the file open until closed
    assert values[0][:3] == ("Number", "Reported at", "Priority")
    assert len(values) == 1 + 23  # every match, not just the page of 10
    assert {row[4] for row in values[1:]} == {"3-2-1502"}
    assert isinstance(values[1][1], datetime)
    assert boxes.texts() == [f"23 rows exported to {path}"]


def test_models_pass_the_model_tester(
    qtbot: QtBot, many: Estate, qtmodeltester: ModelTester
) -> None:
    tab = _tab(qtbot, many.services)
    qtmodeltester.check(tab.list_view.model)
    tab.list_view.older()
    qtmodeltester.check(tab.list_view.model)
    (lift,) = many.repairs.page(CLERK, TicketFilter(priority=RepairPriority.EMERGENCY)).rows
    tab.show_ticket(lift.id)
    qtmodeltester.check(tab.detail_panel.timeline_model)
    tab.views.setCurrentWidget(tab.workload_view)
    loads = {r.technician_name: r for r in tab.workload_model.rows()}
    assert (loads["赵师傅"].open_count, loads["王师傅"].open_count) == (1, 0)
    assert loads[""].open_count == 24  # not dispatched yet
    qtmodeltester.check(tab.workload_model)
    tab.views.setCurrentWidget(tab.backlog_view)
    backlog = tab.backlog_model.rows()
    assert len(backlog) == 25
    assert backlog[0].overdue  # oldest first: the electrical one, two days old
    assert tab.backlog_model.is_flagged(backlog[0])
    qtmodeltester.check(tab.backlog_model)


def test_selecting_in_the_list_or_the_backlog_shows_the_ticket(qtbot: QtBot, many: Estate) -> None:
    tab = _tab(qtbot, many.services)
    view = tab.list_view.view
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=view.visualRect(view.model().index(2, 0)).center(),
    )
    row = tab.list_view.model.row_at(2)
    assert row is not None
    detail = tab.detail
    assert detail is not None
    assert detail.id == row.id
    assert tab.detail_panel.title_label.text().startswith(row.number)
    tab.views.setCurrentWidget(tab.backlog_view)
    backlog = tab.backlog_view
    qtbot.mouseClick(
        backlog.viewport(),
        Qt.MouseButton.LeftButton,
        pos=backlog.visualRect(backlog.model().index(0, 0)).center(),
    )
    detail = tab.detail
    assert detail is not None
    assert detail.category is RepairCategory.ELECTRICAL
    assert "OVERDUE" in tab.detail_panel.clocks.values["arrival"].text()


# -- roles ---------------------------------------------------------------------------------
def test_a_committee_member_reads_the_list_and_changes_nothing(
    qtbot: QtBot, many: Estate, previews: Previews
) -> None:
    tab = _tab(qtbot, many.services, COMMITTEE)
    assert not tab.new_button.isVisible()
    qtbot.keyClick(tab, Qt.Key.Key_F2)
    assert tab.open_form is None
    assert tab.open_ticket_form() is None
    assert len(tab.list_view.rows()) == 25
    assert tab.list_view.export_action is None  # the committee may not export
    row = tab.list_view.rows()[0]
    tab.show_ticket(row.id)
    assert tab.detail is not None
    assert tab.detail_panel.offered_steps() == []
    assert not tab.detail_panel.print_button.isVisible()
    assert tab.take_step(T.CANCEL) is None
    assert many.repairs.detail(CLERK, row.id).state is row.state
    assert previews.slips == []


def test_a_technician_takes_steps_but_opens_no_tickets(qtbot: QtBot, estate: Estate) -> None:
    ticket = estate.leak()
    tab = _tab(qtbot, estate.services, TECH)
    assert not tab.new_button.isVisible()
    tab.show_ticket(ticket.id)
    assert _offered(tab) == _expected(ticket)
    assert not tab.list_view.select_ticket(uuid.uuid4())  # not on the page: nothing selected
