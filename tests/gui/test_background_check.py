"""The window's full check of the database, in the background once per start: damage a
start does not read is told plainly (the newest good backup, and not to back up over
it), and nothing is moved or deleted while the window runs."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from propdesk.config import Paths
from propdesk.services.bootstrap import Services, open_services
from propdesk.ui.main_window import MainWindow
from tests.unit.damaged_station import (
    ADMIN,
    ADMIN_PASSWORD,
    STATION,
    damage_the_middle,
    station_with_a_backup,
)


@pytest.fixture
def station(paths: Paths) -> Iterator[Callable[[], Services]]:
    """A station with a backup; called, its services opened (closed after the test)."""
    station_with_a_backup(paths)
    opened: list[Services] = []

    def open_it() -> Services:
        opened.append(open_services(paths, fast_hashing=True))
        return opened[-1]

    yield open_it
    for services in opened:
        services.close()


def _window(qtbot: QtBot, services: Services) -> MainWindow:
    info = services.accounts.login(ADMIN, ADMIN_PASSWORD)
    window = MainWindow(services, services.accounts.actor_for(info, STATION))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _notice(window: MainWindow) -> QMessageBox | None:
    return window.findChild(QMessageBox, "damage_notice")


def test_damage_found_in_the_background_is_told_plainly(
    qtbot: QtBot, paths: Paths, station: Callable[[], Services]
) -> None:
    backup = sorted(paths.backup_dir.glob("auto-*.db"))[-1]
    damage_the_middle(paths.database_file)
    window = _window(qtbot, station())

    qtbot.waitUntil(lambda: _notice(window) is not None, timeout=30_000)

    box = _notice(window)
    assert box is not None
    assert box.isVisible()
    text = box.text()
    assert "found damage" in text
    assert "Nothing has been moved or deleted" in text
    assert "Do not make backups over the good ones" in text
    assert backup.name in text
    assert "File → Restore…" in text
    assert not window.daily_jobs.full_check_due  # once per start
    assert list(paths.data_dir.glob("propdesk.db.corrupt-*")) == []
    assert paths.database_file.exists()
    box.accept()
    window.close()


def test_the_days_backup_of_a_damaged_file_fails_in_the_status_bar_and_the_damage_is_told(
    qtbot: QtBot, paths: Paths
) -> None:
    """Backed up yesterday, damaged since: the window's round finds the day's backup
    due, its copy fails, the status bar says why, and the full check tells the damage."""
    station_with_a_backup(paths, backed_up_at=datetime.now() - timedelta(days=1))
    damage_the_middle(paths.database_file)
    services = open_services(paths, fast_hashing=True)
    try:
        window = _window(qtbot, services)
        qtbot.waitUntil(lambda: _notice(window) is not None, timeout=30_000)
        message = window.statusBar().currentMessage()
        assert "The daily backup failed" in message
        assert "The database itself is damaged" in message
        assert list(paths.backup_dir.glob("*.partial")) == []
        box = _notice(window)
        assert box is not None
        box.accept()
        window.close()
    finally:
        services.close()


def test_a_sound_database_is_checked_once_and_nothing_is_shown(
    qtbot: QtBot, paths: Paths, station: Callable[[], Services]
) -> None:
    window = _window(qtbot, station())
    qtbot.waitUntil(lambda: not window.daily_jobs.full_check_due, timeout=30_000)
    thread = window.daily_jobs_thread
    if thread is not None:
        thread.join(30)
    qtbot.wait(50)  # a queued notice would arrive now
    assert _notice(window) is None
    window.close()
