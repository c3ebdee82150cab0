"""The small forms that carry an incident on: a follow-up action added (what, who,
deadline), one marked done (by whom, when), the incident closed (with a reason when
follow-ups are left). Each names the incident, calls the service on OK and shows a
refused field's message next to it."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QDateTimeEdit, QWidget

from propdesk.services.core.actor import Actor
from propdesk.services.incidents.incidents import IncidentService
from propdesk.services.incidents.inputs import NOTE_MAX, WHAT_MAX, WHO_MAX, ActionInput
from propdesk.services.incidents.views import ActionInfo, IncidentInfo
from propdesk.ui.widgets.form_dialog import FormDialog
from propdesk.ui.widgets.moment_edit import MomentEdit

DEFAULT_DAYS = 7  # a follow-up is usually due within the week


class ActionForm(FormDialog):
    saved: IncidentInfo | None = None

    def __init__(
        self, incidents: IncidentService, actor: Actor, incident: IncidentInfo, parent: QWidget
    ) -> None:
        super().__init__(self.tr("Add a follow-up action"), parent)
        self.setObjectName("incident_action_form")
        self._incidents, self._actor, self._incident = incidents, actor, incident
        self.set_intro(f"{incident.number} · {incident.title}")
        self.what_edit = self.form.add_line_edit(
            "what", self.tr("Action"), self.tr("e.g. add a camera over the bike shed")
        )
        self.what_edit.setMaxLength(WHAT_MAX)
        self.who_edit = self.form.add_line_edit(
            "who", self.tr("Who"), self.tr("A person or a department")
        )
        self.who_edit.setMaxLength(WHO_MAX)
        due = int((datetime.now() + timedelta(days=DEFAULT_DAYS)).timestamp()) // 60 * 60
        self.deadline_edit = QDateTimeEdit(QDateTime.fromSecsSinceEpoch(due))
        self.deadline_edit.setObjectName("deadline")
        self.deadline_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.deadline_edit.setCalendarPopup(True)
        self.form.add_field("deadline", self.tr("Deadline"), self.deadline_edit)
        self.fields_first_in_tab_order()
        self.tab_through_fields()
        self.on_save(self._save)

    def _save(self) -> None:
        deadline = self.deadline_edit.dateTime().toPython()
        assert isinstance(deadline, datetime)
        data = ActionInput(self.what_edit.text(), self.who_edit.text(), deadline.astimezone())
        self.saved = self._incidents.add_action(self._actor, self._incident.id, data)


class DoneForm(FormDialog):
    saved: IncidentInfo | None = None

    def __init__(
        self, incidents: IncidentService, actor: Actor, action: ActionInfo, parent: QWidget
    ) -> None:
        super().__init__(self.tr("Follow-up action done"), parent)
        self.setObjectName("incident_done_form")
        self._incidents, self._actor, self._action = incidents, actor, action
        self.set_intro(f"{action.what} · {action.who}")
        self.by_edit = self.form.add_line_edit("done_by", self.tr("Done by"), "", action.who)
        self.by_edit.setMaxLength(WHO_MAX)
        self.when_edit = MomentEdit("done_at", self.tr("Change it only when it was done earlier."))
        self.form.add_field("done_at", self.tr("When"), self.when_edit)
        self.note_edit = self.form.add_line_edit("done_note", self.tr("Note"))
        self.note_edit.setMaxLength(NOTE_MAX)
        self.fields_first_in_tab_order()
        self.tab_through_fields()
        self.on_save(self._save)

    def _save(self) -> None:
        self.saved = self._incidents.complete_action(
            self._actor,
            self._action.id,
            self.by_edit.text(),
            self.note_edit.text(),
            self.when_edit.moment(),
        )


class CloseForm(FormDialog):
    saved: IncidentInfo | None = None

    def __init__(
        self, incidents: IncidentService, actor: Actor, incident: IncidentInfo, parent: QWidget
    ) -> None:
        super().__init__(self.tr("Close the incident"), parent)
        self.setObjectName("incident_close_form")
        self._incidents, self._actor, self._incident = incidents, actor, incident
        if incident.actions_open:
            self.set_intro(
                self.tr(
                    "{n} follow-up actions are not done: say why the incident closes now."
                ).format(n=incident.actions_open)
            )
        else:
            self.set_intro(self.tr("Every follow-up action is done."))
        self.reason_edit = self.form.add_line_edit("close_reason", self.tr("Reason"))
        self.reason_edit.setMaxLength(NOTE_MAX)
        self.fields_first_in_tab_order()
        self.tab_through_fields()
        self.on_save(self._save)

    def _save(self) -> None:
        self.saved = self._incidents.close(self._actor, self._incident.id, self.reason_edit.text())
