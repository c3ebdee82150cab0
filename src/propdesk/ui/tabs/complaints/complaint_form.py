"""A new complaint (新建投诉) while the complainant is still on the phone or at the desk.

Keyboard only, as the repairs' ticket form: the first box looks the complainant up in
the resident register (a unit, a name or its pinyin initials, a phone; Enter, or F4
from any box for the next match) and fills name, phone and unit. Anonymous clears and
locks name and phone: nothing of the person is kept. Then where, category, severity,
what happened, and optionally who handles it (the person's department with them).
The answer deadline shows what the estate's rules give for the category, severity and
time received; typed over, the typed one is sent and the service checks it. Tab
between the fields, Enter saves, Esc cancels; the service's messages appear next to
their fields.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateTimeEdit, QLabel, QWidget

from propdesk.domain.complaints.deadlines import DeadlineRules
from propdesk.domain.complaints.kinds import ComplaintCategory, ComplaintChannel, Severity
from propdesk.domain.complaints.workflow import ComplaintStep, StepRequest
from propdesk.errors import PropdeskError, UserError
from propdesk.services.bootstrap import Services
from propdesk.services.complaints.detail import ComplaintDetail
from propdesk.services.complaints.inputs import (
    AREA_MAX,
    DESCRIPTION_MAX,
    NAME_MAX,
    PHONE_MAX,
    SEARCH_MAX,
    ComplaintInput,
)
from propdesk.services.complaints.service import ComplaintServices
from propdesk.services.core.actor import Actor
from propdesk.services.master_data.staff import StaffInfo
from propdesk.services.master_data.units import UNIT_CODE_MAX
from propdesk.ui.complaint_names import category_name, channel_name, severity_name
from propdesk.ui.dialogs import show_error
from propdesk.ui.resident_lookup import ReporterLookup, ReporterMatch
from propdesk.ui.tabs.complaints.step_forms import chosen_handler, handler_combo, read_staff
from propdesk.ui.widgets.choices import choice_combo, enum_choices
from propdesk.ui.widgets.form_dialog import FormDialog
from propdesk.ui.widgets.moment_edit import MomentEdit


class DeadlineEdit(QDateTimeEdit):
    """The answer deadline: follows the rules (`follow`) until the user changes it;
    only a deadline typed by hand is sent (`moment`), so the service fixes the rules'
    one in the same transaction as the complaint."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.setCalendarPopup(True)
        self.by_hand = False
        self._following = False
        self.dateTimeChanged.connect(self._on_changed)

    def follow(self, moment: datetime) -> None:
        if self.by_hand:
            return
        self._following = True
        try:
            self.setDateTime(QDateTime.fromSecsSinceEpoch(int(moment.timestamp())))
        finally:
            self._following = False

    def _on_changed(self) -> None:
        if not self._following:
            self.by_hand = True

    def moment(self) -> datetime | None:
        if not self.by_hand:
            return None
        moment = self.dateTime().toPython()
        assert isinstance(moment, datetime)
        return moment.astimezone()


class ComplaintForm(FormDialog):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New complaint"), parent)
        self.setObjectName("complaint_form")
        self.setMinimumWidth(560)
        self._services = services
        self._actor = actor
        self._door = services.module(ComplaintServices)
        self._rules: DeadlineRules = self._door.settings.rules()
        self.saved: ComplaintDetail | None = None
        self.resident_id: uuid.UUID | None = None  # the complainant picked from the register
        self.lookup = ReporterLookup(services, actor, self)
        self._add_rows(read_staff(services, actor))
        self.tab_through_fields()
        self._connect()
        self._follow_rules()
        self.on_save(self._save)

    def _add_rows(self, staff: list[StaffInfo]) -> None:
        form = self.form
        self.lookup_edit = form.add_line_edit(
            "lookup", self.tr("Look up (F4)"), self.tr("Unit, name or phone, then Enter")
        )
        self.lookup_edit.setMaxLength(SEARCH_MAX)
        self.hint_label = self.lookup.hint
        form.addRow("", self.hint_label)
        self.anonymous_check = QCheckBox(self.tr("Anonymous: keep no name and no phone"))
        self.anonymous_check.setObjectName("anonymous")
        form.add_field("anonymous", self.tr("Complainant"), self.anonymous_check)
        self.name_edit = form.add_line_edit("complainant_name", self.tr("Name"))
        self.phone_edit = form.add_line_edit("complainant_phone", self.tr("Phone"))
        self.unit_edit = form.add_line_edit("unit_code", self.tr("Unit"), self.tr("e.g. 3-2-1502"))
        self.area_edit = form.add_line_edit(
            "common_area", self.tr("Common area"), self.tr("or the common area, e.g. north gate")
        )
        # The service's limits, so a long paste is cut here rather than refused on save.
        self.name_edit.setMaxLength(NAME_MAX)
        self.phone_edit.setMaxLength(PHONE_MAX)
        self.unit_edit.setMaxLength(UNIT_CODE_MAX)
        self.area_edit.setMaxLength(AREA_MAX)
        self.category_combo = choice_combo(
            # Empty at first: chosen on purpose, never by default.
            [("", ""), *enum_choices(ComplaintCategory, category_name)],
            "category",
        )
        form.add_field("category", self.tr("Category"), self.category_combo)
        self.severity_combo = choice_combo(enum_choices(Severity, severity_name), "severity")
        self.severity_combo.setCurrentIndex(self.severity_combo.findData(Severity.NORMAL.value))
        form.add_field("severity", self.tr("Severity"), self.severity_combo)
        self.description_edit = form.add_line_edit(
            "description", self.tr("Complaint"), self.tr("what happened, where, since when")
        )
        self.description_edit.setMaxLength(DESCRIPTION_MAX)
        self.handler_combo: QComboBox = handler_combo(staff, self.tr("Nobody yet (assign later)"))
        form.add_field("handler_id", self.tr("Handled by"), self.handler_combo)
        self.channel_combo = choice_combo(enum_choices(ComplaintChannel, channel_name), "channel")
        form.add_field("channel", self.tr("Received via"), self.channel_combo)
        self.received_edit = MomentEdit(
            "received_at", self.tr("Change it only for a complaint received earlier.")
        )
        form.add_field("received_at", self.tr("Received"), self.received_edit)
        self.deadline_edit = DeadlineEdit("response_due_at")
        self.deadline_edit.setToolTip(
            self.tr("From the deadline rules; change it only to promise another time.")
        )
        form.add_field("response_due_at", self.tr("Answer by"), self.deadline_edit)
        self.deadline_hint = QLabel()
        self.deadline_hint.setObjectName("deadline_hint")
        form.addRow("", self.deadline_hint)

    def _connect(self) -> None:
        # Enter in the look-up box, or F4 from any box (the person's boxes look up
        # what is typed in them); the category comes next.
        self.lookup.watch(
            self.lookup_edit,
            (self.name_edit, self.phone_edit, self.unit_edit),
            self.fill,
            self.category_combo,
        )
        self.name_edit.textEdited.connect(self._forget_resident)
        self.unit_edit.textEdited.connect(self._forget_resident)
        self.anonymous_check.toggled.connect(self._anonymous_toggled)
        self.category_combo.currentIndexChanged.connect(self._follow_rules)
        self.severity_combo.currentIndexChanged.connect(self._follow_rules)
        self.received_edit.dateTimeChanged.connect(self._follow_rules)

    # -- the register ----------------------------------------------------------------
    def fill(self, match: ReporterMatch) -> None:
        """The unit always; the person only for a named complaint."""
        self.unit_edit.setText(match.unit_code)
        self.area_edit.clear()
        if self.anonymous_check.isChecked():
            self.resident_id = None
            self.hint_label.hide()
            return
        if match.name:
            self.name_edit.setText(match.name)
        if match.phone:
            self.phone_edit.setText(match.phone)
        self.resident_id = match.resident_id
        self.lookup.show_hint(match, self.tr("{who} (match {n} of {total}; F4 for the next)"))

    def _forget_resident(self) -> None:
        self.resident_id = None
        self.hint_label.hide()

    def _anonymous_toggled(self, anonymous: bool) -> None:
        # Nothing of the person stays behind, not even in a box that is greyed out.
        if anonymous:
            self.name_edit.clear()
            self.phone_edit.clear()
            self._forget_resident()
        self.name_edit.setEnabled(not anonymous)
        self.phone_edit.setEnabled(not anonymous)

    # -- the deadline -----------------------------------------------------------------
    def _received_at(self) -> datetime:
        moment = self.received_edit.moment()
        return moment if moment is not None else datetime.now().astimezone()

    def _follow_rules(self) -> None:
        category = self.category_combo.currentData()
        severity = Severity(self.severity_combo.currentData())
        # Before a category is chosen: as for "other" (the severity's time, as a rule).
        kind = ComplaintCategory(category) if category else None
        hours = self._rules.hours(kind or ComplaintCategory.OTHER, severity)
        self.deadline_hint.setText(
            self.tr("The rules give {hours} h from receipt.").format(hours=hours)
        )
        received = self._received_at()
        self.deadline_edit.follow(received + timedelta(hours=hours))

    # -- saving ----------------------------------------------------------------------
    def complaint_input(self) -> ComplaintInput:
        return ComplaintInput(
            channel=self.channel_combo.currentData(),
            category=self.category_combo.currentData(),
            description=self.description_edit.text(),
            severity=self.severity_combo.currentData(),
            anonymous=self.anonymous_check.isChecked(),
            complainant_name=self.name_edit.text(),
            complainant_phone=self.phone_edit.text(),
            resident_id=self.resident_id,
            unit_code=self.unit_edit.text(),
            common_area=self.area_edit.text(),
            received_at=self.received_edit.moment(),
            response_due_at=self.deadline_edit.moment(),
        )

    def _save(self) -> None:
        complaints = self._door.complaints
        try:
            saved = complaints.take(self._actor, self.complaint_input())
        except UserError as exc:
            # The register's resident no longer fits: say so at the name.
            if exc.field == "resident_id":
                exc.field = "complainant_name"
            raise
        self.saved = saved
        handler = chosen_handler(self.handler_combo)
        if handler is None:
            return
        # Taken; the assignment is a step of its own. Refused (another station removed
        # the person meanwhile), the complaint stays taken and unassigned: said, and
        # the form closes all the same, so OK cannot take it a second time.
        try:
            self.saved = complaints.step(
                self._actor,
                saved.id,
                StepRequest(
                    ComplaintStep.ASSIGN,
                    department_id=handler.department_id,
                    handler_id=handler.staff_id,
                ),
            )
        except PropdeskError as exc:
            show_error(self, exc)
