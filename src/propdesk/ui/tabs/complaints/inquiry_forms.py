"""The small forms that carry an inquiry on: the promised answer given, the promise
moved, or the inquiry made a complaint or a repair ticket in one step. Each says which
inquiry it is about, calls the service on OK and shows a refused field's message next
to that field."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QCheckBox, QDateTimeEdit, QLineEdit, QWidget

from propdesk.domain.complaints.kinds import ComplaintCategory, Severity
from propdesk.domain.repairs.kinds import RepairCategory, RepairPriority
from propdesk.errors import QT_TRANSLATE_NOOP
from propdesk.services.complaints.inputs import (
    ANSWER_MAX,
    AREA_MAX,
    DESCRIPTION_MAX,
    NAME_MAX,
    PHONE_MAX,
    ComplaintInput,
)
from propdesk.services.complaints.inquiries import InquiryService, InquiryView
from propdesk.services.core.actor import Actor
from propdesk.services.core.handoffs import LinkedTicket
from propdesk.ui.complaint_names import category_name, local_time, severity_name
from propdesk.ui.repair_names import category_name as repair_category_name
from propdesk.ui.repair_names import priority_name
from propdesk.ui.tabs.complaints.inquiry_entry import default_promise
from propdesk.ui.tabs.complaints.inquiry_names import kind_name
from propdesk.ui.widgets.choices import choice_combo, enum_choices
from propdesk.ui.widgets.form_dialog import FormDialog


class _InquiryForm(FormDialog):
    NAME = ""  # the form's object name
    TITLE = ""  # marked with QT_TRANSLATE_NOOP in the form's own context

    def __init__(
        self,
        inquiries: InquiryService,
        actor: Actor,
        inquiry: InquiryView,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr(self.TITLE), parent)  # tr: in the form's context
        self.setObjectName(self.NAME)
        self._inquiries = inquiries
        self._actor = actor
        self.inquiry = inquiry
        self.set_intro(
            self.tr("{number} · {kind} · {at}: {question}").format(
                number=inquiry.number,
                kind=kind_name(inquiry.kind),
                at=local_time(inquiry.asked_at),
                question=inquiry.question,
            )
        )
        self._add_fields()
        self.fields_first_in_tab_order()
        self.tab_through_fields()
        self.on_save(self._save)

    # -- what each form declares (each subclass defines both as methods) -------------
    _add_fields: Callable[[], None]
    _save: Callable[[], None]


class AnswerForm(_InquiryForm):
    """The promised answer, given now: the inquiry closes."""

    NAME = "inquiry_answer_form"
    TITLE = QT_TRANSLATE_NOOP("AnswerForm", "Answer inquiry")
    saved: InquiryView | None = None

    def _add_fields(self) -> None:
        self.answer_edit = self.form.add_line_edit("answer", self.tr("Answer given"))
        self.answer_edit.setMaxLength(ANSWER_MAX)

    def _save(self) -> None:
        self.saved = self._inquiries.answer(self._actor, self.inquiry.id, self.answer_edit.text())


class PromiseForm(_InquiryForm):
    """The promise moved: a new time for the answer (still after the time asked)."""

    NAME = "inquiry_promise_form"
    TITLE = QT_TRANSLATE_NOOP("PromiseForm", "Promise an answer by")
    saved: InquiryView | None = None

    def _add_fields(self) -> None:
        self.when_edit = QDateTimeEdit()
        self.when_edit.setObjectName("promised_by")
        self.when_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when_edit.setCalendarPopup(True)
        promised = self.inquiry.promised_by
        if promised is not None and promised > datetime.now().astimezone():
            local = promised.astimezone()
            self.when_edit.setDateTime(
                QDateTime(local.year, local.month, local.day, local.hour, local.minute, 0)
            )
        else:
            self.when_edit.setDateTime(default_promise(QDateTime.currentDateTime()))
        self.form.add_field("promised_by", self.tr("Answer promised by"), self.when_edit)

    def _save(self) -> None:
        moment = self.when_edit.dateTime().toPython()
        assert isinstance(moment, datetime)
        self.saved = self._inquiries.promise(self._actor, self.inquiry.id, moment.astimezone())


class ComplaintFromInquiryForm(_InquiryForm):
    """A complaint taken from the inquiry: its words, who asked and where come along;
    the clerk adds the category and severity (the deadline follows from them)."""

    NAME = "inquiry_complaint_form"
    TITLE = QT_TRANSLATE_NOOP("ComplaintFromInquiryForm", "Make a complaint of the inquiry")
    saved: uuid.UUID | None = None  # the new complaint's id

    def _add_fields(self) -> None:
        row = self.inquiry
        self.category_combo = choice_combo(
            enum_choices(ComplaintCategory, category_name), "category"
        )
        self.severity_combo = choice_combo(enum_choices(Severity, severity_name), "severity")
        self.severity_combo.setCurrentIndex(self.severity_combo.findData(Severity.NORMAL.value))
        # What only the clerk can say first; what the inquiry brings after, to check.
        self.form.add_field("category", self.tr("Category"), self.category_combo)
        self.form.add_field("severity", self.tr("Severity"), self.severity_combo)
        self.description_edit = self._line("description", self.tr("Complaint"), row.question)
        self.description_edit.setMaxLength(DESCRIPTION_MAX)
        self.unit_edit = self._line("unit_code", self.tr("Unit"), row.unit_code)
        self.area_edit = self._line("common_area", self.tr("or common area"), "")
        self.area_edit.setMaxLength(AREA_MAX)
        self.anonymous_check = QCheckBox(self.tr("Anonymous: keep no name or phone"))
        self.anonymous_check.setObjectName("anonymous")
        self.anonymous_check.setChecked(not row.asker_name)
        self.form.add_field("anonymous", "", self.anonymous_check)
        # A masked phone (the reader's role) cannot be carried over: typed again.
        phone = "" if "*" in row.asker_phone else row.asker_phone
        self.name_edit = self._line("complainant_name", self.tr("Complainant"), row.asker_name)
        self.name_edit.setMaxLength(NAME_MAX)
        self.phone_edit = self._line("complainant_phone", self.tr("Phone"), phone)
        self.phone_edit.setMaxLength(PHONE_MAX)
        self.anonymous_check.toggled.connect(self._on_anonymous)
        self._on_anonymous(self.anonymous_check.isChecked())

    def _line(self, name: str, label: str, text: str) -> QLineEdit:
        return self.form.add_line_edit(name, label, text=text)

    def _on_anonymous(self, on: bool) -> None:
        for edit in (self.name_edit, self.phone_edit):
            edit.setEnabled(not on)

    def complaint(self) -> ComplaintInput:
        anonymous = self.anonymous_check.isChecked()
        return ComplaintInput(
            channel=self.inquiry.channel,
            category=ComplaintCategory(self.category_combo.currentData()),
            description=self.description_edit.text(),
            severity=Severity(self.severity_combo.currentData()),
            anonymous=anonymous,
            complainant_name="" if anonymous else self.name_edit.text(),
            complainant_phone="" if anonymous else self.phone_edit.text(),
            unit_code=self.unit_edit.text(),
            common_area=self.area_edit.text(),
        )

    def _save(self) -> None:
        _view, self.saved = self._inquiries.to_complaint(
            self._actor, self.inquiry.id, self.complaint()
        )


class RepairFromInquiryForm(_InquiryForm):
    """A repair ticket for the inquiry: its category and priority, and where when the
    asker gave no unit; the rest comes from the inquiry."""

    NAME = "inquiry_repair_form"
    TITLE = QT_TRANSLATE_NOOP("RepairFromInquiryForm", "Make a repair ticket of the inquiry")
    saved: InquiryView | None = None
    ticket: LinkedTicket | None = None  # the ticket opened

    def _add_fields(self) -> None:
        self.category_combo = choice_combo(
            enum_choices(RepairCategory, repair_category_name), "category"
        )
        self.priority_combo = choice_combo(enum_choices(RepairPriority, priority_name), "priority")
        self.priority_combo.setCurrentIndex(
            self.priority_combo.findData(RepairPriority.NORMAL.value)
        )
        self.form.add_field("category", self.tr("Repair category"), self.category_combo)
        self.form.add_field("priority", self.tr("Priority"), self.priority_combo)
        self.area_edit = self.form.add_line_edit(
            "common_area", self.tr("Common area"), self.tr("Where, as the asker gave no unit")
        )
        self.area_edit.setMaxLength(AREA_MAX)
        self.area_edit.setEnabled(not self.inquiry.unit_code)

    def _save(self) -> None:
        self.saved, self.ticket = self._inquiries.to_repair(
            self._actor,
            self.inquiry.id,
            RepairCategory(self.category_combo.currentData()),
            RepairPriority(self.priority_combo.currentData()),
            self.area_edit.text(),
        )
