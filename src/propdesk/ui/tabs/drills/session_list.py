"""The sessions held, newest first, a page at a time: a filter bar (the days, drills or
trainings, the topic, a search on the number's start, the title or the organiser),
the list and the paging bar. Choosing a row announces it (`session_chosen`)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import QDate, QItemSelection, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from propdesk.domain.drills.kinds import SessionKind, Topic
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.core.date_window import EARLIEST, LATEST
from propdesk.services.core.paging import Key, Page
from propdesk.services.drills.service import DrillServices
from propdesk.services.drills.views import SessionFilter, SessionRow
from propdesk.ui.tabs.drills.names import kind_name, topic_name
from propdesk.ui.tabs.drills.session_model import SessionModel
from propdesk.ui.widgets.choices import choice_combo, enum_choices
from propdesk.ui.widgets.labelled import add_labelled
from propdesk.ui.widgets.optional_date_edit import OptionalDateEdit
from propdesk.ui.widgets.paged_list import PAGE_SIZE, PagedListView
from propdesk.ui.widgets.search_edit import search_edit

SEARCH_MAX = 40  # as the service reads it


class SessionListPanel(PagedListView[Key, SessionFilter, SessionRow]):
    NAME = "drill_session_list"
    TABLE_NAME = "drill_sessions"
    PAGER_NAME = "drill_session"
    STRETCH_COLUMN = SessionModel.COL_TITLE

    session_chosen = Signal(object)  # the chosen session's id (uuid.UUID)

    model: SessionModel
    _current: uuid.UUID | None = None

    def __init__(
        self,
        doors: DrillServices,
        actor: Actor,
        services: Services,
        parent: QWidget | None = None,
        page_size: int = PAGE_SIZE,
    ) -> None:
        self._doors = doors  # before the base reads the first page
        super().__init__(services, actor, parent, page_size)

    def _build_filters(self) -> QHBoxLayout:
        self.from_edit = OptionalDateEdit()
        self.from_edit.setObjectName("drill_from")
        self.to_edit = OptionalDateEdit()
        self.to_edit.setObjectName("drill_to")
        for edit in (self.from_edit, self.to_edit):
            edit.setMaximumDate(QDate(LATEST.year, LATEST.month, LATEST.day))
            edit.dateChanged.connect(lambda _day: self.search())
        self.kind_combo = choice_combo(
            [(self.tr("Drills and trainings"), None), *enum_choices(SessionKind, kind_name)],
            "drill_kind_filter",
        )
        self.kind_combo.currentIndexChanged.connect(lambda _index: self.search())
        self.topic_combo = choice_combo(
            [(self.tr("Any topic"), None), *enum_choices(Topic, topic_name)], "drill_topic_filter"
        )
        self.topic_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.topic_combo.currentIndexChanged.connect(lambda _index: self.search())
        self.search_edit = search_edit(
            "drill_search",
            self.tr("Number, title or organiser; Enter searches"),
            SEARCH_MAX,
            self.search,
        )
        row = QHBoxLayout()
        for text, widget in (
            (self.tr("From"), self.from_edit),
            (self.tr("To"), self.to_edit),
            (self.tr("Kind"), self.kind_combo),
            (self.tr("Topic"), self.topic_combo),
        ):
            add_labelled(row, text, widget)
            row.addSpacing(6)
        row.addWidget(self.search_edit, 1)
        return row

    def _make_model(self) -> SessionModel:
        return SessionModel(self)

    def _build_actions(self) -> None:
        self.view.selectionModel().selectionChanged.connect(self._on_selection)

    def current_filter(self) -> SessionFilter:
        first, last = self.from_edit.value(), self.to_edit.value()
        if first is not None or last is not None:
            first, last = first or EARLIEST, last or LATEST
        kind = self.kind_combo.currentData()
        topic = self.topic_combo.currentData()
        return SessionFilter(
            first,
            last,
            SessionKind(kind) if kind else None,
            Topic(topic) if topic else None,
            self.search_edit.text().strip(),
        )

    def show_filter(self, wanted: SessionFilter) -> None:
        widgets = (
            self.from_edit,
            self.to_edit,
            self.kind_combo,
            self.topic_combo,
            self.search_edit,
        )
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.from_edit.set_value(wanted.first)
            self.to_edit.set_value(wanted.last)
            kind = wanted.kind.value if wanted.kind is not None else None
            self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(kind), 0))
            topic = wanted.topic.value if wanted.topic is not None else None
            self.topic_combo.setCurrentIndex(max(self.topic_combo.findData(topic), 0))
            self.search_edit.setText(wanted.text)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self.search()

    def _read_page(self, start: Key | None, anew: bool) -> Page[SessionRow]:
        del anew
        return self._doors.sessions.rows(
            self._actor, self._filter, before=start, limit=self.page_size
        )

    def _show_rows(self, rows: Sequence[SessionRow]) -> None:
        keep = self._current
        self.model.set_rows(rows)
        if keep is not None:
            self.select_session(keep)

    def _page_text(self, first: int, shown: int) -> str:
        if shown:
            return self.tr("Sessions {first}–{last}").format(first=first, last=first + shown - 1)
        return self.tr("No sessions")

    def select_session(self, session_id: uuid.UUID) -> bool:
        self._current = session_id
        for index, row in enumerate(self.model.rows()):
            if row.id == session_id:
                self.view.selectRow(index)
                return True
        self.view.clearSelection()
        return False

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.view.selectionModel().selectedRows()
        row = self.model.row_at(rows[0].row()) if rows else None
        if row is None or row.id == self._current:
            return
        self._current = row.id
        self.session_chosen.emit(row.id)
