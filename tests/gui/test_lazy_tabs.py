"""Issue 18, a window that paints first and fills in after: each module tab is made the
first time it is needed (brought to the front, asked for by a dashboard link or a
quick-search hit, or looked up by name), a tab the role may not view is never made,
and the home dashboard's figures arrive from their thread after the window is shown."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from propdesk.domain.roles import Role
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.gate.events import GateEventKind as K
from propdesk.services.repairs.queries import TicketFilter
from propdesk.services.repairs.views import TicketList
from propdesk.store.base import utcnow
from propdesk.ui.main_window import MainWindow
from propdesk.ui.tabs.audit.tab import AuditTab
from propdesk.ui.tabs.gate.tab import GateTab
from propdesk.ui.tabs.repairs.tab import RepairsTab
from propdesk.ui.tabs.users.tab import UsersTab
from tests.gui.conftest import actor_of, add_user
from tests.unit.test_report_figures import add_events, event


@pytest.fixture
def windows(qtbot: QtBot) -> Iterator[list[MainWindow]]:
    made: list[MainWindow] = []
    yield made
    for window in made:  # the daily jobs the window started end first
        if window.daily_jobs_thread is not None:
            window.daily_jobs_thread.join(30)


def _window(
    qtbot: QtBot, windows: list[MainWindow], services: Services, actor: Actor
) -> MainWindow:
    window = MainWindow(services, actor)
    qtbot.addWidget(window)
    windows.append(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _names(window: MainWindow) -> list[str]:
    return [window.tabs.widget(i).objectName() for i in range(window.tabs.count())]


def _index(window: MainWindow, name: str) -> int:
    return _names(window).index(name)


def _freed_pages() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_no_module_tab_is_made_until_it_is_needed(
    qtbot: QtBot, windows: list[MainWindow], ready_services: Services, admin: Actor
) -> None:
    window = _window(qtbot, windows, ready_services, admin)
    assert window.tabs.currentWidget() is window.home_tab
    assert _names(window)[:4] == ["", "gate_tab", "repairs_tab", "patrol_tab"]
    assert all(not window.module_tabs.is_made(name) for name in window.module_tabs)
    assert window.findChildren(GateTab) == []
    assert window.findChildren(RepairsTab) == []
    page = window.tabs.widget(_index(window, "gate_tab"))
    assert type(page) is QWidget  # an empty page holds its place in the tab bar
    assert "gate_tab" in window.module_tabs  # `in` makes nothing
    assert window.findChildren(GateTab) == []


def test_a_tab_brought_to_the_front_is_made_in_its_place(
    qtbot: QtBot, windows: list[MainWindow], ready_services: Services, admin: Actor
) -> None:
    window = _window(qtbot, windows, ready_services, admin)
    names, titles = _names(window), [window.tabs.tabText(i) for i in range(window.tabs.count())]
    index = _index(window, "gate_tab")
    window.tabs.setCurrentIndex(index)
    gate = window.tabs.currentWidget()
    assert isinstance(gate, GateTab)
    assert gate.objectName() == "gate_tab"
    assert window.tabs.currentIndex() == index
    assert window.module_tabs["gate_tab"] is gate
    assert window.module_tabs.is_made("gate_tab")
    assert not window.module_tabs.is_made("repairs_tab")  # only the one shown
    assert _names(window) == names
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == titles
    _freed_pages()
    assert window.findChildren(QWidget, "gate_tab") == [gate]  # the empty page is gone
    window.tabs.setCurrentWidget(window.home_tab)
    window.tabs.setCurrentIndex(index)  # back again: the same tab, not a new one
    assert window.tabs.currentWidget() is gate
    assert len(window.findChildren(GateTab)) == 1


def test_a_tab_looked_up_by_name_is_made_but_stays_behind(
    qtbot: QtBot, windows: list[MainWindow], ready_services: Services, admin: Actor
) -> None:
    window = _window(qtbot, windows, ready_services, admin)
    audit = window.module_tabs["audit_tab"]
    assert isinstance(audit, AuditTab)
    assert window.tabs.currentWidget() is window.home_tab
    assert window.tabs.widget(_index(window, "audit_tab")) is audit
    assert window.module_tabs.get("audit_tab") is audit  # made once


def test_a_dashboard_view_makes_the_tab_that_shows_it(
    qtbot: QtBot, windows: list[MainWindow], ready_services: Services, admin: Actor
) -> None:
    window = _window(qtbot, windows, ready_services, admin)
    assert not window.module_tabs.is_made("repairs_tab")
    assert window.open_view("repairs_tab", TicketList(TicketFilter()))
    repairs = window.tabs.currentWidget()
    assert isinstance(repairs, RepairsTab)
    assert repairs.objectName() == "repairs_tab"
    assert repairs.views.currentWidget() is repairs.list_view
    assert not window.module_tabs.is_made("gate_tab")


def test_a_record_kind_no_tab_opens_makes_no_tab(
    qtbot: QtBot, windows: list[MainWindow], ready_services: Services, admin: Actor
) -> None:
    window = _window(qtbot, windows, ready_services, admin)
    assert not window.open_record("no such kind", uuid.uuid4(), uuid.uuid4())
    assert all(not window.module_tabs.is_made(name) for name in window.module_tabs)


def test_a_tab_the_role_may_not_view_is_never_made(
    qtbot: QtBot, windows: list[MainWindow], ready_services: Services, admin: Actor
) -> None:
    guard = actor_of(ready_services, add_user(ready_services, admin, "zhang", "张三", Role.GUARD))
    window = _window(qtbot, windows, ready_services, guard)
    assert "users_tab" not in window.module_tabs
    assert "users_tab" not in _names(window)
    assert window.module_tabs.get("users_tab") is None
    assert not window.open_view("users_tab", None)
    assert window.findChildren(UsersTab) == []


def test_the_next_login_gets_tabs_of_its_own_the_front_one_made(
    qtbot: QtBot, windows: list[MainWindow], ready_services: Services, admin: Actor
) -> None:
    window = _window(qtbot, windows, ready_services, admin)
    window.tabs.setCurrentIndex(_index(window, "gate_tab"))
    admins_gate = window.tabs.currentWidget()
    assert isinstance(window.module_tabs["audit_tab"], AuditTab)
    guard = actor_of(ready_services, add_user(ready_services, admin, "zhang", "张三", Role.GUARD))
    window.actor = guard
    window._apply_actor()
    gate = window.tabs.currentWidget()
    assert isinstance(gate, GateTab)
    assert gate is not admins_gate  # made anew, for the guard
    assert window.module_tabs.is_made("gate_tab")
    assert not window.module_tabs.is_made("repairs_tab")
    assert "audit_tab" not in window.module_tabs
    _freed_pages()
    assert window.findChildren(AuditTab) == []  # the administrator's are gone


def test_the_dashboard_fills_in_after_the_window_is_shown(
    qtbot: QtBot, windows: list[MainWindow], ready_services: Services, admin: Actor
) -> None:
    now = utcnow()
    add_events(
        ready_services,
        event(K.RESIDENT_ENTRY, now - timedelta(minutes=5)),
        event(K.VISITOR_IN, now - timedelta(minutes=4)),
    )
    window = MainWindow(ready_services, admin)
    qtbot.addWidget(window)
    windows.append(window)
    panel = window.home_tab.dashboard
    with qtbot.waitSignal(panel.sig_figures_loaded, timeout=10_000):
        window.show()
        # Shown, its figures still being read: the panel says so and has no boxes.
        assert not panel.loaded
        assert panel.loading_label.isVisibleTo(window)
        assert panel.loading_label.text() == "Reading today's figures…"
        assert panel.figures() == []
    assert panel.loaded
    assert not panel.loading_label.isVisibleTo(window)
    assert panel.figure("entries_today").label.text() == "2"
    assert panel.figure("visitors_inside").label.text() == "1"
    assert panel.updated_label.text().startswith("Updated")


def test_the_modules_settings_join_the_menu_when_it_first_opens(
    qtbot: QtBot, windows: list[MainWindow], ready_services: Services, admin: Actor
) -> None:
    window = _window(qtbot, windows, ready_services, admin)
    names = [action.objectName() for action in window.settings_menu.actions()]
    assert "gate_settings_action" not in names  # reading them imports every tab package
    window.settings_menu.aboutToShow.emit()
    actions = window.settings_menu.actions()
    added = {action.objectName(): action for action in actions}
    assert added["gate_settings_action"].isVisible()
    assert added["gate_settings_action"] is window.settings_actions["gate_settings_action"][0]
    window.settings_menu.aboutToShow.emit()  # once
    assert window.settings_menu.actions() == actions
    window.lock()
    assert not added["gate_settings_action"].isEnabled()
