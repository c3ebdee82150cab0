"""Export to Excel of every complaint the filter finds (not only the page shown), on a
worker thread: ComplaintService.iter_rows reads in keyset batches, each its own short
read, and the rows stream into the workbook while a progress dialog can cancel."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import QWidget

from propdesk.domain.roles import Module
from propdesk.services.bootstrap import Services
from propdesk.services.complaints.queries import ComplaintFilter, ComplaintRow
from propdesk.services.complaints.service import ComplaintServices
from propdesk.services.core.actor import Actor
from propdesk.ui.widgets.dto_table_model import Column
from propdesk.ui.widgets.result_export import ResultExport


class ComplaintExport(ResultExport):
    """One export at a time; `parent` shows the progress and the outcome."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget) -> None:
        super().__init__(services.exports, actor, Module.COMPLAINTS, parent)
        self._complaints = services.module(ComplaintServices).complaints

    def start_complaints(
        self,
        flt: ComplaintFilter,
        columns: Sequence[Column[ComplaintRow]],
        title: str,
        path: Path | None = None,
    ) -> bool:
        """Ask where (unless given) and start; False when cancelled or already running."""
        complaints, actor = self._complaints, self._actor
        # The overdue flags hold for when the export starts, as a page's do for its read.
        now = datetime.now(UTC)
        return self.start(
            columns,
            lambda: complaints.iter_rows(actor, flt, now=now),
            title,
            self.tr("Exporting complaints…"),
            self.tr("Exporting complaints: {n} rows…"),
            path,
        )
