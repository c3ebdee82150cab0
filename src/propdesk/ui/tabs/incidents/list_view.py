"""The incidents (安全事件) a page at a time, newest first: filtered by what is shown
(all, open, with a follow-up overdue, closed), kind, days and a word of the number,
the title or the place (Enter searches). Voided ones are shown greyed and marked."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit

from propdesk.domain.incidents.kinds import IncidentKind
from propdesk.services.core.paging import Key, Page
from propdesk.services.incidents.service import IncidentServices
from propdesk.services.incidents.views import IncidentFilter, IncidentInfo, IncidentShow
from propdesk.ui.incident_names import kind_name
from propdesk.ui.tabs.incidents.models import IncidentListModel
from propdesk.ui.widgets.buttons import push_button
from propdesk.ui.widgets.choices import choice_combo, enum_choices
from propdesk.ui.widgets.labelled import add_labelled
from propdesk.ui.widgets.optional_date_edit import OptionalDateEdit
from propdesk.ui.widgets.paged_list import PagedListView

TEXT_MAX = 40


class IncidentListView(PagedListView[Key, IncidentFilter, IncidentInfo]):
    NAME = "incident_list"
    TABLE_NAME = "incident_table"
    PAGER_NAME = "incidents"
    STRETCH_COLUMN = IncidentListModel.COL_TITLE

    model: IncidentListModel
    _count: int = 0

    def _make_model(self) -> IncidentListModel:
        return IncidentListModel(self)

    def _build_filters(self) -> QHBoxLayout:
        self.show_combo = choice_combo(
            [
                (self.tr("All"), IncidentShow.ALL.value),
                (self.tr("Open"), IncidentShow.OPEN.value),
                (self.tr("Follow-up overdue"), IncidentShow.OVERDUE.value),
                (self.tr("Closed"), IncidentShow.CLOSED.value),
            ],
            "incident_show",
        )
        self.kind_combo = choice_combo(
            [(self.tr("All kinds"), None), *enum_choices(IncidentKind, kind_name)], "incident_kind"
        )
        self.kind_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.from_edit = OptionalDateEdit()
        self.from_edit.setObjectName("incident_from")
        self.to_edit = OptionalDateEdit()
        self.to_edit.setObjectName("incident_to")
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("incident_search")
        self.search_edit.setPlaceholderText(self.tr("Number, title or place"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMaxLength(TEXT_MAX)
        self.search_edit.returnPressed.connect(self.search)
        for combo in (self.show_combo, self.kind_combo):
            combo.currentIndexChanged.connect(self.search)
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(self.search)
        row = QHBoxLayout()
        for text, widget in (
            (self.tr("Show"), self.show_combo),
            (self.tr("Kind"), self.kind_combo),
            (self.tr("From"), self.from_edit),
            (self.tr("To"), self.to_edit),
        ):
            add_labelled(row, text, widget)
            row.addSpacing(6)
        row.addWidget(self.search_edit, 1)
        row.addWidget(push_button(self.tr("Search"), self.search, "incident_search_button"))
        return row

    def current_filter(self) -> IncidentFilter:
        kind = self.kind_combo.currentData()
        return IncidentFilter(
            show=IncidentShow(self.show_combo.currentData()),
            kind=IncidentKind(kind) if kind else None,
            first=self.from_edit.value(),
            last=self.to_edit.value(),
            text=self.search_edit.text().strip(),
        )

    def set_filter(self, flt: IncidentFilter) -> None:
        """Show what `flt` says (a dashboard link): the bar says so, one read."""
        widgets = (self.show_combo, self.kind_combo, self.from_edit, self.to_edit, self.search_edit)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.show_combo.setCurrentIndex(self.show_combo.findData(flt.show.value))
            kind = flt.kind.value if flt.kind is not None else None
            self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(kind), 0))
            self.from_edit.set_value(flt.first)
            self.to_edit.set_value(flt.last)
            self.search_edit.setText(flt.text)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self.search()

    def _read_page(self, start: Key | None, anew: bool) -> Page[IncidentInfo]:
        incidents = self._services.module(IncidentServices).incidents
        if anew:
            self._count = incidents.count(self._actor, self._filter)
        return incidents.page(self._actor, self._filter, start, self.page_size)

    def _page_text(self, first: int, shown: int) -> str:
        if not shown:
            return self.tr("No incidents")
        return self.tr("Rows {first}–{last} of {total}").format(
            first=first, last=first + shown - 1, total=self._count
        )
