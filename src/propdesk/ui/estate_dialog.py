"""Settings → Estate: the estate's name, address and 24-hour hotline (printed on
passes, receipts and the monthly report)."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from propdesk.services.core.actor import Actor
from propdesk.services.station.estate import EstateService
from propdesk.ui.widgets.form_dialog import FormDialog


class EstateDialog(FormDialog):
    def __init__(self, estate: EstateService, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Estate"), parent)
        current = estate.get()
        self.name_edit = QLineEdit(current.name if current else "")
        self.name_edit.setObjectName("estate_name")
        self.address_edit = QLineEdit(current.address if current else "")
        self.hotline_edit = QLineEdit(current.hotline if current else "")
        self.hotline_edit.setPlaceholderText("0755-12345678")
        self.form.add_field("estate_name", self.tr("Estate name"), self.name_edit)
        self.form.add_field("address", self.tr("Address"), self.address_edit)
        self.form.add_field("hotline", self.tr("24-hour hotline"), self.hotline_edit)
        self.on_save(
            lambda: estate.update(
                actor, self.name_edit.text(), self.address_edit.text(), self.hotline_edit.text()
            )
        )
