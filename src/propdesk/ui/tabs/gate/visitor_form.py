"""Register a visitor at the gate (访客登记) and issue a temporary pass.

Keyboard only: the fields in reading order, Tab between them, Enter saves, Esc cancels.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.gate.entries import HostConfirmation, VisitorEntry, VisitorPass
from propdesk.services.gate.service import GateServices
from propdesk.ui.widgets.form_dialog import FormDialog
from propdesk.ui.widgets.tab_order import chain_tab_order


class VisitorForm(FormDialog):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New visitor"), parent)
        self.setObjectName("visitor_form")
        self.saved: VisitorPass | None = None
        self.name_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.id_edit = QLineEdit()
        self.id_edit.setPlaceholderText(self.tr("optional"))
        self.unit_edit = QLineEdit()
        self.unit_edit.setPlaceholderText(self.tr("e.g. 3-2-1502"))
        self.purpose_edit = QLineEdit()
        self.confirmation_combo = QComboBox()
        for value, text in (
            (HostConfirmation.PHONE, self.tr("By phone")),
            (HostConfirmation.INTERCOM, self.tr("By intercom")),
            (HostConfirmation.IN_PERSON, self.tr("In person")),
        ):
            self.confirmation_combo.addItem(text, value.value)
        self.confirmed_by_edit = QLineEdit()
        self.confirmed_by_edit.setPlaceholderText(self.tr("the resident who agreed"))
        self.form.add_field("name", self.tr("Visitor's name"), self.name_edit)
        self.form.add_field("phone", self.tr("Phone"), self.phone_edit)
        self.form.add_field("id_number", self.tr("ID number"), self.id_edit)
        self.form.add_field("unit_code", self.tr("Unit visited"), self.unit_edit)
        self.form.add_field("purpose", self.tr("Purpose"), self.purpose_edit)
        self.form.add_field("confirmation", self.tr("How confirmed"), self.confirmation_combo)
        self.form.add_field("confirmed_by", self.tr("Confirmed by"), self.confirmed_by_edit)
        widgets = [
            self.name_edit,
            self.phone_edit,
            self.id_edit,
            self.unit_edit,
            self.purpose_edit,
            self.confirmation_combo,
            self.confirmed_by_edit,
        ]
        chain_tab_order(widgets)
        self.name_edit.setFocus()

        def save() -> None:
            self.saved = services.module(GateServices).entries.register_visitor(
                actor,
                VisitorEntry(
                    name=self.name_edit.text(),
                    phone=self.phone_edit.text(),
                    id_number=self.id_edit.text(),
                    unit_code=self.unit_edit.text(),
                    purpose=self.purpose_edit.text(),
                    confirmation=str(self.confirmation_combo.currentData()),
                    confirmed_by=self.confirmed_by_edit.text(),
                ),
            )

        self.on_save(save)
