"""The login is painted before the station has opened (issue 18): SQLAlchemy, the
models and the database load on a worker thread while the person types. A name and
password sent before then wait, locked, with "Opening the station…" shown, and are
checked the moment the station is open; leaving the login first closes what opened
behind it. (A station that fails to open behind the login: tests/gui/test_restore_offer.py.)
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
from propdesk.services import bootstrap
from propdesk.services.bootstrap import Services
from propdesk.ui import gui_main
from propdesk.ui.login_dialog import LoginDialog
from tests.gui.conftest import ADMIN, ADMIN_PASSWORD


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
