"""At start, when the database file is damaged: where the damaged file was kept, the
newest good backup with what it holds, and one button that restores it and starts.

The backups are looked through on a worker thread as soon as the dialog opens (what
each holds is read from it; the one restored is checked in full, on its copy).
Another backup file can be chosen (checked, and what it holds shown, before it is
restored). Without a good
backup the dialog says so plainly and what to do; a new, empty database only after
the person confirms it. The restore (or the new database) is made on a worker thread
too; the dialog ends holding the opened services, and the start goes on as usual
(first start when needed, login).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from propdesk.config import Paths
from propdesk.services.bootstrap import Services, open_services
from propdesk.services.start_restore import Damage, restore_and_open
from propdesk.services.station.backup_summary import BackupSummary, describe, newest_backup
from propdesk.ui.backup_summary_view import BackupSummaryView
from propdesk.ui.dialogs import ask_yes_no, show_failure
from propdesk.ui.widgets.background_work import BackgroundWork
from propdesk.ui.widgets.buttons import push_button


def _wrapped(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setObjectName(name)
    return label


class RestoreOfferDialog(QDialog):
    def __init__(self, paths: Paths, damage: Damage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._paths = paths
        self._damage = damage
        self._chosen: BackupSummary | None = None
        self._searched = False  # the backup folder has been looked through
        self._nothing_found = False  # … and held no good backup
        self._restoring = False  # a restore (or a new database) is under way
        self.services: Services | None = None  # the opened station, once accepted
        self.setWindowTitle(self.tr("The database is damaged"))
        self.problem_label = _wrapped(self._problem_text(), "problem")
        self.summary = BackupSummaryView()
        self.hint_label = _wrapped(
            self.tr(
                "Restoring copies this backup in as the database; then propdesk starts "
                "as usual and asks you to log in. What was saved after the backup was "
                "made is not in it."
            )
        )
        self.no_estate_label = _wrapped(
            self.tr("This file holds no estate: restoring it starts with an empty office."),
            "no_estate",
        )
        self.backup_box = QGroupBox()
        box_layout = QVBoxLayout(self.backup_box)
        box_layout.addWidget(self.summary)
        box_layout.addWidget(self.no_estate_label)
        box_layout.addWidget(self.hint_label)
        self.none_label = _wrapped(self._none_text(), "no_backup")
        self.status_label = _wrapped(name="status")
        self.work = BackgroundWork(self, self._on_failed, self._update_buttons)
        self.restore_button = push_button(
            self.tr("Restore this backup and start"), self._on_restore, "restore"
        )
        self.choose_button = push_button(
            self.tr("Choose another backup file…"), self._on_choose, "choose"
        )
        self.new_button = push_button(
            self.tr("Start a new empty database…"), self._on_new_empty, "new_empty"
        )
        self.quit_button = push_button(self.tr("Quit"), self.reject, "quit")
        buttons = QHBoxLayout()
        for button in (self.restore_button, self.choose_button, self.new_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.backup_box)
        layout.addWidget(self.none_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.work.bar)
        layout.addLayout(buttons)
        self.setMinimumWidth(620)
        self._show_backup(None, offered=True)
        self.status_label.setText(
            self.tr("Looking for the newest backup of this office in {folder}…").format(
                folder=damage.backup_folder
            )
        )
        folder = damage.backup_folder
        self.work.run(lambda _progress: newest_backup(folder), self._on_searched)

    # -- what is shown -------------------------------------------------------
    def _problem_text(self) -> str:
        damaged = self._damage.file
        if self._damage.moved_aside:
            return self.tr(
                "The database file could not be read: it is damaged or is not a propdesk "
                "database. It was moved aside and kept; nothing was deleted:\n{path}"
            ).format(path=damaged)
        return self.tr(
            "The database file could not be read: it is damaged or is not a propdesk "
            "database. Nothing was deleted; before a backup replaces it, a copy of it is "
            "kept in the backup folder:\n{path}"
        ).format(path=damaged)

    def _none_text(self) -> str:
        return self.tr(
            "No backup holding this office's data was found in the backup folder:\n"
            "{folder}\n\nWhat to do: copy a backup file of this office (a .db file, for "
            "example from a USB stick or another computer) into that folder and choose it "
            "with “Choose another backup file…”. Start a new empty database only when "
            "this office has no backup anywhere: its residents, gate records, repair "
            "tickets and patrol rounds would start from nothing."
        ).format(folder=self._damage.backup_folder)

    def _show_backup(self, summary: BackupSummary | None, *, offered: bool) -> None:
        self._chosen = summary
        self.backup_box.setVisible(summary is not None)
        self.none_label.setVisible(summary is None and self._searched)
        self.new_button.setVisible(self._nothing_found)
        if summary is not None:
            self.backup_box.setTitle(
                self.tr("The newest good backup") if offered else self.tr("The chosen backup")
            )
            self.summary.show_summary(summary)
            self.no_estate_label.setVisible(not summary.holds_data)
        # Enter does what the dialog offers: restore the backup shown, else find one.
        default = self.restore_button if summary is not None else self.choose_button
        # Quit too: an auto-default button that takes the focus becomes what Enter does.
        for button in (self.restore_button, self.choose_button, self.new_button, self.quit_button):
            button.setDefault(button is default)
            button.setAutoDefault(button is default)
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self.work.busy
        self.restore_button.setEnabled(not busy and self._chosen is not None)
        self.restore_button.setVisible(self._chosen is not None)
        for button in (self.choose_button, self.new_button):
            button.setEnabled(not busy)
        # Quitting stops a search or a check, never a restore half done.
        self.quit_button.setEnabled(not self._restoring)
        self.status_label.setVisible(busy)
        self._fit()
        # The focus goes to what Enter does once it can be pressed: a button disabled
        # while the search ran could not take it then.
        default = next(
            (b for b in (self.restore_button, self.choose_button) if b.isDefault()), None
        )
        if not busy and default is not None and default.isEnabled():
            default.setFocus()

    def _fit(self) -> None:
        """Fit what is shown now (the status line, the backup's rows), for the dialog's
        width: a dialog left at an earlier size squeezes rows until their text is cut,
        or leaves gaps where rows were."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self.adjustSize()

    def _on_searched(self, found: BackupSummary | None) -> None:
        self._searched = True
        self._nothing_found = found is None
        self._show_backup(found, offered=True)

    # -- what the buttons do -------------------------------------------------
    def _on_restore(self) -> None:
        chosen = self._chosen
        if chosen is None or self.work.busy:
            return
        paths, kept = self._paths, self._damage.kept_as
        self.status_label.setText(
            self.tr(
                "Restoring {name}: its copy is checked in full, then the database is "
                "opened (for a large office this takes a few minutes)…"
            ).format(name=chosen.file.name)
        )
        self._start_opening(lambda: restore_and_open(paths, chosen.file, damaged_kept_as=kept))

    def _start_opening(self, opening: Callable[[], Services]) -> None:
        self._restoring = True
        self.work.run(lambda _progress: opening(), self._on_opened)

    def _on_choose(self) -> None:
        if self.work.busy:
            return
        file, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup to restore"),
            str(self._damage.backup_folder),
            self.tr("propdesk backups (*.db);;All files (*)"),
        )
        if not file:
            return
        self.status_label.setText(self.tr("Checking {name}…").format(name=Path(file).name))
        self.work.run(lambda _progress: describe(Path(file)), self._on_described)

    def _on_described(self, summary: BackupSummary) -> None:
        self._show_backup(summary, offered=False)

    def _on_new_empty(self) -> None:
        if self.work.busy:
            return
        question = self.tr(
            "Start with a new, empty database?\n\nNone of this office's records are in "
            "it: residents, gate records, repair tickets and patrol rounds start from "
            "nothing. The damaged file stays where it was kept. Do this only when this "
            "office has no backup anywhere."
        )
        if not ask_yes_no(self, question, self.tr("Start a new empty database")):
            return
        paths = self._paths
        self.status_label.setText(self.tr("Making a new, empty database…"))
        self._start_opening(lambda: open_services(paths))

    def _on_opened(self, services: Services) -> None:
        self.services = services
        self.accept()

    def _on_failed(self, exc: object) -> None:
        self._restoring = False
        if not self._searched:  # the search itself failed: the plain advice, then
            self._searched = self._nothing_found = True
            self._show_backup(None, offered=True)
        show_failure(self, exc)

    # -- a restore half done must not be walked away from ----------------------
    def reject(self) -> None:
        if self._restoring:
            return
        if self.work.busy:
            # A search or a check: its thread must end before the dialog goes.
            self.setCursor(Qt.CursorShape.WaitCursor)
            self.work.stop()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._restoring:
            event.ignore()
            return
        super().closeEvent(event)
