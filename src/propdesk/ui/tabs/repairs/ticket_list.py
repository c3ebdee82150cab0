"""The ticket list: the filter bar, one page of tickets newest first, paging, and
right-click Export to Excel of the whole filtered result.

Pages follow the service's keyset (see PagedListView). The selected ticket is kept
across reloads, so a step taken in the detail leaves the same row selected.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QItemSelection, Signal

from propdesk.domain.roles import Module, Role
from propdesk.errors import PropdeskError
from propdesk.services.core.paging import Key
from propdesk.services.repairs.queries import TicketFilter, TicketPage, TicketRow
from propdesk.services.repairs.service import RepairServices
from propdesk.ui.tabs.repairs.filter_bar import TicketFilterBar
from propdesk.ui.tabs.repairs.ticket_export import TicketExport
from propdesk.ui.tabs.repairs.ticket_model import TicketTableModel
from propdesk.ui.widgets.paged_list import PagedListView
from propdesk.ui.widgets.table_export import install_export_action


class TicketListView(PagedListView[Key, TicketFilter, TicketRow]):
    NAME = "repair_ticket_list"
    TABLE_NAME = "repair_tickets"
    PAGER_NAME = "repair"
    STRETCH_COLUMN = TicketTableModel.COL_DESCRIPTION

    # The selected ticket's id, or None when nothing is selected.
    selected = Signal(object)

    model: TicketTableModel
    _current: uuid.UUID | None = None
    _now: datetime  # when the page was read: its overdue and stale flags hold for then

    # -- building ----------------------------------------------------------------
    def _build_filters(self) -> TicketFilterBar:
        tickets = self._services.module(RepairServices).tickets
        try:
            technicians = tickets.technicians(self._actor)
            # A technician starts with the tickets sent to them.
            mine = tickets.own_staff(self._actor) if self._actor.role is Role.TECHNICIAN else None
        except PropdeskError:
            technicians, mine = [], None  # the filter then offers "any technician" only
        self.filter_bar = TicketFilterBar(technicians, mine)
        self.filter_bar.changed.connect(self.search)
        return self.filter_bar

    def current_filter(self) -> TicketFilter:
        return self.filter_bar.current_filter()

    def _make_model(self) -> TicketTableModel:
        return TicketTableModel(self)

    def _build_actions(self) -> None:
        self.view.selectionModel().selectionChanged.connect(self._on_selection)
        self.exporter = TicketExport(self._services, self._actor, self)
        # Right-click → Export to Excel…: every ticket the filter finds.
        self.export_action = install_export_action(
            self.view, self._actor, Module.REPAIRS, self.export_all
        )

    # -- pages -------------------------------------------------------------------
    def _read_page(self, start: Key | None, anew: bool) -> TicketPage:
        self._now = datetime.now(UTC)
        return self._services.module(RepairServices).tickets.page(
            self._actor, self._filter, start, self.page_size, now=self._now
        )

    def _show_rows(self, rows: Sequence[TicketRow]) -> None:
        keep = self._current
        self.model.set_page(list(rows), self._now)
        if keep is not None:
            self.select_ticket(keep)

    def _page_text(self, first: int, shown: int) -> str:
        if shown:
            return self.tr("Tickets {first}–{last}").format(first=first, last=first + shown - 1)
        return self.tr("No tickets")

    # -- selection -----------------------------------------------------------------
    def select_ticket(self, ticket_id: uuid.UUID) -> bool:
        """Select the ticket's row when it is on this page; False (and no row
        selected, so a click on any row is news again) when it is not."""
        self._current = ticket_id
        for index, row in enumerate(self.model.rows()):
            if row.id == ticket_id:
                self.view.selectRow(index)
                return True
        self.view.clearSelection()
        return False

    def forget_selection(self) -> None:
        """No row selected and no ticket current: a click on any row shows it again."""
        self._current = None
        self.view.clearSelection()

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.view.selectionModel().selectedRows()
        row = self.model.row_at(rows[0].row()) if rows else None
        # Only a change of ticket is news: a reload selecting the same row again is not
        # (and a reload that cleared the selection leaves the detail as it is).
        if row is None or row.id == self._current:
            return
        self._current = row.id
        self.selected.emit(row.id)

    # -- export --------------------------------------------------------------------
    def export_all(self, path: Path | None = None) -> bool:
        """Every ticket the filter finds to an Excel file (asks where unless given);
        False when cancelled before starting or an export is already running."""
        return self.exporter.start_tickets(
            self._filter, self.model.columns(), self.tr("Repair tickets"), path
        )

    def wait_until_done(self, ms: int = 120_000) -> bool:
        return self.exporter.wait_until_done(ms)
