"""The buildings (楼栋) on a page of their own: number, name, floors and how many units
each has; added, corrected and voided here (a building with units cannot be voided)."""

from __future__ import annotations

import uuid
from typing import ClassVar

from propdesk.services.master_data.buildings import BuildingInfo
from propdesk.ui.tabs.residents.building_form import BuildingForm
from propdesk.ui.tabs.residents.register_models import BuildingsTableModel, natural_key
from propdesk.ui.tabs.residents.register_panel import RecordForm, RegisterPanel


class BuildingsPanel(RegisterPanel[BuildingInfo]):
    NAME: ClassVar[str] = "buildings"
    VOID_REASON_COLUMN: ClassVar[int] = BuildingsTableModel.COL_VOID_REASON

    def _make_model(self) -> BuildingsTableModel:
        return BuildingsTableModel(self)

    def _filter_hint(self) -> str:
        return self.tr("Filter buildings by number or name")

    def _title(self) -> str:
        return self.tr("Buildings")

    def _read(self, include_voided: bool) -> list[BuildingInfo]:
        rows = self._services.buildings.list(self._actor, include_voided=include_voided)
        return sorted(rows, key=lambda b: natural_key(b.code))  # building 2 before 10

    def _form(self, record: BuildingInfo | None) -> RecordForm:
        return BuildingForm(self._services, self._actor, self, record)

    def _void(self, record_id: uuid.UUID, reason: str) -> None:
        self._services.buildings.void(self._actor, record_id, reason)

    def _void_title(self) -> str:
        return self.tr("Void building")
