"""The incident form (安全事件登记): a new incident, or what is known later added to
one (the response, the report numbers, the losses). Enter goes on to the next field
in the one-line fields and saves from the last; Ctrl+Enter saves from anywhere (Enter
is a new line in the long texts); Esc cancels. A refused field's message shows next
to it and nothing is written."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QPlainTextEdit,
    QWidget,
)

from propdesk.domain.incidents.kinds import IncidentKind
from propdesk.services.core.actor import Actor
from propdesk.services.incidents.incidents import IncidentService
from propdesk.services.incidents.inputs import (
    HARM_MAX,
    PLACE_MAX,
    REPORT_MAX,
    RESPONDERS_MAX,
    TEXT_MAX,
    TITLE_MAX,
    IncidentInput,
)
from propdesk.services.incidents.views import IncidentInfo
from propdesk.ui.incident_names import kind_name
from propdesk.ui.widgets.choices import choice_combo, enum_choices
from propdesk.ui.widgets.form_dialog import FormDialog
from propdesk.ui.widgets.text_limit import cap_plain_text

SAVE_KEYS = ("Ctrl+Return", "Ctrl+Enter")
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _text_box(name: str, limit: int, placeholder: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setObjectName(name)
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setFixedHeight(64)
    cap_plain_text(box, limit)
    return box


class IncidentForm(FormDialog):
    saved: IncidentInfo | None = None

    def __init__(
        self,
        incidents: IncidentService,
        actor: Actor,
        parent: QWidget | None = None,
        editing: IncidentInfo | None = None,
    ) -> None:
        super().__init__("", parent)
        if editing is None:
            self.setWindowTitle(self.tr("Record a safety incident"))
        else:
            self.setWindowTitle(self.tr("Incident {number}").format(number=editing.number))
        self.setObjectName("incident_form")
        self.setMinimumWidth(560)
        self._incidents = incidents
        self._actor = actor
        self._editing = editing
        self._add_fields()
        if editing is not None:
            self._fill(editing)
        self.fields_first_in_tab_order()
        self.tab_through_fields()
        for keys in SAVE_KEYS:
            QShortcut(QKeySequence(keys), self).activated.connect(self._on_accept)
        self.set_intro(self.tr("Ctrl+Enter saves; Esc cancels."))
        self.on_save(self._save)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+Enter saves from a one-line field too (the shortcut needs the window
        active; a field hands the key on to its dialog)."""
        if event.key() in _ENTER and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self._on_accept()
            return
        super().keyPressEvent(event)

    def _add_fields(self) -> None:
        form = self.form
        self.kind_combo = choice_combo(enum_choices(IncidentKind, kind_name), "kind")
        form.add_field("kind", self.tr("Kind"), self.kind_combo)
        self.title_edit = form.add_line_edit(
            "title", self.tr("Title"), self.tr("e.g. bicycle stolen from the bike shed")
        )
        self.title_edit.setMaxLength(TITLE_MAX)
        self.when_edit = QDateTimeEdit(QDateTime.currentDateTime())
        self.when_edit.setObjectName("occurred_at")
        self.when_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when_edit.setCalendarPopup(True)
        form.add_field("occurred_at", self.tr("When"), self.when_edit)
        self.place_edit = form.add_line_edit(
            "place", self.tr("Where"), self.tr("e.g. car park B1 of building 3")
        )
        self.place_edit.setMaxLength(PLACE_MAX)
        self.what_edit = _text_box("what_happened", TEXT_MAX, self.tr("What happened, in order"))
        form.add_field("what_happened", self.tr("What happened"), self.what_edit)
        self.responders_edit = form.add_line_edit(
            "responders", self.tr("Who responded"), self.tr("e.g. guard Wang, shift leader Zhao")
        )
        self.responders_edit.setMaxLength(RESPONDERS_MAX)
        self.response_edit = _text_box("response", TEXT_MAX, self.tr("What was done"))
        form.add_field("response", self.tr("How"), self.response_edit)
        self.police_check = QCheckBox(self.tr("Police called"))
        self.police_check.setObjectName("police_called")
        form.add_field("police_called", "", self.police_check)
        self.police_edit = form.add_line_edit("police_report", self.tr("Police report no."))
        self.police_edit.setMaxLength(REPORT_MAX)
        self.fire_check = QCheckBox(self.tr("Fire brigade called"))
        self.fire_check.setObjectName("fire_called")
        form.add_field("fire_called", "", self.fire_check)
        self.fire_edit = form.add_line_edit("fire_report", self.tr("Fire report no."))
        self.fire_edit.setMaxLength(REPORT_MAX)
        self.injuries_edit = form.add_line_edit(
            "injuries", self.tr("Injuries"), self.tr("None, or who and how")
        )
        self.injuries_edit.setMaxLength(HARM_MAX)
        self.losses_edit = form.add_line_edit(
            "losses", self.tr("Losses"), self.tr("What was lost or damaged")
        )
        self.losses_edit.setMaxLength(HARM_MAX)
        self.loss_spin = QDoubleSpinBox()
        self.loss_spin.setObjectName("loss_fen")
        self.loss_spin.setDecimals(2)
        self.loss_spin.setRange(0, 10_000_000)
        self.loss_spin.setSuffix(self.tr(" yuan"))
        form.add_field("loss_fen", self.tr("Estimated loss"), self.loss_spin)

    def _fill(self, info: IncidentInfo) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(info.kind.value))
        self.title_edit.setText(info.title)
        self.when_edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(info.occurred_at.timestamp())))
        self.place_edit.setText(info.place)
        self.what_edit.setPlainText(info.what_happened)
        self.responders_edit.setText(info.responders)
        self.response_edit.setPlainText(info.response)
        self.police_check.setChecked(info.police_called)
        self.police_edit.setText(info.police_report)
        self.fire_check.setChecked(info.fire_called)
        self.fire_edit.setText(info.fire_report)
        self.injuries_edit.setText(info.injuries)
        self.losses_edit.setText(info.losses)
        self.loss_spin.setValue(info.loss_fen / 100)

    def data(self) -> IncidentInput:
        moment = self.when_edit.dateTime().toPython()
        assert isinstance(moment, datetime)
        fen = int((Decimal(str(self.loss_spin.value())) * 100).to_integral_value())
        return IncidentInput(
            kind=IncidentKind(self.kind_combo.currentData()),
            title=self.title_edit.text(),
            occurred_at=moment.astimezone(),  # the station's clock
            place=self.place_edit.text(),
            what_happened=self.what_edit.toPlainText(),
            responders=self.responders_edit.text(),
            response=self.response_edit.toPlainText(),
            police_called=self.police_check.isChecked(),
            police_report=self.police_edit.text(),
            fire_called=self.fire_check.isChecked(),
            fire_report=self.fire_edit.text(),
            injuries=self.injuries_edit.text(),
            losses=self.losses_edit.text(),
            loss_fen=fen,
        )

    def _save(self) -> None:
        if self._editing is None:
            self.saved = self._incidents.record(self._actor, self.data())
        else:
            self.saved = self._incidents.update(self._actor, self._editing.id, self.data())
