"""The small forms a ticket's steps need (dispatch, diagnosis, quote, completion …).

Each form asks for the step's own data, plus when it happened (only sent when changed:
a step typed in later from a paper slip gives its real time) and a note. OK calls the
service; its ValidationError appears next to the field it names and the form stays
open, so nothing is written until everything is right. Enter saves, Esc cancels.

Steps with nothing to ask (arrived, approved, start repair, close) have no form: the
tab records them at once (`needs_form`).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox, QWidget

from propdesk.domain.repairs.workflow import MAX_DURATION_MINUTES, RATINGS, RepairStep, StepRequest
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.master_data.staff import StaffInfo
from propdesk.services.repairs.detail import TicketDetail
from propdesk.services.repairs.inputs import STEP_TEXT_MAX
from propdesk.services.repairs.service import RepairServices
from propdesk.ui.tabs.repairs.money_input import YUAN_TEXT_MAX, yuan_input, yuan_to_fen
from propdesk.ui.tabs.repairs.names import step_button_text
from propdesk.ui.widgets.form_dialog import FormDialog
from propdesk.ui.widgets.moment_edit import MomentEdit


class StepForm(FormDialog):
    """The common part: title, the time and the note; subclasses add their fields
    (`_add_fields`, in reading order) and say what they ask (`_request`)."""

    STEP = RepairStep.REPORT
    HAS_NOTE = True

    def __init__(
        self,
        services: Services,
        actor: Actor,
        detail: TicketDetail,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("{step}: ticket {number}").format(
                step=step_button_text(self.STEP).rstrip("…"), number=detail.number
            ),
            parent,
        )
        self.setObjectName(f"step_form_{self.STEP.value}")
        self._services = services
        self._actor = actor
        self.ticket = detail
        self.saved: TicketDetail | None = None
        self._add_fields()
        self.when_edit = MomentEdit(
            "at", self.tr("Change it only for a step done earlier (paper slip).")
        )
        self.form.add_field("at", self.tr("When"), self.when_edit)
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("note")
        self.note_edit.setMaxLength(STEP_TEXT_MAX["note"])
        if self.HAS_NOTE:
            self.form.add_field("note", self.tr("Note"), self.note_edit)
        self.tab_through_fields()
        self.on_save(self._save)

    def _add_fields(self) -> None:
        pass

    def _request(self) -> StepRequest:
        return StepRequest(self.STEP)

    def _save(self) -> None:
        request = replace(self._request(), at=self.when_edit.moment(), note=self.note_edit.text())
        self.saved = self._services.module(RepairServices).tickets.step(
            self._actor, self.ticket.id, request
        )


def technician_combo(technicians: list[StaffInfo]) -> QComboBox:
    """Who can be sent, engineering first (the service's order); nobody chosen yet."""
    combo = QComboBox()
    combo.setObjectName("technician_id")
    combo.addItem("", None)
    for person in technicians:
        extra = " · ".join(p for p in (person.department_name, person.position) if p)
        text = (
            QCoreApplication.translate("StepForms", "{name} ({details})").format(
                name=person.name, details=extra
            )
            if extra
            else person.name
        )
        combo.addItem(text, person.id)
    return combo


class DispatchForm(StepForm):
    STEP = RepairStep.DISPATCH

    def _add_fields(self) -> None:
        self.technician_combo = technician_combo(
            self._services.module(RepairServices).tickets.technicians(self._actor)
        )
        self.form.add_field("technician_id", self.tr("Technician"), self.technician_combo)
        # The technician leaves with the slip in hand: printed unless told otherwise.
        self.print_check = QCheckBox(self.tr("Print the dispatch slip"))
        self.print_check.setObjectName("print_slip")
        self.print_check.setChecked(True)
        self.form.add_field("print_slip", "", self.print_check)

    def _request(self) -> StepRequest:
        return StepRequest(self.STEP, technician_id=self.technician_combo.currentData())


class ReassignForm(DispatchForm):
    STEP = RepairStep.REASSIGN


class DiagnoseForm(StepForm):
    STEP = RepairStep.DIAGNOSE

    def _add_fields(self) -> None:
        self.diagnosis_edit = self.form.add_line_edit(
            "diagnosis", self.tr("Diagnosis"), self.tr("what the technician found")
        )
        self.diagnosis_edit.setMaxLength(STEP_TEXT_MAX["diagnosis"])

    def _request(self) -> StepRequest:
        return StepRequest(self.STEP, diagnosis=self.diagnosis_edit.text())


class QuoteForm(StepForm):
    STEP = RepairStep.QUOTE

    def _add_fields(self) -> None:
        hint = self.tr("yuan, e.g. 85.50")
        ticket = self.ticket  # a revised quote starts from the one given before
        self.labour_edit = self.form.add_line_edit(
            "labour_fen", self.tr("Labour (¥)"), hint, yuan_input(ticket.quote_labour_fen)
        )
        self.materials_edit = self.form.add_line_edit(
            "materials_fen", self.tr("Materials (¥)"), hint, yuan_input(ticket.quote_materials_fen)
        )
        self.labour_edit.setMaxLength(YUAN_TEXT_MAX)
        self.materials_edit.setMaxLength(YUAN_TEXT_MAX)
        self.duration_edit = QSpinBox()
        self.duration_edit.setObjectName("duration_minutes")
        self.duration_edit.setRange(0, MAX_DURATION_MINUTES)
        self.duration_edit.setSingleStep(15)
        self.duration_edit.setSuffix(self.tr(" min"))
        self.duration_edit.setSpecialValueText(" ")  # 0: not given yet
        self.duration_edit.setValue(self.ticket.quote_minutes or 0)
        self.form.add_field("duration_minutes", self.tr("Expected duration"), self.duration_edit)

    def _request(self) -> StepRequest:
        minutes = self.duration_edit.value()
        return StepRequest(
            self.STEP,
            labour_fen=yuan_to_fen(self.labour_edit.text(), "labour_fen"),
            materials_fen=yuan_to_fen(self.materials_edit.text(), "materials_fen"),
            duration_minutes=minutes or None,
        )


class RefuseForm(StepForm):
    STEP = RepairStep.REFUSE
    HAS_NOTE = False

    def _add_fields(self) -> None:
        self.reason_edit = self.form.add_line_edit(
            "reason", self.tr("Reason"), self.tr("optional: why the resident refused")
        )
        self.reason_edit.setMaxLength(STEP_TEXT_MAX["reason"])

    def _request(self) -> StepRequest:
        return StepRequest(self.STEP, reason=self.reason_edit.text())


class CompleteForm(StepForm):
    STEP = RepairStep.COMPLETE

    def _add_fields(self) -> None:
        self.work_edit = self.form.add_line_edit("work_done", self.tr("Work done"))
        self.materials_used_edit = self.form.add_line_edit(
            "materials_used", self.tr("Materials used"), self.tr("optional")
        )
        self.work_edit.setMaxLength(STEP_TEXT_MAX["work_done"])
        self.materials_used_edit.setMaxLength(STEP_TEXT_MAX["materials_used"])
        self.cleaned_check = QCheckBox(self.tr("The site was cleaned up"))
        self.cleaned_check.setObjectName("site_cleaned")
        self.form.add_field("site_cleaned", self.tr("Site"), self.cleaned_check)

    def _request(self) -> StepRequest:
        return StepRequest(
            self.STEP,
            work_done=self.work_edit.text(),
            materials_used=self.materials_used_edit.text(),
            site_cleaned=self.cleaned_check.isChecked(),
        )


class SignOffForm(StepForm):
    STEP = RepairStep.SIGN_OFF

    def _add_fields(self) -> None:
        # Usually the reporter signs; typing replaces the suggestion at once.
        self.signed_by_edit = self.form.add_line_edit(
            "signed_by", self.tr("Signed by"), text=self.ticket.reporter_name
        )
        self.signed_by_edit.setMaxLength(STEP_TEXT_MAX["signed_by"])
        self.signed_by_edit.selectAll()

    def _request(self) -> StepRequest:
        return StepRequest(self.STEP, signed_by=self.signed_by_edit.text())


class FollowUpForm(StepForm):
    STEP = RepairStep.FOLLOW_UP

    def _add_fields(self) -> None:
        self.rating_edit = QSpinBox()
        self.rating_edit.setObjectName("rating")
        self.rating_edit.setRange(0, RATINGS[-1])
        self.rating_edit.setSpecialValueText(" ")  # 0: not asked yet
        self.rating_edit.setToolTip(self.tr("1 (very unhappy) to 5 (very satisfied)"))
        self.form.add_field("rating", self.tr("Rating (1–5)"), self.rating_edit)
        self.comment_edit = self.form.add_line_edit(
            "comment", self.tr("Comment"), self.tr("what the resident said")
        )
        self.comment_edit.setMaxLength(STEP_TEXT_MAX["comment"])

    def _request(self) -> StepRequest:
        return StepRequest(
            self.STEP, rating=self.rating_edit.value() or None, comment=self.comment_edit.text()
        )


class CancelForm(StepForm):
    STEP = RepairStep.CANCEL
    HAS_NOTE = False

    def _add_fields(self) -> None:
        self.reason_edit = self.form.add_line_edit("reason", self.tr("Reason"))
        self.reason_edit.setMaxLength(STEP_TEXT_MAX["reason"])

    def _request(self) -> StepRequest:
        return StepRequest(self.STEP, reason=self.reason_edit.text())


FORMS: dict[RepairStep, type[StepForm]] = {
    form.STEP: form
    for form in (
        DispatchForm,
        ReassignForm,
        DiagnoseForm,
        QuoteForm,
        RefuseForm,
        CompleteForm,
        SignOffForm,
        FollowUpForm,
        CancelForm,
    )
}


def needs_form(step: RepairStep) -> bool:
    return step in FORMS
