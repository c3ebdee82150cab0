"""Run long work (imports, exports, reports) off the GUI thread, with progress.

The work gets its own database session (the services open one per call), reports
progress through a queued signal, and its result or error comes back on the GUI
thread, where the one error helper shows expected failures.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QThread, Signal

log = logging.getLogger(__name__)

# The work receives a progress callback (done, total) whose False return asks to stop.
Progress = Callable[[int, int | None], bool]
Work = Callable[[Progress], Any]


class _Runner(QObject):
    sig_progress = Signal(int, int)  # done, total (-1 unknown)
    sig_finished = Signal(object)
    sig_failed = Signal(object)

    def __init__(self, work: Work) -> None:
        super().__init__()
        self._work = work
        self.cancelled = False

    def run(self) -> None:
        def progress(done: int, total: int | None) -> bool:
            self.sig_progress.emit(done, -1 if total is None else total)
            return not self.cancelled

        try:
            result = self._work(progress)
        except Exception as exc:  # handed to the GUI thread, which decides how to show it
            if not hasattr(exc, "template"):
                log.error("background work failed", exc_info=sys.exc_info())
            self.sig_failed.emit(exc)
        else:
            self.sig_finished.emit(result)
        finally:
            # End the thread's event loop now, not when the GUI thread gets round to
            # the result: otherwise Worker.wait() blocks until its timeout.
            thread = QThread.currentThread()
            if thread is not None:
                thread.quit()


class Worker(QObject):
    """One piece of background work; keep a reference until `sig_done` fires."""

    sig_progress = Signal(int, int)
    sig_result = Signal(object)
    sig_error = Signal(object)
    sig_done = Signal()

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._runner = _Runner(work)
        self._runner.moveToThread(self._thread)
        self._thread.started.connect(self._runner.run)
        self._runner.sig_progress.connect(self.sig_progress)
        self._runner.sig_finished.connect(self._on_finished)
        self._runner.sig_failed.connect(self._on_failed)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._runner.cancelled = True

    def wait(self, ms: int = 60_000) -> bool:
        return self._thread.wait(ms)

    def _stop(self) -> None:
        self._thread.quit()
        self._thread.wait()

    def _on_finished(self, result: object) -> None:
        self._stop()
        self.sig_result.emit(result)
        self.sig_done.emit()

    def _on_failed(self, exc: object) -> None:
        self._stop()
        self.sig_error.emit(exc)
        self.sig_done.emit()


def wait_processing_events(finished: Callable[[], bool], ms: int) -> bool:
    """Wait up to `ms` for `finished()`, processing events meanwhile (for closing and
    tests): a worker's end arrives as a queued signal, so QThread.wait on the GUI
    thread would wait for itself. True when it finished."""
    deadline = time.monotonic() + ms / 1000
    while not finished() and time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.005)
    return finished()
