"""Export to Excel of every ticket the filter finds (not only the page shown), on a
worker thread: RepairService.iter_rows reads in keyset batches, each its own short
read, and the rows stream into the workbook while a progress dialog can cancel."""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir, QEventLoop, QObject, Qt
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from propdesk.domain.roles import Module
from propdesk.errors import PropdeskError
from propdesk.services.actor import Actor
from propdesk.services.bootstrap import Services
from propdesk.services.export_service import ExportColumn
from propdesk.services.repair_queries import TicketFilter, TicketRow
from propdesk.ui.dialogs import show_error, show_info
from propdesk.ui.widgets.dto_table_model import Column
from propdesk.ui.worker import Worker

translate = QCoreApplication.translate


def ask_path(parent: QWidget, title: str) -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        translate("TableExport", "Export to Excel"),
        str(Path(QDir.homePath()) / f"{title}.xlsx"),
        translate("TableExport", "Excel workbook (*.xlsx)"),
    )
    return Path(chosen) if chosen else None


class TicketExport(QObject):
    """One export at a time; `parent` shows the progress and the outcome."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._parent = parent
        self._worker: Worker | None = None
        self._progress: QProgressDialog | None = None

    @property
    def running(self) -> bool:
        return self._worker is not None

    def start(
        self,
        flt: TicketFilter,
        columns: Sequence[Column[TicketRow]],
        title: str,
        path: Path | None = None,
    ) -> bool:
        """Ask where (unless given) and start; False when cancelled or already running."""
        if self._worker is not None:
            return False
        if path is None:
            path = ask_path(self._parent, title)
            if path is None:
                return False
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        target = path
        actor, services = self._actor, self._services
        chosen = list(columns)
        headers = [ExportColumn(c.header, c.kind) for c in chosen]

        def work(progress: object) -> tuple[int, Path]:
            rows = (
                [c.export_value(row) for c in chosen]
                for row in services.repairs.iter_rows(actor, flt)
            )
            written = services.exports.export(
                actor,
                Module.REPAIRS,
                target,
                headers,
                rows,
                sheet_title=title,
                progress=progress,  # type: ignore[arg-type]
            )
            return written, target

        self._progress = QProgressDialog(
            self.tr("Exporting repair tickets…"), self.tr("Cancel"), 0, 0, self._parent
        )
        self._progress.setWindowModality(Qt.WindowModality.WindowModal)
        self._progress.setMinimumDuration(0)
        self._progress.setAutoReset(False)
        worker = Worker(work, self)
        self._progress.canceled.connect(worker.cancel)
        worker.sig_progress.connect(self._on_progress)
        worker.sig_result.connect(self._on_exported)
        worker.sig_error.connect(self._on_error)
        worker.sig_done.connect(self._on_done)
        self._worker = worker
        worker.start()
        return True

    def wait_until_done(self, ms: int = 120_000) -> bool:
        """For tests and for closing. Events are processed meanwhile: the worker's end
        arrives as a queued signal, so QThread.wait here would wait for itself."""
        deadline = time.monotonic() + ms / 1000
        while self._worker is not None and time.monotonic() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            time.sleep(0.005)
        return self._worker is None

    def _on_progress(self, done: int, _total: int) -> None:
        if self._progress is not None:
            self._progress.setLabelText(
                self.tr("Exporting repair tickets: {n} rows…").format(n=done)
            )

    def _on_exported(self, result: tuple[int, Path]) -> None:
        written, path = result
        self._close_progress()
        show_info(
            self._parent,
            translate("TableExport", "{n} rows exported to {path}").format(n=written, path=path),
        )

    def _on_error(self, exc: object) -> None:
        self._close_progress()
        if isinstance(exc, PropdeskError):
            show_error(self._parent, exc)
        elif isinstance(exc, BaseException):
            sys.excepthook(type(exc), exc, exc.__traceback__)

    def _on_done(self) -> None:
        self._close_progress()
        self._worker = None

    def _close_progress(self) -> None:
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None
