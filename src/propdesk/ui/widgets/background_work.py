"""A dialog's background work, one piece at a time, shown on a progress bar inside the
dialog (the import dialogs): the bar spins until the work says how much there is,
the dialog is told when the work starts and ends (to enable its buttons; work that
`done` chains on, such as a file read and then previewed, keeps it busy), and closing
the dialog cancels the work and waits for its thread (a thread destroyed
while it runs takes the program down)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QProgressBar

from propdesk.ui.worker import Work, Worker


class BackgroundWork(QObject):
    """`bar` goes into the dialog's layout; `on_error` shows a failure; `on_change` is
    called when the work starts and when it is done, result or error shown."""

    def __init__(
        self,
        parent: QObject,
        on_error: Callable[[object], None],
        on_change: Callable[[], None],
    ) -> None:
        super().__init__(parent)
        self._on_error = on_error
        self._on_change = on_change
        self._worker: Worker | None = None
        self.bar = QProgressBar()
        self.bar.hide()

    @property
    def busy(self) -> bool:
        return self._worker is not None

    def run(self, work: Work, done: Callable[[Any], None]) -> None:
        """Start `work` on a worker thread; `done(result)` on the GUI thread."""
        self.bar.setRange(0, 0)
        self.bar.show()
        worker = Worker(work, self)
        worker.sig_progress.connect(self._on_progress)
        worker.sig_result.connect(done)
        worker.sig_error.connect(self._on_error)
        worker.sig_done.connect(lambda: self._on_done(worker))
        self._worker = worker
        self._on_change()
        worker.start()

    def wait_until_done(self, ms: int = 120_000) -> bool:
        """For tests and for closing: block until the background work has finished."""
        worker = self._worker
        return worker is None or worker.wait(ms)

    def stop(self) -> None:
        """Cancel the work (it stops at its next progress report) and wait for it."""
        if self._worker is not None:
            self._worker.cancel()
            self._worker.wait()

    def _on_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)

    def _on_done(self, worker: Worker) -> None:
        if worker is not self._worker:
            return  # `done` started the next piece of work (a file read, then previewed)
        self._worker = None
        self.bar.hide()
        self._on_change()
