"""Register a resident's vehicle; the plate is checked and normalised by the service."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.master_data.residents import ResidentInfo
from propdesk.services.master_data.vehicles import VehicleInfo, VehicleInput
from propdesk.ui.widgets.form_dialog import FormDialog


class VehicleForm(FormDialog):
    def __init__(
        self,
        services: Services,
        actor: Actor,
        unit_code: str,
        residents: list[ResidentInfo],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Register a vehicle"), parent)
        self.saved: VehicleInfo | None = None
        self.plate_edit = QLineEdit()
        self.plate_edit.setObjectName("plate")
        self.plate_edit.setPlaceholderText(self.tr("e.g. 粤B12345 or 粤BD12345"))
        self.owner_combo = QComboBox()
        for resident in residents:
            self.owner_combo.addItem(resident.name)
        self.space_edit = QLineEdit()
        self.description_edit = QLineEdit()
        self.description_edit.setPlaceholderText(self.tr("brand and colour"))
        self.form.add_field("plate", self.tr("Plate"), self.plate_edit)
        self.form.add_field("owner_name", self.tr("Owner"), self.owner_combo)
        self.form.add_field("space_code", self.tr("Parking space"), self.space_edit)
        self.form.add_field("description", self.tr("Description"), self.description_edit)

        def save() -> None:
            self.saved = services.vehicles.save(
                actor,
                VehicleInput(
                    self.plate_edit.text(),
                    unit_code,
                    self.owner_combo.currentText(),
                    self.space_edit.text(),
                    self.description_edit.text(),
                ),
            )

        self.on_save(save)
