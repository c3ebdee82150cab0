"""One monthly report written on a worker thread (ui.worker.Worker), to a chosen file
or into a temporary folder for preview and printing.

The job is not a child of the tab: the tabs are rebuilt at each login, and a worker
thread destroyed while it runs takes the program down. Running jobs are held here
until their thread has ended; a tab that went away simply hears nothing. The
temporary folder is removed when the job is done, after the tab has used the file.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.reporting.monthly_report import MonthlyFile
from propdesk.ui.tabs.reports.report_request import ReportKind, ReportRequest
from propdesk.ui.worker import Worker, wait_processing_events

log = logging.getLogger(__name__)

_RUNNING: set[ReportJob] = set()
_QUIT_HOOK = "propdesk_report_jobs_stop_at_quit"


class ReportJob(QObject):
    """Start with `start()`; `sig_written(path)` comes before `sig_finished`, while a
    temporary file still exists. Errors (cancelled included) come as `sig_failed`."""

    sig_progress = Signal(int, int)  # done, total (-1 unknown)
    sig_written = Signal(object)  # Path
    sig_failed = Signal(object)  # the exception
    sig_finished = Signal()

    def __init__(
        self,
        services: Services,
        actor: Actor,
        request: ReportRequest,
        target: Path | None = None,
    ) -> None:
        """`target` None: write into a temporary folder (preview, print)."""
        super().__init__()
        self.request = request
        self._temporary: tempfile.TemporaryDirectory[str] | None = None
        if target is None:
            self._temporary = tempfile.TemporaryDirectory(prefix="propdesk-report-")
            target = Path(self._temporary.name) / f"report{request.kind.suffix}"
        self.target = target
        self.cancel_requested = False
        self._worker = Worker(_work(services, actor, request, target), self)
        self._worker.sig_progress.connect(self.sig_progress)
        self._worker.sig_result.connect(self._on_result)
        self._worker.sig_error.connect(self.sig_failed)
        self._worker.sig_done.connect(self._on_done)
        self.running = False

    @property
    def temporary_folder(self) -> Path | None:
        return Path(self._temporary.name) if self._temporary is not None else None

    def start(self) -> None:
        _stop_all_when_quitting()
        _RUNNING.add(self)
        self.running = True
        self._worker.start()

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report; nothing is written."""
        self.cancel_requested = True
        self._worker.cancel()

    def wait_until_done(self, ms: int = 120_000) -> bool:
        """For closing and tests."""
        return wait_processing_events(lambda: not self.running, ms)

    def _on_result(self, path: object) -> None:
        self.sig_written.emit(path)

    def _on_done(self) -> None:
        self._remove_temporary()
        self.running = False
        self.sig_finished.emit()
        # Let go once the worker's signal has returned: dropping the last reference
        # here would delete the worker inside its own slot.
        QTimer.singleShot(0, lambda: _RUNNING.discard(self))

    def _remove_temporary(self) -> None:
        if self._temporary is not None:
            try:
                self._temporary.cleanup()
            except OSError as exc:  # a viewer may still hold the file on Windows
                log.warning("cannot remove %s: %s", self._temporary.name, exc)
            self._temporary = None


def _stop_all_when_quitting() -> None:
    """Once: when the program quits with a report still being made, stop it and wait
    for its thread (a thread destroyed while it runs aborts the program)."""
    app = QCoreApplication.instance()
    if app is None or app.property(_QUIT_HOOK):
        return
    app.setProperty(_QUIT_HOOK, True)
    app.aboutToQuit.connect(stop_all)


def stop_all(ms: int = 10_000) -> None:
    """Cancel every running report and wait for its thread; their files are removed."""
    for job in list(_RUNNING):
        job.cancel()
        job._worker.wait(ms)
        job._remove_temporary()


def _work(
    services: Services, actor: Actor, request: ReportRequest, target: Path
) -> Callable[[Callable[[int, int | None], bool]], Path]:
    """The function the worker thread runs: the service opens its own session."""

    def work(progress: Callable[[int, int | None], bool]) -> Path:
        report = services.monthly_report
        file = MonthlyFile(request.period, request.lang, target, progress)
        if request.kind is ReportKind.PDF:
            report.write_pdf(actor, file)
        else:
            report.write_workbook(actor, file)
        return target

    return work
