"""The daily purge of old visitors' personal data, run off the GUI thread for the main
window: the first run on a big database blanks many rows.

A plain thread rather than ui.worker.Worker: a Worker's thread ends only once the GUI
thread has handled its result, so it cannot be joined when the window closes or before
a restore replaces the database file.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from propdesk.services.gate.retention import GateRetentionService


class DailyRetention(QObject):
    """Carries the check's outcome from its thread to the window (`sig_result` with the
    PurgeResult or None, `sig_error` with the exception). Not a child of the window, so
    it outlives a window dropped unclosed (tests) while the thread still emits; Qt
    drops the signal when the window is gone."""

    sig_result = Signal(object)
    sig_error = Signal(object)

    def __init__(self, retention: GateRetentionService) -> None:
        super().__init__()
        self._retention = retention
        self._stop = threading.Event()
        self.thread: threading.Thread | None = None

    def run(self) -> threading.Thread | None:
        """Start the check if it is due; None while the previous check runs."""
        if self.thread is not None and self.thread.is_alive():
            return None
        retention = self._retention
        self._stop = stop = threading.Event()

        def check() -> None:
            failed = False
            try:
                result: object = retention.run_daily_if_due(
                    progress=lambda _done, _total: not stop.is_set()
                )
            except Exception as exc:  # shown on the GUI thread
                result, failed = exc, True
            (self.sig_error if failed else self.sig_result).emit(result)

        self.thread = threading.Thread(target=check, name="daily-retention")
        self.thread.start()
        return self.thread

    def stop_and_wait(self) -> None:
        """Stop after the chunk being written and wait for the thread. A stopped purge
        is finished by the next check."""
        self._stop.set()
        if self.thread is not None:
            self.thread.join()
