"""Visitors inside now (在场访客): pass, visitor, unit, since when, minutes inside."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from propdesk.services.export_service import ColumnKind
from propdesk.services.gate_service import InsideNowRow
from propdesk.ui.widgets.dto_table_model import Column, DtoTableModel


def local_time(when: datetime) -> str:
    return when.astimezone().strftime("%Y-%m-%d %H:%M")


class InsideNowTableModel(DtoTableModel[InsideNowRow]):
    COL_PASS, COL_NAME, COL_UNIT, COL_SINCE, COL_MINUTES = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.set_columns(
            [
                Column(self.tr("Pass number"), lambda r: r.pass_number),
                Column(self.tr("Visitor"), lambda r: r.name, tooltip=lambda r: r.purpose),
                Column(self.tr("Unit"), lambda r: r.unit_code),
                Column(
                    self.tr("Since"),
                    lambda r: local_time(r.entered_at),
                    value=lambda r: r.entered_at.astimezone().replace(tzinfo=None),
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
