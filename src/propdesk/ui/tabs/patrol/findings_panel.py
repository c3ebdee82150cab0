"""Open findings (巡逻发现): what guards found at checkpoints that nobody has dealt
with yet, oldest first, and the buttons that carry one on — who was told, a repair
ticket or a safety incident opened for it, how it was dealt with — or show the round
it was found on.

Forms open without blocking, one at a time; after each the list is read again.
Buttons a role may not use are not shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from propdesk.domain.roles import Action, Module
from propdesk.errors import PropdeskError
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.patrol.findings import FindingRow
from propdesk.services.patrol.service import PatrolServices
from propdesk.ui.dialogs import show_error
from propdesk.ui.tabs.patrol.finding_action_forms import EscalateForm, OpenTicketForm, ResolveForm
from propdesk.ui.tabs.patrol.findings_model import FindingsModel
from propdesk.ui.widgets.buttons import push_button
from propdesk.ui.widgets.form_dialog import FormDialog
from propdesk.ui.widgets.one_form import OneFormAtATime
from propdesk.ui.widgets.open_incident_dialog import OpenIncidentDialog
from propdesk.ui.widgets.record_table import record_table

FormT = TypeVar("FormT", bound=FormDialog)


class FindingsPanel(QWidget):
    round_activated = Signal(object)  # the round's uuid

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("patrol_findings")
        self._findings = services.module(PatrolServices).findings
        self._actor = actor
        self.model = FindingsModel(self)
        self.view = record_table(
            self.model, "patrol_findings_view", stretch=[FindingsModel.COL_SEEN]
        )
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self.view.activated.connect(self._on_activated)
        self.count_label = QLabel()
        self.count_label.setObjectName("patrol_findings_count")
        self.escalate_button = push_button(
            self.tr("Escalate…"),
            self.escalate,
            "patrol_escalate",
            self.tr("Record who was told (the duty manager)"),
        )
        self.ticket_button = push_button(
            self.tr("Open repair ticket…"), self.open_ticket, "patrol_open_ticket"
        )
        self.incident_button = push_button(
            self.tr("Open incident…"), self.open_incident, "patrol_open_incident"
        )
        self.resolve_button = push_button(self.tr("Dealt with…"), self.resolve, "patrol_resolve")
        self.round_button = push_button(self.tr("Show round"), self.show_round, "patrol_show_round")
        self.forms = OneFormAtATime(self, self.view.setFocus)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        for button in (
            self.escalate_button,
            self.ticket_button,
            self.incident_button,
            self.resolve_button,
            self.round_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.count_label)
        layout.addLayout(row)

        self.may_update = actor.may(Module.PATROL, Action.UPDATE)
        self.may_open_tickets = self._findings.can_open_tickets and actor.may(
            Module.REPAIRS, Action.CREATE
        )
        self.escalate_button.setVisible(self.may_update)
        self.resolve_button.setVisible(self.may_update)
        self.ticket_button.setVisible(self.may_open_tickets)
        # Without the incidents module the button is not offered at all.
        self.may_open_incidents = self._findings.can_open_incidents and actor.may(
            Module.INCIDENTS, Action.CREATE
        )
        self.incident_button.setVisible(self.may_open_incidents)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self.refresh()

    # -- reading -------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the open findings again; the one selected stays selected if still open."""
        chosen = self.selected()
        try:
            rows = self._findings.open_findings(self._actor)
        except PropdeskError as exc:
            show_error(self, exc)
            return
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("{n} open findings").format(n=len(rows)))
        found = self.model.row_of(chosen.finding.id) if chosen is not None else -1
        if found >= 0:
            self.view.selectRow(found)
        self._enable()

    def selected(self) -> FindingRow | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select_finding(self, finding_id: object) -> bool:
        found = self.model.row_of(finding_id)
        if found >= 0:
            self.view.selectRow(found)
        return found >= 0

    def _enable(self) -> None:
        row = self.selected()
        for button in (self.escalate_button, self.resolve_button, self.round_button):
            button.setEnabled(row is not None)
        self.ticket_button.setEnabled(row is not None and row.ticket is None)
        self.incident_button.setEnabled(row is not None and row.incident is None)

    # -- actions -------------------------------------------------------------------------
    def _open(self, make: Callable[[FindingRow], FormT]) -> FormT | None:
        row = self.selected()
        if row is None:
            return None
        return self.forms.open(lambda: make(row), lambda _form: self.refresh())

    def escalate(self) -> EscalateForm | None:
        if not self.may_update:
            return None
        return self._open(lambda r: EscalateForm(self._findings, self._actor, r.finding, self))

    def open_ticket(self) -> OpenTicketForm | None:
        if not self.may_open_tickets:
            return None
        return self._open(lambda r: OpenTicketForm(self._findings, self._actor, r.finding, self))

    def open_incident(self) -> OpenIncidentDialog | None:
        """A safety incident from the chosen finding, in one step."""
        if not self.may_open_incidents:
            return None
        findings, actor = self._findings, self._actor

        def make(row: FindingRow) -> OpenIncidentDialog:
            finding = row.finding
            intro = self.tr("From finding {number} · {checkpoint} · {seen}").format(
                number=finding.number, checkpoint=finding.checkpoint_name, seen=finding.seen
            )
            return OpenIncidentDialog(
                intro,
                finding.seen,
                lambda kind, title, what: findings.open_incident(
                    actor, finding.id, kind, title, what
                ),
                self,
            )

        return self._open(make)

    def resolve(self) -> ResolveForm | None:
        if not self.may_update:
            return None
        return self._open(lambda r: ResolveForm(self._findings, self._actor, r.finding, self))

    def show_round(self) -> None:
        row = self.selected()
        if row is not None:
            self.round_activated.emit(row.finding.round_id)

    def _on_activated(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.round_activated.emit(row.finding.round_id)
