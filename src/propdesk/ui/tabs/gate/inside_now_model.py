"""Who is inside now (在场): visitors on a pass and vehicles that have not left."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from propdesk.services.core.export import ColumnKind
from propdesk.services.gate.entries import InsideNowRow
from propdesk.services.gate.vehicles import VehicleInsideRow
from propdesk.ui.widgets.dto_table_model import Column, DtoTableModel, count_column


def local_time(when: datetime) -> str:
    return when.astimezone().strftime("%Y-%m-%d %H:%M")


def _since_column(header: str) -> Column[Any]:
    """When a visitor or a vehicle came in (both tables): to the minute on screen, the
    local time in Excel."""
    return Column(
        header,
        lambda r: local_time(r.entered_at),
        value=lambda r: r.entered_at.astimezone().replace(tzinfo=None),
        kind=ColumnKind.DATETIME,
    )


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
                _since_column(self.tr("Since")),
                count_column(self.tr("Minutes inside"), lambda r: r.minutes_inside),
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
                _since_column(self.tr("Since")),
                count_column(self.tr("Minutes inside"), lambda r: r.minutes_inside),
            ]
        )
