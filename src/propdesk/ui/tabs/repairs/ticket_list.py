"""The ticket list: the filter bar, one page of tickets newest first, paging, and
right-click Export to Excel of the whole filtered result.

Pages follow the service's keyset (see KeysetPager). The selected ticket is kept
across reloads, so a step taken in the detail leaves the same row selected.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QItemSelection, Signal
from PySide6.QtWidgets import QHeaderView, QVBoxLayout, QWidget

from propdesk.domain.roles import Module
from propdesk.errors import PropdeskError
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.repairs.queries import Key, TicketFilter, TicketRow
from propdesk.services.repairs.service import RepairServices
from propdesk.ui.dialogs import show_error
from propdesk.ui.tabs.repairs.filter_bar import TicketFilterBar
from propdesk.ui.tabs.repairs.ticket_export import TicketExport
from propdesk.ui.tabs.repairs.ticket_model import TicketTableModel
from propdesk.ui.widgets.keyset_pager import KeysetPager
from propdesk.ui.widgets.record_table import record_table
from propdesk.ui.widgets.table_export import install_export_action

PAGE_SIZE = 100


class TicketListView(QWidget):
    # The selected ticket's id, or None when nothing is selected.
    selected = Signal(object)

    def __init__(
        self,
        services: Services,
        actor: Actor,
        parent: QWidget | None = None,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("repair_ticket_list")
        self._services = services
        self._actor = actor
        self.page_size = page_size
        self._filter = TicketFilter()
        self._current: uuid.UUID | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        try:
            technicians = services.module(RepairServices).tickets.technicians(actor)
        except PropdeskError:
            technicians = []  # the filter then offers "any technician" only
        self.filter_bar = TicketFilterBar(technicians)
        self.filter_bar.changed.connect(self.search)
        layout.addWidget(self.filter_bar)
        self.model = TicketTableModel(self)
        self.view = record_table(self.model, "repair_tickets")
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        # One line per ticket: a list is read by scanning many rows at once.
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TicketTableModel.COL_LOCATION, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().selectionChanged.connect(self._on_selection)
        layout.addWidget(self.view, 1)
        self.pager: KeysetPager[Key] = KeysetPager("repair", page_size)
        self.pager.load_page.connect(lambda _before: self._reload())
        self.newest_button = self.pager.newest_button
        self.newer_button = self.pager.newer_button
        self.older_button = self.pager.older_button
        self.page_label = self.pager.page_label
        layout.addWidget(self.pager)
        self.exporter = TicketExport(services, actor, self)
        # Right-click → Export to Excel…: every ticket the filter finds.
        self.export_action = install_export_action(
            self.view, actor, Module.REPAIRS, self.export_all
        )
        self.search()

    # -- pages -------------------------------------------------------------------
    def search(self) -> None:
        """The newest page of what the filter bar says now."""
        self._filter = self.filter_bar.current_filter()
        self.pager.reset()
        self._reload()

    def refresh(self) -> None:
        """Read the shown page again (flags and ages move on; a step changed a row)."""
        self._reload()

    def newest(self) -> None:
        self.pager.newest()

    def older(self) -> None:
        self.pager.older()

    def newer(self) -> None:
        self.pager.newer()

    def _reload(self) -> None:
        now = datetime.now(UTC)
        try:
            page = self._services.module(RepairServices).tickets.page(
                self._actor, self._filter, self.pager.start, self.page_size, now=now
            )
        except PropdeskError as exc:
            show_error(self, exc)
            return
        if self.pager.back_if_empty(len(page.rows)):  # the rest left the filter (closed …)
            return
        keep = self._current
        self.model.set_page(page.rows, now)
        first, shown = self.pager.first_row, len(page.rows)
        if shown:
            text = self.tr("Tickets {first}–{last}").format(first=first, last=first + shown - 1)
        else:
            text = self.tr("No tickets")
        self.pager.show_page(page.next_before, text)
        if keep is not None:
            self.select_ticket(keep)

    def rows(self) -> list[TicketRow]:
        return self.model.rows()

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
