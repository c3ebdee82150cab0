"""The incidents tab with real widgets (Chinese text inserted, the keys pressed): the
models through the model tester; F2 records an incident by the keyboard (Ctrl+Enter
saves, a refused field shows its message next to it, Esc cancels), the list shows it,
its detail and follow-ups (an overdue one red and in words), a follow-up added and
done, closed, voided with a reason; the report's print preview opens; buttons follow
the role; a patrol finding's panel offers "Open incident…"."""

from __future__ import annotations

import os
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from propdesk.domain.incidents.kinds import IncidentKind, IncidentState
from propdesk.domain.roles import Role
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.incidents.inputs import ActionInput, IncidentInput
from propdesk.services.incidents.service import IncidentServices
from propdesk.services.incidents.views import IncidentFilter, IncidentShow
from propdesk.store.base import utcnow
from propdesk.ui.fonts import ensure_cjk_font
from propdesk.ui.tabs.incidents.models import OVERDUE_COLOR, ActionsModel, IncidentListModel
from propdesk.ui.tabs.incidents.tab import IncidentsTab

MANAGER = Actor(None, "boss", "陈经理", Role.MANAGER, "客服中心")
GUARD = Actor(None, "guard", "王保安", Role.GUARD, "东门岗亭")
SHOTS = os.environ.get("PROPDESK_SHOTS", "")


def recorded(services: Services, days_ago: int = 3) -> IncidentServices:
    doors = services.module(IncidentServices)
    info = doors.incidents.record(
        MANAGER,
        IncidentInput(
            kind=IncidentKind.THEFT,
            title="电动车电瓶被盗",
            occurred_at=(utcnow() - timedelta(days=days_ago)).astimezone(),
            place="3栋地下车库",
            what_happened="业主报称停放的电动车电瓶夜间被盗，车锁完好。",
            responders="王保安",
            response="调取监控，陪同业主报警。",
            police_called=True,
            police_report="JJ-113",
        ),
    )
    doors.incidents.add_action(
        MANAGER, info.id, ActionInput("车库加装监控", "工程部", utcnow() - timedelta(days=1))
    )
    return doors


def test_models_pass_the_model_tester(qtmodeltester, ready_services: Services) -> None:  # type: ignore[no-untyped-def]
    doors = recorded(ready_services)
    rows = doors.incidents.page(MANAGER).rows
    model = IncidentListModel()
    model.set_rows(rows)
    qtmodeltester.check(model)
    assert "1" in model.data(model.index(0, 5))  # "Open, 1 follow-ups overdue"
    actions = ActionsModel()
    actions.set_rows(list(doors.incidents.detail(MANAGER, rows[0].id).actions))
    qtmodeltester.check(actions)
    assert actions.data(actions.index(0, 0), Qt.ItemDataRole.ForegroundRole) == OVERDUE_COLOR
    assert "1" in actions.data(actions.index(0, 3))


def test_record_by_keyboard_list_detail_follow_up_close_void(
    qtbot: QtBot, ready_services: Services
) -> None:
    tab = IncidentsTab(ready_services, MANAGER)
    qtbot.addWidget(tab)
    tab.resize(1300, 700)
    tab.show()
    form = tab.new_incident()
    assert form is not None
    form.title_edit.insert("车库火警误报")
    qtbot.keyClick(form.title_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert form.isVisible()  # the place is missing: said next to it
    assert form.form.error_text("place")
    form.place_edit.setText("2栋地下车库")
    form.what_edit.setPlainText("烟感报警，现场无明火。")
    form.kind_combo.setCurrentIndex(form.kind_combo.findData(IncidentKind.FIRE.value))
    qtbot.keyClick(form.title_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not form.isVisible()
    assert form.saved is not None
    assert [r.title for r in tab.list.rows()] == ["车库火警误报"]
    info = tab.chosen()
    assert info is not None
    assert info.number == form.saved.number
    assert tab.detail.facts.values["place"].text() == "2栋地下车库"

    adding = tab.add_action()
    assert adding is not None
    adding.what_edit.insert("检查烟感")
    adding.who_edit.insert("工程部")
    qtbot.keyClick(adding.who_edit, Qt.Key.Key_Return)
    assert not adding.isVisible()
    assert tab.detail.actions_model.rowCount() == 1
    tab.detail.actions_view.selectRow(0)
    done = tab.complete_action()
    assert done is not None
    qtbot.keyClick(done.by_edit, Qt.Key.Key_Return)
    assert not done.isVisible()
    chosen = tab.chosen()
    assert chosen is not None
    assert chosen.actions_open == 0

    if SHOTS:
        ensure_cjk_font(QApplication.instance())  # type: ignore[arg-type]
        tab.grab().save(f"{SHOTS}/incidents_tab.png")
    closing = tab.close_incident()
    assert closing is not None
    qtbot.keyClick(closing.reason_edit, Qt.Key.Key_Return)
    chosen = tab.chosen()
    assert chosen is not None
    assert chosen.state is IncidentState.CLOSED

    dialog = tab.void_incident()
    assert dialog is not None
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()  # no reason: refused next to the field
    dialog.reason_edit.insert("误报，非安全事件")
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    QApplication.processEvents()
    chosen = tab.chosen()
    assert chosen is not None
    assert chosen.state is IncidentState.VOIDED


def test_escape_cancels_and_writes_nothing(qtbot: QtBot, ready_services: Services) -> None:
    tab = IncidentsTab(ready_services, MANAGER)
    qtbot.addWidget(tab)
    form = tab.new_incident()
    assert form is not None
    form.title_edit.insert("不存")
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert not form.isVisible()
    assert ready_services.module(IncidentServices).incidents.count(MANAGER) == 0


def test_print_preview_opens_and_links_show_lists(qtbot: QtBot, ready_services: Services) -> None:
    recorded(ready_services)
    tab = IncidentsTab(ready_services, MANAGER)
    qtbot.addWidget(tab)
    tab.show_list(IncidentFilter(show=IncidentShow.OVERDUE))
    assert len(tab.list.rows()) == 1
    tab.list.view.selectRow(0)
    preview = tab.report_preview()
    assert preview is not None
    assert "事件报告" in preview.slip.title or "Incident" in preview.slip.title
    assert tab.show_incident(tab.list.rows()[0].id)
    if SHOTS:
        ensure_cjk_font(QApplication.instance())  # type: ignore[arg-type]
        tab.resize(1300, 700)
        tab.grab().save(f"{SHOTS}/incidents_overdue.png")


def test_buttons_follow_the_role(qtbot: QtBot, ready_services: Services) -> None:
    recorded(ready_services)
    tab = IncidentsTab(ready_services, GUARD)
    qtbot.addWidget(tab)
    assert not tab.new_button.isHidden()
    for button in (tab.close_button, tab.void_button, tab.action_button, tab.export_button):
        assert button.isHidden()
    tab.list.view.selectRow(0)
    assert tab.void_incident() is None
    assert tab.close_incident() is None


@pytest.mark.parametrize("with_module", [True])
def test_the_patrol_findings_panel_offers_an_incident(
    qtbot: QtBot, ready_services: Services, with_module: bool
) -> None:
    from propdesk.ui.tabs.patrol.findings_panel import FindingsPanel

    panel = FindingsPanel(ready_services, GUARD)
    qtbot.addWidget(panel)
    assert panel.may_open_incidents is with_module
    assert not panel.incident_button.isHidden()
    assert panel.open_incident() is None  # no finding chosen
