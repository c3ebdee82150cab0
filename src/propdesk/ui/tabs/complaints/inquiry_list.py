"""The inquiry log's list: which inquiries (open promises, promises due by a day, or
all), one page of them newest first, paging, and right-click Export to Excel of the
page shown.

Open and all page by the service's keyset (see PagedListView); "due by" is the
dashboard's list (every open promise due by that day's end, overdue ones included,
soonest first) and fits on one page. The chosen inquiry is kept across reloads.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum

from PySide6.QtCore import QDate, QItemSelection, Signal
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QWidget

from propdesk.domain.roles import Module
from propdesk.services.complaints.inquiries import InquiryView
from propdesk.services.complaints.service import ComplaintServices
from propdesk.services.core.paging import Key
from propdesk.services.core.periods import start_of
from propdesk.ui.tabs.complaints.inquiry_model import InquiryTableModel
from propdesk.ui.widgets.choices import choice_combo
from propdesk.ui.widgets.labelled import add_labelled
from propdesk.ui.widgets.paged_list import ListPage, Page, PagedListView
from propdesk.ui.widgets.table_export import install_export


class Showing(StrEnum):
    OPEN = "open"  # answers still promised
    DUE = "due"  # promised by the day's end, overdue ones included
    ALL = "all"


@dataclass(frozen=True)
class InquiryFilter:
    showing: Showing
    day: date  # for DUE


def _today() -> date:
    return datetime.now().astimezone().date()


class InquiryFilterBar(QWidget):
    """Open / due by a day / all; says what is asked and when that changed."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.showing_combo = choice_combo(
            [
                (self.tr("Open: answer promised"), Showing.OPEN.value),
                (self.tr("Due by the day's end"), Showing.DUE.value),
                (self.tr("All inquiries"), Showing.ALL.value),
            ],
            "inquiry_showing",
        )
        self.day_edit = QDateEdit(QDate.currentDate())
        self.day_edit.setObjectName("inquiry_due_day")
        self.day_edit.setDisplayFormat("yyyy-MM-dd")
        self.day_edit.setCalendarPopup(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        add_labelled(row, self.tr("&Show"), self.showing_combo)
        add_labelled(row, self.tr("Due by"), self.day_edit)
        row.addStretch(1)
        self._enable_day()
        self.showing_combo.currentIndexChanged.connect(self._on_showing)
        self.day_edit.dateChanged.connect(lambda _d: self.changed.emit())

    def _on_showing(self) -> None:
        self._enable_day()
        self.changed.emit()

    def _enable_day(self) -> None:
        self.day_edit.setEnabled(self.showing_combo.currentData() == Showing.DUE.value)

    def current_filter(self) -> InquiryFilter:
        chosen = self.day_edit.date()
        return InquiryFilter(
            Showing(self.showing_combo.currentData()),
            date(chosen.year(), chosen.month(), chosen.day()),
        )

    def show_filter(self, wanted: InquiryFilter) -> None:
        """Set the bar to `wanted` quietly (the caller reads the list once)."""
        self.blockSignals(True)
        try:
            self.day_edit.setDate(QDate(wanted.day.year, wanted.day.month, wanted.day.day))
            self.showing_combo.setCurrentIndex(self.showing_combo.findData(wanted.showing.value))
            self._enable_day()
        finally:
            self.blockSignals(False)


class InquiryListView(PagedListView[Key, InquiryFilter, InquiryView]):
    NAME = "inquiry_list"
    TABLE_NAME = "inquiries"
    PAGER_NAME = "inquiry"
    STRETCH_COLUMN = InquiryTableModel.COL_QUESTION

    # The chosen inquiry (its InquiryView), or None when nothing is chosen.
    selected = Signal(object)

    model: InquiryTableModel
    _current: uuid.UUID | None = None

    def _build_filters(self) -> InquiryFilterBar:
        self.filter_bar = InquiryFilterBar()
        self.filter_bar.changed.connect(self.search)
        return self.filter_bar

    def current_filter(self) -> InquiryFilter:
        return self.filter_bar.current_filter()

    def _make_model(self) -> InquiryTableModel:
        return InquiryTableModel(self)

    def _build_actions(self) -> None:
        self.view.selectionModel().selectionChanged.connect(self._on_selection)
        self.export_action = install_export(
            self.view,
            self._services.exports,
            self._actor,
            Module.COMPLAINTS,
            self.tr("Inquiries and suggestions"),
        )

    # -- pages -------------------------------------------------------------------
    def _read_page(self, start: Key | None, anew: bool) -> Page[InquiryView, Key]:
        del anew
        inquiries = self._services.module(ComplaintServices).inquiries
        wanted = self._filter
        if wanted.showing is Showing.DUE:
            day_end = start_of(wanted.day + timedelta(days=1))
            return ListPage(inquiries.due_by(self._actor, day_end), None)
        return inquiries.page(
            self._actor,
            open_only=wanted.showing is Showing.OPEN,
            before=start,
            limit=self.page_size,
            now=datetime.now(UTC),
        )

    def _show_rows(self, rows: Sequence[InquiryView]) -> None:
        keep = self._current
        self.model.set_rows(rows)
        if keep is not None:
            self.select_inquiry(keep)

    def _page_text(self, first: int, shown: int) -> str:
        if shown:
            return self.tr("Inquiries {first}–{last}").format(first=first, last=first + shown - 1)
        return self.tr("No inquiries")

    def show_filter(self, wanted: InquiryFilter) -> None:
        self.filter_bar.show_filter(wanted)
        self.search()

    # -- choice --------------------------------------------------------------------
    def chosen(self) -> InquiryView | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_inquiry(self, inquiry_id: uuid.UUID) -> bool:
        """Choose the inquiry's row when it is on this page; False (nothing chosen)
        when it is not."""
        self._current = inquiry_id
        found = self.model.row_of(inquiry_id)
        if found >= 0:
            self.view.selectRow(found)
            return True
        self.view.clearSelection()
        return False

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        row = self.chosen()
        self._current = row.id if row is not None else self._current
        self.selected.emit(row)
