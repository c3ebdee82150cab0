"""The home dashboard's figures open the list behind them: today's entries the gate
journal of today, visitors and vehicles inside the gate's "inside now", open and
overdue tickets the repair list so filtered, the repair-arrival target the month's
tickets. By mouse, Space or Enter; a figure whose tab the role lacks is plain text."""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from propdesk.domain.repairs.kinds import RepairPriority
from propdesk.domain.repairs.workflow import OPEN_STATES, RepairState
from propdesk.domain.roles import Role
from propdesk.domain.service_targets import TargetKey
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.gate import module as gate_module
from propdesk.services.gate.events import GateEventKind as K
from propdesk.services.gate.journal import JournalFilter
from propdesk.services.gate.views import InsideNow
from propdesk.services.repairs import module as repairs_module
from propdesk.services.repairs.queries import TicketFilter
from propdesk.services.repairs.service import RepairServices
from propdesk.services.reporting.dashboard import Dashboard
from propdesk.store.base import utcnow
from propdesk.ui.main_window import MainWindow
from propdesk.ui.tabs.gate.tab import GateTab
from propdesk.ui.tabs.home.dashboard import DashboardPanel
from propdesk.ui.tabs.home.links import FigureLink
from propdesk.ui.tabs.home.tab import HomeTab
from propdesk.ui.tabs.repairs.tab import RepairsTab
from tests.gui.conftest import actor_of, add_user
from tests.unit.test_report_figures import add_events, add_ticket, event

# The main window's object names of the tabs the figures lead to (the modules' specs).
GATE_TAB = gate_module.TAB.object_name
REPAIRS_TAB = repairs_module.TAB.object_name


@pytest.fixture
def busy_day(ready_services: Services) -> Services:
    now = utcnow()
    add_events(
        ready_services,
        event(K.RESIDENT_ENTRY, now - timedelta(seconds=30)),
        event(K.VISITOR_IN, now - timedelta(seconds=20), pass_number="FK000000-0001"),  # inside
        event(K.VEHICLE_IN, now - timedelta(seconds=10), plate="粤B12345"),  # still inside
        event(K.RESIDENT_ENTRY, now - timedelta(days=3)),  # not today
    )
    # Overdue (its 24 hours passed, nobody came), open in time, and closed.
    add_ticket(
        ready_services, "WX000000-0001", now - timedelta(days=2), state=RepairState.DISPATCHED
    )
    add_ticket(
        ready_services, "WX000000-0002", now - timedelta(minutes=5), state=RepairState.REPORTED
    )
    add_ticket(
        ready_services,
        "WX000000-0003",
        now - timedelta(minutes=50),
        priority=RepairPriority.EMERGENCY,
        arrived_at=now - timedelta(minutes=45),
        closed_at=now - timedelta(minutes=10),
    )
    return ready_services


OpenWindow = Callable[[Actor], MainWindow]


@pytest.fixture
def open_window(qtbot: QtBot, busy_day: Services) -> Iterator[OpenWindow]:
    """The main window for an actor, its dashboard read."""
    made: list[MainWindow] = []

    def make(actor: Actor) -> MainWindow:
        window = MainWindow(busy_day, actor)
        qtbot.addWidget(window)
        made.append(window)
        window.show()
        qtbot.waitExposed(window)
        panel = window.home_tab.dashboard
        qtbot.waitUntil(lambda: panel.updated_label.text().startswith("Updated"), timeout=10_000)
        return window

    yield make
    for window in made:  # the retention check the window started ends first
        if window.daily_jobs_thread is not None:
            window.daily_jobs_thread.join(30)


def _today() -> date:
    return datetime.now().astimezone().date()


def _gate(window: MainWindow) -> GateTab:
    tab = window.module_tabs[GATE_TAB]
    assert isinstance(tab, GateTab)
    return tab


def _repairs(window: MainWindow) -> RepairsTab:
    tab = window.module_tabs[REPAIRS_TAB]
    assert isinstance(tab, RepairsTab)
    return tab


def _numbers(tab: RepairsTab) -> list[str]:
    return [row.number for row in tab.list_view.rows()]


def _expected_numbers(services: Services, actor: Actor, wanted: TicketFilter) -> list[str]:
    page = services.module(RepairServices).tickets.page(actor, wanted, None, 100)
    return [row.number for row in page.rows]


def _home(window: MainWindow) -> DashboardPanel:
    window.tabs.setCurrentWidget(window.home_tab)
    return window.home_tab.dashboard


def test_every_figure_is_a_link_a_keyboard_reaches(
    open_window: OpenWindow, busy_day: Services, admin: Actor
) -> None:
    window = open_window(admin)
    panel = window.home_tab.dashboard
    # The targets with records behind them (all but satisfaction, which several
    # modules' answers make up).
    linked = (
        TargetKey.SAFETY_INCIDENTS,
        TargetKey.FIRE_EQUIPMENT,
        TargetKey.HYGIENE,
        TargetKey.GREENING,
        TargetKey.SURVEYS,
        TargetKey.COMMUNITY_EVENTS,
        TargetKey.PATROLS,
        TargetKey.REPAIR_ARRIVAL,
        TargetKey.COMPLAINTS_IN_TIME,
    )
    links = [*panel.figures(), *(panel.target_rows[key][1] for key in linked)]
    for figure in links:
        assert figure.button.isVisibleTo(window), figure.objectName()
        assert figure.label.isHidden()
        assert figure.button.focusPolicy() == Qt.FocusPolicy.StrongFocus
        assert figure.button.toolTip()
    assert panel.figure("entries_today").text().startswith("3 ")
    # The other targets have no list behind them: plain text.
    for key, (_name, figure, _outcome) in panel.target_rows.items():
        if key not in linked:
            assert figure.button.isHidden()
            assert not figure.label.isHidden()


def test_entries_today_opens_the_journal_of_today(
    qtbot: QtBot, open_window: OpenWindow, busy_day: Services, admin: Actor
) -> None:
    window = open_window(admin)
    gate = _gate(window)
    gate.journal_view.search_edit.setText("nobody")  # an old search is not kept
    gate.journal_view.search()
    panel = _home(window)
    with qtbot.waitSignal(panel.sig_view_requested) as sent:
        qtbot.mouseClick(panel.figure("entries_today").button, Qt.MouseButton.LeftButton)
    assert sent.args[0] == GATE_TAB
    assert window.tabs.currentWidget() is gate
    journal = gate.journal_view
    assert gate.views.currentWidget() is journal
    today = _today()
    assert journal.from_edit.value() == today
    assert journal.to_edit.value() == today
    assert journal.search_edit.text() == ""
    # Voided entries too, struck through (the journal hides no correction).
    assert journal.current_filter() == JournalFilter(
        date_from=today, date_to=today, include_voided=True
    )
    kinds = sorted(row.kind for row in journal.rows())
    assert kinds == sorted([K.RESIDENT_ENTRY, K.VISITOR_IN, K.VEHICLE_IN])
    assert journal.page_label.text().startswith("Rows 1–3")


def test_inside_now_opens_with_space_and_enter(
    qtbot: QtBot, open_window: OpenWindow, busy_day: Services, admin: Actor
) -> None:
    window = open_window(admin)
    gate = _gate(window)
    gate.views.setCurrentWidget(gate.journal_view)  # somewhere else first
    panel = _home(window)
    panel.figure("visitors_inside").button.setFocus()
    qtbot.keyClick(panel.figure("visitors_inside").button, Qt.Key.Key_Space)
    assert window.tabs.currentWidget() is gate
    assert gate.views.currentWidget() is gate.inside_page
    assert [row.pass_number for row in gate.inside_model.rows()] == ["FK000000-0001"]

    gate.views.setCurrentWidget(gate.handovers_view.parentWidget())
    panel = _home(window)
    qtbot.keyClick(panel.figure("vehicles_inside").button, Qt.Key.Key_Return)
    assert window.tabs.currentWidget() is gate
    assert gate.views.currentWidget() is gate.inside_page
    assert [row.plate for row in gate.vehicles_model.rows()] == ["粤B12345"]


def test_open_and_overdue_tickets_open_the_filtered_list(
    qtbot: QtBot, open_window: OpenWindow, busy_day: Services, admin: Actor
) -> None:
    window = open_window(admin)
    repairs = _repairs(window)
    bar = repairs.list_view.filter_bar
    bar.stale_check.setChecked(True)  # an old condition is not kept
    panel = _home(window)
    assert panel.figure("open_tickets").text() == "2"
    qtbot.mouseClick(panel.figure("open_tickets").button, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is repairs
    assert repairs.views.currentWidget() is repairs.list_view
    assert bar.current_filter() == TicketFilter(states=OPEN_STATES)
    assert sorted(_numbers(repairs)) == ["WX000000-0001", "WX000000-0002"]

    panel = _home(window)
    assert panel.figure("overdue_tickets").text() == "1"
    assert "color" in panel.figure("overdue_tickets").button.styleSheet()
    panel.figure("overdue_tickets").button.setFocus()
    qtbot.keyClick(panel.figure("overdue_tickets").button, Qt.Key.Key_Enter)
    assert window.tabs.currentWidget() is repairs
    assert bar.overdue_check.isChecked()
    assert bar.current_filter() == TicketFilter(states=OPEN_STATES, overdue_only=True)
    assert _numbers(repairs) == ["WX000000-0001"]


def test_the_repair_arrival_target_opens_the_months_tickets(
    qtbot: QtBot, open_window: OpenWindow, busy_day: Services, admin: Actor
) -> None:
    window = open_window(admin)
    repairs = _repairs(window)
    panel = _home(window)
    figure: FigureLink = panel.target_rows[TargetKey.REPAIR_ARRIVAL][1]
    qtbot.keyClick(figure.button, Qt.Key.Key_Space)
    assert window.tabs.currentWidget() is repairs
    month = busy_day.dashboard.snapshot(admin).month
    wanted = TicketFilter(date_from=month.first, date_to=month.last)
    bar = repairs.list_view.filter_bar
    assert bar.current_filter() == wanted
    assert bar.state_combo.currentData() == "all"
    assert _numbers(repairs) == _expected_numbers(busy_day, admin, wanted)
    assert "WX000000-0003" in _numbers(repairs)  # closed, yet of this month


def test_a_role_gets_links_only_to_its_tabs(
    qtbot: QtBot, open_window: OpenWindow, busy_day: Services, admin: Actor
) -> None:
    member = actor_of(busy_day, add_user(busy_day, admin, "owner.rep", "业主代表", Role.COMMITTEE))
    window = open_window(member)
    panel = window.home_tab.dashboard
    assert GATE_TAB not in window.module_tabs
    # The committee reads these, and the work plan's registers (a line each).
    assert panel.shown_groups() == [
        *("repairs", "patrol", "complaints", "inspections"),
        *("incidents", "drills", "events", "worklogs"),
    ]
    assert "gate" not in panel.boxes or panel.boxes["gate"].isHidden()
    assert panel.figure("open_tickets").button.isVisibleTo(window)  # the committee reads repairs
    assert panel.target_rows[TargetKey.REPAIR_ARRIVAL][1].button.isVisibleTo(window)
    assert not window.open_view(GATE_TAB, InsideNow())  # not for this role
    window.lock()
    assert not window.open_view(REPAIRS_TAB, InsideNow())


def test_a_figure_whose_tab_is_not_there_is_plain_text(qtbot: QtBot, busy_day: Services) -> None:
    manager = Actor(None, "boss", "陈经理", Role.MANAGER, "客服中心")
    tab = HomeTab(busy_day, actor=lambda: manager, can_open=lambda name: name == GATE_TAB)
    qtbot.addWidget(tab)
    tab.show()
    panel = tab.dashboard
    qtbot.waitUntil(lambda: panel.updated_label.text() != "", timeout=10_000)
    assert panel.figure("entries_today").button.isVisibleTo(tab)
    for figure in (
        panel.figure("open_tickets"),
        panel.figure("overdue_tickets"),
        panel.target_rows[TargetKey.REPAIR_ARRIVAL][1],
    ):
        assert figure.button.isHidden()
        assert figure.label.isVisibleTo(tab)
    assert panel.figure("overdue_tickets").label.text() == "1"
    with qtbot.assertNotEmitted(panel.sig_view_requested):
        panel.figure("open_tickets").button.click()  # hidden, and it has no link anyway


def test_a_refresh_asked_during_a_read_reads_once_more_after_it(
    qtbot: QtBot, busy_day: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A change saved while the dashboard was reading (new thresholds …) is shown."""
    manager = Actor(None, "boss", "陈经理", Role.MANAGER, "客服中心")
    release = threading.Event()
    reads: list[int] = []
    snapshot = busy_day.dashboard.snapshot

    def slow(actor: Actor) -> Dashboard:
        reads.append(1)
        release.wait(10)
        return snapshot(actor)

    monkeypatch.setattr(busy_day.dashboard, "snapshot", slow)
    tab = HomeTab(busy_day, actor=lambda: manager)
    qtbot.addWidget(tab)
    tab.show()  # the first read starts and waits
    assert tab.dashboard.busy
    tab.dashboard.refresh()  # asked again meanwhile
    release.set()
    qtbot.waitUntil(lambda: len(reads) == 2, timeout=10_000)
    assert tab.dashboard.wait()
    qtbot.waitUntil(lambda: tab.dashboard.updated_label.text() != "", timeout=10_000)
    assert len(reads) == 2


def test_tab_goes_from_link_to_link(
    qtbot: QtBot, open_window: OpenWindow, busy_day: Services, admin: Actor
) -> None:
    window = open_window(admin)
    window.activateWindow()
    qtbot.waitActive(window)
    panel = window.home_tab.dashboard
    # The targets' links in the targets' order, up to the repairs' (which it opens).
    inspected = [
        panel.target_rows[key][1].button
        for key in (
            TargetKey.SAFETY_INCIDENTS,
            TargetKey.FIRE_EQUIPMENT,
            TargetKey.HYGIENE,
            TargetKey.GREENING,
            TargetKey.SURVEYS,
            TargetKey.COMMUNITY_EVENTS,
        )
    ]
    patrols = panel.target_rows[TargetKey.PATROLS][1].button
    arrival = panel.target_rows[TargetKey.REPAIR_ARRIVAL][1].button
    order = [figure.button for figure in panel.figures()] + [*inspected, patrols, arrival]
    order[0].setFocus()
    for here, following in itertools.pairwise(order):
        assert QApplication.focusWidget() is here
        qtbot.keyClick(here, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is following
    qtbot.keyClick(arrival, Qt.Key.Key_Return)
    assert window.tabs.currentWidget() is _repairs(window)
