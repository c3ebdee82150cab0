"""The event list's filter: the year (the archive is read by year), the state, the
kind and a search text (a number's start, part of the theme, place or organiser).
Any change searches at once; Enter in the text does too."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QPushButton, QWidget

from propdesk.domain.events.kinds import EventKind, EventState
from propdesk.services.events.events import FILTER_TEXT_MAX
from propdesk.services.events.views import EventFilter
from propdesk.ui.tabs.events.names import kind_name, state_name
from propdesk.ui.widgets.choices import choice_combo, enum_choices, refill_combo

ALL_YEARS = 0


class EventFilterBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._period: tuple[date, date] | None = None  # a link's days (a month)
        self.year_combo = choice_combo([(self.tr("All years"), ALL_YEARS)], "event_year_filter")
        self.state_combo = choice_combo(
            [(self.tr("Any state"), None), *enum_choices(EventState, state_name)],
            "event_state_filter",
        )
        self.kind_combo = choice_combo(
            [(self.tr("Any kind"), None), *enum_choices(EventKind, kind_name)],
            "event_kind_filter",
        )
        self.voided_check = QCheckBox(self.tr("Voided too"))
        self.voided_check.setObjectName("event_voided_filter")
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("event_search")
        self.search_edit.setPlaceholderText(self.tr("Number, theme, place or organiser"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMaxLength(FILTER_TEXT_MAX)
        self.search_edit.setMinimumWidth(200)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setObjectName("event_filter_clear")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.year_combo,
            self.state_combo,
            self.kind_combo,
            self.voided_check,
            self.search_edit,
            self.clear_button,
        ):
            row.addWidget(widget)
        row.addStretch(1)
        for combo in (self.year_combo, self.state_combo, self.kind_combo):
            combo.currentIndexChanged.connect(self._on_box_changed)
        self.voided_check.toggled.connect(self._on_box_changed)
        self.search_edit.returnPressed.connect(self.changed.emit)
        self.clear_button.clicked.connect(self.clear)

    def set_years(self, years: list[int]) -> None:
        """The years with events, latest first (the archive's choice)."""
        current = self.year_combo.currentData()
        self.year_combo.blockSignals(True)
        try:
            refill_combo(
                self.year_combo,
                [(self.tr("All years"), ALL_YEARS), *((str(y), y) for y in years)],
            )
            index = self.year_combo.findData(current)
            self.year_combo.setCurrentIndex(max(index, 0))
        finally:
            self.year_combo.blockSignals(False)

    def _on_box_changed(self) -> None:
        self._period = None  # a box chosen by hand replaces a link's month
        self.changed.emit()

    def current_filter(self) -> EventFilter:
        first = last = None
        if self._period is not None:
            first, last = self._period
        else:
            year = self.year_combo.currentData()
            if isinstance(year, int) and year != ALL_YEARS:
                first, last = date(year, 1, 1), date(year, 12, 31)
        state = self.state_combo.currentData()
        kind = self.kind_combo.currentData()
        return EventFilter(
            first=first,
            last=last,
            state=EventState(state) if state else None,
            kind=EventKind(kind) if kind else None,
            text=self.search_edit.text(),
            include_voided=self.voided_check.isChecked(),
        )

    def set_filter(self, wanted: EventFilter) -> None:
        """Show a link's filter (a month's events, the planned ones …) and search."""
        boxes = (self.year_combo, self.state_combo, self.kind_combo, self.voided_check)
        for box in boxes:
            box.blockSignals(True)
        try:
            self.year_combo.setCurrentIndex(0)
            self.state_combo.setCurrentIndex(
                max(self.state_combo.findData(wanted.state.value if wanted.state else None), 0)
            )
            self.kind_combo.setCurrentIndex(
                max(self.kind_combo.findData(wanted.kind.value if wanted.kind else None), 0)
            )
            self.voided_check.setChecked(wanted.include_voided)
            self.search_edit.setText(wanted.text)
            if wanted.first is not None and wanted.last is not None:
                whole_year = (wanted.first, wanted.last) == (
                    date(wanted.first.year, 1, 1),
                    date(wanted.first.year, 12, 31),
                )
                index = self.year_combo.findData(wanted.first.year) if whole_year else -1
                if index >= 0:
                    self.year_combo.setCurrentIndex(index)
                    self._period = None
                else:
                    self._period = (wanted.first, wanted.last)
            else:
                self._period = None
        finally:
            for box in boxes:
                box.blockSignals(False)
        self.changed.emit()

    def clear(self) -> None:
        self.set_filter(EventFilter())
