"""The status bar's sync line: what it says for each state of the sync (fed SyncStatus
values: a real sync runs on the PostgreSQL lane), its tooltip, a click asking for the
conflicts list, and the window showing it only on a syncing station."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.sync.status import SyncStatus
from propdesk.ui.main_window import MainWindow
from propdesk.ui.sync.sync_status_label import SyncStatusLabel, status_text, status_tooltip

NOW = datetime(2026, 12, 5, 14, 7).astimezone()


def status(**changes: object) -> SyncStatus:
    values: dict[str, object] = {
        "letter": "B",
        "server": "192.168.1.10:5432/propdesk",
        "waiting": 0,
        "conflicts": 0,
        "refused": 0,
        "last_synced_at": NOW.replace(minute=5),
        "offline_since": None,
        "last_error": "",
    }
    values.update(changes)
    return SyncStatus(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("changes", "text"),
    [
        ({}, "Synced 14:05"),
        ({"waiting": 37}, "Sending 37 records…"),
        ({"waiting": 1}, "Sending 1 record…"),
        (
            {"offline_since": NOW.replace(minute=2), "waiting": 37},
            "Offline since 14:02, 37 records waiting",
        ),
        (
            {"offline_since": NOW.replace(minute=2), "waiting": 12_345},
            "Offline since 14:02, 12,345 records waiting",
        ),
        (
            {"offline_since": NOW.replace(minute=2), "waiting": 1},
            "Offline since 14:02, 1 record waiting",
        ),
        ({"offline_since": NOW.replace(minute=2)}, "Offline since 14:02"),
        ({"offline_since": NOW - timedelta(days=1, minutes=5)}, "Offline since 12-04 14:02"),
        ({"last_synced_at": None}, "Connecting to the server…"),
        ({"conflicts": 2}, "Synced 14:05 · 2 conflicts"),
        (
            {"conflicts": 1, "refused": 3},
            "Synced 14:05 · 1 conflict · 3 records refused by the server",
        ),
    ],
)
def test_the_line_says_where_the_sync_is(changes: dict[str, object], text: str) -> None:
    assert status_text(status(**changes), NOW) == text


def test_the_tooltip_names_the_server_the_letter_and_the_last_error() -> None:
    tip = status_tooltip(status(last_error="connection refused", conflicts=1), NOW)
    assert "192.168.1.10:5432/propdesk" in tip
    assert "letter: B" in tip
    assert "Last error: connection refused" in tip
    assert "conflicts list" in tip
    assert "Last error" not in status_tooltip(status(), NOW)


@dataclass
class FakeSync:
    """What the window asks of a SyncService: its status, start and stop."""

    current: SyncStatus
    started: int = 0
    stopped: int = 0
    broken: bool = False

    def status(self) -> SyncStatus:
        if self.broken:
            raise OSError("disk gone")
        return self.current

    def start(self) -> None:
        self.started += 1

    def stop(self, timeout: float = 5.0) -> None:
        del timeout
        self.stopped += 1


def test_the_label_reads_the_sync_and_a_click_asks_for_the_conflicts(qtbot: QtBot) -> None:
    sync = FakeSync(status(waiting=37, conflicts=2))
    label = SyncStatusLabel(sync)
    qtbot.addWidget(label)
    label.start()
    assert label.timer.isActive()
    assert label.text().startswith("Sending 37 records…")
    assert label.text().endswith(" · 2 conflicts")
    assert "192.168.1.10" in label.toolTip()
    with qtbot.waitSignal(label.sig_clicked):
        qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    sync.broken = True
    label.refresh()
    assert label.text() == "Sync status unknown"
    sync.broken = False
    label.refresh()
    assert label.text().startswith("Sending 37")
    label.stop()
    assert not label.timer.isActive()


def test_only_a_syncing_station_shows_the_line_and_syncs_while_the_window_is_open(
    qtbot: QtBot, ready_services: Services, admin: Actor
) -> None:
    plain = MainWindow(ready_services, admin)
    qtbot.addWidget(plain)
    assert plain.sync_status is None
    assert not plain.conflicts_action.isVisible()
    plain.close()

    sync = FakeSync(status(offline_since=datetime.now().astimezone(), waiting=3))
    ready_services.sync = sync  # type: ignore[assignment]
    try:
        window = MainWindow(ready_services, admin)
        qtbot.addWidget(window)
        assert window.sync_status is not None
        assert sync.started == 0  # not before the window is shown
        window.show()
        qtbot.waitExposed(window)
        assert sync.started == 1
        assert window.sync_status.isVisible()
        assert "3 records waiting" in window.sync_status.text()
        assert window.conflicts_action.isVisible()
        assert "own copy" in window.mode_status.text()
        window.close()
        assert sync.stopped >= 1
        assert not window.sync_status.timer.isActive()
    finally:
        ready_services.sync = None
