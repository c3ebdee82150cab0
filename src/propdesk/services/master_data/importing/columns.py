"""What each master-data register's import sheet holds: its columns, in template order.

A column's `key` names its header (labels "col.<key>") and its explanation on the
notes sheet ("note.<key>"); `fields` are the error fields the registers raise that
belong to this column, so a message lands on the right cell (ColumnSpec).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import StrEnum

# The column's declaration is core's, shared with the modules' sheets (re-exported).
from propdesk.services.core.import_sheets import CellKind, ColumnSpec
from propdesk.services.master_data.cards import CardStatus
from propdesk.services.master_data.residents import ResidentKind

__all__ = [
    "CARD_STATUSES",
    "COLUMNS",
    "MAX_ROWS",
    "RESIDENT_KINDS",
    "SHEET_LABELS",
    "CellKind",
    "ColumnSpec",
    "ImportKind",
    "column_for",
]

MAX_ROWS = 20_000  # data rows in one file


class ImportKind(StrEnum):
    """The master-data registers the importer knows itself; the modules' sheets
    (services.core.import_sheets) are added to them by key."""

    UNITS = "units"
    RESIDENTS = "residents"
    VEHICLES = "vehicles"
    CARDS = "cards"


RESIDENT_KINDS = (
    ("kind.owner", ResidentKind.OWNER.value),
    ("kind.tenant", ResidentKind.TENANT.value),
    ("kind.family", ResidentKind.FAMILY.value),
)
CARD_STATUSES = (
    ("status.active", CardStatus.ACTIVE.value),
    ("status.lost", CardStatus.LOST.value),
    ("status.revoked", CardStatus.REVOKED.value),
    ("status.returned", CardStatus.RETURNED.value),
)

_UNIT = ColumnSpec("unit", True, CellKind.CODE, fields=("unit_code",), example="1-1-101")

COLUMNS: dict[ImportKind, tuple[ColumnSpec, ...]] = {
    ImportKind.UNITS: (
        ColumnSpec("building", True, CellKind.CODE, example="1", width=8),
        ColumnSpec("entrance", False, CellKind.CODE, example="1", width=8),
        ColumnSpec("room", True, CellKind.CODE, example="101", width=8),
        ColumnSpec("floor", False, CellKind.INT, example=1, width=8),
        ColumnSpec("area", False, CellKind.NUMBER, example="89.5", width=12),
    ),
    ImportKind.RESIDENTS: (
        _UNIT,
        ColumnSpec(
            "resident_kind",
            True,
            CellKind.CHOICE,
            RESIDENT_KINDS,
            fields=("kind",),
            example="kind.owner",
            width=14,
        ),
        ColumnSpec("name", True, example="张三"),
        ColumnSpec("phone", False, CellKind.CODE, example="13812345678", width=16),
        ColumnSpec("phone2", False, CellKind.CODE, width=16),
        ColumnSpec("id_number", False, CellKind.CODE, width=22),
        ColumnSpec("move_in", False, CellKind.DATE, example=date(2024, 5, 1)),
        ColumnSpec("move_out", False, CellKind.DATE),
    ),
    ImportKind.VEHICLES: (
        ColumnSpec("plate", True, CellKind.CODE, example="粤B12345"),
        _UNIT,
        ColumnSpec("owner_name", True, example="张三"),
        ColumnSpec("parking_space", False, CellKind.CODE, fields=("space_code",), example="B2-017"),
        ColumnSpec("description", False, example="白色轿车", width=20),
    ),
    ImportKind.CARDS: (
        ColumnSpec("card_number", True, CellKind.CODE, example="00123456", width=16),
        _UNIT,
        ColumnSpec("holder_name", True, example="张三"),
        ColumnSpec(
            "card_status",
            False,
            CellKind.CHOICE,
            CARD_STATUSES,
            fields=("status",),
            example="status.active",
        ),
        ColumnSpec("issued_on", False, CellKind.DATE, example=date(2026, 1, 5)),
    ),
}

SHEET_LABELS = {
    ImportKind.UNITS: "sheet.units",
    ImportKind.RESIDENTS: "sheet.residents",
    ImportKind.VEHICLES: "sheet.vehicles",
    ImportKind.CARDS: "sheet.cards",
}


def column_for(columns: Sequence[ColumnSpec], field: str | None) -> ColumnSpec | None:
    """The column an error's field belongs to, or None for a whole-row error."""
    return next((c for c in columns if c.owns(field)), None)
