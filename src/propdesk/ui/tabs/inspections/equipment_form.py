"""Add an equipment item to the register or edit one: the code its label carries, the
kind, the name, where it is (a unit, a place, or both), its dates and its service
interval, and notes.

The form checks nothing itself: the service's rules (an expiry before the install
date, a code in use, an empty name …) come back as a ValidationError naming the
field, shown under it, and nothing is saved. The text boxes hold at most what the
service keeps, so a long paste is cut where the person sees it.
"""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QSpinBox, QWidget

from propdesk.domain.inspections.equipment import (
    FIELD_EXPIRES,
    FIELD_INSTALLED,
    FIELD_INTERVAL,
    FIELD_LAST_SERVICE,
    MAX_INTERVAL_DAYS,
    MAX_INTERVAL_MONTHS,
    EquipmentKind,
)
from propdesk.services.core.actor import Actor
from propdesk.services.core.date_window import LATEST
from propdesk.services.inspections.equipment import EquipmentInfo, EquipmentService
from propdesk.services.inspections.equipment_inputs import (
    CODE_MAX,
    NAME_MAX,
    NOTES_MAX,
    PLACE_MAX,
    UNIT_CODE_MAX,
    EquipmentInput,
)
from propdesk.ui.tabs.inspections.equipment_date_edit import EquipmentDateEdit
from propdesk.ui.tabs.inspections.equipment_names import kind_name
from propdesk.ui.widgets.choices import choice_combo, enum_choices
from propdesk.ui.widgets.form_dialog import FormDialog
from propdesk.ui.widgets.tab_order import chain_tab_order
from propdesk.ui.widgets.text_limit import cap_plain_text

NOTES_LINES = 3


def _date_edit(name: str) -> EquipmentDateEdit:
    edit = EquipmentDateEdit()
    edit.setObjectName(name)
    # The last day the service takes: a year 9999 typed here would only be refused.
    edit.setMaximumDate(QDate(LATEST.year, LATEST.month, LATEST.day))
    return edit


class EquipmentForm(FormDialog):
    def __init__(
        self,
        equipment: EquipmentService,
        actor: Actor,
        item: EquipmentInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("New equipment item") if item is None else self.tr("Equipment item")
        super().__init__(title, parent)
        self.setObjectName("equipment_form")
        self._equipment = equipment
        self._actor = actor
        self.item = item
        self.saved: EquipmentInfo | None = None
        self._build_fields()
        if item is not None:
            self._fill(item)
            note = QLabel(self.tr("A new code needs a new label: print it after saving."))
            note.setWordWrap(True)
            self.form.addRow(note)
        self.fields_first_in_tab_order()
        self.tab_through_fields()
        # The interval's row is no field Tab stops at; its two boxes are.
        chain_tab_order(
            [self.last_service_edit, self.months_edit, self.days_edit, self.expires_edit]
        )
        self.on_save(self._save)

    def _build_fields(self) -> None:
        form = self.form
        self.code_edit = form.add_line_edit(
            "code", self.tr("Code"), self.tr("e.g. MHQ-3-B1-01: letters, digits and - _ . /")
        )
        self.code_edit.setMaxLength(CODE_MAX)
        self.kind_combo = choice_combo(enum_choices(EquipmentKind, kind_name), "kind")
        form.add_field("kind", self.tr("Kind"), self.kind_combo)
        self.name_edit = form.add_line_edit(
            "name", self.tr("Name"), self.tr("e.g. 4 kg ABC dry powder extinguisher")
        )
        self.name_edit.setMaxLength(NAME_MAX)
        self.unit_edit = form.add_line_edit(
            "unit_code", self.tr("Unit"), self.tr("optional: the unit it is in, e.g. 3-2-1502")
        )
        self.unit_edit.setMaxLength(UNIT_CODE_MAX)
        self.place_edit = form.add_line_edit(
            "place", self.tr("Place"), self.tr("e.g. Building 3, B1, by the stairs")
        )
        self.place_edit.setMaxLength(PLACE_MAX)
        self.installed_edit = _date_edit(FIELD_INSTALLED)
        form.add_field(FIELD_INSTALLED, self.tr("Installed on"), self.installed_edit)
        self.last_service_edit = _date_edit(FIELD_LAST_SERVICE)
        form.add_field(FIELD_LAST_SERVICE, self.tr("Last service"), self.last_service_edit)
        form.add_field(FIELD_INTERVAL, self.tr("Service every"), self._interval_row())
        self.expires_edit = _date_edit(FIELD_EXPIRES)
        form.add_field(FIELD_EXPIRES, self.tr("Expires on"), self.expires_edit)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("notes")
        self.notes_edit.setTabChangesFocus(True)  # Tab leaves; Enter starts a new line
        cap_plain_text(self.notes_edit, NOTES_MAX)
        metrics = self.notes_edit.fontMetrics()
        self.notes_edit.setFixedHeight(metrics.lineSpacing() * NOTES_LINES + 12)
        form.add_field("notes", self.tr("Notes"), self.notes_edit)

    def _interval_row(self) -> QWidget:
        """Months and days side by side (a yearly check: 12 months; a lift: 15 days);
        both 0: no regular service. One field to the service, one message under it."""
        self.months_edit = QSpinBox()
        self.months_edit.setObjectName("service_interval_months")
        self.months_edit.setRange(0, MAX_INTERVAL_MONTHS)
        self.months_edit.setSuffix(self.tr(" months"))
        self.days_edit = QSpinBox()
        self.days_edit.setObjectName("service_interval_days")
        self.days_edit.setRange(0, MAX_INTERVAL_DAYS)
        self.days_edit.setSuffix(self.tr(" days"))
        hint = QLabel(self.tr("0 and 0: no regular service"))
        hint.setEnabled(False)  # greyed: a hint, not a value
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.months_edit)
        row.addWidget(self.days_edit)
        row.addWidget(hint, 1)
        # A message under the row puts the keyboard in its first box.
        box.setFocusProxy(self.months_edit)
        return box

    def _fill(self, item: EquipmentInfo) -> None:
        self.code_edit.setText(item.code)
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(item.kind.value), 0))
        self.name_edit.setText(item.name)
        self.unit_edit.setText(item.unit_code)
        self.place_edit.setText(item.place)
        self.installed_edit.set_value(item.installed_on)
        self.last_service_edit.set_value(item.last_serviced_on)
        self.months_edit.setValue(item.service_interval_months)
        self.days_edit.setValue(item.service_interval_days)
        self.expires_edit.set_value(item.expires_on)
        self.notes_edit.setPlainText(item.notes)

    def input(self) -> EquipmentInput:
        """What the form says now, as the service takes it."""
        return EquipmentInput(
            code=self.code_edit.text(),
            kind=EquipmentKind(self.kind_combo.currentData()),
            name=self.name_edit.text(),
            unit_code=self.unit_edit.text(),
            place=self.place_edit.text(),
            installed_on=self.installed_edit.value(),
            last_serviced_on=self.last_service_edit.value(),
            service_interval_months=self.months_edit.value(),
            service_interval_days=self.days_edit.value(),
            expires_on=self.expires_edit.value(),
            notes=self.notes_edit.toPlainText(),
        )

    def _save(self) -> None:
        data = self.input()
        if self.item is None:
            self.saved = self._equipment.create(self._actor, data)
        else:
            self.saved = self._equipment.update(self._actor, self.item.id, data)
