"""One incident as the office reads it: its facts (what, when, where, who responded
and how, police and fire brigade, injuries and losses, where it came from, how it was
closed or why voided) and its follow-up actions, an overdue one in red and in words."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from propdesk.domain.gate.tariff import yuan_text
from propdesk.domain.incidents.kinds import IncidentSource
from propdesk.services.incidents.views import ActionInfo, IncidentInfo
from propdesk.ui.incident_names import kind_name, state_name
from propdesk.ui.tabs.incidents.models import ActionsModel, local_minute
from propdesk.ui.widgets.record_table import record_table
from propdesk.ui.widgets.text_lines import Line, TextLines, scrolled

CHOOSE = "choose"  # the line that asks for an incident while none is chosen


class IncidentDetail(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("incident_detail")
        self.facts = TextLines(self.tr("Incident"), "incident")
        self.actions_model = ActionsModel(self)
        self.actions_view = record_table(
            self.actions_model, "incident_actions_view", stretch=[ActionsModel.COL_WHAT]
        )
        self.actions_view.set_empty_text(self.tr("No follow-up actions"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scrolled(self.facts), 3)
        layout.addWidget(self.actions_view, 2)
        self.info: IncidentInfo | None = None

    def selected_action(self) -> ActionInfo | None:
        index = self.actions_view.currentIndex()
        return self.actions_model.row_at(index.row()) if index.isValid() else None

    def source_text(self, info: IncidentInfo) -> str:
        if info.source_kind is IncidentSource.PATROL:
            return self.tr("Patrol finding {number}").format(number=info.source_number)
        if info.source_kind is IncidentSource.GATE:
            return self.tr("Gate entry {number}").format(number=info.source_number)
        return ""

    def called_text(self, called: bool, number: str) -> str:
        if not called:
            return self.tr("Not called")
        return self.tr("Called, report no. {number}").format(number=number or "—")

    def show_incident(self, info: IncidentInfo | None) -> None:
        self.info = info
        if info is None:
            self.facts.show_lines((key, "", "") for key in list(self.facts.values))
            # Words in the empty box, not a blank one, until an incident is chosen.
            self.facts.show_lines([(CHOOSE, "", self.tr("Choose an incident in the list."))])
            self.actions_model.set_rows([])
            return
        self.facts.show_lines([(CHOOSE, "", "")])
        self.facts.show_lines(self._lines_of(info))
        self.actions_model.set_rows(list(info.actions))

    def _lines_of(self, info: IncidentInfo) -> list[Line]:
        state = state_name(info.state)
        if info.open and info.actions_overdue:
            state = self.tr("{state}, {n} follow-ups overdue").format(
                state=state, n=info.actions_overdue
            )
        closed = ""
        if info.closed_at is not None:
            closed = f"{local_minute(info.closed_at)} {info.closed_by} {info.close_reason}".strip()
        amount = yuan_text(info.loss_fen) if info.loss_fen else ""
        losses = " · ".join(p for p in (info.losses, amount) if p)
        return [
            ("number", self.tr("Number"), info.number),
            ("state", self.tr("State"), state),
            ("kind", self.tr("Kind"), kind_name(info.kind)),
            ("title", self.tr("Title"), info.title),
            ("occurred_at", self.tr("When"), local_minute(info.occurred_at)),
            ("place", self.tr("Where"), info.place),
            ("source", self.tr("Opened from"), self.source_text(info)),
            ("what_happened", self.tr("What happened"), info.what_happened),
            ("responders", self.tr("Who responded"), info.responders),
            ("response", self.tr("How"), info.response),
            ("police", self.tr("Police"), self.called_text(info.police_called, info.police_report)),
            (
                "fire",
                self.tr("Fire brigade"),
                self.called_text(info.fire_called, info.fire_report),
            ),
            ("injuries", self.tr("Injuries"), info.injuries),
            ("losses", self.tr("Losses"), losses),
            ("reported_by", self.tr("Recorded by"), info.reported_by),
            ("closed", self.tr("Closed"), closed),
            ("voided", self.tr("Voided because"), info.void_reason),
        ]
