"""The parking spaces (车位) on a page of their own: code, zone, whose, and the
registered vehicles that park there; added, corrected and voided here (a space a
vehicle still uses cannot be voided)."""

from __future__ import annotations

import uuid
from typing import ClassVar

from propdesk.services.master_data.parking import ParkingSpaceInfo
from propdesk.ui.tabs.residents.parking_form import ParkingSpaceForm
from propdesk.ui.tabs.residents.register_models import ParkingSpacesTableModel, natural_key
from propdesk.ui.tabs.residents.register_panel import RecordForm, RegisterPanel


class ParkingPanel(RegisterPanel[ParkingSpaceInfo]):
    NAME: ClassVar[str] = "parking"
    VOID_REASON_COLUMN: ClassVar[int] = ParkingSpacesTableModel.COL_VOID_REASON

    def _make_model(self) -> ParkingSpacesTableModel:
        return ParkingSpacesTableModel(self)

    def _filter_hint(self) -> str:
        return self.tr("Filter by space, zone or plate")

    def _title(self) -> str:
        return self.tr("Parking spaces")

    def _read(self, include_voided: bool) -> list[ParkingSpaceInfo]:
        rows = self._services.parking.list(self._actor, include_voided=include_voided)
        return sorted(rows, key=lambda s: natural_key(s.code))

    def _form(self, record: ParkingSpaceInfo | None) -> RecordForm:
        zones = [row.zone for row in self.model.rows() if row.zone]
        return ParkingSpaceForm(self._services, self._actor, zones, self, record)

    def _void(self, record_id: uuid.UUID, reason: str) -> None:
        self._services.parking.void(self._actor, record_id, reason)

    def _void_title(self) -> str:
        return self.tr("Void parking space")
