"""Open the station (services.bootstrap.open_services) off the GUI thread, so the login
is painted at once and the person types while SQLAlchemy, the models and the database
load (issue 18: ~1 s of a start that used to come before any window).

The import happens on the worker thread too: bootstrap is looked up when the work
runs, and nothing on the GUI thread imports it before the result arrives. The opened
services (or the StorageError) come back on the GUI thread through the worker's
queued signals.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from propdesk.config import Paths
from propdesk.ui.worker import Worker, wait_processing_events

if TYPE_CHECKING:
    from propdesk.services.bootstrap import Services


def _open(paths: Paths) -> Services:
    from propdesk.services import bootstrap

    return bootstrap.open_services(paths)


class StationOpening(QObject):
    """One station being opened; emits `opened(Services)` or `failed(exception)`."""

    opened = Signal(object)
    failed = Signal(object)

    def __init__(self, paths: Paths, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services: Services | None = None
        self.error: BaseException | None = None
        self.done = False
        self._worker = Worker(lambda _progress: _open(paths))
        self._worker.sig_result.connect(self._on_opened)
        self._worker.sig_error.connect(self._on_failed)

    def start(self) -> None:
        self._worker.start()

    def wait(self) -> None:
        """Until the station has opened or failed (the login was left first: the
        services, once open, must be closed, and a migration must not be cut short)."""
        wait_processing_events(lambda: self.done, 24 * 3_600_000)

    def _on_opened(self, services: Services) -> None:
        self.services = services
        self.done = True
        self.opened.emit(services)

    def _on_failed(self, exc: BaseException) -> None:
        self.error = exc
        self.done = True
        self.failed.emit(exc)
