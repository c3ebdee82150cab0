"""Who is inside now (在场): visitors on a pass and vehicles that have not left."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from propdesk.services.core.export import ColumnKind
from propdesk.services.gate.entries import InsideNowRow
from propdesk.services.gate.vehicles import VehicleInsideRow
from propdesk.ui.widgets.dto_table_model import Column, DtoTableModel


def local_time(when: datetime) -> str:
    return when.astimezone().strftime("%Y-%m-%d %H:%M")


def _since(row: InsideNowRow | VehicleInsideRow) -> datetime:
    return row.entered_at.astimezone().replace(tzinfo=None)


class InsideNowTableModel(DtoTableModel[InsideNowRow]):
    COL_PASS, COL_NAME, COL_UNIT, COL_SINCE, COL_MINUTES, COL_OVERDUE = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        overdue = self.tr("overdue")
        self.set_columns(
            [
                Column(self.tr("Pass number"), lambda r: r.pass_number),
                Column(self.tr("Visitor"), lambda r: r.name, tooltip=lambda r: r.purpose),
                Column(self.tr("Unit"), lambda r: r.unit_code),
                Column(
                    self.tr("Since"),
                    lambda r: local_time(r.entered_at),
                    value=_since,
                    kind=ColumnKind.DATETIME,
                ),
                Column(
                    self.tr("Minutes inside"),
                    lambda r: str(r.minutes_inside),
                    numeric=True,
                    value=lambda r: r.minutes_inside,
                    kind=ColumnKind.INT,
                ),
                Column(self.tr("Flag"), lambda r: overdue if r.overdue else ""),
            ]
        )

    def is_flagged(self, row: InsideNowRow) -> bool:
        return row.overdue


class VehiclesInsideTableModel(DtoTableModel[VehicleInsideRow]):
    COL_PLATE, COL_KIND, COL_PERMIT, COL_OWNER, COL_SINCE, COL_MINUTES = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        registered, visitor = self.tr("registered"), self.tr("visitor")
        self.set_columns(
            [
                Column(self.tr("Plate"), lambda r: r.plate),
                Column(self.tr("Vehicle"), lambda r: registered if r.registered else visitor),
                Column(self.tr("Permit"), lambda r: r.permit_number),
                Column(
                    self.tr("Owner"),
                    lambda r: f"{r.owner_name} ({r.unit_code})" if r.owner_name else "",
                ),
                Column(
                    self.tr("Since"),
                    lambda r: local_time(r.entered_at),
                    value=_since,
                    kind=ColumnKind.DATETIME,
                ),
                Column(
                    self.tr("Minutes inside"),
                    lambda r: str(r.minutes_inside),
                    numeric=True,
                    value=lambda r: r.minutes_inside,
                    kind=ColumnKind.INT,
                ),
            ]
        )
