"""Who is inside now (在场): visitors on a pass and vehicles that have not left.

How long each has been inside reads as a guard says it ("2 h 37 min", "2 小时 37
分钟"), not as a count of minutes; a visitor, or a visitor's car, still inside past the
estate's set hour is flagged (the row coloured, "overdue" in its last column).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from propdesk.services.core.export import ColumnKind
from propdesk.services.gate.entries import InsideNowRow
from propdesk.services.gate.vehicles import VehicleInsideRow
from propdesk.ui.widgets.dto_table_model import Column, DtoTableModel

translate = QCoreApplication.translate  # both tables share the visitors' table's words


MINUTES_PER_HOUR = 60
MINUTES_PER_DAY = 24 * MINUTES_PER_HOUR


def local_time(when: datetime) -> str:
    return when.astimezone().strftime("%Y-%m-%d %H:%M")


def since_text(when: datetime, today: date | None = None) -> str:
    """Came in today: the time alone (06:52); on an earlier day, with its day (12-04
    22:10), which stands out in a list of today's times. The year is left out: nobody
    is inside for a year."""
    local = when.astimezone()
    if local.date() == (today or date.today()):
        return local.strftime("%H:%M")
    return local.strftime("%m-%d %H:%M")


def time_inside(minutes: int) -> str:
    """How long, as said at the gate: 37 min, 2 h 37 min, and past a day 1 d 3 h (the
    minutes no longer matter then)."""
    days, rest = divmod(max(0, minutes), MINUTES_PER_DAY)
    hours, minutes = divmod(rest, MINUTES_PER_HOUR)
    if days:
        return translate("InsideNowTableModel", "{days} d {hours} h").format(days=days, hours=hours)
    if hours:
        return translate("InsideNowTableModel", "{hours} h {minutes} min").format(
            hours=hours, minutes=minutes
        )
    return translate("InsideNowTableModel", "{minutes} min").format(minutes=minutes)


def _since_column(header: str) -> Column[Any]:
    """When a visitor or a vehicle came in (both tables): to the minute on screen, the
    full local date and time as a tooltip and in Excel."""
    return Column(
        header,
        lambda r: since_text(r.entered_at),
        tooltip=lambda r: local_time(r.entered_at),
        value=lambda r: r.entered_at.astimezone().replace(tzinfo=None),
        kind=ColumnKind.DATETIME,
    )


def _time_inside_column() -> Column[Any]:
    """Both tables: hours and minutes on screen and in Excel (as read at the gate)."""
    header = translate("InsideNowTableModel", "Time inside")
    return Column(header, lambda r: time_inside(r.minutes_inside), numeric=True)


def _flag_column() -> Column[Any]:
    overdue = translate("InsideNowTableModel", "overdue")
    header = translate("InsideNowTableModel", "Flag")
    return Column(header, lambda r: overdue if r.overdue else "")


class InsideNowTableModel(DtoTableModel[InsideNowRow]):
    COL_PASS, COL_NAME, COL_UNIT, COL_SINCE, COL_TIME_INSIDE, COL_OVERDUE = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.set_columns(
            [
                Column(self.tr("Pass number"), lambda r: r.pass_number),
                Column(self.tr("Visitor"), lambda r: r.name, tooltip=lambda r: r.purpose),
                Column(self.tr("Unit"), lambda r: r.unit_code),
                _since_column(self.tr("Since")),
                _time_inside_column(),
                _flag_column(),
            ]
        )

    def is_flagged(self, row: InsideNowRow) -> bool:
        return row.overdue


class VehiclesInsideTableModel(DtoTableModel[VehicleInsideRow]):
    COL_PLATE, COL_PERMIT, COL_UNIT, COL_WHO, COL_SINCE, COL_TIME_INSIDE, COL_OVERDUE = range(7)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        registered = self.tr("registered")
        self.set_columns(
            [
                Column(self.tr("Plate"), lambda r: r.plate),
                # A visitor's car has its permit; a resident's is registered (one column:
                # the list sits in half the screen).
                Column(self.tr("Permit"), lambda r: r.permit_number or registered),
                Column(self.tr("Unit"), lambda r: r.unit_code),
                # The owner of a registered car; why a visitor's car came.
                Column(self.tr("Owner / purpose"), lambda r: r.owner_name or r.purpose),
                _since_column(self.tr("Since")),
                _time_inside_column(),
                _flag_column(),
            ]
        )

    def is_flagged(self, row: VehicleInsideRow) -> bool:
        return row.overdue
