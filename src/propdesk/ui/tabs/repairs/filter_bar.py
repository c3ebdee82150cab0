"""The ticket list's filter bar: state (open by default), priority, category,
technician (a technician's own tickets first and by default), overdue / stale only,
report dates and a search text (ticket number, unit, reporter's name or phone; Enter
searches).

It only says what is asked (`current_filter`) and when that changed (`changed`); the
list decides how to read it.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from propdesk.domain.repairs.kinds import RepairCategory, RepairPriority
from propdesk.domain.repairs.workflow import OPEN_STATES, RepairState
from propdesk.services.core.date_window import LATEST
from propdesk.services.master_data.staff import StaffInfo
from propdesk.services.repairs.inputs import SEARCH_MAX
from propdesk.services.repairs.queries import TicketFilter
from propdesk.ui.tabs.repairs.names import category_name, priority_name, state_name
from propdesk.ui.widgets.choices import choice_combo, enum_choices
from propdesk.ui.widgets.labelled import add_labelled
from propdesk.ui.widgets.optional_date_edit import OptionalDateEdit

OPEN = "open"
ALL = "all"


class TicketFilterBar(QWidget):
    changed = Signal()

    def __init__(
        self,
        technicians: list[StaffInfo],
        mine: StaffInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`mine`: the technician using the console; their tickets are offered first in
        the technician box ("My tickets") and shown from the start."""
        super().__init__(parent)
        self.state_combo = choice_combo(
            [
                (self.tr("Open tickets"), OPEN),
                (self.tr("All tickets"), ALL),
                *enum_choices(RepairState, state_name),
            ],
            "repair_state_filter",
        )
        self.priority_combo = choice_combo(
            [(self.tr("Any priority"), None), *enum_choices(RepairPriority, priority_name)],
            "repair_priority_filter",
        )
        self.category_combo = choice_combo(
            [(self.tr("Any category"), None), *enum_choices(RepairCategory, category_name)],
            "repair_category_filter",
        )
        own = (
            [(self.tr("My tickets ({name})").format(name=mine.name), str(mine.id))] if mine else []
        )
        others = ((p.name, str(p.id)) for p in technicians if mine is None or p.id != mine.id)
        self.technician_combo = choice_combo(
            [(self.tr("Any technician"), None), *own, *others], "repair_technician_filter"
        )
        if own:
            self.technician_combo.setCurrentIndex(1)  # before any signal is connected
        self.overdue_check = QCheckBox(self.tr("Overdue only"))
        self.overdue_check.setObjectName("repair_overdue_filter")
        self.stale_check = QCheckBox(self.tr("Stale only"))
        self.stale_check.setObjectName("repair_stale_filter")
        self.from_edit = OptionalDateEdit()
        self.from_edit.setObjectName("repair_from")
        self.to_edit = OptionalDateEdit()
        self.to_edit.setObjectName("repair_to")
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("repair_search")
        self.search_edit.setPlaceholderText(self.tr("Ticket number, unit, name or phone"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMaxLength(SEARCH_MAX)
        # The days the service reads: a year 9999 typed here would only be refused.
        for edit in (self.from_edit, self.to_edit):
            edit.setMaximumDate(QDate(LATEST.year, LATEST.month, LATEST.day))
        self.search_edit.setMinimumWidth(200)
        self.search_button = QPushButton(self.tr("Search"))
        self.clear_button = QPushButton(self.tr("Clear"))
        self._searched_text = ""
        self._build_layout()
        for combo in (
            self.state_combo,
            self.priority_combo,
            self.category_combo,
            self.technician_combo,
        ):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self._emit)
        for check in (self.overdue_check, self.stale_check):
            check.toggled.connect(self._emit)
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(self._emit)
        self.search_edit.returnPressed.connect(self._emit)
        self.search_edit.textChanged.connect(self._on_text_changed)
        self.search_button.clicked.connect(self._emit)
        self.clear_button.clicked.connect(self.clear)

    def _build_layout(self) -> None:
        # Two rows rather than one long one: the window may be only 1100 px wide.
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        first, second = QHBoxLayout(), QHBoxLayout()
        for row, text, widget in (
            (first, self.tr("State"), self.state_combo),
            (first, self.tr("Priority"), self.priority_combo),
            (first, self.tr("Category"), self.category_combo),
            (first, self.tr("Technician"), self.technician_combo),
            (second, self.tr("From"), self.from_edit),
            (second, self.tr("To"), self.to_edit),
        ):
            add_labelled(row, text, widget)
            row.addSpacing(6)
        first.addStretch(1)
        second.addWidget(self.search_edit, 1)
        for button in (self.overdue_check, self.stale_check, self.search_button, self.clear_button):
            second.addWidget(button)
        column.addLayout(first)
        column.addLayout(second)

    # -- what is asked -----------------------------------------------------------
    def current_filter(self) -> TicketFilter:
        state = self.state_combo.currentData()
        states: frozenset[RepairState] | None
        if state == OPEN:
            states = OPEN_STATES
        elif state == ALL:
            states = None
        else:
            states = frozenset({RepairState(state)})
        priority = self.priority_combo.currentData()
        category = self.category_combo.currentData()
        technician = self.technician_combo.currentData()
        return TicketFilter(
            states=states,
            priority=RepairPriority(priority) if priority else None,
            category=RepairCategory(category) if category else None,
            technician_id=uuid.UUID(technician) if technician else None,
            overdue_only=self.overdue_check.isChecked(),
            stale_only=self.stale_check.isChecked(),
            date_from=self.from_edit.value(),
            date_to=self.to_edit.value(),
            text=self.search_edit.text().strip(),
        )

    def clear(self) -> None:
        """Back to the open tickets, no other condition; one `changed` at the end."""
        self.set_filter(TicketFilter(states=OPEN_STATES))

    def set_filter(self, wanted: TicketFilter) -> None:
        """Say what `wanted` asks; one `changed` at the end. The bar offers the open
        tickets, all of them or one state (ValueError for another set of states); a
        technician it does not list is left at "any technician"."""
        if wanted.states == OPEN_STATES:
            state: str = OPEN
        elif wanted.states is None:
            state = ALL
        elif len(wanted.states) == 1:
            state = next(iter(wanted.states)).value
        else:
            raise ValueError(f"the filter bar cannot show the states {sorted(wanted.states)}")
        technician = str(wanted.technician_id) if wanted.technician_id else None
        widgets = self._widgets()
        for widget in widgets:
            widget.blockSignals(True)
        try:
            for combo, value in (
                (self.state_combo, state),
                (self.priority_combo, wanted.priority.value if wanted.priority else None),
                (self.category_combo, wanted.category.value if wanted.category else None),
                (self.technician_combo, technician),
            ):
                found = combo.findData(value) if value is not None else 0
                combo.setCurrentIndex(max(found, 0))
            self.overdue_check.setChecked(wanted.overdue_only)
            self.stale_check.setChecked(wanted.stale_only)
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
            self.priority_combo,
            self.category_combo,
            self.technician_combo,
            self.overdue_check,
            self.stale_check,
            self.from_edit,
            self.to_edit,
            self.search_edit,
        ]

    def _emit(self) -> None:
        self._searched_text = self.search_edit.text().strip()
        self.changed.emit()

    def _on_text_changed(self, text: str) -> None:
        # The clear button of the search box: show everything again at once.
        if not text and self._searched_text:
            self._emit()
