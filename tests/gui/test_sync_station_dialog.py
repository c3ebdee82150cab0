"""Settings → Station with the storage choice, driven with the keyboard: the arrow keys
switch between the three choices and the server's fields come and go; Test connection
against a closed port says so under the server field; choosing the server or joining
runs on a worker and ends with what happened and that propdesk closes; a syncing station
with records waiting may not leave; a manager sees the choice but cannot change it."""

from __future__ import annotations

import socket
from dataclasses import dataclass, field
from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from propdesk.config import Paths, Settings, load_settings
from propdesk.domain.roles import Role
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.sync.joining import JoinReport, ServerFacts
from propdesk.services.sync.server_address import ServerAddress
from propdesk.services.sync.status import SyncStatus
from propdesk.services.sync.storage_mode import StorageMode, StorageModeService
from propdesk.store.migrate import SCHEMA_HEAD
from propdesk.ui.station_dialog import StationDialog
from tests.gui.conftest import Boxes, actor_of, add_user
from tests.gui.keys import type_text

OFFICE = ServerAddress("192.168.1.10", 5432, "propdesk", "propdesk", "s3cret")


@dataclass
class FakeServer:
    joined: list[str] = field(default_factory=list)

    def test(self, address: ServerAddress) -> ServerFacts:
        return ServerFacts(address.shown, "15.4 (Debian 15.4-2)", SCHEMA_HEAD, 2)

    def join(
        self, paths: Paths, settings: Settings, address: ServerAddress, name: str
    ) -> JoinReport:
        del settings, address
        self.joined.append(name)
        return JoinReport("B", 12_345, paths.backup_dir / "pre-join-20261205-140000.db")


@dataclass
class WaitingSync:
    waiting: int = 37

    def status(self) -> SyncStatus:
        now = datetime.now(UTC)
        return SyncStatus("B", OFFICE.shown, self.waiting, 0, 0, now, None, "")

    def stop(self) -> None:
        pass


def _dialog(
    qtbot: QtBot,
    services: Services,
    actor: Actor,
    server: FakeServer | None = None,
    sync: WaitingSync | None = None,
) -> StationDialog:
    if server is None:
        storage = StorageModeService(services.paths, services.settings, services.store, None)
    else:
        storage = StorageModeService(
            services.paths,
            services.settings,
            services.store,
            sync,  # type: ignore[arg-type]
            tester=server.test,
            joiner=server.join,
        )
    dialog = StationDialog(services.settings, storage=storage, actor=actor)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _press(qtbot: QtBot, key: Qt.Key) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, key)


def _fill_server(dialog: StationDialog, host: str, port: str) -> None:
    for edit, text in (
        (dialog.host_edit, host),
        (dialog.port_edit, port),
        (dialog.database_edit, "propdesk"),
        (dialog.user_edit, "propdesk"),
        (dialog.password_edit, "s3cret"),
    ):
        edit.clear()
        type_text(edit, text)


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_the_arrow_keys_switch_the_choice_and_the_server_fields_follow(
    qtbot: QtBot, ready_services: Services, admin: Actor
) -> None:
    dialog = _dialog(qtbot, ready_services, admin)
    assert dialog.name_edit.hasFocus()
    assert dialog.mode_buttons[StorageMode.THIS_PC].isChecked()
    assert not dialog.host_edit.isVisible()
    assert not dialog.test_button.isVisible()
    _press(qtbot, Qt.Key.Key_Tab)  # into the checked choice
    assert dialog.mode_buttons[StorageMode.THIS_PC].hasFocus()
    _press(qtbot, Qt.Key.Key_Down)
    assert dialog.chosen_mode() is StorageMode.SERVER
    assert dialog.host_edit.isVisible()
    assert dialog.password_edit.isVisible()
    assert dialog.port_edit.text() == "5432"
    _press(qtbot, Qt.Key.Key_Down)
    assert dialog.chosen_mode() is StorageMode.OWN_COPY
    assert dialog.test_button.isVisible()
    _press(qtbot, Qt.Key.Key_Up)
    _press(qtbot, Qt.Key.Key_Up)
    assert dialog.chosen_mode() is StorageMode.THIS_PC
    assert not dialog.host_edit.isVisible()
    # OK with nothing changed saves the name only and closes
    _press(qtbot, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not dialog.storage_changed


def test_test_connection_against_a_closed_port_says_so_under_the_server(
    qtbot: QtBot, ready_services: Services, admin: Actor
) -> None:
    dialog = _dialog(qtbot, ready_services, admin)
    dialog.mode_buttons[StorageMode.OWN_COPY].setChecked(True)
    _fill_server(dialog, "127.0.0.1", "0")
    dialog.test_button.setFocus()
    _press(qtbot, Qt.Key.Key_Space)
    assert "1 to 65535" in dialog.form.error_text("port")  # refused before connecting
    assert not dialog.work.busy
    _fill_server(dialog, "127.0.0.1", str(_closed_port()))
    dialog.test_button.setFocus()
    _press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not dialog.work.busy, timeout=20_000)
    message = dialog.form.error_text("host")
    assert "cannot be reached" in message
    assert "127.0.0.1" in message
    assert dialog.host_edit.hasFocus()
    assert dialog.test_result.text() == ""
    assert load_settings(ready_services.paths).settings.sync_url is None


def test_a_good_test_says_what_the_server_is(
    qtbot: QtBot, ready_services: Services, admin: Actor
) -> None:
    dialog = _dialog(qtbot, ready_services, admin, FakeServer())
    dialog.mode_buttons[StorageMode.SERVER].setChecked(True)
    _fill_server(dialog, "192.168.1.10", "5432")
    dialog.test_button.click()
    qtbot.waitUntil(lambda: not dialog.work.busy)
    assert dialog.test_result.text() == (
        f"Connected: PostgreSQL 15.4, propdesk schema {SCHEMA_HEAD}, 2 stations syncing"
    )


def test_choosing_the_server_saves_it_after_its_test_and_says_propdesk_closes(
    qtbot: QtBot, ready_services: Services, admin: Actor, boxes: Boxes
) -> None:
    dialog = _dialog(qtbot, ready_services, admin, FakeServer())
    dialog.mode_buttons[StorageMode.SERVER].setChecked(True)
    _fill_server(dialog, "192.168.1.10", "5432")
    dialog.password_edit.setFocus()
    _press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    assert dialog.storage_changed
    saved = load_settings(ready_services.paths).settings
    assert saved.database_url == OFFICE.url
    assert "works on the server 192.168.1.10:5432/propdesk" in boxes.texts()[-1]
    assert "propdesk closes now" in boxes.texts()[-1]


def test_joining_runs_on_a_worker_and_says_the_station_s_letter(
    qtbot: QtBot, ready_services: Services, admin: Actor, boxes: Boxes
) -> None:
    server = FakeServer()
    dialog = _dialog(qtbot, ready_services, admin, server)
    dialog.mode_buttons[StorageMode.OWN_COPY].setChecked(True)
    _fill_server(dialog, "192.168.1.10", "5432")
    with qtbot.waitSignal(dialog.sig_storage_changing):
        dialog.password_edit.setFocus()
        _press(qtbot, Qt.Key.Key_Return)
    assert "Join the server 192.168.1.10:5432/propdesk?" in boxes.questions[-1]
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    assert server.joined == ["岗亭"]
    text = boxes.texts()[-1]
    assert "This station is station B; 12,345 records copied" in text
    assert "pre-join-20261205-140000.db" in text
    assert "start it again to work on the copy" in text
    assert load_settings(ready_services.paths).settings.sync_url == OFFICE.url


def test_a_syncing_station_with_records_waiting_may_not_leave(
    qtbot: QtBot, ready_services: Services, admin: Actor
) -> None:
    ready_services.settings.set_storage(None, OFFICE.url)
    dialog = _dialog(qtbot, ready_services, admin, FakeServer(), WaitingSync())
    assert dialog.mode_buttons[StorageMode.OWN_COPY].isChecked()
    assert dialog.host_edit.text() == "192.168.1.10"
    dialog.mode_buttons[StorageMode.THIS_PC].setChecked(True)
    dialog.name_edit.setFocus()
    _press(qtbot, Qt.Key.Key_Return)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "37 records saved on this station" in dialog.form.error_text("mode")
    assert load_settings(ready_services.paths).settings.sync_url == OFFICE.url


def test_a_manager_sees_where_the_data_is_but_cannot_change_it(
    qtbot: QtBot, ready_services: Services, admin: Actor
) -> None:
    manager = actor_of(
        ready_services, add_user(ready_services, admin, "boss", "陈经理", Role.MANAGER)
    )
    dialog = _dialog(qtbot, ready_services, manager)
    assert not dialog.mode_buttons[StorageMode.SERVER].isEnabled()
    assert "Only an administrator" in dialog.intro.text()
    dialog.name_edit.clear()
    type_text(dialog.name_edit, "前台")
    _press(qtbot, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert ready_services.settings.current.station_name == "前台"
