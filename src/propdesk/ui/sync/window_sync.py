"""A syncing station's part of the main window: the status bar line, the conflicts list
it opens, and the background sync running while the window is open. On a station that
does not sync (a file of its own, or the server directly) all of it is absent and every
call does nothing, so the window needs no test of the storage mode of its own."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QStatusBar, QWidget

from propdesk.domain.roles import Action, Module
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.sync.conflicts import ConflictService
from propdesk.ui.sync.conflicts_dialog import ConflictsDialog
from propdesk.ui.sync.sync_status_label import SyncStatusLabel


class WindowSync:
    def __init__(self, services: Services, window: QWidget) -> None:
        self._services = services
        self._window = window
        sync = services.sync
        self.label = SyncStatusLabel(sync) if sync is not None else None

    @property
    def syncing(self) -> bool:
        return self._services.sync is not None

    def add_to(self, bar: QStatusBar, on_click: Callable[[], object]) -> None:
        """The line ("Synced 14:05") in the bar. A click calls `on_click`: the window
        decides whether the list may open (it knows whether it is locked)."""
        if self.label is not None:
            self.label.sig_clicked.connect(on_click)
            bar.addPermanentWidget(self.label)

    def may_see_conflicts(self, actor: Actor) -> bool:
        return self.syncing and actor.may(Module.SETTINGS, Action.VIEW)

    def open_conflicts(self, actor: Actor) -> ConflictsDialog | None:
        if not self.may_see_conflicts(actor):
            return None
        dialog = ConflictsDialog(ConflictService(self._services.store), actor, self._window)
        if self.label is not None:
            dialog.sig_resolved.connect(self.label.refresh)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def start(self) -> None:
        """Once the window is shown, and again after a join that failed."""
        if self.label is not None and not self.label.timer.isActive():
            assert self._services.sync is not None
            self._services.sync.start()
            self.label.start()

    def pause_line(self) -> None:
        """Before a join sets the station's file aside: the line stops reading it."""
        if self.label is not None:
            self.label.stop()

    def stop(self) -> None:
        """The window closes: the line and the background sync end."""
        self.pause_line()
        if self._services.sync is not None:
            self._services.sync.stop()
