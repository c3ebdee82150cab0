"""The entries logged (保洁 / 绿化日志), newest first, a page at a time: a filter bar (the
days, the trade, done or not, a search in the area, the task and the person), the
list, and the paging bar the other lists have. Choosing a row announces it."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import QDate, QItemSelection, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from propdesk.domain.worklogs.kinds import Trade
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.core.date_window import EARLIEST, LATEST
from propdesk.services.core.paging import Key, Page
from propdesk.services.worklogs.service import WorklogServices
from propdesk.services.worklogs.views import EntryFilter, EntryRow
from propdesk.ui.tabs.worklogs.entry_list_model import EntryListModel
from propdesk.ui.tabs.worklogs.names import trade_name
from propdesk.ui.widgets.choices import choice_combo, enum_choices
from propdesk.ui.widgets.labelled import add_labelled
from propdesk.ui.widgets.optional_date_edit import OptionalDateEdit
from propdesk.ui.widgets.paged_list import PAGE_SIZE, PagedListView
from propdesk.ui.widgets.search_edit import search_edit

SEARCH_MAX = 40  # as the service reads it


class EntryListPanel(PagedListView[Key, EntryFilter, EntryRow]):
    NAME = "worklog_list"
    TABLE_NAME = "worklog_entries"
    PAGER_NAME = "worklog"
    STRETCH_COLUMN = EntryListModel.COL_NOTE

    entry_chosen = Signal(object)  # the chosen entry's id (uuid.UUID)

    model: EntryListModel
    _current: uuid.UUID | None = None

    def __init__(
        self,
        doors: WorklogServices,
        actor: Actor,
        services: Services,
        parent: QWidget | None = None,
        page_size: int = PAGE_SIZE,
    ) -> None:
        self._doors = doors  # before the base reads the first page
        super().__init__(services, actor, parent, page_size)

    def _build_filters(self) -> QHBoxLayout:
        self.from_edit = OptionalDateEdit()
        self.from_edit.setObjectName("worklog_from")
        self.to_edit = OptionalDateEdit()
        self.to_edit.setObjectName("worklog_to")
        for edit in (self.from_edit, self.to_edit):
            edit.setMaximumDate(QDate(LATEST.year, LATEST.month, LATEST.day))
            edit.dateChanged.connect(lambda _day: self.search())
        self.trade_combo = choice_combo(
            [(self.tr("Any trade"), None), *enum_choices(Trade, trade_name)], "worklog_trade_filter"
        )
        self.result_combo = choice_combo(
            [(self.tr("Done or not"), None), (self.tr("Done"), True), (self.tr("Not done"), False)],
            "worklog_result_filter",
        )
        for combo in (self.trade_combo, self.result_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(lambda _index: self.search())
        self.search_edit = search_edit(
            "worklog_search",
            self.tr("Area, task or person; Enter searches"),
            SEARCH_MAX,
            self.search,
        )
        row = QHBoxLayout()
        for text, widget in (
            (self.tr("From"), self.from_edit),
            (self.tr("To"), self.to_edit),
            (self.tr("Trade"), self.trade_combo),
        ):
            add_labelled(row, text, widget)
            row.addSpacing(6)
        row.addWidget(self.result_combo)
        row.addWidget(self.search_edit, 1)
        return row

    def _make_model(self) -> EntryListModel:
        return EntryListModel(self)

    def _build_actions(self) -> None:
        self.view.selectionModel().selectionChanged.connect(self._on_selection)

    def current_filter(self) -> EntryFilter:
        first, last = self.from_edit.value(), self.to_edit.value()
        if first is not None or last is not None:  # one end alone: open on the other
            first, last = first or EARLIEST, last or LATEST
        trade = self.trade_combo.currentData()
        return EntryFilter(
            first,
            last,
            Trade(trade) if trade else None,
            "",
            self.result_combo.currentData(),
            self.search_edit.text().strip(),
        )

    def show_filter(self, wanted: EntryFilter) -> None:
        """Show what `wanted` finds, the filter bar saying so (a link from a figure)."""
        widgets = (
            self.from_edit,
            self.to_edit,
            self.trade_combo,
            self.result_combo,
            self.search_edit,
        )
        for widget in widgets:
            widget.blockSignals(True)  # one search at the end, not one per field
        try:
            self.from_edit.set_value(wanted.first)
            self.to_edit.set_value(wanted.last)
            trade = wanted.trade.value if wanted.trade is not None else None
            self.trade_combo.setCurrentIndex(max(self.trade_combo.findData(trade), 0))
            self.result_combo.setCurrentIndex(max(self.result_combo.findData(wanted.done), 0))
            self.search_edit.setText(wanted.text)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self.search()

    def _read_page(self, start: Key | None, anew: bool) -> Page[EntryRow]:
        del anew
        return self._doors.entries.rows(
            self._actor, self._filter, before=start, limit=self.page_size
        )

    def _show_rows(self, rows: Sequence[EntryRow]) -> None:
        keep = self._current
        self.model.set_rows(rows)
        if keep is not None:
            self.select_entry(keep)

    def _page_text(self, first: int, shown: int) -> str:
        if shown:
            return self.tr("Entries {first}–{last}").format(first=first, last=first + shown - 1)
        return self.tr("No entries")

    def select_entry(self, entry_id: uuid.UUID) -> bool:
        self._current = entry_id
        for index, row in enumerate(self.model.rows()):
            if row.id == entry_id:
                self.view.selectRow(index)
                return True
        self.view.clearSelection()
        return False

    def current_row(self) -> EntryRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        row = self.current_row()
        if row is None or row.id == self._current:
            return
        self._current = row.id
        self.entry_chosen.emit(row.id)
