"""The tables of the Residents & units tab, declared by their columns: units and the
selected unit's residents, cards and vehicles; the buildings; the parking spaces."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication

from propdesk.services.core.export import ColumnKind
from propdesk.services.master_data.buildings import BuildingInfo
from propdesk.services.master_data.cards import CardInfo, CardStatus
from propdesk.services.master_data.parking import ParkingSpaceInfo, SpaceKind
from propdesk.services.master_data.residents import ResidentInfo, ResidentKind
from propdesk.services.master_data.units import UnitInfo
from propdesk.services.master_data.vehicles import VehicleInfo
from propdesk.ui.widgets.dto_table_model import (
    Column,
    DtoTableModel,
    count_column,
    date_column,
)


def natural_key(text: str) -> list[object]:
    """3-2-902 before 3-2-1502, building 2 before building 10, B2-0009 before B2-0010."""
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", text)]


class UnitsTableModel(DtoTableModel[UnitInfo]):
    COL_CODE, COL_FLOOR, COL_AREA = range(3)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.set_columns(
            [
                Column(self.tr("Unit"), lambda u: u.code),
                count_column(self.tr("Floor"), lambda u: u.floor),
                Column(
                    self.tr("Area (m²)"),
                    lambda u: f"{u.area_m2:.2f}" if u.area_m2 else "",
                    numeric=True,
                    value=lambda u: u.area_m2 or None,
                    kind=ColumnKind.DECIMAL,
                ),
            ]
        )


class ResidentsTableModel(DtoTableModel[ResidentInfo]):
    COL_NAME, COL_KIND, COL_PHONE, COL_ID, COL_MOVE_IN, COL_MOVE_OUT = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        kinds = {
            ResidentKind.OWNER: self.tr("Owner"),
            ResidentKind.TENANT: self.tr("Tenant"),
            ResidentKind.FAMILY: self.tr("Family member"),
        }
        self.set_columns(
            [
                Column(self.tr("Name"), lambda r: r.name),
                Column(self.tr("Relation"), lambda r: kinds[r.kind]),
                Column(self.tr("Phone"), lambda r: " / ".join(p for p in (r.phone, r.phone2) if p)),
                Column(self.tr("ID number"), lambda r: r.id_masked),
                date_column(self.tr("Moved in"), lambda r: r.move_in),
                date_column(self.tr("Moved out"), lambda r: r.move_out),
            ]
        )

    def is_inactive(self, row: ResidentInfo) -> bool:
        return not row.living_here


class CardsTableModel(DtoTableModel[CardInfo]):
    COL_NUMBER, COL_HOLDER, COL_STATUS, COL_ISSUED = range(4)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        statuses = {
            CardStatus.ACTIVE: self.tr("Active"),
            CardStatus.LOST: self.tr("Lost"),
            CardStatus.REVOKED: self.tr("Revoked"),
            CardStatus.RETURNED: self.tr("Returned"),
        }
        # By stored value, for the card's history ("active" → 有效).
        self.status_names: dict[str, str] = {k.value: v for k, v in statuses.items()}
        self.set_columns(
            [
                Column(self.tr("Card number"), lambda c: c.number),
                Column(self.tr("Holder"), lambda c: c.holder_name),
                Column(self.tr("Status"), lambda c: statuses[c.status]),
                date_column(self.tr("Issued"), lambda c: c.issued_on),
            ]
        )

    def is_inactive(self, row: CardInfo) -> bool:
        return row.status is not CardStatus.ACTIVE


class VehiclesTableModel(DtoTableModel[VehicleInfo]):
    COL_PLATE, COL_OWNER, COL_SPACE, COL_DESCRIPTION = range(4)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.set_columns(
            [
                Column(self.tr("Plate"), lambda v: v.plate),
                Column(self.tr("Owner"), lambda v: v.owner_name),
                Column(self.tr("Parking space"), lambda v: v.space_code),
                Column(self.tr("Description"), lambda v: v.description),
            ]
        )


def space_kind_name(kind: SpaceKind) -> str:
    names = {
        SpaceKind.OWNED: QCoreApplication.translate("ParkingSpaces", "Owned"),
        SpaceKind.RENTED: QCoreApplication.translate("ParkingSpaces", "Rented"),
        SpaceKind.VISITOR: QCoreApplication.translate("ParkingSpaces", "Visitors"),
    }
    return names[kind]


def _void_reason(row: BuildingInfo | ParkingSpaceInfo) -> str:
    return row.void_reason if row.voided else ""


class BuildingsTableModel(DtoTableModel[BuildingInfo]):
    COL_CODE, COL_NAME, COL_FLOORS, COL_UNITS, COL_VOID_REASON = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.set_columns(
            [
                Column(self.tr("Building"), lambda b: b.code),
                Column(self.tr("Name"), lambda b: b.name),
                count_column(self.tr("Floors"), lambda b: b.floors),
                count_column(self.tr("Units"), lambda b: b.units),
                Column(self.tr("Voided because"), _void_reason),
            ]
        )

    def is_inactive(self, row: BuildingInfo) -> bool:
        return row.voided


class ParkingSpacesTableModel(DtoTableModel[ParkingSpaceInfo]):
    COL_CODE, COL_ZONE, COL_KIND, COL_VEHICLES, COL_VOID_REASON = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.set_columns(
            [
                Column(self.tr("Parking space"), lambda s: s.code),
                Column(self.tr("Zone"), lambda s: s.zone),
                Column(self.tr("Kind"), lambda s: space_kind_name(s.kind)),
                Column(self.tr("Vehicles"), lambda s: "、".join(s.plates)),
                Column(self.tr("Voided because"), _void_reason),
            ]
        )

    def is_inactive(self, row: ParkingSpaceInfo) -> bool:
        return row.voided
