"""The ticket list: the filter bar, one page of tickets newest first, paging, and
right-click Export to Excel of the whole filtered result.

Pages follow the service's keyset: "Older" starts where the page ended, "Newer" goes
back to where the previous page started (a stack of page starts), "Newest" to the
top. The selected ticket is kept across reloads, so a step taken in the detail leaves
the same row selected.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from propdesk.domain.roles import Action, Module
from propdesk.errors import PropdeskError
from propdesk.services.actor import Actor
from propdesk.services.bootstrap import Services
from propdesk.services.repair_queries import Key, TicketFilter, TicketRow
from propdesk.ui.dialogs import show_error
from propdesk.ui.tabs.repairs.filter_bar import TicketFilterBar
from propdesk.ui.tabs.repairs.ticket_export import TicketExport
from propdesk.ui.tabs.repairs.ticket_model import TicketTableModel
from propdesk.ui.widgets.record_table import record_table

translate = QCoreApplication.translate
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
        self._starts: list[Key | None] = [None]  # where each page shown so far began
        self._next: Key | None = None  # where the next older page begins
        self._current: uuid.UUID | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        try:
            technicians = services.repairs.technicians(actor)
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
        layout.addLayout(self._build_paging())
        self.exporter = TicketExport(services, actor, self)
        self.export_action = self._install_export()
        self.search()

    def _build_paging(self) -> QHBoxLayout:
        self.newest_button = QPushButton(self.tr("Newest"))
        self.newest_button.setObjectName("repair_newest")
        self.newer_button = QPushButton(self.tr("◀ Newer"))
        self.newer_button.setObjectName("repair_newer")
        self.older_button = QPushButton(self.tr("Older ▶"))
        self.older_button.setObjectName("repair_older")
        self.page_label = QLabel()
        self.page_label.setObjectName("repair_page")
        self.newest_button.clicked.connect(self.newest)
        self.newer_button.clicked.connect(self.newer)
        self.older_button.clicked.connect(self.older)
        row = QHBoxLayout()
        row.addWidget(self.newest_button)
        row.addWidget(self.newer_button)
        row.addWidget(self.page_label)
        row.addWidget(self.older_button)
        row.addStretch(1)
        return row

    def _install_export(self) -> QAction | None:
        """Right-click → Export to Excel…: every ticket the filter finds."""
        if not self._actor.may(Module.REPAIRS, Action.EXPORT):
            return None
        action = QAction(translate("TableExport", "Export to Excel…"), self.view)
        action.triggered.connect(self._on_export)
        self.view.addAction(action)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        return action

    # -- pages -------------------------------------------------------------------
    def search(self) -> None:
        """The newest page of what the filter bar says now."""
        self._filter = self.filter_bar.current_filter()
        self._starts = [None]
        self._reload()

    def refresh(self) -> None:
        """Read the shown page again (flags and ages move on; a step changed a row)."""
        self._reload()

    def newest(self) -> None:
        self._starts = [None]
        self._reload()

    def older(self) -> None:
        if self._next is not None:
            self._starts.append(self._next)
            self._reload()

    def newer(self) -> None:
        if len(self._starts) > 1:
            self._starts.pop()
            self._reload()

    def _reload(self) -> None:
        now = datetime.now(UTC)
        try:
            page = self._services.repairs.page(
                self._actor, self._filter, self._starts[-1], self.page_size, now=now
            )
        except PropdeskError as exc:
            show_error(self, exc)
            return
        if not page.rows and len(self._starts) > 1:  # the rest left the filter (closed …)
            self._starts.pop()
            self._reload()
            return
        keep = self._current
        self.model.set_page(page.rows, now)
        self._next = page.next_before
        self._update_paging(len(page.rows))
        if keep is not None:
            self.select_ticket(keep)

    def _update_paging(self, shown: int) -> None:
        first = (len(self._starts) - 1) * self.page_size + 1
        if shown:
            text = self.tr("Tickets {first}–{last}").format(first=first, last=first + shown - 1)
        else:
            text = self.tr("No tickets")
        self.page_label.setText(text)
        self.newest_button.setEnabled(len(self._starts) > 1)
        self.newer_button.setEnabled(len(self._starts) > 1)
        self.older_button.setEnabled(self._next is not None)

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
        return self.exporter.start(
            self._filter, self.model.columns(), self.tr("Repair tickets"), path
        )

    def wait_until_done(self, ms: int = 120_000) -> bool:
        return self.exporter.wait_until_done(ms)

    def _on_export(self) -> None:
        self.export_all()  # not connected directly: triggered passes `checked` as the path
