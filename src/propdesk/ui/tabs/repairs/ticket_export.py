"""Export to Excel of every ticket the filter finds (not only the page shown), on a
worker thread: RepairService.iter_rows reads in keyset batches, each its own short
read, and the rows stream into the workbook while a progress dialog can cancel."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QWidget

from propdesk.domain.roles import Module
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.repairs.queries import TicketFilter, TicketRow
from propdesk.services.repairs.service import RepairServices
from propdesk.ui.widgets.dto_table_model import Column
from propdesk.ui.widgets.result_export import ResultExport


class TicketExport(ResultExport):
    """One export at a time; `parent` shows the progress and the outcome."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget) -> None:
        super().__init__(services.exports, actor, Module.REPAIRS, parent)
        self._repairs = services.module(RepairServices).tickets

    def start_tickets(
        self,
        flt: TicketFilter,
        columns: Sequence[Column[TicketRow]],
        title: str,
        path: Path | None = None,
    ) -> bool:
        """Ask where (unless given) and start; False when cancelled or already running."""
        repairs, actor = self._repairs, self._actor
        return self.start(
            columns,
            lambda: repairs.iter_rows(actor, flt),
            title,
            self.tr("Exporting repair tickets…"),
            self.tr("Exporting repair tickets: {n} rows…"),
            path,
        )
