"""The inquiry log's entry row at reception (咨询登记), filled by keyboard: the question,
then the answer given on the spot, or "answer promised by" and when; who asked (name,
phone, unit, all optional), question or suggestion, and how it came in.

Enter in any field logs it; the fields then empty for the next one (the kind and the
channel stay, as the next caller usually comes the same way) and the cursor is back
in the question. A refused field's message shows under that field, the rest is kept.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, Qt, QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from propdesk.domain.complaints.kinds import ComplaintChannel, InquiryKind
from propdesk.errors import PropdeskError, UserError
from propdesk.services.complaints.inputs import (
    ANSWER_MAX,
    NAME_MAX,
    PHONE_MAX,
    QUESTION_MAX,
    InquiryInput,
)
from propdesk.services.complaints.inquiries import InquiryService, InquiryView
from propdesk.services.core.actor import Actor
from propdesk.ui.complaint_names import channel_name
from propdesk.ui.dialogs import show_error
from propdesk.ui.tabs.complaints.inquiry_names import kind_name
from propdesk.ui.widgets.buttons import push_button
from propdesk.ui.widgets.choices import choice_combo, enum_choices
from propdesk.ui.widgets.field_form import FieldForm
from propdesk.ui.widgets.tab_order import chain_tab_order

PROMISE_HOUR = 17  # a promise made today is by default for tomorrow, end of office hours


def default_promise(now: QDateTime) -> QDateTime:
    """Tomorrow at 17:00."""
    return QDateTime(now.date().addDays(1), QTime(PROMISE_HOUR, 0))


class InquiryEntry(QWidget):
    # The InquiryView just logged.
    logged = Signal(object)

    def __init__(
        self, inquiries: InquiryService, actor: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("inquiry_entry")
        self._inquiries = inquiries
        self._actor = actor
        self.left = FieldForm()
        self.right = FieldForm()
        self._build_left()
        self._build_right()
        self._lay_out()
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save)
        self.promise_check.toggled.connect(self._on_promise)
        self.clear()

    def _build_left(self) -> None:
        """What was asked and how it was answered."""
        self.question_edit = self.left.add_line_edit(
            "question", self.tr("&Question"), self.tr("What was asked or suggested")
        )
        self.question_edit.setMaxLength(QUESTION_MAX)
        self.answer_edit = self.left.add_line_edit(
            "answer", self.tr("&Answer"), self.tr("The answer given on the spot")
        )
        self.answer_edit.setMaxLength(ANSWER_MAX)
        self.promise_check = QCheckBox(self.tr("Answer &promised by"))
        self.promise_check.setObjectName("promise")
        self.promise_edit = QDateTimeEdit()
        self.promise_edit.setObjectName("promised_by")
        self.promise_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.promise_edit.setCalendarPopup(True)
        promise_row = QWidget()
        row = QHBoxLayout(promise_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.promise_check)
        row.addWidget(self.promise_edit)
        row.addStretch(1)
        self.left.add_field("promised_by", self.tr("Not answered yet"), promise_row)

    def _build_right(self) -> None:
        """Who asked (all optional), what kind of inquiry, how it came in."""
        self.name_edit = self.right.add_line_edit("asker_name", self.tr("&Name"))
        self.name_edit.setMaxLength(NAME_MAX)
        self.phone_edit = self.right.add_line_edit("asker_phone", self.tr("P&hone"))
        self.phone_edit.setMaxLength(PHONE_MAX)
        self.unit_edit = self.right.add_line_edit("unit_code", self.tr("&Unit"))
        self.kind_combo: QComboBox = choice_combo(enum_choices(InquiryKind, kind_name), "kind")
        self.channel_combo: QComboBox = choice_combo(
            enum_choices(ComplaintChannel, channel_name), "channel"
        )
        self.channel_combo.setCurrentIndex(
            self.channel_combo.findData(ComplaintChannel.VISIT.value)
        )
        kinds = QWidget()
        kinds_row = QHBoxLayout(kinds)
        kinds_row.setContentsMargins(0, 0, 0, 0)
        kinds_row.addWidget(self.kind_combo)
        kinds_row.addWidget(self.channel_combo)
        kinds_row.addStretch(1)
        self.right.add_field("kind", self.tr("&Kind, channel"), kinds)

    def _lay_out(self) -> None:
        self.save_button = push_button(
            self.tr("&Log (Enter)"), self.save, "inquiry_log", self.tr("Enter in any field")
        )
        self.clear_button = push_button(self.tr("Clear"), self.clear, "inquiry_clear")
        self.done_label = QLabel()
        self.done_label.setObjectName("inquiry_logged")
        buttons = QVBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.done_label)
        buttons.addStretch(1)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.left, 3)
        layout.addLayout(self.right, 2)
        layout.addLayout(buttons)

        chain_tab_order(
            [
                self.question_edit,
                self.answer_edit,
                self.promise_check,
                self.promise_edit,
                self.name_edit,
                self.phone_edit,
                self.unit_edit,
                self.kind_combo,
                self.channel_combo,
                self.save_button,
                self.clear_button,
            ]
        )

    # -- what is typed -------------------------------------------------------------
    def _on_promise(self, on: bool) -> None:
        self.promise_edit.setEnabled(on)
        if on:
            self.promise_edit.setDateTime(default_promise(QDateTime.currentDateTime()))

    def promised_by(self) -> datetime | None:
        if not self.promise_check.isChecked():
            return None
        moment = self.promise_edit.dateTime().toPython()
        assert isinstance(moment, datetime)
        return moment.astimezone()  # the station's zone: the time was read off its clock

    def entry(self) -> InquiryInput:
        return InquiryInput(
            question=self.question_edit.text(),
            kind=InquiryKind(self.kind_combo.currentData()),
            channel=ComplaintChannel(self.channel_combo.currentData()),
            answer=self.answer_edit.text(),
            promised_by=self.promised_by(),
            asker_name=self.name_edit.text(),
            asker_phone=self.phone_edit.text(),
            unit_code=self.unit_edit.text(),
        )

    # -- logging -------------------------------------------------------------------
    def save(self) -> InquiryView | None:
        """Log what is typed; None when refused (the message is under its field)."""
        self.left.clear_errors()
        self.right.clear_errors()
        try:
            view = self._inquiries.log(self._actor, self.entry())
        except UserError as exc:
            if not (self.left.show_error(exc) or self.right.show_error(exc)):
                show_error(self, exc)
            return None
        except PropdeskError as exc:
            show_error(self, exc)
            return None
        self.done_label.setText(self.tr("Logged {number}.").format(number=view.number))
        self.clear()
        self.logged.emit(view)
        return view

    def clear(self) -> None:
        """Empty the fields for the next inquiry; the kind and the channel stay."""
        for edit in (
            self.question_edit,
            self.answer_edit,
            self.name_edit,
            self.phone_edit,
            self.unit_edit,
        ):
            edit.clear()
        self.promise_check.setChecked(False)
        self.promise_edit.setDateTime(default_promise(QDateTime.currentDateTime()))
        self.promise_edit.setEnabled(False)
        self.left.clear_errors()
        self.right.clear_errors()
        self.question_edit.setFocus()

    def error_text(self, field: str) -> str:
        for form in (self.left, self.right):
            try:
                return form.error_text(field)
            except KeyError:
                continue
        raise KeyError(field)
