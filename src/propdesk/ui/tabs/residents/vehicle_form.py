"""Register a resident's vehicle; the plate is checked and normalised by the service."""

from __future__ import annotations

from propdesk.domain.plates import PLATE_TYPED_MAX
from propdesk.errors import QT_TRANSLATE_NOOP
from propdesk.services.master_data.vehicles import (
    DESCRIPTION_MAX,
    SPACE_CODE_MAX,
    VehicleInfo,
    VehicleInput,
)
from propdesk.ui.tabs.residents.holder_form import HolderForm


class VehicleForm(HolderForm):
    TITLE = QT_TRANSLATE_NOOP("VehicleForm", "Register a vehicle")
    saved: VehicleInfo | None = None

    def _add_fields(self) -> None:
        self.plate_edit = self.form.add_line_edit(
            "plate", self.tr("Plate"), self.tr("e.g. 粤B12345 or 粤BD12345")
        )
        self.form.add_field("owner_name", self.tr("Owner"), self.holder_combo)
        self.space_edit = self.form.add_line_edit("space_code", self.tr("Parking space"))
        self.description_edit = self.form.add_line_edit(
            "description", self.tr("Description"), self.tr("brand and colour")
        )
        # The service's limits, so a paste is cut where it is seen.
        self.plate_edit.setMaxLength(PLATE_TYPED_MAX)
        self.space_edit.setMaxLength(SPACE_CODE_MAX)
        self.description_edit.setMaxLength(DESCRIPTION_MAX)

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
