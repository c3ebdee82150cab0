"""The gate journal (门岗日志): every event, newest first, a page at a time; filtered by
date and kind, searched by name, plate, unit, pass or card (Enter searches).

Voided entries are shown, struck through; a supervisor or manager voids a wrong one
(Void entry…, also on right-click) with a reason. An entry something happened with
opens a safety incident in one step (Open incident…, when the incidents module is part
of the console); the chosen entry's incident number shows beside the button.

Pages follow the service's keyset (see PagedListView). Export to Excel writes the whole
filtered journal (millions of rows, if so) on a worker thread, streamed page by page,
with a progress dialog that can cancel (see ResultExport).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
)

from propdesk.domain.roles import Action, Module
from propdesk.errors import PropdeskError
from propdesk.services.core.paging import Key
from propdesk.services.gate.events import GateEventKind
from propdesk.services.gate.journal import TEXT_MAX, JournalFilter, JournalPage, JournalRow
from propdesk.services.gate.service import GateServices
from propdesk.ui.incident_names import linked_text
from propdesk.ui.tabs.gate.journal_model import JournalTableModel, kind_name, local_time
from propdesk.ui.tabs.gate.void_row import VoidControls, ask_reason
from propdesk.ui.widgets.buttons import push_button
from propdesk.ui.widgets.choices import choice_combo, enum_choices
from propdesk.ui.widgets.labelled import add_labelled
from propdesk.ui.widgets.open_incident_dialog import OpenIncidentDialog
from propdesk.ui.widgets.optional_date_edit import OptionalDateEdit
from propdesk.ui.widgets.paged_list import PagedListView
from propdesk.ui.widgets.reason_dialog import ReasonDialog
from propdesk.ui.widgets.result_export import ResultExport
from propdesk.ui.widgets.table_export import install_export_action


class JournalView(PagedListView[Key, JournalFilter, JournalRow]):
    NAME = "gate_journal"
    TABLE_NAME = "journal_table"
    PAGER_NAME = "journal"
    STRETCH_COLUMN = JournalTableModel.COL_DETAILS

    model: JournalTableModel
    _count: int | None = None  # matching events, when cheap to know

    # -- building ------------------------------------------------------------
    def _make_model(self) -> JournalTableModel:
        return JournalTableModel(self)

    def _build_actions(self) -> None:
        self.exporter = ResultExport(self._services.exports, self._actor, Module.GATE, self)
        # Right-click → Export to Excel…: the whole filtered journal, not just this page.
        self.export_action = install_export_action(
            self.view, self._actor, Module.GATE, self.export_all
        )
        # Right-click → Void… and the button beside the filters (supervisors, managers).
        self.void_controls = VoidControls.install(
            self._actor, self.view, self.tr("Void entry…"), self.void_selected
        )
        if self.void_controls is not None:
            self._filter_row.addWidget(self.void_controls.button)
        # A safety incident from the chosen entry, when the incidents module is here.
        incidents = self._services.module(GateServices).incidents
        self.may_open_incidents = incidents.can_open and self._actor.may(
            Module.INCIDENTS, Action.CREATE
        )
        self.incident_label = QLabel()
        self.incident_label.setObjectName("journal_incident")
        self.incident_button = push_button(
            self.tr("Open incident…"), self.open_incident, "journal_open_incident"
        )
        self.incident_button.setVisible(self.may_open_incidents)
        self._filter_row.addWidget(self.incident_label)
        self._filter_row.addWidget(self.incident_button)
        self.view.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.model.modelReset.connect(self._on_current_changed)
        self._on_current_changed()

    def _build_filters(self) -> QHBoxLayout:
        self.from_edit = OptionalDateEdit()
        self.from_edit.setObjectName("journal_from")
        self.to_edit = OptionalDateEdit()
        self.to_edit.setObjectName("journal_to")
        self.kind_combo = choice_combo(
            [(self.tr("All kinds"), None), *enum_choices(GateEventKind, kind_name)], "journal_kind"
        )
        self.kind_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("journal_search")
        self.search_edit.setPlaceholderText(self.tr("Name, plate, unit, pass or card"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMaxLength(TEXT_MAX)
        self.search_edit.setMinimumWidth(220)
        self.search_edit.returnPressed.connect(self.search)
        self.search_edit.textChanged.connect(self._on_text_changed)
        self.search_button = QPushButton(self.tr("Search"))
        self.search_button.clicked.connect(self.search)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.clicked.connect(self.clear_filters)
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(self.search)
        self.kind_combo.currentIndexChanged.connect(self.search)
        row = QHBoxLayout()
        for text, widget in (
            (self.tr("From"), self.from_edit),
            (self.tr("To"), self.to_edit),
            (self.tr("Kind"), self.kind_combo),
        ):
            add_labelled(row, text, widget)
            row.addSpacing(8)
        row.addWidget(self.search_edit, 1)
        row.addWidget(self.search_button)
        row.addWidget(self.clear_button)
        self._filter_row = row  # the Void button joins it, for the roles that may void
        return row

    # -- filters -------------------------------------------------------------
    def current_filter(self) -> JournalFilter:
        """What the filter bar says now (a search uses it once Enter is pressed)."""
        kind = self.kind_combo.currentData()
        return JournalFilter(
            date_from=self.from_edit.value(),
            date_to=self.to_edit.value(),
            kinds=frozenset({GateEventKind(kind)}) if kind else None,
            text=self.search_edit.text().strip(),
            include_voided=True,  # shown struck through: the journal hides no correction
        )

    def clear_filters(self) -> None:
        self.show_days(None, None)

    def show_days(self, date_from: date | None, date_to: date | None) -> None:
        """Every event of these days (both inclusive; None leaves that end open), no
        other condition: the filter bar says so, and its newest page is read once."""
        widgets = (self.from_edit, self.to_edit, self.kind_combo, self.search_edit)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.from_edit.set_value(date_from)
            self.to_edit.set_value(date_to)
            self.kind_combo.setCurrentIndex(0)
            self.search_edit.clear()
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self.search()

    def _on_text_changed(self, text: str) -> None:
        if not text and self._filter.text:  # the clear button: show everything again
            self.search()

    # -- pages ---------------------------------------------------------------
    def _read_page(self, start: Key | None, anew: bool) -> JournalPage:
        journal = self._services.module(GateServices).journal
        if anew:
            self._count = journal.count(self._actor, self._filter)
        return journal.page(self._actor, self._filter, start, self.page_size)

    def _page_text(self, first: int, shown: int) -> str:
        if not shown:
            return self.tr("No entries")
        if self._count is not None:
            return self.tr("Rows {first}–{last} of {total}").format(
                first=first, last=first + shown - 1, total=self._count
            )
        return self.tr("Rows {first}–{last}").format(first=first, last=first + shown - 1)

    # -- voiding ------------------------------------------------------------
    def selected_row(self) -> JournalRow | None:
        return self.model.row_at(self.view.currentIndex().row())

    def _on_current_changed(self) -> None:
        row = self.selected_row()
        if self.void_controls is not None:
            self.void_controls.enable(row is not None and not row.voided)
        linked = None
        if row is not None:
            incidents = self._services.module(GateServices).incidents
            try:
                linked = incidents.linked(self._actor, [row.id]).get(str(row.id))
            except PropdeskError:
                linked = None  # the number is a convenience; the journal still works
        self.incident_label.setText(
            self.tr("Incident {number}").format(number=linked_text(linked)) if linked else ""
        )
        self.incident_button.setEnabled(row is not None and not row.voided and linked is None)

    def open_incident(self) -> OpenIncidentDialog | None:
        """A safety incident from the chosen entry: its time and place, what the guard
        says happened (the entry's kind and details to start from). The dialog, or
        None (no entry chosen, voided, already has one, or no right)."""
        row = self.selected_row()
        if row is None or row.voided or not self.may_open_incidents:
            return None
        incidents, actor, event_id = (
            self._services.module(GateServices).incidents,
            self._actor,
            row.id,
        )
        details = self.model.columns()[JournalTableModel.COL_DETAILS].text(row)
        summary = f"{kind_name(row.kind)} {local_time(row)} {details}".strip()
        dialog = OpenIncidentDialog(
            self.tr("From the gate entry: {entry}").format(entry=summary),
            summary,
            lambda kind, title, what: incidents.open_from_entry(actor, event_id, kind, title, what),
            self,
        )
        dialog.accepted.connect(self._on_current_changed)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def void_selected(self) -> ReasonDialog | None:
        """Ask why the chosen entry is wrong; OK voids it and reads the page again. The
        dialog asking, or None (no entry chosen, voided already, or no right)."""
        row = self.selected_row()
        if row is None or row.voided or self.void_controls is None:
            return None
        voiding = self._services.module(GateServices).voiding
        actor, event_id = self._actor, row.id
        title = self.tr("Void gate entry: {kind}, {time}").format(
            kind=kind_name(row.kind), time=local_time(row)
        )
        return ask_reason(
            self, title, lambda reason: voiding.void_event(actor, event_id, reason), self.refresh
        )

    # -- export --------------------------------------------------------------
    def export_all(self, path: Path | None = None) -> bool:
        """Write every event the filter finds to an Excel file (asks where unless given);
        False when cancelled before starting or an export is already running."""
        flt, actor, journal = self._filter, self._actor, self._services.module(GateServices).journal
        return self.exporter.start(
            self.model.columns(),
            lambda: journal.iter_rows(actor, flt),
            self.tr("Gate journal"),
            self.tr("Exporting the gate journal…"),
            self.tr("Exporting the gate journal: {n} rows…"),
            path,
            count=lambda: journal.count(actor, flt),
        )

    def wait_until_done(self, ms: int = 120_000) -> bool:
        """For tests and for closing: until the export has finished."""
        return self.exporter.wait_until_done(ms)
