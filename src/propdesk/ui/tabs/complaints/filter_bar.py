"""The complaint list's filter bar: state (open by default), category, overdue only,
dates received and a search text (number, unit, a phone's last four digits, a name's
start; Enter searches).

It says what is asked (`current_filter`) and when that changed (`changed`). A filter
it has no box for (an analysis figure's: a department, a place, a verdict …) is kept
as given and shown by `extra_label` until Clear.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from propdesk.domain.complaints.kinds import ComplaintCategory
from propdesk.domain.complaints.workflow import OPEN_STATES, ComplaintState
from propdesk.services.complaints.inputs import SEARCH_MAX
from propdesk.services.complaints.queries import ComplaintFilter
from propdesk.services.core.date_window import LATEST
from propdesk.ui.complaint_names import category_name, state_name
from propdesk.ui.widgets.choices import choice_combo, enum_choices
from propdesk.ui.widgets.labelled import add_labelled
from propdesk.ui.widgets.optional_date_edit import OptionalDateEdit

OPEN = "open"
ALL = "all"
# What the bar has boxes for; the rest of a filter is carried along (`_extra`).
_SHOWN = ComplaintFilter()


class ComplaintFilterBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state_combo = choice_combo(
            [
                (self.tr("Open complaints"), OPEN),
                (self.tr("All complaints"), ALL),
                *enum_choices(ComplaintState, state_name),
            ],
            "complaint_state_filter",
        )
        self.category_combo = choice_combo(
            [(self.tr("Any category"), None), *enum_choices(ComplaintCategory, category_name)],
            "complaint_category_filter",
        )
        self.overdue_check = QCheckBox(self.tr("Overdue only"))
        self.overdue_check.setObjectName("complaint_overdue_filter")
        self.from_edit = OptionalDateEdit()
        self.from_edit.setObjectName("complaint_from")
        self.to_edit = OptionalDateEdit()
        self.to_edit.setObjectName("complaint_to")
        # The days the service reads: a year 9999 typed here would only be refused.
        for edit in (self.from_edit, self.to_edit):
            edit.setMaximumDate(QDate(LATEST.year, LATEST.month, LATEST.day))
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("complaint_search")
        self.search_edit.setPlaceholderText(self.tr("Number, unit, name or phone's last 4 digits"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMaxLength(SEARCH_MAX)
        self.search_edit.setMinimumWidth(200)
        self.search_button = QPushButton(self.tr("Search"))
        self.clear_button = QPushButton(self.tr("Clear"))
        self.extra_label = QLabel()
        self.extra_label.setObjectName("complaint_filter_extra")
        self.extra_label.setText(self.tr("+ the analysis figure's condition"))
        self.extra_label.hide()
        self._extra = _SHOWN  # the conditions without a box, as last given
        # A set of states the state box cannot name (neither open, all nor one), as
        # given; kept until the box is changed.
        self._odd_states: frozenset[ComplaintState] | None = None
        self._searched_text = ""
        self._build_layout()
        self.state_combo.currentIndexChanged.connect(self._forget_odd_states)
        for combo in (self.state_combo, self.category_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self._emit)
        self.overdue_check.toggled.connect(self._emit)
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(self._emit)
        self.search_edit.returnPressed.connect(self._emit)
        self.search_edit.textChanged.connect(self._on_text_changed)
        self.search_button.clicked.connect(self._emit)
        self.clear_button.clicked.connect(self.clear)

    def _build_layout(self) -> None:
        # One row: the list below needs the height more than the bar needs the width.
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for text, widget in (
            (self.tr("State"), self.state_combo),
            (self.tr("Category"), self.category_combo),
            (self.tr("From"), self.from_edit),
            (self.tr("To"), self.to_edit),
        ):
            add_labelled(row, text, widget)
            row.addSpacing(6)
        row.addWidget(self.overdue_check)
        row.addWidget(self.search_edit, 1)
        row.addWidget(self.extra_label)
        row.addWidget(self.search_button)
        row.addWidget(self.clear_button)

    # -- what is asked -----------------------------------------------------------
    def current_filter(self) -> ComplaintFilter:
        state = self.state_combo.currentData()
        states: frozenset[ComplaintState] | None
        if state == OPEN:
            states = OPEN_STATES
        elif state == ALL:
            states = self._odd_states
        else:
            states = frozenset({ComplaintState(state)})
        category = self.category_combo.currentData()
        return replace(
            self._extra,
            states=states,
            category=ComplaintCategory(category) if category else None,
            overdue_only=self.overdue_check.isChecked(),
            date_from=self.from_edit.value(),
            date_to=self.to_edit.value(),
            text=self.search_edit.text().strip(),
        )

    def clear(self) -> None:
        """Back to the open complaints, no other condition; one `changed` at the end."""
        self.set_filter(ComplaintFilter(states=OPEN_STATES))

    def set_filter(self, wanted: ComplaintFilter) -> None:
        """Say what `wanted` asks; one `changed` at the end. A set of states the bar
        cannot name (neither open, all nor one) is kept as a condition of its own."""
        self._odd_states = None
        if wanted.states == OPEN_STATES:
            state: str = OPEN
        elif wanted.states is not None and len(wanted.states) == 1:
            state = next(iter(wanted.states)).value
        else:
            state = ALL
            self._odd_states = wanted.states
        self._extra = replace(
            wanted,
            states=None,
            category=None,
            overdue_only=False,
            date_from=None,
            date_to=None,
            text="",
        )
        self.extra_label.setVisible(self._extra != _SHOWN or self._odd_states is not None)
        widgets = self._widgets()
        for widget in widgets:
            widget.blockSignals(True)
        try:
            for combo, value in (
                (self.state_combo, state),
                (self.category_combo, wanted.category.value if wanted.category else None),
            ):
                found = combo.findData(value) if value is not None else 0
                combo.setCurrentIndex(max(found, 0))
            self.overdue_check.setChecked(wanted.overdue_only)
            self.from_edit.set_value(wanted.date_from)
            self.to_edit.set_value(wanted.date_to)
            self.search_edit.setText(wanted.text)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self._emit()

    def _widgets(self) -> list[QWidget]:
        return [
            self.state_combo,
            self.category_combo,
            self.overdue_check,
            self.from_edit,
            self.to_edit,
            self.search_edit,
        ]

    def _forget_odd_states(self) -> None:
        if self._odd_states is not None:
            self._odd_states = None
            self.extra_label.setVisible(self._extra != _SHOWN)

    def _emit(self) -> None:
        self._searched_text = self.search_edit.text().strip()
        self.changed.emit()

    def _on_text_changed(self, text: str) -> None:
        # The clear button of the search box: show everything again at once.
        if not text and self._searched_text:
            self._emit()
