"""The event list: the filter bar, one page of events latest first, paging, and
right-click Export to Excel of every event the filter finds."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QItemSelection, Signal

from propdesk.domain.roles import Module
from propdesk.services.core.paging import Key, Page
from propdesk.services.events.service import EventServices
from propdesk.services.events.views import EventFilter, EventRow
from propdesk.ui.tabs.events.event_export import EventExport
from propdesk.ui.tabs.events.event_model import EventTableModel
from propdesk.ui.tabs.events.filter_bar import EventFilterBar
from propdesk.ui.widgets.paged_list import PagedListView
from propdesk.ui.widgets.table_export import install_export_action


class EventListView(PagedListView[Key, EventFilter, EventRow]):
    NAME = "event_list"
    TABLE_NAME = "events"
    PAGER_NAME = "event"
    STRETCH_COLUMN = EventTableModel.COL_THEME

    # The selected event's id, or None when nothing is selected.
    selected = Signal(object)

    model: EventTableModel
    _current: uuid.UUID | None = None

    def _build_filters(self) -> EventFilterBar:
        self.filter_bar = EventFilterBar()
        self.filter_bar.changed.connect(self.search)
        return self.filter_bar

    def current_filter(self) -> EventFilter:
        return self.filter_bar.current_filter()

    def _make_model(self) -> EventTableModel:
        return EventTableModel(self)

    def _build_actions(self) -> None:
        self.view.selectionModel().selectionChanged.connect(self._on_selection)
        self.exporter = EventExport(self._services, self._actor, self)
        self.export_action = install_export_action(
            self.view, self._actor, Module.EVENTS, self.export_all
        )

    def _read_page(self, start: Key | None, anew: bool) -> Page[EventRow]:
        del anew
        return self._services.module(EventServices).events.page(
            self._actor, self._filter, start, self.page_size
        )

    def _show_rows(self, rows: Sequence[EventRow]) -> None:
        keep = self._current
        self.model.set_rows(list(rows))
        if keep is not None:
            self.select_event(keep)

    def _page_text(self, first: int, shown: int) -> str:
        if shown:
            return self.tr("Events {first}–{last}").format(first=first, last=first + shown - 1)
        return self.tr("No events")

    def select_event(self, event_id: uuid.UUID) -> bool:
        self._current = event_id
        for index, row in enumerate(self.model.rows()):
            if row.id == event_id:
                self.view.selectRow(index)
                return True
        self.view.clearSelection()
        return False

    def forget_selection(self) -> None:
        self._current = None
        self.view.clearSelection()

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.view.selectionModel().selectedRows()
        row = self.model.row_at(rows[0].row()) if rows else None
        if row is None or row.id == self._current:
            return
        self._current = row.id
        self.selected.emit(row.id)

    def export_all(self, path: Path | None = None) -> bool:
        return self.exporter.start_events(
            self._filter, self.model.columns(), self.tr("Community events"), path
        )

    def wait_until_done(self, ms: int = 120_000) -> bool:
        return self.exporter.wait_until_done(ms)
