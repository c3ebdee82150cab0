"""The assessment's forms: a new assessment (department, month, assessor, remarks), a
spot check (item, place, finding, points, and a rectification notice for a failure),
a notice for a check after the fact, and voiding with a reason. Enter or Ctrl+Enter
saves, Esc cancels; the service's messages stand under their fields."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from propdesk.services.assessments.inputs import AssessmentInput, CheckInput, NoticeAsk
from propdesk.services.assessments.service import AssessmentServices
from propdesk.services.assessments.views import AssessmentDetail, CheckLine, StandardInfo
from propdesk.services.core.actor import Actor
from propdesk.ui.widgets.form_dialog import FormDialog

SAVE_KEYS = ("Ctrl+Return", "Ctrl+Enter")
DEFAULT_DEADLINE_DAYS = 3


def _save_keys(dialog: FormDialog) -> None:
    for keys in SAVE_KEYS:
        QShortcut(QKeySequence(keys), dialog, dialog.buttons.accepted.emit)


def _aware(value: QDateTime) -> datetime:
    moment = value.toPython()
    assert isinstance(moment, datetime)  # a QDateTime's Python value
    return moment.astimezone()


class AssessmentDialog(FormDialog):
    """A new assessment of a department's month."""

    def __init__(
        self,
        doors: AssessmentServices,
        actor: Actor,
        standards: list[StandardInfo],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("New monthly assessment"), parent)
        self.setObjectName("assessment_form")
        self.saved: AssessmentDetail | None = None
        self.department_combo = QComboBox()
        self.department_combo.setObjectName("department")
        for info in standards:
            self.department_combo.addItem(info.department_name, info.department_code)
        self.form.add_field("department", self.tr("&Department"), self.department_combo)
        self.month_edit = QDateEdit()
        self.month_edit.setObjectName("month")
        self.month_edit.setDisplayFormat("yyyy-MM")
        today = QDate.currentDate()
        self.month_edit.setDate(today.addMonths(-1) if today.day() < 20 else today)
        self.form.add_field("month", self.tr("&Month"), self.month_edit)
        self.assessor_edit = self.form.add_line_edit(
            "assessor", self.tr("&Assessor"), text=actor.display_name
        )
        self.remarks_edit = self.form.add_line_edit("remarks", self.tr("&Remarks"))
        self.fields_first_in_tab_order()
        self.tab_through_fields()
        _save_keys(self)

        def save() -> None:
            month = self.month_edit.date()
            self.saved = doors.assessments.create(
                actor,
                AssessmentInput(
                    str(self.department_combo.currentData() or ""),
                    f"{month.year():04d}-{month.month():02d}",
                    self.assessor_edit.text(),
                    self.remarks_edit.text(),
                ),
            )

        self.on_save(save)


class CheckDialog(FormDialog):
    """A spot check of an item of the assessment's standard."""

    def __init__(
        self,
        doors: AssessmentServices,
        actor: Actor,
        detail: AssessmentDetail,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Spot check: {number}").format(number=detail.number), parent)
        self.setObjectName("check_form")
        self.outcome = None
        self.item_combo = QComboBox()
        self.item_combo.setObjectName("item")
        for item in detail.standard.items:
            left = item.points - detail.deducted_of(item.key)
            label = self.tr("{text} ({left} of {points} points left)").format(
                text=item.text, left=left, points=item.points
            )
            self.item_combo.addItem(label, item.key)
        self.form.add_field("item", self.tr("&Item"), self.item_combo)
        self.place_edit = self.form.add_line_edit("place", self.tr("&Place"))
        self.place_edit.setMaxLength(100)
        self.finding_edit = self.form.add_line_edit(
            "finding", self.tr("&Finding"), self.tr("What was found (empty when it passed)")
        )
        self.finding_edit.setMaxLength(500)
        self.deducted_spin = QSpinBox()
        self.deducted_spin.setObjectName("deducted")
        self.deducted_spin.setRange(0, 100)
        self.form.add_field("deducted", self.tr("Points &deducted"), self.deducted_spin)
        self.checked_edit = QDateTimeEdit(QDateTime.currentDateTime())
        self.checked_edit.setObjectName("checked_at")
        self.checked_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.form.add_field("checked_at", self.tr("&Checked at"), self.checked_edit)
        self.notice_box = QCheckBox(self.tr("Issue a rectification notice"))
        self.notice_box.setObjectName("notice")
        self.notice_box.setEnabled(detail.notices_lent)
        self.form.add_field("notice", "", self.notice_box)
        self.fix_edit = self.form.add_line_edit("what_to_fix", self.tr("What to &fix"))
        self.deadline_edit = QDateTimeEdit(
            QDateTime(QDate.currentDate().addDays(DEFAULT_DEADLINE_DAYS), QTime(18, 0))
        )
        self.deadline_edit.setObjectName("deadline")
        self.deadline_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.form.add_field("deadline", self.tr("Dead&line"), self.deadline_edit)
        self.deducted_spin.valueChanged.connect(self._on_points)
        self.notice_box.toggled.connect(self._on_notice)
        self._on_points(0)
        self.fields_first_in_tab_order()
        self.tab_through_fields()
        _save_keys(self)

        def save() -> None:
            ask = None
            if self.notice_box.isChecked():
                ask = NoticeAsk(self.fix_edit.text(), _aware(self.deadline_edit.dateTime()))
            self.outcome = doors.assessments.add_check(
                actor,
                detail.id,
                CheckInput(
                    str(self.item_combo.currentData() or ""),
                    self.place_edit.text(),
                    self.finding_edit.text(),
                    self.deducted_spin.value(),
                    _aware(self.checked_edit.dateTime()),
                    ask,
                ),
            )

        self.on_save(save)

    def _on_points(self, points: int) -> None:
        """A deduction of 3 points or more asks for a notice by default."""
        self.notice_box.setChecked(self.notice_box.isEnabled() and points >= 3)
        self.notice_box.setEnabled(self.notice_box.isEnabled() or points == 0)
        self._on_notice(self.notice_box.isChecked())

    def _on_notice(self, on: bool) -> None:
        self.fix_edit.setEnabled(on)
        self.deadline_edit.setEnabled(on)


class NoticeDialog(FormDialog):
    """A rectification notice for a failing check already recorded."""

    def __init__(
        self,
        doors: AssessmentServices,
        actor: Actor,
        check: CheckLine,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Rectification notice"), parent)
        self.setObjectName("notice_form")
        self.saved = None
        self.set_intro(
            self.tr("{item} · {place}: {finding}").format(
                item=check.item_text, place=check.place, finding=check.finding
            )
        )
        self.fix_edit: QLineEdit = self.form.add_line_edit("what_to_fix", self.tr("What to &fix"))
        self.deadline_edit = QDateTimeEdit(
            QDateTime(QDate.currentDate().addDays(DEFAULT_DEADLINE_DAYS), QTime(18, 0))
        )
        self.deadline_edit.setObjectName("deadline")
        self.deadline_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.form.add_field("deadline", self.tr("Dead&line"), self.deadline_edit)
        self.fields_first_in_tab_order()
        self.tab_through_fields()
        _save_keys(self)
        self.on_save(
            lambda: setattr(
                self,
                "saved",
                doors.assessments.open_notice(
                    actor,
                    check.id,
                    NoticeAsk(self.fix_edit.text(), _aware(self.deadline_edit.dateTime())),
                ),
            )
        )
