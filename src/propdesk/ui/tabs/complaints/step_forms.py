"""The small forms a complaint's steps need (assign, answer, verdict, close, follow-up …)
and the two repair-ticket forms (open one, link one by its number).

Each step form asks for the step's own data, plus when it happened (only sent when
changed: a step typed in later from paper gives its real time) and a note. OK calls
the service; its ValidationError appears next to the field it names and the form
stays open, so nothing is written until everything is right. Enter saves, Esc
cancels. Voiding asks only a reason (ui/widgets/reason_dialog.py, see the tab).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget

from propdesk.domain.complaints.kinds import FollowUpMethod, RootCause, Verdict
from propdesk.domain.complaints.workflow import RATINGS, ComplaintStep, StepRequest
from propdesk.domain.repairs.kinds import RepairCategory, RepairPriority
from propdesk.errors import PropdeskError, UserError
from propdesk.services.bootstrap import Services
from propdesk.services.complaints.detail import ComplaintDetail
from propdesk.services.complaints.inputs import DESCRIPTION_MAX, STEP_TEXT_MAX
from propdesk.services.complaints.repair_link import RepairRequest
from propdesk.services.complaints.service import ComplaintServices
from propdesk.services.core.actor import Actor
from propdesk.services.master_data.staff import StaffInfo
from propdesk.ui.complaint_names import (
    method_name,
    root_cause_name,
    step_button_text,
    verdict_name,
)
from propdesk.ui.repair_names import category_name as repair_category_name
from propdesk.ui.repair_names import priority_name
from propdesk.ui.widgets.choices import choice_combo, enum_choices
from propdesk.ui.widgets.form_dialog import FormDialog
from propdesk.ui.widgets.moment_edit import MomentEdit

translate = QCoreApplication.translate
NUMBER_MAX = 20  # a ticket number, WX202612-0001, with room


@dataclass(frozen=True)
class StaffChoice:
    """A person responsible, with the department they work in (the step needs both)."""

    staff_id: uuid.UUID
    department_id: uuid.UUID


def read_staff(services: Services, actor: Actor) -> list[StaffInfo]:
    """Who can be made responsible; [] for a role that may not read the staff list
    (the box then offers nobody, and the service says why on save)."""
    try:
        return services.staff.list_staff(actor)
    except PropdeskError:
        return []


def handler_combo(staff: list[StaffInfo], none_text: str = "") -> QComboBox:
    """People by department (the service's order), as "name (department · position)";
    nobody chosen yet."""
    combo = QComboBox()
    combo.setObjectName("handler_id")
    combo.addItem(none_text, None)
    for person in staff:
        extra = " · ".join(p for p in (person.department_name, person.position) if p)
        text = translate("ComplaintStepForms", "{name} ({details})").format(
            name=person.name, details=extra
        )
        combo.addItem(text, StaffChoice(person.id, person.department_id))
    return combo


def chosen_handler(combo: QComboBox) -> StaffChoice | None:
    data = combo.currentData()
    return data if isinstance(data, StaffChoice) else None


def _text_edit(form: FormDialog, field: str, label: str, placeholder: str = "") -> QLineEdit:
    edit = form.form.add_line_edit(field, label, placeholder)
    edit.setMaxLength(STEP_TEXT_MAX[field])
    return edit


class ComplaintStepForm(FormDialog):
    """The common part: title, the time and the note; subclasses add their fields
    (`_add_fields`, in reading order) and say what they ask (`_request`)."""

    STEP = ComplaintStep.ASSIGN
    HAS_NOTE = True

    def __init__(
        self,
        services: Services,
        actor: Actor,
        detail: ComplaintDetail,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("{step}: complaint {number}").format(
                step=step_button_text(self.STEP).rstrip("…"), number=detail.number
            ),
            parent,
        )
        self.setObjectName(f"complaint_step_{self.STEP.value}")
        self._services = services
        self._actor = actor
        self.complaint = detail
        self.saved: ComplaintDetail | None = None
        self._add_fields()
        # The note before the time: Tab inside a time box steps through its parts,
        # and the time is the field rarely changed (a step written on paper first).
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("note")
        self.note_edit.setMaxLength(STEP_TEXT_MAX["note"])
        if self.HAS_NOTE:
            self.form.add_field("note", self.tr("Note"), self.note_edit)
        self.when_edit = MomentEdit(
            "at", self.tr("Change it only for a step done earlier (written on paper).")
        )
        self.form.add_field("at", self._when_label(), self.when_edit)
        self.tab_through_fields()
        self.on_save(self._save)

    def _add_fields(self) -> None:
        pass

    def _when_label(self) -> str:
        return self.tr("When")

    def _request(self) -> StepRequest:
        return StepRequest(self.STEP)

    def _save(self) -> None:
        request = replace(self._request(), at=self.when_edit.moment(), note=self.note_edit.text())
        self.saved = self._services.module(ComplaintServices).complaints.step(
            self._actor, self.complaint.id, request
        )


class AssignHandlerForm(ComplaintStepForm):
    STEP = ComplaintStep.ASSIGN

    def _add_fields(self) -> None:
        self.handler_combo = handler_combo(read_staff(self._services, self._actor))
        self.form.add_field("handler_id", self.tr("Person responsible"), self.handler_combo)

    def _request(self) -> StepRequest:
        chosen = chosen_handler(self.handler_combo)
        return StepRequest(
            self.STEP,
            department_id=chosen.department_id if chosen else None,
            handler_id=chosen.staff_id if chosen else None,
        )

    def _save(self) -> None:
        try:
            super()._save()
        except UserError as exc:
            # The department comes with the person: a message about it goes there.
            if exc.field == "department_id":
                exc.field = "handler_id"
            raise


class ReassignHandlerForm(AssignHandlerForm):
    STEP = ComplaintStep.REASSIGN


class AnswerComplaintForm(ComplaintStepForm):
    STEP = ComplaintStep.ANSWER

    def _add_fields(self) -> None:
        self.investigation_edit = _text_edit(
            self, "investigation", self.tr("Investigation"), self.tr("what was found")
        )
        self.resolution_edit = _text_edit(
            self, "resolution", self.tr("Resolution"), self.tr("what was done or promised")
        )
        # A second round starts from what was said in the first.
        self.investigation_edit.setText(self.complaint.investigation)
        self.resolution_edit.setText(self.complaint.resolution)

    def _when_label(self) -> str:
        return self.tr("Complainant told")

    def _request(self) -> StepRequest:
        return StepRequest(
            self.STEP,
            investigation=self.investigation_edit.text(),
            resolution=self.resolution_edit.text(),
        )


class VerdictForm(ComplaintStepForm):
    STEP = ComplaintStep.VERDICT

    def _add_fields(self) -> None:
        self.verdict_combo = choice_combo(
            [("", None), *enum_choices(Verdict, verdict_name)], "verdict"
        )
        self.form.add_field("verdict", self.tr("The complainant is"), self.verdict_combo)

    def _request(self) -> StepRequest:
        value = self.verdict_combo.currentData()
        return StepRequest(self.STEP, verdict=Verdict(value) if value else None)


class CloseComplaintForm(ComplaintStepForm):
    STEP = ComplaintStep.CLOSE

    def _add_fields(self) -> None:
        self._add_reason()
        self.root_cause_combo = choice_combo(
            [("", None), *enum_choices(RootCause, root_cause_name)], "root_cause"
        )
        self.form.add_field("root_cause", self.tr("Root cause"), self.root_cause_combo)
        self.root_cause_edit = _text_edit(
            self, "root_cause_text", self.tr("Root cause in words"), self.tr("why it happened")
        )
        self.action_edit = _text_edit(
            self,
            "corrective_action",
            self.tr("Corrective action"),
            self.tr("what changes so it does not happen again"),
        )

    def _add_reason(self) -> None:
        pass

    def _closing(self) -> StepRequest:
        value = self.root_cause_combo.currentData()
        return StepRequest(
            self.STEP,
            root_cause=RootCause(value) if value else None,
            root_cause_text=self.root_cause_edit.text(),
            corrective_action=self.action_edit.text(),
        )

    def _request(self) -> StepRequest:
        return self._closing()


class ManagerCloseForm(CloseComplaintForm):
    STEP = ComplaintStep.MANAGER_CLOSE

    def _add_reason(self) -> None:
        self.reason_edit = _text_edit(
            self, "reason", self.tr("Reason"), self.tr("why it closes without satisfaction")
        )

    def _request(self) -> StepRequest:
        return replace(self._closing(), reason=self.reason_edit.text())


class FollowUpVisitForm(ComplaintStepForm):
    STEP = ComplaintStep.FOLLOW_UP

    def _when_label(self) -> str:
        return self.tr("Visited")

    def _add_fields(self) -> None:
        self.visitor_edit = _text_edit(self, "visitor", self.tr("Visited by"))
        self.visitor_edit.setText(self._actor.display_name)
        self.visitor_edit.selectAll()  # usually the one typing; typing replaces it
        self.method_combo = choice_combo(enum_choices(FollowUpMethod, method_name), "method")
        self.form.add_field("method", self.tr("How"), self.method_combo)
        self.result_edit = _text_edit(
            self, "result", self.tr("Result"), self.tr("what the complainant said")
        )
        self.rating_edit = QSpinBox()
        self.rating_edit.setObjectName("rating")
        self.rating_edit.setRange(0, RATINGS[-1])
        self.rating_edit.setSpecialValueText(" ")  # 0: not asked yet
        self.rating_edit.setToolTip(self.tr("1 (very unhappy) to 5 (very satisfied)"))
        self.form.add_field("rating", self.tr("Rating (1–5)"), self.rating_edit)

    def _request(self) -> StepRequest:
        return StepRequest(
            self.STEP,
            visitor=self.visitor_edit.text(),
            method=FollowUpMethod(self.method_combo.currentData()),
            result=self.result_edit.text(),
            rating=self.rating_edit.value() or None,
        )


FORMS: dict[ComplaintStep, type[ComplaintStepForm]] = {
    form.STEP: form
    for form in (
        AssignHandlerForm,
        ReassignHandlerForm,
        AnswerComplaintForm,
        VerdictForm,
        CloseComplaintForm,
        ManagerCloseForm,
        FollowUpVisitForm,
    )
}


class OpenRepairForm(FormDialog):
    """A repair ticket opened from the complaint in one step (channel "complaint",
    linked both ways); the fault as the complaint describes it unless retyped."""

    def __init__(
        self,
        services: Services,
        actor: Actor,
        detail: ComplaintDetail,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Open a repair ticket: complaint {number}").format(number=detail.number),
            parent,
        )
        self.setObjectName("complaint_open_repair")
        self.saved: ComplaintDetail | None = None
        self.category_combo = choice_combo(
            [("", ""), *enum_choices(RepairCategory, repair_category_name)], "category"
        )
        self.form.add_field("category", self.tr("Repair category"), self.category_combo)
        self.priority_combo = choice_combo(enum_choices(RepairPriority, priority_name), "priority")
        self.priority_combo.setCurrentIndex(
            self.priority_combo.findData(RepairPriority.NORMAL.value)
        )
        self.form.add_field("priority", self.tr("Priority"), self.priority_combo)
        self.description_edit = self.form.add_line_edit(
            "description", self.tr("Fault"), text=detail.description
        )
        self.description_edit.setMaxLength(DESCRIPTION_MAX)
        self.tab_through_fields()

        def save() -> None:
            # "" while none is chosen: the service names the field that is missing.
            request = RepairRequest(
                category=self.category_combo.currentData(),
                priority=RepairPriority(self.priority_combo.currentData()),
                description=self.description_edit.text(),
            )
            self.saved = services.module(ComplaintServices).repairs.open_ticket(
                actor, detail.id, request
            )

        self.on_save(save)


class LinkRepairForm(FormDialog):
    """An existing repair ticket linked by its number (open or already done)."""

    def __init__(
        self,
        services: Services,
        actor: Actor,
        detail: ComplaintDetail,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Link a repair ticket: complaint {number}").format(number=detail.number),
            parent,
        )
        self.setObjectName("complaint_link_repair")
        self.saved: ComplaintDetail | None = None
        self.number_edit = self.form.add_line_edit(
            "number", self.tr("Ticket number"), self.tr("e.g. WX202612-0001")
        )
        self.number_edit.setMaxLength(NUMBER_MAX)
        self.tab_through_fields()

        def save() -> None:
            self.saved = services.module(ComplaintServices).repairs.link_ticket(
                actor, detail.id, self.number_edit.text()
            )

        self.on_save(save)
