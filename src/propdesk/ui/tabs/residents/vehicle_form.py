"""Register a resident's vehicle; the plate is checked and normalised by the service."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from propdesk.services.master_data.vehicles import VehicleInfo, VehicleInput
from propdesk.ui.tabs.residents.holder_form import HolderForm


class VehicleForm(HolderForm):
    saved: VehicleInfo | None = None

    def _title(self) -> str:
        return self.tr("Register a vehicle")

    def _add_fields(self) -> None:
        self.plate_edit = QLineEdit()
        self.plate_edit.setObjectName("plate")
        self.plate_edit.setPlaceholderText(self.tr("e.g. 粤B12345 or 粤BD12345"))
        self.space_edit = QLineEdit()
        self.description_edit = QLineEdit()
        self.description_edit.setPlaceholderText(self.tr("brand and colour"))
        self.form.add_field("plate", self.tr("Plate"), self.plate_edit)
        self.form.add_field("owner_name", self.tr("Owner"), self.holder_combo)
        self.form.add_field("space_code", self.tr("Parking space"), self.space_edit)
        self.form.add_field("description", self.tr("Description"), self.description_edit)

    def _save(self) -> None:
        self.saved = self._services.vehicles.save(
            self._actor,
            VehicleInput(
                self.plate_edit.text(),
                self.unit_code,
                self.holder_combo.currentText(),
                self.space_edit.text(),
                self.description_edit.text(),
            ),
        )
