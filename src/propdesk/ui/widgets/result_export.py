"""Export to Excel of a whole filtered result (not only the page shown) on a worker
thread: the rows stream from the service into the workbook while a progress dialog
can cancel; the outcome is told to the user when it is done."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from propdesk.domain.roles import Module
from propdesk.services.core.actor import Actor
from propdesk.services.core.export import ExportColumn, ExportService
from propdesk.ui.dialogs import show_failure, show_info
from propdesk.ui.widgets.dto_table_model import Column
from propdesk.ui.widgets.table_export import xlsx_path
from propdesk.ui.worker import Progress, Worker, wait_processing_events

translate = QCoreApplication.translate


class ResultExport(QObject):
    """One export at a time; `parent` shows the progress and the outcome."""

    def __init__(
        self, exports: ExportService, actor: Actor, module: Module, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._exports = exports
        self._actor = actor
        self._module = module
        self._parent = parent
        self._worker: Worker | None = None
        self._progress: QProgressDialog | None = None
        self._progress_text = ""

    @property
    def running(self) -> bool:
        return self._worker is not None

    def start(
        self,
        columns: Sequence[Column[Any]],
        rows: Callable[[], Iterable[Any]],
        title: str,
        busy_text: str,
        progress_text: str,
        path: Path | None = None,
        count: Callable[[], int | None] | None = None,
    ) -> bool:
        """Ask where (unless given) and start writing `rows()` (called on the worker, as
        is `count()`, the total for the progress bar, when given). `progress_text` has
        an {n} for the rows written so far. False when cancelled or already running."""
        if self._worker is not None:
            return False
        target = xlsx_path(self._parent, title, path)
        if target is None:
            return False
        exports, actor, module = self._exports, self._actor, self._module
        chosen = list(columns)
        headers = [ExportColumn(c.header, c.kind) for c in chosen]

        def work(progress: Progress) -> tuple[int, Path]:
            total = count() if count is not None else None
            values = ([c.export_value(row) for c in chosen] for row in rows())
            written = exports.export(
                actor,
                module,
                target,
                headers,
                values,
                sheet_title=title,
                total=total,
                progress=progress,
            )
            return written, target

        self._progress_text = progress_text
        self._progress = QProgressDialog(
            busy_text, translate("ResultExport", "Cancel"), 0, 0, self._parent
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
        """For tests and for closing."""
        return wait_processing_events(lambda: self._worker is None, ms)

    def _on_progress(self, done: int, total: int) -> None:
        if self._progress is None:
            return
        if total > 0:
            self._progress.setMaximum(total)
            self._progress.setValue(min(done, total))
        self._progress.setLabelText(self._progress_text.format(n=done))

    def _on_exported(self, result: tuple[int, Path]) -> None:
        written, path = result
        self._close_progress()
        show_info(
            self._parent,
            translate("TableExport", "{n} rows exported to {path}").format(n=written, path=path),
        )

    def _on_error(self, exc: object) -> None:
        self._close_progress()
        show_failure(self._parent, exc)

    def _on_done(self) -> None:
        self._close_progress()
        self._worker = None

    def _close_progress(self) -> None:
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None
