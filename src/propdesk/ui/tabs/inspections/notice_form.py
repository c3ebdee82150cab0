"""A rectification notice (整改通知单) for a failed item: the department that is to fix
it, what is to be fixed (the item and its note to start with) and the deadline (three
days on, at 18:00, unless changed).

The form checks nothing itself: the service's refusals (no department, an empty text,
a deadline before now, a notice already open for the item) come back naming their
field and are said under it; nothing is issued.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QPlainTextEdit, QWidget

from propdesk.domain.inspections.kinds import InspectionKind
from propdesk.domain.inspections.rectification import FIELD_DEADLINE
from propdesk.errors import PropdeskError
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.inspections.rectifications import MAX_WHAT, NoticeInput
from propdesk.services.inspections.service import InspectionServices
from propdesk.services.inspections.views import InspectionDetail, ItemLine, RectificationInfo
from propdesk.ui.widgets.choices import choice_combo
from propdesk.ui.widgets.form_dialog import FormDialog
from propdesk.ui.widgets.text_limit import cap_plain_text

FIELD_DEPARTMENT = "department"
FIELD_WHAT = "what_to_fix"
DEADLINE_DAYS = 3
DEADLINE_HOUR = 18
TEXT_LINES = 3
# Who usually fixes what a checklist of the kind finds (the user may choose another).
DEPARTMENT_OF_KIND = {
    InspectionKind.CLEANING: "cleaning",
    InspectionKind.GARBAGE_SORTING: "cleaning",
    InspectionKind.GREENING: "greening",
    InspectionKind.PUBLIC_FIRE_SAFETY: "security",
}
DEFAULT_DEPARTMENT = "engineering"


def default_deadline(now: datetime) -> datetime:
    """Three days on, at the end of the working day."""
    day = (now + timedelta(days=DEADLINE_DAYS)).date()
    return datetime.combine(day, time(DEADLINE_HOUR)).astimezone()


def first_text(line: ItemLine) -> str:
    """What to fix, to start with: the item and what was found."""
    return f"{line.text} — {line.note}" if line.note else line.text


class NoticeForm(FormDialog):
    # The notice as issued (RectificationInfo).
    issued = Signal(object)

    def __init__(
        self,
        doors: InspectionServices,
        actor: Actor,
        services: Services,
        detail: InspectionDetail,
        line: ItemLine,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Rectification notice"), parent)
        self.setObjectName("notice_form")
        self._doors = doors
        self._actor = actor
        self.detail = detail
        self.line = line
        self.notice: RectificationInfo | None = None  # set once issued
        self.set_intro(
            self.tr("{number} · {area} · failed: {item}").format(
                number=detail.number, area=detail.row.area, item=line.text
            )
        )
        self.department_combo = self._department_combo(services, detail.row.kind)
        self.form.add_field(FIELD_DEPARTMENT, self.tr("Department"), self.department_combo)
        self.what_edit = QPlainTextEdit(first_text(line))
        self.what_edit.setObjectName(FIELD_WHAT)
        self.what_edit.setTabChangesFocus(True)  # Tab leaves; Enter starts a new line
        cap_plain_text(self.what_edit, MAX_WHAT)
        self.what_edit.setFixedHeight(self.what_edit.fontMetrics().lineSpacing() * TEXT_LINES + 12)
        self.form.add_field(FIELD_WHAT, self.tr("What to fix"), self.what_edit)
        deadline = default_deadline(datetime.now().astimezone())
        self.deadline_edit = QDateTimeEdit(
            QDateTime(
                QDate(deadline.year, deadline.month, deadline.day),
                QTime(deadline.hour, deadline.minute),
            )
        )
        self.deadline_edit.setObjectName(FIELD_DEADLINE)
        self.deadline_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.deadline_edit.setCalendarPopup(True)
        self.form.add_field(FIELD_DEADLINE, self.tr("Deadline"), self.deadline_edit)
        self.fields_first_in_tab_order()
        self.tab_through_fields()
        self.on_save(self._save)

    def _department_combo(self, services: Services, kind: InspectionKind) -> QComboBox:
        try:
            departments = services.staff.list_departments(self._actor)
        except PropdeskError:
            departments = []  # the service then says a department must be chosen
        combo = choice_combo(((d.name, d.code) for d in departments), FIELD_DEPARTMENT)
        wanted = DEPARTMENT_OF_KIND.get(kind, DEFAULT_DEPARTMENT)
        combo.setCurrentIndex(max(combo.findData(wanted), 0) if combo.count() else -1)
        return combo

    def input(self) -> NoticeInput:
        code = self.department_combo.currentData()
        moment = self.deadline_edit.dateTime().toPython()
        assert isinstance(moment, datetime)
        return NoticeInput(
            self.detail.id,
            self.line.key,
            code if isinstance(code, str) else "",
            self.what_edit.toPlainText(),
            moment.astimezone(),  # the station's zone: read off its clock
        )

    def _save(self) -> None:
        self.notice = self._doors.rectifications.issue(self._actor, self.input())
        self.issued.emit(self.notice)
