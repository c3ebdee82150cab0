"""Export to Excel of every event the filter finds (not only the page shown), on a
worker thread: EventService.iter_rows reads in keyset batches, each its own short
read, while a progress dialog can cancel."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QWidget

from propdesk.domain.roles import Module
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.events.service import EventServices
from propdesk.services.events.views import EventFilter, EventRow
from propdesk.ui.widgets.dto_table_model import Column
from propdesk.ui.widgets.result_export import ResultExport


class EventExport(ResultExport):
    def __init__(self, services: Services, actor: Actor, parent: QWidget) -> None:
        super().__init__(services.exports, actor, Module.EVENTS, parent)
        self._events = services.module(EventServices).events

    def start_events(
        self,
        flt: EventFilter,
        columns: Sequence[Column[EventRow]],
        title: str,
        path: Path | None = None,
    ) -> bool:
        events, actor = self._events, self._actor
        return self.start(
            columns,
            lambda: events.iter_rows(actor, flt),
            title,
            self.tr("Exporting events…"),
            self.tr("Exporting events: {n} rows…"),
            path,
        )
