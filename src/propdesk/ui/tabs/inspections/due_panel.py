"""The Due page of the inspections tab: every live template × area, overdue first,
with how many are overdue and due now above it, and "Overdue only" to see the
debts alone.

Enter or a double click on a line opens the inspection form for that checklist and
area (for roles that may record one); after a save the list is read again, and the
line just done moves down among the done ones.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from propdesk.domain.inspections.due import DueStatus
from propdesk.domain.roles import Action, Module
from propdesk.errors import PropdeskError
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.inspections.due import DueRow, counts_of
from propdesk.services.inspections.service import InspectionServices
from propdesk.ui.dialogs import show_error
from propdesk.ui.tabs.inspections.due_model import DueTableModel
from propdesk.ui.tabs.inspections.inspection_entry import InspectionEntryDialog
from propdesk.ui.widgets.one_form import OneFormAtATime
from propdesk.ui.widgets.record_table import record_table


class DuePanel(QWidget):
    # An inspection recorded from this page (its InspectionDetail).
    recorded = Signal(object)

    def __init__(
        self,
        doors: InspectionServices,
        actor: Actor,
        services: Services,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("due_panel")
        self._doors = doors
        self._actor = actor
        self._services = services
        self.may_record = actor.may(Module.INSPECTIONS, Action.CREATE)
        self.forms = OneFormAtATime(self, self.view_focus)
        self._all: list[DueRow] = []

        self.overdue_check = QCheckBox(self.tr("&Overdue only"))
        self.overdue_check.setObjectName("due_overdue_only")
        self.overdue_check.toggled.connect(lambda _on: self._show_rows())
        self.counts_label = QLabel()
        self.counts_label.setObjectName("due_counts")
        self.hint_label = QLabel(
            self.tr("Enter or a double click: record this inspection") if self.may_record else ""
        )
        self.hint_label.setEnabled(False)  # greyed: a hint, not data
        top = QHBoxLayout()
        top.addWidget(self.overdue_check)
        top.addSpacing(12)
        top.addWidget(self.counts_label)
        top.addStretch(1)
        top.addWidget(self.hint_label)

        self.model = DueTableModel(self)
        self.view = record_table(self.model, "due_view", stretch=[DueTableModel.COL_AREA])
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.set_empty_text(self.tr("Nothing is due: no live checklist yet"))
        self.view.doubleClicked.connect(lambda _index: self.record_selected())
        keys: list[tuple[Qt.Key, Callable[[], object]]] = [
            (Qt.Key.Key_Return, self.record_selected),
            (Qt.Key.Key_Enter, self.record_selected),
        ]
        for key, act in keys:
            shortcut = QShortcut(QKeySequence(key), self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(act)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.refresh()

    # -- reading ---------------------------------------------------------------------
    def refresh(self) -> None:
        """Read what is owed today again; the chosen line stays chosen."""
        try:
            self._all = self._doors.due.rows(self._actor)
        except PropdeskError as exc:
            show_error(self, exc)
            return
        counts = counts_of(self._all)
        self.counts_label.setText(
            self.tr("{overdue} overdue · {due} owed now").format(
                overdue=counts.overdue, due=counts.due_today
            )
        )
        self._show_rows()

    def set_overdue_only(self, on: bool) -> None:
        self.overdue_check.setChecked(on)

    def _show_rows(self) -> None:
        keep = self.current_row()
        rows = self._all
        if self.overdue_check.isChecked():
            rows = [r for r in rows if r.state.status is DueStatus.OVERDUE]
        self.model.set_rows(rows)
        if keep is not None:
            self.select(keep.series_id, keep.area)

    def rows(self) -> list[DueRow]:
        return self.model.rows()

    def current_row(self) -> DueRow | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select(self, series_id: object, area: str) -> bool:
        for number, row in enumerate(self.model.rows()):
            if row.series_id == series_id and row.area == area:
                self.view.setCurrentIndex(self.model.index(number, 0))
                self.view.selectRow(number)
                return True
        return False

    def view_focus(self) -> None:
        self.view.setFocus()

    # -- recording -------------------------------------------------------------------
    def record_selected(self) -> InspectionEntryDialog | None:
        """The inspection form for the chosen checklist and area."""
        row = self.current_row()
        if row is None or not self.may_record:
            return None

        def make() -> InspectionEntryDialog:
            # The newest version: what a new inspection is made with.
            template = self._doors.templates.version(self._actor, row.template_id)
            dialog = InspectionEntryDialog(
                self._doors, self._actor, self._services, template, row.area, self
            )
            dialog.saved.connect(self._on_saved)
            return dialog

        return self.forms.open(make, lambda _dialog: None)

    def _on_saved(self, detail: object) -> None:
        self.refresh()
        self.recorded.emit(detail)
