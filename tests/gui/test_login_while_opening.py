"""The login is painted before the station has opened (issue 18): SQLAlchemy, the
models and the database load on a worker thread while the person types. A name and
password sent before then wait, locked, with "Opening the station…" shown, and are
checked the moment the station is open; leaving the login first closes what opened
behind it. A file a start would find damaged gets the restore offer before any login;
one that fails to open behind the login closes it and says why (or offers the restore).
"""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from propdesk.config import Paths
from propdesk.errors import StorageError, StorageProblem
from propdesk.services import bootstrap
from propdesk.services.bootstrap import Services
from propdesk.store.failures import storage_message
from propdesk.ui import gui_main
from propdesk.ui.login_dialog import LoginDialog
from propdesk.ui.restore_offer_dialog import RestoreOfferDialog
from tests.gui.conftest import ADMIN, ADMIN_PASSWORD, Boxes
from tests.unit.damaged_station import damage_what_a_start_reads, station_with_a_backup


@dataclass
class HeldOpening:
    """open_services held on its worker thread until `release` is set."""

    release: threading.Event = field(default_factory=threading.Event)
    opened: list[Services] = field(default_factory=list)
    closed: list[Services] = field(default_factory=list)


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> HeldOpening:
    holding = HeldOpening()
    real_open = bootstrap.open_services

    def open_when_released(paths: Paths, *args: Any, **kwargs: Any) -> Services:
        assert holding.release.wait(30), "the test never let the station open"
        services = real_open(paths, *args, **kwargs)
        real_close = services.close

        def close() -> None:
            holding.closed.append(services)
            real_close()

        services.close = close  # type: ignore[method-assign]
        holding.opened.append(services)
        return services

    monkeypatch.setattr(bootstrap, "open_services", open_when_released)
    return holding


def _at_login(monkeypatch: pytest.MonkeyPatch, act: Callable[[LoginDialog], None]) -> None:
    """The real login dialog, with `act` run once it is up."""

    def exec_with(self: LoginDialog) -> int:
        QTimer.singleShot(0, lambda: act(self))
        return QDialog.exec(self)

    monkeypatch.setattr(LoginDialog, "exec", exec_with)


@pytest.mark.usefixtures("admin")
def test_a_password_sent_before_the_station_opens_logs_in_once_it_has(
    qtbot: QtBot,
    english: Services,
    paths: Paths,
    held: HeldOpening,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    del english
    seen: dict[str, object] = {}

    def type_and_send(dialog: LoginDialog) -> None:
        panel = dialog.panel
        seen["heading"] = dialog.heading.text()
        qtbot.keyClicks(panel.username_edit, ADMIN)
        qtbot.keyClick(panel.username_edit, Qt.Key.Key_Return)
        qtbot.keyClicks(panel.password_edit, ADMIN_PASSWORD)
        qtbot.keyClick(panel.password_edit, Qt.Key.Key_Return)
        seen["waiting"] = panel.waiting
        seen["shown"] = panel.opening_label.isVisible()
        seen["locked"] = not panel.password_edit.isEnabled()
        seen["kept"] = (panel.username_edit.text(), panel.password_edit.text())
        seen["still up"] = dialog.isVisible()
        held.release.set()

    _at_login(monkeypatch, type_and_send)
    window, services, code = gui_main.open_window(paths)
    assert window is not None
    assert services is not None
    qtbot.addWidget(window)
    try:
        assert code == gui_main.EXIT_OK
        assert seen["waiting"] is True
        assert seen["shown"] is True
        assert seen["locked"] is True
        assert seen["kept"] == (ADMIN, ADMIN_PASSWORD)
        assert seen["still up"] is True
        assert "翠湖花园" not in str(seen["heading"])  # not known before the station opened
        assert window.actor.username == ADMIN
        assert "翠湖花园" in window.windowTitle()
    finally:
        window.close()
        services.close()


@pytest.mark.usefixtures("admin")
def test_a_wrong_password_sent_before_the_station_opens_is_shown_once_it_has(
    qtbot: QtBot,
    english: Services,
    paths: Paths,
    held: HeldOpening,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    del english
    seen: dict[str, object] = {}

    def send_wrong_then_quit(dialog: LoginDialog) -> None:
        panel = dialog.panel
        panel.username_edit.setText(ADMIN)
        panel.password_edit.setText("not-the-password")
        panel.submit()
        held.release.set()
        qtbot.waitUntil(lambda: not panel.waiting, timeout=30_000)
        seen["error"] = panel.form.error_text("password")
        seen["editable"] = panel.password_edit.isEnabled()
        seen["heading"] = dialog.heading.text()
        panel.quit_button.click()

    _at_login(monkeypatch, send_wrong_then_quit)
    assert gui_main.open_window(paths) == (None, None, gui_main.EXIT_CANCELLED)
    assert seen["error"]
    assert seen["editable"] is True
    assert "翠湖花园" in str(seen["heading"])
    assert held.closed == held.opened != []


@pytest.mark.usefixtures("admin")
def test_leaving_the_login_before_the_station_opens_closes_it_once_open(
    english: Services,
    paths: Paths,
    held: HeldOpening,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    del english

    def quit_at_once(dialog: LoginDialog) -> None:
        dialog.panel.quit_button.click()
        QTimer.singleShot(50, held.release.set)  # the station opens after the login left

    _at_login(monkeypatch, quit_at_once)
    assert gui_main.open_window(paths) == (None, None, gui_main.EXIT_CANCELLED)
    assert len(held.opened) == 1
    assert held.closed == held.opened


@pytest.mark.usefixtures("admin")
def test_the_login_is_freed_on_the_gui_thread_when_the_start_is_done(
    qtbot: QtBot,
    english: Services,
    paths: Paths,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Nothing left holding the login in a reference cycle: the collector frees a cycle
    on whichever thread happens to allocate, and a widget freed off the GUI thread
    takes the program down. With the collector off, the dialog must go when
    open_window returns."""
    del english
    dialogs: list[weakref.ref[LoginDialog]] = []

    def log_in(dialog: LoginDialog) -> None:
        dialogs.append(weakref.ref(dialog))
        dialog.panel.username_edit.setText(ADMIN)
        dialog.panel.password_edit.setText(ADMIN_PASSWORD)
        dialog.panel.submit()

    _at_login(monkeypatch, log_in)
    gc.collect()
    gc.disable()
    try:
        window, services, _code = gui_main.open_window(paths)
        assert window is not None
        assert services is not None
        assert dialogs
        assert dialogs[0]() is None, "the login dialog outlived the start"
    finally:
        gc.enable()
    qtbot.addWidget(window)
    window.close()
    services.close()


def _record_restore_offers(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, order: list[str]) -> None:
    """The restore offer, once its search for the newest backup is done, declined."""

    def decline(self: RestoreOfferDialog) -> int:
        order.append("restore offer")
        qtbot.waitUntil(lambda: not self.work.busy, timeout=30_000)
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(RestoreOfferDialog, "exec", decline)


def test_a_file_a_start_finds_damaged_offers_the_restore_before_any_login(
    qtbot: QtBot, paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    station_with_a_backup(paths)
    damage_what_a_start_reads(paths.database_file)
    order: list[str] = []

    def record_login(_self: LoginDialog) -> int:
        order.append("login")
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(LoginDialog, "exec", record_login)
    _record_restore_offers(qtbot, monkeypatch, order)
    assert gui_main.open_window(paths) == (None, None, gui_main.EXIT_STORAGE)
    assert order == ["restore offer"]  # no login painted and taken away again


def test_damage_found_while_the_login_is_up_closes_it_and_offers_the_restore(
    qtbot: QtBot, paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Damage the look before the login missed (say, it came between the two): the
    opening behind the login fails, the login closes and the restore is offered."""
    station_with_a_backup(paths)
    damage_what_a_start_reads(paths.database_file)
    monkeypatch.setattr(gui_main, "seen_damaged", lambda _paths: False)
    order: list[str] = []

    def wait_at_login(dialog: LoginDialog) -> None:
        order.append("login")
        del dialog  # nobody types: the failure closes it

    _at_login(monkeypatch, wait_at_login)
    _record_restore_offers(qtbot, monkeypatch, order)
    assert gui_main.open_window(paths) == (None, None, gui_main.EXIT_STORAGE)
    assert order == ["login", "restore offer"]


@pytest.mark.usefixtures("admin")
def test_a_station_that_cannot_open_behind_the_login_says_why(
    english: Services, paths: Paths, monkeypatch: pytest.MonkeyPatch, boxes: Boxes
) -> None:
    del english
    reason = storage_message(StorageProblem.LOCKED)

    def locked(_paths: Paths, *_args: Any, **_kwargs: Any) -> Services:
        raise StorageError(StorageProblem.LOCKED, reason)

    monkeypatch.setattr(bootstrap, "open_services", locked)
    _at_login(monkeypatch, lambda _dialog: None)
    assert gui_main.open_window(paths) == (None, None, gui_main.EXIT_STORAGE)
    assert boxes.texts() == [reason]
