"""The inspections made (巡检记录), newest first, a page at a time: a filter bar (the
days, the kind, failed only, a search on the number's start, the area or the
inspector), the list, and the paging bar the other lists have. Choosing a row
announces it (`inspection_chosen`) for the detail beside it.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import QDate, QItemSelection, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QWidget

from propdesk.domain.inspections.kinds import InspectionKind
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.core.date_window import EARLIEST, LATEST
from propdesk.services.core.paging import Key, Page
from propdesk.services.inspections.service import InspectionServices
from propdesk.services.inspections.views import InspectionFilter, InspectionRow
from propdesk.ui.tabs.inspections.inspection_list_model import InspectionListModel
from propdesk.ui.tabs.inspections.inspection_names import kind_name
from propdesk.ui.widgets.choices import choice_combo, enum_choices
from propdesk.ui.widgets.labelled import add_labelled
from propdesk.ui.widgets.optional_date_edit import OptionalDateEdit
from propdesk.ui.widgets.paged_list import PAGE_SIZE, PagedListView
from propdesk.ui.widgets.search_edit import search_edit

SEARCH_MAX = 40  # as the service reads it


class InspectionListPanel(PagedListView[Key, InspectionFilter, InspectionRow]):
    NAME = "inspection_list"
    TABLE_NAME = "inspections"
    PAGER_NAME = "inspection"
    STRETCH_COLUMN = InspectionListModel.COL_CHECKLIST

    # The chosen inspection's id (uuid.UUID).
    inspection_chosen = Signal(object)

    model: InspectionListModel
    _current: uuid.UUID | None = None

    def __init__(
        self,
        doors: InspectionServices,
        actor: Actor,
        services: Services,
        parent: QWidget | None = None,
        page_size: int = PAGE_SIZE,
    ) -> None:
        self._doors = doors  # before the base reads the first page
        super().__init__(services, actor, parent, page_size)

    # -- building --------------------------------------------------------------------------
    def _build_filters(self) -> QHBoxLayout:
        self.from_edit = OptionalDateEdit()
        self.from_edit.setObjectName("inspection_from")
        self.to_edit = OptionalDateEdit()
        self.to_edit.setObjectName("inspection_to")
        for edit in (self.from_edit, self.to_edit):
            # The days the service reads: a year 9999 typed here would only be refused.
            edit.setMaximumDate(QDate(LATEST.year, LATEST.month, LATEST.day))
            edit.dateChanged.connect(lambda _day: self.search())
        self.kind_combo = choice_combo(
            [(self.tr("Any kind"), None), *enum_choices(InspectionKind, kind_name)],
            "inspection_kind_filter",
        )
        self.kind_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.kind_combo.currentIndexChanged.connect(lambda _index: self.search())
        self.failed_check = QCheckBox(self.tr("Failed only"))
        self.failed_check.setObjectName("inspection_failed_only")
        self.failed_check.toggled.connect(lambda _on: self.search())
        self.search_edit = search_edit(
            "inspection_search",
            self.tr("Number, area or inspector; Enter searches"),
            SEARCH_MAX,
            self.search,
        )
        row = QHBoxLayout()
        for text, widget in (
            (self.tr("From"), self.from_edit),
            (self.tr("To"), self.to_edit),
            (self.tr("Kind"), self.kind_combo),
        ):
            add_labelled(row, text, widget)
            row.addSpacing(6)
        row.addWidget(self.failed_check)
        row.addWidget(self.search_edit, 1)
        return row

    def _make_model(self) -> InspectionListModel:
        return InspectionListModel(self)

    def _build_actions(self) -> None:
        self.view.selectionModel().selectionChanged.connect(self._on_selection)

    # -- the filter ------------------------------------------------------------------------
    def current_filter(self) -> InspectionFilter:
        first, last = self.from_edit.value(), self.to_edit.value()
        if first is not None or last is not None:  # one end alone: open on the other
            first, last = first or EARLIEST, last or LATEST
        kind = self.kind_combo.currentData()
        return InspectionFilter(
            first,
            last,
            InspectionKind(kind) if kind else None,
            self.failed_check.isChecked(),
            self.search_edit.text().strip(),
        )

    def show_filter(self, wanted: InspectionFilter) -> None:
        """Show what `wanted` finds, the filter bar saying so (a link from a figure)."""
        widgets = (
            self.from_edit,
            self.to_edit,
            self.kind_combo,
            self.failed_check,
            self.search_edit,
        )
        for widget in widgets:
            widget.blockSignals(True)  # one search at the end, not one per field
        try:
            self.from_edit.set_value(wanted.first)
            self.to_edit.set_value(wanted.last)
            kind = wanted.kind.value if wanted.kind is not None else None
            self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(kind), 0))
            self.failed_check.setChecked(wanted.failed_only)
            self.search_edit.setText(wanted.text)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self.search()

    # -- pages -----------------------------------------------------------------------------
    def _read_page(self, start: Key | None, anew: bool) -> Page[InspectionRow]:
        del anew
        return self._doors.inspections.rows(
            self._actor, self._filter, before=start, limit=self.page_size
        )

    def _show_rows(self, rows: Sequence[InspectionRow]) -> None:
        keep = self._current
        self.model.set_rows(rows)
        if keep is not None:
            self.select_inspection(keep)

    def _page_text(self, first: int, shown: int) -> str:
        if shown:
            return self.tr("Inspections {first}–{last}").format(first=first, last=first + shown - 1)
        return self.tr("No inspections")

    # -- selection -------------------------------------------------------------------------
    def select_inspection(self, inspection_id: uuid.UUID) -> bool:
        """Select its row when it is on this page; False when it is not."""
        self._current = inspection_id
        for index, row in enumerate(self.model.rows()):
            if row.id == inspection_id:
                self.view.selectRow(index)
                return True
        self.view.clearSelection()
        return False

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.view.selectionModel().selectedRows()
        row = self.model.row_at(rows[0].row()) if rows else None
        # Only a change of inspection is news: a reload selecting it again is not.
        if row is None or row.id == self._current:
            return
        self._current = row.id
        self.inspection_chosen.emit(row.id)
