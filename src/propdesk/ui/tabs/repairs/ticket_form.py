"""A new repair ticket (新建报修) while the resident is still on the phone.

Keyboard only. The first box looks the caller up in the resident register: a unit
code, a name (or its pinyin initials) or a phone number, then Enter (or F4 from any
box, which also steps to the next match) fills name, phone and unit. Then category,
priority and what is wrong; Tab between the fields, Enter saves, Esc cancels. A
repair in a unit is paid and one in a common area free, unless the box is ticked
otherwise. The service's messages appear next to their fields.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLabel, QLineEdit, QWidget

from propdesk.domain.repairs.kinds import RepairCategory, RepairChannel, RepairPriority
from propdesk.errors import QT_TRANSLATE_NOOP, PropdeskError, UserError
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.repairs.detail import TicketDetail
from propdesk.services.repairs.inputs import TicketInput
from propdesk.services.repairs.service import RepairServices
from propdesk.ui.dialogs import show_error
from propdesk.ui.tabs.repairs.names import category_name, channel_name, priority_name
from propdesk.ui.tabs.repairs.resident_lookup import ReporterMatch, find_reporters
from propdesk.ui.widgets.form_dialog import FormDialog
from propdesk.ui.widgets.tab_order import chain_tab_order

HINT_STYLE = "color: #1b5e20;"
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class TicketForm(FormDialog):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New repair ticket"), parent)
        self.setObjectName("ticket_form")
        self.setMinimumWidth(520)
        self._services = services
        self._actor = actor
        self.saved: TicketDetail | None = None
        self.resident_id: uuid.UUID | None = None  # the reporter picked from the register
        self.matches: list[ReporterMatch] = []
        self._looked_up = ""  # the text the matches are for
        self._match_index = -1
        self._paid_follows_location = True
        self._build_widgets()
        self._add_rows()
        self._connect()
        self.lookup_edit.setFocus()
        self.on_save(self._save)

    def _build_widgets(self) -> None:
        self.lookup_edit = QLineEdit()
        self.lookup_edit.setObjectName("lookup")
        self.lookup_edit.setPlaceholderText(self.tr("Unit, name or phone, then Enter"))
        self.lookup_edit.installEventFilter(self)
        self.hint_label = QLabel()
        self.hint_label.setObjectName("lookup_hint")
        self.hint_label.setStyleSheet(HINT_STYLE)
        self.hint_label.setWordWrap(True)
        self.hint_label.hide()
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("reporter_name")
        self.phone_edit = QLineEdit()
        self.phone_edit.setObjectName("reporter_phone")
        self.unit_edit = QLineEdit()
        self.unit_edit.setObjectName("unit_code")
        self.unit_edit.setPlaceholderText(self.tr("e.g. 3-2-1502"))
        self.area_edit = QLineEdit()
        self.area_edit.setObjectName("common_area")
        self.area_edit.setPlaceholderText(self.tr("or the common area, e.g. lift of building 5"))
        self.category_combo = QComboBox()
        self.category_combo.setObjectName("category")
        self.category_combo.addItem("", "")  # chosen on purpose, never by default
        for category in RepairCategory:
            self.category_combo.addItem(category_name(category), category.value)
        self.priority_combo = QComboBox()
        self.priority_combo.setObjectName("priority")
        for priority in RepairPriority:
            self.priority_combo.addItem(priority_name(priority), priority.value)
        self.priority_combo.setCurrentIndex(
            self.priority_combo.findData(RepairPriority.NORMAL.value)
        )
        self.paid_check = QCheckBox(self.tr("Paid repair (the resident pays)"))
        self.paid_check.setObjectName("paid")
        self.paid_check.setChecked(True)
        self.description_edit = QLineEdit()
        self.description_edit.setObjectName("description")
        self.description_edit.setPlaceholderText(self.tr("what is wrong, where exactly"))
        self.channel_combo = QComboBox()
        self.channel_combo.setObjectName("channel")
        for channel in RepairChannel:
            self.channel_combo.addItem(channel_name(channel), channel.value)

    def _add_rows(self) -> None:
        form = self.form
        form.add_field("lookup", self.tr("Look up (F4)"), self.lookup_edit)
        form.addRow("", self.hint_label)
        form.add_field("reporter_name", self.tr("Reporter"), self.name_edit)
        form.add_field("reporter_phone", self.tr("Phone"), self.phone_edit)
        form.add_field("unit_code", self.tr("Unit"), self.unit_edit)
        form.add_field("common_area", self.tr("Common area"), self.area_edit)
        form.add_field("category", self.tr("Category"), self.category_combo)
        form.add_field("priority", self.tr("Priority"), self.priority_combo)
        form.add_field("paid", self.tr("Charge"), self.paid_check)
        form.add_field("description", self.tr("Fault"), self.description_edit)
        form.add_field("channel", self.tr("Reported via"), self.channel_combo)
        # The channel is last: nearly every call comes in on the hotline.
        chain_tab_order(
            [
                self.lookup_edit,
                self.name_edit,
                self.phone_edit,
                self.unit_edit,
                self.area_edit,
                self.category_combo,
                self.priority_combo,
                self.paid_check,
                self.description_edit,
                self.channel_combo,
            ]
        )

    def _connect(self) -> None:
        self.lookup_shortcut = QShortcut(QKeySequence(Qt.Key.Key_F4), self)
        self.lookup_shortcut.activated.connect(self._on_f4)
        # Typing over what the register filled in: the reporter is someone else now.
        self.name_edit.textEdited.connect(self._forget_resident)
        self.unit_edit.textEdited.connect(self._forget_resident)
        self.unit_edit.textChanged.connect(self._follow_location)
        self.area_edit.textChanged.connect(self._follow_location)
        self.paid_check.clicked.connect(self._paid_chosen)

    # -- keys ----------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter in the look-up box looks up; it must not save a half-filled ticket.
        if (
            watched is self.lookup_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _ENTER
        ):
            if self.look_up(self.lookup_edit.text()):
                self.category_combo.setFocus()
            return True
        return super().eventFilter(watched, event)

    def _on_f4(self) -> None:
        """F4 looks up the look-up box, or the reporter, phone or unit box being typed
        in; pressed again on the same text, it fills in the next match."""
        focused = QApplication.focusWidget()
        text = self.lookup_edit.text()
        if focused in (self.name_edit, self.phone_edit, self.unit_edit) and isinstance(
            focused, QLineEdit
        ):
            text = focused.text() or text
        self.look_up(text)

    # -- the register ----------------------------------------------------------------
    def look_up(self, text: str) -> bool:
        """Fill the reporter from the register; the same text again fills the next
        match. False (and a message under the box) when nobody matches."""
        self.form.clear_errors()
        text = text.strip()
        if not text:
            return False
        if text != self._looked_up:
            try:
                self.matches = find_reporters(self._services, self._actor, text)
            except UserError as exc:
                if not self.form.show_error(exc):
                    show_error(self, exc)
                return False
            except PropdeskError as exc:
                show_error(self, exc)
                return False
            self._looked_up = text
            self._match_index = -1
        if not self.matches:
            self.hint_label.hide()
            self.form.show_error(
                UserError(
                    QT_TRANSLATE_NOOP("messages", "Nobody in the register matches “{text}”."),
                    field="lookup",
                    text=text,
                )
            )
            self._looked_up = ""
            return False
        self._match_index = (self._match_index + 1) % len(self.matches)
        self.fill(self.matches[self._match_index])
        return True

    def fill(self, match: ReporterMatch) -> None:
        if match.name:
            self.name_edit.setText(match.name)
        if match.phone:
            self.phone_edit.setText(match.phone)
        self.unit_edit.setText(match.unit_code)
        self.area_edit.clear()
        self.resident_id = match.resident_id
        who = " · ".join(p for p in (match.name, match.unit_code) if p)
        if len(self.matches) > 1:
            who = self.tr("{who} (match {n} of {total}; F4 for the next)").format(
                who=who, n=self._match_index + 1, total=len(self.matches)
            )
        self.hint_label.setText(who)
        self.hint_label.show()

    def _forget_resident(self) -> None:
        self.resident_id = None
        self.hint_label.hide()

    # -- paid or free ----------------------------------------------------------------
    def _follow_location(self) -> None:
        """A unit's repair is paid, a common area's free, until the box is ticked."""
        if not self._paid_follows_location:
            return
        unit, area = self.unit_edit.text().strip(), self.area_edit.text().strip()
        if unit or area:
            self.paid_check.setChecked(bool(unit))

    def _paid_chosen(self) -> None:
        self._paid_follows_location = False

    # -- saving ----------------------------------------------------------------------
    def ticket_input(self) -> TicketInput:
        return TicketInput(
            reporter_name=self.name_edit.text(),
            reporter_phone=self.phone_edit.text(),
            category=self.category_combo.currentData(),
            description=self.description_edit.text(),
            priority=self.priority_combo.currentData(),
            channel=self.channel_combo.currentData(),
            unit_code=self.unit_edit.text(),
            common_area=self.area_edit.text(),
            resident_id=self.resident_id,
            paid=self.paid_check.isChecked(),
        )

    def _save(self) -> None:
        try:
            self.saved = self._services.module(RepairServices).tickets.open_ticket(
                self._actor, self.ticket_input()
            )
        except UserError as exc:
            # The register's reporter no longer fits the unit: say so at the name.
            if exc.field == "resident_id":
                exc.field = "reporter_name"
            raise
