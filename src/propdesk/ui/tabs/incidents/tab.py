"""The safety incidents tab (安全事件): the list with its filters on the left, the chosen
incident's facts and follow-up actions on the right, and the buttons a role may use:
New incident (F2), Edit…, Add follow-up…, Follow-up done…, Close…, Void…, Print…
(the incident report, 事件报告, with print preview) and Export (the filtered list).

Forms open one at a time without blocking; after each the list and the detail are
read again. Buttons a role may not use are not shown: guards record (F2) and read.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QVBoxLayout, QWidget

from propdesk.domain.roles import Action, Module
from propdesk.errors import PropdeskError
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.incidents.service import IncidentServices
from propdesk.services.incidents.views import IncidentFilter, IncidentInfo
from propdesk.ui.dialogs import show_error
from propdesk.ui.tabs.incidents.action_forms import ActionForm, CloseForm, DoneForm
from propdesk.ui.tabs.incidents.detail_panel import IncidentDetail
from propdesk.ui.tabs.incidents.incident_form import IncidentForm
from propdesk.ui.tabs.incidents.list_view import IncidentListView
from propdesk.ui.tabs.incidents.printing import report_preview
from propdesk.ui.widgets.buttons import push_button
from propdesk.ui.widgets.form_dialog import FormDialog
from propdesk.ui.widgets.module_tab import ModuleTab
from propdesk.ui.widgets.one_form import OneFormAtATime
from propdesk.ui.widgets.reason_dialog import ReasonDialog
from propdesk.ui.widgets.result_export import ResultExport
from propdesk.ui.widgets.slip_printing import SlipPreviewDialog

FormT = TypeVar("FormT", bound=FormDialog)


class IncidentsTab(ModuleTab):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(services, actor, parent)
        self.setObjectName("incidents_tab")
        self.doors = services.module(IncidentServices)
        self.actor = actor
        self.list = IncidentListView(services, actor, self)
        self.detail = IncidentDetail(self)
        self.forms = OneFormAtATime(self, self.list.view.setFocus)
        self.exporter = ResultExport(services.exports, actor, Module.INCIDENTS, self)

        may = actor.may
        self.new_button = push_button(
            self.tr("New incident (F2)"), self.new_incident, "new_incident"
        )
        self.edit_button = push_button(self.tr("Edit…"), self.edit_incident, "edit_incident")
        self.action_button = push_button(
            self.tr("Add follow-up…"), self.add_action, "add_incident_action"
        )
        self.done_button = push_button(
            self.tr("Follow-up done…"), self.complete_action, "complete_incident_action"
        )
        self.close_button = push_button(self.tr("Close…"), self.close_incident, "close_incident")
        self.void_button = push_button(self.tr("Void…"), self.void_incident, "void_incident")
        self.print_button = push_button(self.tr("Print…"), self.print_report, "print_incident")
        self.export_button = push_button(self.tr("Export…"), self.export, "export_incidents")
        self.new_button.setVisible(may(Module.INCIDENTS, Action.CREATE))
        for button in (self.edit_button, self.action_button, self.done_button, self.close_button):
            button.setVisible(may(Module.INCIDENTS, Action.UPDATE))
        self.void_button.setVisible(may(Module.INCIDENTS, Action.VOID))
        self.export_button.setVisible(may(Module.INCIDENTS, Action.EXPORT))
        shortcut = QShortcut(QKeySequence(Qt.Key.Key_F2), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.new_incident)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([780, 520])  # the detail wide enough to read an account
        buttons = QHBoxLayout()
        for button in (
            self.new_button,
            self.edit_button,
            self.action_button,
            self.done_button,
            self.close_button,
            self.void_button,
            self.print_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)

        self.list.view.selectionModel().currentRowChanged.connect(lambda *_: self._on_chosen())
        self.list.model.modelReset.connect(self._on_chosen)
        self.detail.actions_view.selectionModel().currentRowChanged.connect(
            lambda *_: self._enable()
        )
        self._on_chosen()

    # -- reading -----------------------------------------------------------------------
    def chosen(self) -> IncidentInfo | None:
        return self.detail.info

    def _on_chosen(self) -> None:
        row = self.list.model.row_at(self.list.view.currentIndex().row())
        info = None
        if row is not None:
            try:
                info = self.doors.incidents.detail(self.actor, row.id)
            except PropdeskError as exc:
                show_error(self, exc)
        self.detail.show_incident(info)
        self._enable()

    def _enable(self) -> None:
        info = self.chosen()
        live = info is not None and info.open
        self.edit_button.setEnabled(live)
        self.action_button.setEnabled(live)
        action = self.detail.selected_action()
        self.done_button.setEnabled(live and action is not None and action.done_at is None)
        self.close_button.setEnabled(live)
        self.void_button.setEnabled(info is not None and not info.voided)
        self.print_button.setEnabled(info is not None)

    def refresh(self) -> None:
        """Read the list again; the chosen incident stays chosen when still listed."""
        chosen = self.chosen()
        self.list.refresh()
        if chosen is not None:
            self.select(chosen.id)

    def select(self, incident_id: uuid.UUID) -> bool:
        found = self.list.model.row_of(incident_id)
        if found >= 0:
            self.list.view.selectRow(found)
        return found >= 0

    # -- what links show ---------------------------------------------------------------
    def show_list(self, flt: IncidentFilter) -> None:
        self.list.set_filter(flt)

    def show_incident(self, incident_id: uuid.UUID) -> bool:
        """The incident chosen in the list of every incident of its day."""
        try:
            info = self.doors.incidents.detail(self.actor, incident_id)
        except PropdeskError as exc:
            show_error(self, exc)
            return False
        day = info.occurred_at.astimezone().date()
        self.list.set_filter(IncidentFilter(first=day, last=day))
        return self.select(incident_id)

    # -- actions -----------------------------------------------------------------------
    def _open(self, make: Callable[[], FormT]) -> FormT | None:
        return self.forms.open(make, self._saved)

    def _saved(self, form: FormDialog) -> None:
        saved = getattr(form, "saved", None)
        self.list.refresh()
        if isinstance(saved, IncidentInfo):
            self.select(saved.id)

    def new_incident(self) -> IncidentForm | None:
        if not self.actor.may(Module.INCIDENTS, Action.CREATE):
            return None
        return self._open(lambda: IncidentForm(self.doors.incidents, self.actor, self))

    def edit_incident(self) -> IncidentForm | None:
        info = self.chosen()
        if info is None or not info.open or not self.edit_button.isVisible():
            return None
        return self._open(lambda: IncidentForm(self.doors.incidents, self.actor, self, info))

    def add_action(self) -> ActionForm | None:
        info = self.chosen()
        if info is None or not info.open or not self.action_button.isVisible():
            return None
        return self._open(lambda: ActionForm(self.doors.incidents, self.actor, info, self))

    def complete_action(self) -> DoneForm | None:
        action = self.detail.selected_action()
        if action is None or action.done_at is not None or not self.done_button.isVisible():
            return None
        return self._open(lambda: DoneForm(self.doors.incidents, self.actor, action, self))

    def close_incident(self) -> CloseForm | None:
        info = self.chosen()
        if info is None or not info.open or not self.close_button.isVisible():
            return None
        return self._open(lambda: CloseForm(self.doors.incidents, self.actor, info, self))

    def void_incident(self) -> ReasonDialog | None:
        info = self.chosen()
        if info is None or info.voided or not self.void_button.isVisible():
            return None
        incidents, actor, incident_id = self.doors.incidents, self.actor, info.id
        dialog = ReasonDialog(
            self.tr("Void incident {number}").format(number=info.number),
            self.tr("Reason"),
            lambda reason: incidents.void(actor, incident_id, reason),
            self,
        )
        dialog.setObjectName("void_incident_dialog")
        dialog.set_intro(
            self.tr(
                "The incident stays on file, marked void, and is left out of every count. "
                "Your name, the time and the reason are kept with it."
            )
        )
        dialog.accepted.connect(self.refresh)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def report_preview(self) -> SlipPreviewDialog | None:
        info = self.chosen()
        if info is None:
            return None
        try:
            return report_preview(self, self.doors, self.actor, info.id, info.number)
        except PropdeskError as exc:
            show_error(self, exc)
            return None

    def print_report(self) -> None:
        dialog = self.report_preview()
        if dialog is not None:
            dialog.exec()

    def export(self, path: Path | None = None) -> bool:
        """Every incident the filter finds to an Excel file (asks where unless given)."""
        incidents, actor, flt = self.doors.incidents, self.actor, self.list.current_filter()

        def rows() -> list[IncidentInfo]:
            found: list[IncidentInfo] = []
            before = None
            while True:
                page = incidents.page(actor, flt, before, 500)
                found += page.rows
                if page.next_before is None:
                    return found
                before = page.next_before

        return self.exporter.start(
            self.list.model.columns(),
            rows,
            self.tr("Safety incidents"),
            self.tr("Exporting incidents…"),
            self.tr("Exporting incidents: {n} rows…"),
            path,
        )
