"""The complaint list: the filter bar, one page of complaints newest first, paging,
and right-click Export to Excel of the whole filtered result.

Pages follow the service's keyset (see PagedListView). The selected complaint is kept
across reloads, so a step taken in the detail leaves the same row selected.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QItemSelection, Signal

from propdesk.domain.roles import Module
from propdesk.services.complaints.queries import ComplaintFilter, ComplaintPage, ComplaintRow
from propdesk.services.complaints.service import ComplaintServices
from propdesk.services.core.paging import Key
from propdesk.ui.tabs.complaints.complaint_export import ComplaintExport
from propdesk.ui.tabs.complaints.complaint_model import ComplaintTableModel
from propdesk.ui.tabs.complaints.filter_bar import ComplaintFilterBar
from propdesk.ui.widgets.paged_list import PagedListView
from propdesk.ui.widgets.table_export import install_export_action


class ComplaintListView(PagedListView[Key, ComplaintFilter, ComplaintRow]):
    NAME = "complaint_list"
    TABLE_NAME = "complaints"
    PAGER_NAME = "complaint"
    STRETCH_COLUMN = ComplaintTableModel.COL_DESCRIPTION

    # The selected complaint's id, or None when nothing is selected.
    selected = Signal(object)

    model: ComplaintTableModel
    _current: uuid.UUID | None = None

    # -- building ----------------------------------------------------------------
    def _build_filters(self) -> ComplaintFilterBar:
        self.filter_bar = ComplaintFilterBar()
        self.filter_bar.changed.connect(self.search)
        return self.filter_bar

    def current_filter(self) -> ComplaintFilter:
        return self.filter_bar.current_filter()

    def _make_model(self) -> ComplaintTableModel:
        return ComplaintTableModel(self)

    def _build_actions(self) -> None:
        self.view.selectionModel().selectionChanged.connect(self._on_selection)
        self.exporter = ComplaintExport(self._services, self._actor, self)
        # Right-click → Export to Excel…: every complaint the filter finds (roles
        # without the export right get no action, as before).
        self.export_action = install_export_action(
            self.view, self._actor, Module.COMPLAINTS, self.export_all
        )

    # -- pages -------------------------------------------------------------------
    def _read_page(self, start: Key | None, anew: bool) -> ComplaintPage:
        return self._services.module(ComplaintServices).complaints.page(
            self._actor, self._filter, start, self.page_size, now=datetime.now(UTC)
        )

    def _show_rows(self, rows: Sequence[ComplaintRow]) -> None:
        keep = self._current
        self.model.set_rows(list(rows))
        if keep is not None:
            self.select_complaint(keep)

    def _page_text(self, first: int, shown: int) -> str:
        if shown:
            return self.tr("Complaints {first}–{last}").format(first=first, last=first + shown - 1)
        return self.tr("No complaints")

    # -- selection -----------------------------------------------------------------
    def select_complaint(self, complaint_id: uuid.UUID) -> bool:
        """Select the complaint's row when it is on this page; False (and no row
        selected) when it is not."""
        self._current = complaint_id
        for index, row in enumerate(self.model.rows()):
            if row.id == complaint_id:
                self.view.selectRow(index)
                return True
        self.view.clearSelection()
        return False

    def forget_selection(self) -> None:
        """No row selected and no complaint current: a click on any row shows it again."""
        self._current = None
        self.view.clearSelection()

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.view.selectionModel().selectedRows()
        row = self.model.row_at(rows[0].row()) if rows else None
        # Only a change of complaint is news: a reload selecting the same row is not.
        if row is None or row.id == self._current:
            return
        self._current = row.id
        self.selected.emit(row.id)

    # -- export --------------------------------------------------------------------
    def export_all(self, path: Path | None = None) -> bool:
        """Every complaint the filter finds to an Excel file (asks where unless given);
        False when cancelled before starting or an export is already running."""
        return self.exporter.start_complaints(
            self._filter, self.model.columns(), self.tr("Complaints"), path
        )

    def wait_until_done(self, ms: int = 120_000) -> bool:
        return self.exporter.wait_until_done(ms)
