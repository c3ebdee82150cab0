"""The home tab's dashboard: today's traffic, inside now, open and overdue tickets and the
month's targets with what each is judged against, today's entries by hour and the
week's by day as charts, read off the GUI thread, refreshed every minute while shown,
only the parts the role may see, and a failed read said on one line instead of a
dialog."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from propdesk.domain.repairs.workflow import RepairState
from propdesk.domain.roles import Role
from propdesk.domain.service_targets import TargetKey
from propdesk.errors import StorageError, StorageProblem
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.gate.events import GateEventKind as K
from propdesk.store.base import utcnow
from propdesk.ui.tabs.home.dashboard import REFRESH_MS
from propdesk.ui.tabs.home.tab import HomeTab
from tests.unit.test_report_figures import add_events, add_ticket, event

MANAGER = Actor(None, "boss", "陈经理", Role.MANAGER, "客服中心")
GUARD = Actor(None, "guard", "王保安", Role.GUARD, "东门岗亭")


@pytest.fixture
def busy_day(ready_services: Services) -> Services:
    now = utcnow()
    add_events(
        ready_services,
        event(K.RESIDENT_ENTRY, now - timedelta(minutes=5)),
        event(K.VISITOR_IN, now - timedelta(minutes=4)),  # still inside
        event(K.VEHICLE_IN, now - timedelta(minutes=3)),  # still inside
    )
    # One ticket nobody has reached although its 24 hours have passed.
    add_ticket(
        ready_services, "WX000000-0001", now - timedelta(days=2), state=RepairState.DISPATCHED
    )
    return ready_services


def _tab(qtbot: QtBot, services: Services, actor: Actor) -> HomeTab:
    tab = HomeTab(services, actor=lambda: actor)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.dashboard.updated_label.text() != "", timeout=10_000)
    return tab


def test_the_manager_sees_the_day_and_the_targets(qtbot: QtBot, busy_day: Services) -> None:
    tab = _tab(qtbot, busy_day, MANAGER)
    panel = tab.dashboard
    assert panel.timer.isActive()
    assert panel.timer.interval() == REFRESH_MS
    entries = panel.figure("entries_today")
    assert entries.label.text() == "3"  # large, its kinds in the line under it
    assert entries.detail.text() == "residents 1 · visitors 1 · vehicles 1"
    assert panel.figure("visitors_inside").label.text() == "1"
    assert panel.figure("vehicles_inside").label.text() == "1"
    assert panel.figure("open_tickets").label.text() == "1"
    assert panel.figure("overdue_tickets").label.text() == "1"
    assert "color" in panel.figure("overdue_tickets").label.styleSheet()
    assert not panel.targets_box.isHidden()
    outcomes = [
        w for w in panel.targets_box.findChildren(QLabel) if w.objectName().startswith("target_")
    ]
    assert len(outcomes) == 10
    assert {w.text() for w in outcomes} <= {"Met", "Not met", "No data"}
    # Each figure with the target it is judged against beside it, as the report has it.
    tiles = panel.targets_box.tiles
    assert tiles[TargetKey.REPAIR_ARRIVAL].threshold.text() == "Target ≥ 95 %"
    assert tiles[TargetKey.PATROLS].threshold.text() == "Target 100 %"
    assert tiles[TargetKey.SAFETY_INCIDENTS].threshold.text() == "Target ≤ 0 a year"
    arrival = tiles[TargetKey.REPAIR_ARRIVAL]
    assert arrival.figure.text() == "0.0 %"  # the overdue ticket: none of one in time
    gap = arrival.threshold.geometry().left() - arrival.figure.geometry().right()
    assert 0 < gap < 20  # beside the figure, not at the far end of the row
    charts = panel.charts_row.charts()
    assert [c.objectName() for c in charts] == ["entries_by_hour", "entries_by_day"]
    assert all(c.isVisibleTo(tab) for c in charts)
    by_hour = charts[0].chart
    assert by_hour is not None
    assert sum(by_hour.total(n) for n in range(len(by_hour.categories))) == 3
    tab.hide()
    assert not panel.timer.isActive()


def test_a_guard_sees_the_gate_and_tickets_but_not_the_targets(
    qtbot: QtBot, busy_day: Services
) -> None:
    tab = _tab(qtbot, busy_day, GUARD)  # held: the panel lives as long as its tab
    panel = tab.dashboard
    assert not panel.boxes["gate"].isHidden()
    assert not panel.boxes["repairs"].isHidden()
    assert panel.targets_box.isHidden()
    assert not panel.charts_row.isHidden()  # the gate's charts: the guard sees the gate


def test_the_home_tab_fits_a_1366_by_768_screen(qtbot: QtBot, busy_day: Services) -> None:
    """Figures, targets and charts at once, without scrolling, on a gatehouse PC."""
    tab = _tab(qtbot, busy_day, MANAGER)
    tab.resize(1366, 768 - 100)  # less the window's menu, tabs and status bar
    assert tab.minimumSizeHint().height() <= 768 - 100
    assert tab.minimumSizeHint().width() <= 1366


def test_nobody_signed_in_reads_nothing(qtbot: QtBot, busy_day: Services) -> None:
    tab = HomeTab(busy_day, actor=lambda: None)
    qtbot.addWidget(tab)
    tab.show()
    assert not tab.dashboard.busy
    assert tab.dashboard.updated_label.text() == ""


def test_a_failed_read_is_one_line_not_a_dialog(
    qtbot: QtBot, busy_day: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    def locked(*_args: object, **_kw: object) -> None:
        raise StorageError(StorageProblem.LOCKED, "The database is busy.")

    monkeypatch.setattr(busy_day.dashboard, "snapshot", locked)
    tab = _tab(qtbot, busy_day, MANAGER)
    assert tab.dashboard.updated_label.text().startswith("Could not refresh")


def test_a_restore_waits_for_the_dashboard_read_first(qtbot: QtBot, busy_day: Services) -> None:
    admin = Actor(None, "admin", "管理员", Role.ADMIN, "客服中心")
    backup = busy_day.backups.backup_now(admin)
    tab = _tab(qtbot, busy_day, MANAGER)
    assert tab.dashboard.wait in busy_day.before_restore  # the home tab signed up
    order: list[str] = []
    busy_day.before_restore[:] = [lambda: order.append("dashboard waited")]
    dispose = busy_day.store.dispose
    busy_day.store.dispose = lambda: (order.append("store disposed"), dispose())  # type: ignore[method-assign]
    busy_day.restore(admin, backup)
    assert order[:2] == ["dashboard waited", "store disposed"]
    assert tab.dashboard.wait()
