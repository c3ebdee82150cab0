"""A damaged database at start: the window offers the newest good backup, restores it
on one click (or Enter) and the station opens as on any start, login and all."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from propdesk.config import Paths
from propdesk.services.bootstrap import Services
from propdesk.services.start_restore import RestoreOffer, offer
from propdesk.store.backup_contents import read_contents
from propdesk.ui import gui_main
from propdesk.ui.backup_summary_view import size_text
from propdesk.ui.first_start_dialog import FirstStartDialog
from propdesk.ui.login_dialog import LoginDialog
from propdesk.ui.restore_offer_dialog import RestoreOfferDialog
from tests.gui.conftest import ADMIN, ADMIN_PASSWORD, Boxes, log_in_at_start
from tests.unit.damaged_station import (
    ESTATE,
    an_empty_backup,
    damage_what_a_start_reads,
    open_fails_as_damaged,
    station_with_a_backup,
)


@pytest.fixture
def logins(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The login dialog logs in as the administrator; the titles of the logins that
    did (one painted while a damaged station failed to open is left unanswered)."""
    shown: list[str] = []
    monkeypatch.setattr(LoginDialog, "exec", log_in_at_start(ADMIN, ADMIN_PASSWORD, shown))
    return shown


@pytest.fixture
def first_starts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A first-start dialog must not appear after a restore: recorded and cancelled."""
    shown: list[str] = []

    def refuse(self: FirstStartDialog) -> int:
        shown.append(self.estate_edit.text())
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(FirstStartDialog, "exec", refuse)
    return shown


class Person:
    """What a person does at the dialog that appears at start: read it, press a key.
    Stops with the test, so a dialog that never came cannot be pressed later."""

    def __init__(self, qtbot: QtBot) -> None:
        self._qtbot = qtbot
        self.active = True
        self.seen: list[str] = []

    def will_press(self, key: Qt.Key) -> None:
        def press() -> None:
            if not self.active:
                return
            dialog = QApplication.activeModalWidget()
            looking = isinstance(dialog, RestoreOfferDialog) and dialog.work.busy
            # The login (painted while the station opens) answers for itself.
            login = isinstance(dialog, LoginDialog)
            if dialog is None or not dialog.isVisible() or looking or login:
                QTimer.singleShot(20, press)
                return
            self.seen.append(dialog.windowTitle())
            self._qtbot.keyClick(dialog, key)

        QTimer.singleShot(0, press)


@pytest.fixture
def person(qtbot: QtBot) -> Iterator[Person]:
    at_the_desk = Person(qtbot)
    yield at_the_desk
    at_the_desk.active = False


@pytest.fixture
def opened() -> Iterator[list[object]]:
    """Windows and services open_window returned, closed after the test."""
    held: list[object] = []
    yield held
    for thing in held:
        close = getattr(thing, "close", None)
        if close is not None:
            close()


def _open_by_pressing(
    qtbot: QtBot,
    person: Person,
    paths: Paths,
    opened: list[object],
    key: Qt.Key = Qt.Key.Key_Return,
) -> tuple[gui_main.MainWindow | None, int]:
    person.will_press(key)
    window, services, code = gui_main.open_window(paths)
    opened.extend(x for x in (window, services) if x is not None)
    if window is not None:
        qtbot.addWidget(window)
    return window, code


def test_garbage_in_the_middle_of_the_file_enter_restores_and_the_station_opens(
    qtbot: QtBot,
    paths: Paths,
    logins: list[str],
    first_starts: list[str],
    opened: list[object],
    person: Person,
    boxes: Boxes,
) -> None:
    backup = station_with_a_backup(paths)
    damage_what_a_start_reads(paths.database_file)
    window, code = _open_by_pressing(qtbot, person, paths, opened)
    assert window is not None, f"the window did not open: {boxes.texts()}"
    assert code == gui_main.EXIT_OK
    assert first_starts == []
    assert len(logins) == 1
    assert ESTATE in window.windowTitle()
    assert window.actor.username == ADMIN
    # The estate's records came back with the backup.
    restored, backed_up = read_contents(paths.database_file), read_contents(backup)
    assert restored is not None
    assert backed_up is not None
    assert (restored.estate_name, restored.counts) == (backed_up.estate_name, backed_up.counts)


def test_a_zero_byte_database_file_is_damage_and_the_backup_is_offered(
    qtbot: QtBot,
    paths: Paths,
    logins: list[str],
    first_starts: list[str],
    opened: list[object],
    person: Person,
) -> None:
    station_with_a_backup(paths)
    paths.database_file.write_bytes(b"")
    window, _code = _open_by_pressing(qtbot, person, paths, opened)
    assert first_starts == [], "a zero-byte file was taken for a new station"
    assert window is not None
    assert ESTATE in window.windowTitle()
    assert len(logins) == 1


def test_quit_at_the_offer_and_the_next_start_offers_it_again_not_a_first_start(
    qtbot: QtBot,
    paths: Paths,
    logins: list[str],
    first_starts: list[str],
    opened: list[object],
    person: Person,
) -> None:
    station_with_a_backup(paths)
    damage_what_a_start_reads(paths.database_file)
    window, code = _open_by_pressing(qtbot, person, paths, opened, Qt.Key.Key_Escape)
    assert (window, code) == (None, gui_main.EXIT_STORAGE)
    assert logins == []
    # The next start: the damaged file is already aside, no database in its place.
    window, code = _open_by_pressing(qtbot, person, paths, opened)
    assert first_starts == [], "the next start took the office for a new one"
    assert window is not None
    assert code == gui_main.EXIT_OK
    assert ESTATE in window.windowTitle()


# -- the dialog itself ---------------------------------------------------------


@pytest.fixture
def damaged(paths: Paths) -> tuple[Path, RestoreOffer]:
    """A real station with a backup, its file damaged at start: (backup, offer)."""
    backup = station_with_a_backup(paths)
    damage_what_a_start_reads(paths.database_file)
    found = offer(paths, open_fails_as_damaged(paths))
    assert found is not None
    return backup, found


def _dialog(qtbot: QtBot, paths: Paths, found: RestoreOffer) -> RestoreOfferDialog:
    """The dialog shown, once it has looked through the backup folder."""
    dialog = RestoreOfferDialog(paths, found.damage)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.status_label.isVisible()  # "looking for the newest good backup…"
    qtbot.waitUntil(lambda: not dialog.work.busy, timeout=30_000)
    return dialog


def _opened_services(qtbot: QtBot, dialog: RestoreOfferDialog) -> Services:
    qtbot.waitUntil(lambda: not dialog.work.busy, timeout=30_000)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.services is not None
    return dialog.services


def _fits(dialog: RestoreOfferDialog) -> bool:
    """Tall enough for what it shows at its width: no row's text cut."""
    return dialog.height() >= dialog.heightForWidth(dialog.width())


def _count(text: str) -> int:
    return int(text.replace(",", "").replace("\u00a0", ""))


def test_the_dialog_names_the_backup_its_date_size_and_contents(
    qtbot: QtBot, paths: Paths, damaged: tuple[Path, RestoreOffer]
) -> None:
    backup, found = damaged
    held = read_contents(backup)
    assert held is not None
    dialog = _dialog(qtbot, paths, found)
    view = dialog.summary
    made = datetime.fromtimestamp(backup.stat().st_mtime)
    assert view.value("file") == backup.name
    assert view.value("made_at") == f"{made:%Y-%m-%d %H:%M}"
    assert view.value("size") == size_text(backup.stat().st_size)
    assert view.value("size").endswith(("KB", "MB"))
    assert view.value("estate") == ESTATE
    assert _count(view.value("residents")) == held.counts["resident"]
    assert _count(view.value("gate_records")) == held.counts["gate_event"]
    assert _count(view.value("repair_tickets")) == held.counts["repair_ticket"]
    assert _count(view.value("patrol_rounds")) == held.counts["patrol_round"]
    assert view.value("newest_record")[:4].isdigit()
    assert str(found.damaged_kept_as) in dialog.problem_label.text()
    assert "nothing was deleted" in dialog.problem_label.text()
    assert dialog.restore_button.isVisible()
    assert dialog.restore_button.isDefault()
    assert not dialog.new_button.isVisible()
    assert not dialog.none_label.isVisible()


def test_clicking_restore_opens_the_station_with_its_data(
    qtbot: QtBot, paths: Paths, damaged: tuple[Path, RestoreOffer]
) -> None:
    _backup, found = damaged
    dialog = _dialog(qtbot, paths, found)
    assert _fits(dialog)  # the backup's rows not squeezed
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.status_label.isVisible()
    assert _fits(dialog)  # nor with the status line added
    assert not dialog.quit_button.isEnabled()  # a restore half done is not walked away from
    services = _opened_services(qtbot, dialog)
    try:
        estate = services.estate.get()
        assert estate is not None
        assert estate.name == ESTATE
        assert not gui_main.needs_first_start(services)
    finally:
        services.close()


def test_no_good_backup_is_said_plainly_with_what_to_do(
    qtbot: QtBot, paths: Paths, tmp_path: Path
) -> None:
    station_with_a_backup(paths)
    for file in paths.backup_dir.glob("*.db"):
        file.unlink()
    an_empty_backup(paths, tmp_path, datetime.now())  # integrity passes, no estate
    damage_what_a_start_reads(paths.database_file)
    found = offer(paths, open_fails_as_damaged(paths))
    assert found is not None
    dialog = _dialog(qtbot, paths, found)
    plain = dialog.none_label.text()
    assert dialog.none_label.isVisible()
    assert str(paths.backup_dir) in plain
    assert "copy a backup file" in plain
    assert str(found.damaged_kept_as) in dialog.problem_label.text()
    assert "nothing was deleted" in dialog.problem_label.text()
    assert not dialog.backup_box.isVisible()
    assert not dialog.restore_button.isVisible()
    assert dialog.new_button.isVisible()
    assert dialog.choose_button.isDefault()


def test_another_file_is_checked_and_shown_before_it_is_restored(
    qtbot: QtBot,
    paths: Paths,
    tmp_path: Path,
    damaged: tuple[Path, RestoreOffer],
    boxes: Boxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    backup, offered = damaged
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    copied = stick / "office-copy.db"
    shutil.copy2(backup, copied)
    for file in paths.backup_dir.glob("*.db"):
        file.unlink()
    found = replace(offered, backup=None)  # nothing in the backup folder now
    garbage = stick / "photo.db"
    garbage.write_bytes(b"not a database" * 500)
    answers = iter([str(garbage), str(copied)])
    asked_in: list[str] = []

    def choose(_parent: object, _title: str, folder: str, _filter: str) -> tuple[str, str]:
        asked_in.append(folder)
        return next(answers), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(choose))
    dialog = _dialog(qtbot, paths, found)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter: choose a file
    qtbot.waitUntil(lambda: not dialog.work.busy)
    assert asked_in == [str(paths.backup_dir)]
    assert any("photo.db is not a usable propdesk backup" in t for t in boxes.texts())
    assert not dialog.restore_button.isVisible()
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.work.busy)
    assert dialog.summary.value("file") == copied.name
    assert dialog.summary.value("estate") == ESTATE
    assert dialog.backup_box.title() == "The chosen backup"
    assert dialog.restore_button.isVisible()
    assert dialog.restore_button.isDefault()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter: restore what is shown
    services = _opened_services(qtbot, dialog)
    try:
        estate = services.estate.get()
        assert estate is not None
        assert estate.name == ESTATE
    finally:
        services.close()


def test_a_new_empty_database_only_when_the_person_confirms(
    qtbot: QtBot, paths: Paths, boxes: Boxes
) -> None:
    station_with_a_backup(paths)
    for file in paths.backup_dir.glob("*.db"):
        file.unlink()
    damage_what_a_start_reads(paths.database_file)
    found = offer(paths, open_fails_as_damaged(paths))
    assert found is not None
    dialog = _dialog(qtbot, paths, found)
    boxes.answer = QMessageBox.StandardButton.No
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    assert len(boxes.questions) == 1
    assert not dialog.work.busy
    assert dialog.isVisible()
    assert not paths.database_file.exists()
    boxes.answer = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    services = _opened_services(qtbot, dialog)
    try:
        assert services.estate.get() is None  # the first start follows
        assert gui_main.needs_first_start(services)
    finally:
        services.close()
    assert found.damaged_kept_as is not None
    assert found.damaged_kept_as.exists()
