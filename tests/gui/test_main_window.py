from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from propdesk.config import load_settings
from propdesk.domain.roles import Role
from propdesk.errors import StorageError, StorageProblem
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.store.migrate import head_revision
from propdesk.ui.main_window import DAILY_BACKUP_CHECK_MS, MainWindow
from tests.gui.conftest import ADMIN, ADMIN_PASSWORD, Boxes, actor_of, add_user


def _window(qtbot: QtBot, services: Services, actor: Actor) -> MainWindow:
    window = MainWindow(services, actor)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _menu_action(window: MainWindow, menu_title: str, action_text: str) -> QAction:
    for menu_action in window.menuBar().actions():
        if menu_action.text() == menu_title:
            menus = [menu_action.menu()]
            while menus:
                for action in menus.pop().actions():
                    if action.text() == action_text:
                        return action
                    if action.menu() is not None:
                        menus.append(action.menu())
    raise AssertionError(f"no {menu_title} → {action_text}")


def _group_pages(window: MainWindow) -> list[str]:
    """The pages of the Work plan tab (services.core.module_spec.WORK_PLAN)."""
    group = window.module_tabs.groups["work_plan"]
    return [group.tabText(i) for i in range(group.count())]


def _tab_titles(window: MainWindow) -> list[str]:
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


def test_status_bar_and_title_say_where_we_are(
    qtbot: QtBot, ready_services: Services, admin: Actor
) -> None:
    window = _window(qtbot, ready_services, admin)
    assert "翠湖花园" in window.windowTitle()
    assert "岗亭" in window.station_status.text()
    assert window.user_status.text() == "User: 王经理 (Administrator)"
    assert str(ready_services.paths.database_file) in window.database_status.text()
    assert "SQLite" in window.mode_status.text()
    assert window.home_tab.estate_label.text() == "翠湖花园"
    assert _tab_titles(window) == [
        "Home",
        "Gate",
        "Repairs",
        "Patrol",
        "Complaints",
        "Inspections",
        "Work plan",
        "Reports",
        "Residents && units",
        "Staff",
        "Users",
        "Audit log",
    ]
    assert _group_pages(window) == [
        *("Incidents", "Drills and training", "Community events"),
        *("Surveys", "Assessments", "Work logs"),
    ]


def test_a_guard_sees_neither_users_nor_audit(
    qtbot: QtBot, ready_services: Services, admin: Actor
) -> None:
    guard = add_user(ready_services, admin, "zhang.san", "张三", Role.GUARD)
    window = _window(qtbot, ready_services, actor_of(ready_services, guard))
    assert _tab_titles(window) == [
        "Home",
        "Gate",
        "Repairs",
        "Patrol",
        "Work plan",
        "Residents && units",
        "Staff",
    ]  # registers, read-only
    # First on the scene: incidents; the plan's drills and events to read.
    assert _group_pages(window) == ["Incidents", "Drills and training", "Community events"]
    assert window.module_tabs.get("users_tab") is None
    assert window.module_tabs.get("audit_tab") is None
    assert window.backup_action.isVisible()
    assert not window.restore_action.isVisible()


def test_a_manager_reads_users_and_audit_but_cannot_restore(
    qtbot: QtBot, ready_services: Services, admin: Actor
) -> None:
    manager = add_user(ready_services, admin, "boss", "老板", Role.MANAGER)
    window = _window(qtbot, ready_services, actor_of(ready_services, manager))
    assert _tab_titles(window) == [
        "Home",
        "Gate",
        "Repairs",
        "Patrol",
        "Complaints",
        "Inspections",
        "Work plan",
        "Reports",
        "Residents && units",
        "Staff",
        "Users",
        "Audit log",
    ]
    assert window.module_tabs.get("users_tab") is not None
    assert not window.module_tabs.get("users_tab").add_button.isVisible()
    assert window.backup_action.isVisible()
    assert not window.restore_action.isVisible()


def test_committee_cannot_even_back_up(
    qtbot: QtBot, ready_services: Services, admin: Actor
) -> None:
    member = add_user(ready_services, admin, "owner.rep", "业主代表", Role.COMMITTEE)
    window = _window(qtbot, ready_services, actor_of(ready_services, member))
    assert not window.backup_action.isVisible()
    # Read-only, every one.
    assert _tab_titles(window) == [
        "Home",
        "Repairs",
        "Patrol",
        "Complaints",
        "Inspections",
        "Work plan",
        "Reports",
    ]


def test_opening_the_audit_tab_shows_new_entries(
    qtbot: QtBot, ready_services: Services, admin: Actor
) -> None:
    window = _window(qtbot, ready_services, admin)
    assert window.module_tabs.get("audit_tab") is not None
    before = window.module_tabs.get("audit_tab").total
    add_user(ready_services, admin, "zhang.san", "张三", Role.GUARD)
    window.tabs.setCurrentWidget(window.module_tabs.get("audit_tab"))
    assert window.module_tabs.get("audit_tab").total == before + 1


def test_backup_now_from_the_file_menu(
    qtbot: QtBot, ready_services: Services, admin: Actor, boxes: Boxes
) -> None:
    window = _window(qtbot, ready_services, admin)
    _daily_round_done(window)  # the day's automatic backup first, shown …
    qtbot.waitUntil(lambda: "auto-" in window.home_tab.last_backup_label.text())
    _menu_action(window, "&File", "&Backup now").trigger()  # … then a manual one
    assert ready_services.backups.latest() is not None
    assert any("verified" in text for text in boxes.texts())
    assert "manual-" in window.home_tab.last_backup_label.text()


def _pick(monkeypatch: pytest.MonkeyPatch, file: Path | None) -> list[str]:
    """Stub the file dialog; returns where it was asked to open."""
    asked: list[str] = []

    def fake(_parent: Any, _title: str, folder: str, _filter: str, *_a: Any) -> tuple[str, str]:
        asked.append(folder)
        return (str(file) if file else "", "")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake))
    return asked


def test_restore_from_the_file_menu(
    qtbot: QtBot,
    ready_services: Services,
    admin: Actor,
    boxes: Boxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    backup = ready_services.backups.backup_now(admin)
    add_user(ready_services, admin, "after.backup", "后来的", Role.CLERK)
    asked = _pick(monkeypatch, backup)
    window = _window(qtbot, ready_services, admin)
    assert window.module_tabs.get("users_tab") is not None
    assert window.module_tabs.get("users_tab").model.rowCount() == 2

    _menu_action(window, "&File", "&Restore…").trigger()

    assert asked == [str(ready_services.paths.backup_dir)]
    assert backup.name in boxes.questions[-1]
    assert "before-restore-" in boxes.texts()[-1]
    kept = [b for b in ready_services.backups.backups() if b.name.startswith("before-restore-")]
    assert len(kept) == 1
    assert str(kept[0].path) in boxes.texts()[-1]
    # Everything shows the restored data; the admin exists there and carries on.
    assert not window.locked
    assert window.module_tabs.get("users_tab") is not None
    assert window.module_tabs.get("users_tab").model.rowCount() == 1
    assert [u.username for u in ready_services.accounts.list_users(admin)] == [ADMIN]
    assert window.module_tabs.get("audit_tab") is not None
    assert window.module_tabs.get("audit_tab").model.index(0, 6).data() == "restored"


def test_restore_answered_no_changes_nothing(
    qtbot: QtBot,
    ready_services: Services,
    admin: Actor,
    boxes: Boxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    backup = ready_services.backups.backup_now(admin)
    add_user(ready_services, admin, "after.backup", "后来的", Role.CLERK)
    _pick(monkeypatch, backup)
    boxes.answer = QMessageBox.StandardButton.No
    window = _window(qtbot, ready_services, admin)
    _menu_action(window, "&File", "&Restore…").trigger()
    assert len(boxes.questions) == 1
    assert boxes.shown == []
    assert len(ready_services.accounts.list_users(admin)) == 2


def test_restore_cancelled_in_the_file_dialog(
    qtbot: QtBot,
    ready_services: Services,
    admin: Actor,
    boxes: Boxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _pick(monkeypatch, None)
    window = _window(qtbot, ready_services, admin)
    _menu_action(window, "&File", "&Restore…").trigger()
    assert boxes.questions == []
    assert boxes.shown == []


def test_restore_of_a_bad_file_shows_the_error(
    qtbot: QtBot,
    ready_services: Services,
    admin: Actor,
    boxes: Boxes,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    bad = tmp_path / "not-a-backup.db"
    bad.write_bytes(b"hello")
    _pick(monkeypatch, bad)
    window = _window(qtbot, ready_services, admin)
    _menu_action(window, "&File", "&Restore…").trigger()
    assert "not a usable propdesk backup" in boxes.texts()[-1]
    assert ready_services.estate.get() is not None


def test_after_restoring_an_older_database_without_you_you_log_in_again(
    qtbot: QtBot,
    ready_services: Services,
    admin: Actor,
    boxes: Boxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    backup = ready_services.backups.backup_now(admin)
    boss = ready_services.accounts.create_user(admin, "boss", "老板", Role.ADMIN, ADMIN_PASSWORD)
    _pick(monkeypatch, backup)
    window = _window(qtbot, ready_services, actor_of(ready_services, boss))
    _menu_action(window, "&File", "&Restore…").trigger()
    assert "before-restore-" in boxes.texts()[-1]
    assert window.locked
    assert "log in again" in window.lock_screen.message.text()


def _daily_round_done(window: MainWindow) -> None:
    """The round the window started (or the one just asked for) has ended."""
    thread = window.daily_jobs_thread
    assert thread is not None
    thread.join(60)
    assert not thread.is_alive()


def test_the_daily_backup_is_taken_off_the_gui_thread_once_a_day(
    qtbot: QtBot, ready_services: Services, admin: Actor, boxes: Boxes
) -> None:
    backups = ready_services.paths.backup_dir
    assert list(backups.glob("auto-*.db")) == []  # opening the station took none
    window = _window(qtbot, ready_services, admin)
    assert window.backup_timer.isActive()
    assert window.backup_timer.interval() == DAILY_BACKUP_CHECK_MS == 3_600_000
    _daily_round_done(window)  # the round started with the window takes it
    [made] = backups.glob("auto-*.db")
    qtbot.waitUntil(lambda: made.name in window.statusBar().currentMessage())
    qtbot.waitUntil(lambda: made.name in window.home_tab.last_backup_label.text())
    # Its copy was read in full: the window's own full check is not run again.
    assert not window.daily_jobs.full_check_due
    assert window.run_daily_jobs() is not None  # the hourly round: one backup a day
    _daily_round_done(window)
    assert list(backups.glob("auto-*.db")) == [made]
    assert boxes.shown == []


def test_a_failed_daily_backup_goes_to_the_status_bar_not_a_dialog(
    qtbot: QtBot,
    ready_services: Services,
    admin: Actor,
    boxes: Boxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def full(**_: object) -> None:
        raise StorageError(StorageProblem.DISK_FULL, "disk full")

    monkeypatch.setattr(ready_services.backups, "ensure_daily", full)
    window = _window(qtbot, ready_services, admin)
    _daily_round_done(window)
    qtbot.waitUntil(lambda: "daily backup failed" in window.statusBar().currentMessage())
    assert "disk is full" in window.statusBar().currentMessage()
    assert boxes.shown == []


def test_language_switch_is_saved_and_says_restart(
    qtbot: QtBot, ready_services: Services, admin: Actor, boxes: Boxes
) -> None:
    window = _window(qtbot, ready_services, admin)
    _menu_action(window, "&Settings", "繁體中文").trigger()
    assert load_settings(ready_services.paths).settings.language == "zh_TW"
    assert any("restarted" in text for text in boxes.texts())


def test_about_lists_versions(
    qtbot: QtBot, ready_services: Services, admin: Actor, boxes: Boxes
) -> None:
    window = _window(qtbot, ready_services, admin)
    _menu_action(window, "&Help", "&About propdesk").trigger()
    text = boxes.texts()[-1]
    for part in ("Python", "Qt", "SQLite", "Schema revision", head_revision()):
        assert part in text


def test_quit_shortcut_closes_the_window(
    qtbot: QtBot, ready_services: Services, admin: Actor
) -> None:
    window = _window(qtbot, ready_services, admin)
    _menu_action(window, "&File", "&Quit").trigger()
    assert not window.isVisible()


def test_estate_dialog_saves_address_and_hotline(
    qtbot: QtBot, ready_services: Services, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    from propdesk.ui.estate_dialog import EstateDialog
    from propdesk.ui.widgets.form_dialog import FormDialog

    window = _window(qtbot, ready_services, admin)

    def fill(dialog: FormDialog) -> int:
        assert isinstance(dialog, EstateDialog)
        dialog.hotline_edit.setText("wrong")
        dialog.buttons.accepted.emit()
        assert "hotline" in dialog.form.error_text("hotline")
        dialog.hotline_edit.setText("0755-12345678")
        dialog.buttons.accepted.emit()
        return dialog.result()

    monkeypatch.setattr(FormDialog, "exec", fill)
    window.estate_action.trigger()
    estate = ready_services.estate.get()
    assert estate is not None
    assert estate.hotline == "0755-12345678"
