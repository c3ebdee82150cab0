"""An illegal parking or fire-lane blocking notice (违停告知): plate, place, warning."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.gate.notices import ParkingNotice
from propdesk.services.gate.service import GateServices
from propdesk.ui.widgets.form_dialog import FormDialog
from propdesk.ui.widgets.tab_order import chain_tab_order


class NoticeForm(FormDialog):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Parking notice"), parent)
        self.setObjectName("notice_form")
        self.saved: ParkingNotice | None = None
        self.plate_edit = QLineEdit()
        self.place_edit = QLineEdit()
        self.place_edit.setPlaceholderText(self.tr("e.g. fire lane behind building 5"))
        self.posted_check = QCheckBox(self.tr("Warning put on the windscreen"))
        self.posted_check.setChecked(True)
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("optional"))
        self.form.add_field("plate", self.tr("Plate"), self.plate_edit)
        self.form.add_field("place", self.tr("Where"), self.place_edit)
        self.form.add_field("warning_posted", self.tr("Warning"), self.posted_check)
        self.form.add_field("note", self.tr("Note"), self.note_edit)
        chain_tab_order([self.plate_edit, self.place_edit, self.posted_check, self.note_edit])
        self.plate_edit.setFocus()

        def save() -> None:
            self.saved = services.module(GateServices).notices.record_notice(
                actor,
                plate=self.plate_edit.text(),
                place=self.place_edit.text(),
                warning_posted=self.posted_check.isChecked(),
                note=self.note_edit.text(),
            )

        self.on_save(save)
