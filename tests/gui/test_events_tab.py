"""The community events tab driven by keyboard: F2 plans an event (a refused field
said under it, nothing written), the list shows it, the detail below; it is recorded
as held (Ctrl+Enter in the feedback saves), cancelled and voided with a reason; the
lobby notice goes to print preview; a photo is attached; links and quick-search hits
open what they name; every table model passes the model tester; and a look at it."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from propdesk.domain.events.kinds import EventKind, EventState
from propdesk.domain.roles import Role
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.events.inputs import EventPlan
from propdesk.services.events.search import KIND_EVENT
from propdesk.services.events.service import EventServices
from propdesk.services.events.views import EventFilter, EventList, EventView
from propdesk.ui.fonts import ensure_cjk_font
from propdesk.ui.tabs.events import module
from propdesk.ui.tabs.events.event_forms import EventForm, HeldForm
from propdesk.ui.tabs.events.event_model import EventTableModel
from propdesk.ui.tabs.events.notice_printing import NoticeForm
from propdesk.ui.tabs.events.tab import EventsTab
from tests.gui.conftest import Boxes, Previews
from tests.unit.photo_bytes import png_bytes, write

CLERK = Actor(None, "clerk", "李客服", Role.CLERK, "客服中心")
MANAGER = Actor(None, "boss", "陈经理", Role.MANAGER, "客服中心")
COMMITTEE = Actor(None, "yw", "业委会", Role.COMMITTEE, "客服中心")
CTRL = Qt.KeyboardModifier.ControlModifier
OUT = Path("/tmp/events")


@pytest.fixture
def services(ready_services: Services, beijing_time: None) -> Services:
    del beijing_time
    return ready_services


def _tab(qtbot: QtBot, services: Services, actor: Actor) -> EventsTab:
    tab = EventsTab(services, actor)
    qtbot.addWidget(tab)
    tab.resize(1200, 720)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)  # shortcuts act in the active window only
    return tab


def _active(qtbot: QtBot, window: QWidget | None) -> None:
    """Shortcuts (Ctrl+Enter) act in the active window only."""
    assert window is not None
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def _type(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Chinese as an input method commits it (QTest cannot key in CJK); ASCII by keys."""
    widget.setFocus()
    if text.isascii():
        qtbot.keyClicks(widget, text)
    elif isinstance(widget, QLineEdit):
        widget.insert(text)
    else:
        assert isinstance(widget, QPlainTextEdit)
        widget.insertPlainText(text)


def _plan(services: Services, theme: str, start: datetime) -> object:
    return services.module(EventServices).events.plan(
        CLERK,
        EventPlan(
            EventKind.FESTIVAL, theme, start, start + timedelta(hours=2), "中心花园", "客服部"
        ),
    )


def test_plan_list_detail_held_and_void_by_keyboard(
    qtbot: QtBot, services: Services, boxes: Boxes
) -> None:
    ensure_cjk_font(QApplication.instance())  # type: ignore[arg-type]  # the test app
    tab = _tab(qtbot, services, CLERK)
    qtbot.keyClick(tab, Qt.Key.Key_F2)
    form = tab.open_form
    assert isinstance(form, EventForm)
    assert form.isVisible()
    _active(qtbot, form)
    # The place left empty: said under it, nothing written, the form stays open.
    _type(qtbot, form.theme_edit, "中秋游园会")
    _type(qtbot, form.organiser_edit, "客服部")
    qtbot.keyClick(form.organiser_edit, Qt.Key.Key_Return)
    assert form.isVisible()
    assert form.form.error_text("place")
    assert tab.list_view.rows() == []
    _type(qtbot, form.place_edit, "中心花园")
    _type(qtbot, form.content_edit, "猜灯谜")
    qtbot.keyClick(form.content_edit, Qt.Key.Key_Return, CTRL)
    assert not form.isVisible()
    rows = tab.list_view.rows()
    assert [r.theme for r in rows] == ["中秋游园会"]
    assert tab.detail is not None
    assert tab.detail.row.state is EventState.PLANNED
    assert tab.detail_panel.held_button.isVisible()
    # Not begun yet: recording it held is refused under the participants.
    qtbot.keyClick(tab.detail_panel.held_button, Qt.Key.Key_Space)
    held = tab.open_form
    assert isinstance(held, HeldForm)
    _active(qtbot, held)
    held.participants_box.setValue(80)
    qtbot.keyClick(held.feedback_edit, Qt.Key.Key_Return, CTRL)
    assert held.isVisible()
    assert held.form.error_text("participants")
    held.reject()
    # An event of yesterday is recorded as held.
    past = _plan(services, "重阳敬老宴", datetime.now().astimezone() - timedelta(days=1))
    tab.refresh()
    assert tab.open_event_by_id(past.id)  # type: ignore[attr-defined]
    qtbot.keyClick(tab.detail_panel.held_button, Qt.Key.Key_Space)
    held = tab.open_form
    assert isinstance(held, HeldForm)
    _active(qtbot, held)
    held.participants_box.selectAll()
    _type(qtbot, held.participants_box, "65")
    _type(qtbot, held.feedback_edit, "老人们很满意")
    qtbot.keyClick(held.feedback_edit, Qt.Key.Key_Return, CTRL)
    assert not held.isVisible()
    assert tab.detail is not None
    assert tab.detail.row.state is EventState.HELD
    assert tab.detail.row.participants == 65
    assert not tab.detail_panel.edit_button.isVisible()  # archived: read-only
    OUT.mkdir(exist_ok=True)
    tab.grab().save(str(OUT / "tab_held.png"))
    # The clerk may not void; the manager does, with a reason.
    assert not tab.detail_panel.void_button.isVisible()
    boss = _tab(qtbot, services, MANAGER)
    assert boss.open_event_by_id(past.id)  # type: ignore[attr-defined]
    qtbot.keyClick(boss.detail_panel.void_button, Qt.Key.Key_Space)
    void = boss.open_form
    assert void is not None
    assert void.objectName() == "event_void_form"
    qtbot.keyClick(void, Qt.Key.Key_Return)  # no reason: said, nothing voided
    assert void.isVisible()
    _type(qtbot, void.reason_edit, "重复登记")  # type: ignore[attr-defined]
    qtbot.keyClick(void.reason_edit, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert not void.isVisible()
    assert boss.detail is not None
    assert boss.detail.row.voided
    assert boxes.texts() == []


def test_cancel_notice_preview_and_photo(
    qtbot: QtBot,
    services: Services,
    previews: Previews,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ensure_cjk_font(QApplication.instance())  # type: ignore[arg-type]  # the test app
    soon = _plan(services, "消防知识讲座", datetime.now().astimezone() + timedelta(days=5))
    tab = _tab(qtbot, services, CLERK)
    assert module.TAB.open_record(tab, KIND_EVENT, soon.id)  # type: ignore[attr-defined]
    qtbot.keyClick(tab.detail_panel.print_button, Qt.Key.Key_Space)
    form = tab.open_form
    assert isinstance(form, NoticeForm)
    _type(qtbot, form.qr_edit, "13800138000")
    qtbot.keyClick(form.qr_edit, Qt.Key.Key_Return)
    assert [p.pages_shown for p in previews.pdfs] == [1]
    picture = write(tmp_path, "lecture.png", png_bytes(40, 30))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(picture), ""))
    )
    qtbot.keyClick(tab.detail_panel.photo_button, Qt.Key.Key_Space)
    assert tab.detail is not None
    assert len(tab.detail.photos) == 1
    qtbot.keyClick(tab.detail_panel.cancel_button, Qt.Key.Key_Space)
    cancel = tab.open_form
    assert cancel is not None
    assert cancel.objectName() == "event_cancel_form"
    _type(qtbot, cancel.reason_edit, "台风预警")  # type: ignore[attr-defined]
    qtbot.keyClick(cancel.reason_edit, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert tab.detail is not None
    assert tab.detail.row.state is EventState.CANCELLED
    assert tab.detail.cancel_reason == "台风预警"
    assert not tab.detail_panel.print_button.isVisible()


def test_links_filters_roles_and_the_model(
    qtbot: QtBot, services: Services, qtmodeltester: ModelTester
) -> None:
    now = datetime.now().astimezone()
    for i in range(3):
        _plan(services, f"活动{i}", now - timedelta(days=40 * i + 1))
    tab = _tab(qtbot, services, COMMITTEE)
    assert not tab.new_button.isVisible()
    qtbot.keyClick(tab, Qt.Key.Key_F2)
    assert tab.open_form is None  # read-only roles plan nothing
    month = now.date().replace(day=1)
    assert module.TAB.show_view(tab, EventList(EventFilter(first=month, last=now.date())))
    assert [r.theme for r in tab.list_view.rows()] == ["活动0"]
    tab.list_view.filter_bar.clear()
    assert len(tab.list_view.rows()) == 3
    assert module.TAB.show_view(tab, EventView(tab.list_view.rows()[1].id))
    assert tab.detail is not None
    assert tab.detail.row.theme == "活动1"
    assert not tab.detail_panel.held_button.isVisible()
    qtmodeltester.check(tab.list_view.model)
    empty = EventTableModel()
    qtmodeltester.check(empty)
