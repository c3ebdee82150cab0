"""What the demo repair tickets are made from: the estate's residents who can call,
the engineering department's technicians (six hired when it has none), the WX number
counters, and seeded UUIDv7 ids. Read (and the technicians written) before the tickets
are planned, so planning itself needs no database.
"""

from __future__ import annotations

import random
import time
import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection, insert, select

from propdesk.domain.numbering import NumberKind
from propdesk.services.demo import fakes as fake
from propdesk.services.demo.ids import DemoIds
from propdesk.services.demo.number_counters import NumberCounters
from propdesk.services.demo.repairs import texts
from propdesk.services.demo.rows_writer import Row
from propdesk.services.demo.staff import department_id, staff_row
from propdesk.store.models import Resident, Staff, Unit

DAY = 86_400
BEIJING_OFFSET = 8 * 3600  # numbers follow the estate's months (Shenzhen, no DST)


@dataclass(frozen=True)
class DemoPerson:
    id: int  # the resident's id as an integer (see demo_rows_writer)
    name: str
    phone: str
    move_in: int  # Unix seconds; 0 when unknown
    move_out: int | None


def _ts(day: date | None) -> int | None:
    """Local midnight of `day` in Unix seconds."""
    if day is None:
        return None
    return (day.toordinal() - date(1970, 1, 1).toordinal()) * DAY - BEIJING_OFFSET


class RepairEstate:
    """The units whose residents can call (with a phone), and the buildings."""

    def __init__(self, connection: Connection) -> None:
        people: dict[int, list[DemoPerson]] = {}
        for r in connection.execute(
            select(
                Resident.id,
                Resident.unit_id,
                Resident.name,
                Resident.phone,
                Resident.move_in,
                Resident.move_out,
            ).where(Resident.voided_at.is_(None), Resident.phone != "")
        ):
            person = DemoPerson(r.id.int, r.name, r.phone, _ts(r.move_in) or 0, _ts(r.move_out))
            people.setdefault(r.unit_id.int, []).append(person)
        self.units = [
            (unit_id.int, people[unit_id.int])
            for unit_id, _code in connection.execute(
                select(Unit.id, Unit.code).where(Unit.voided_at.is_(None)).order_by(Unit.code)
            )
            if unit_id.int in people
        ]
        codes = connection.execute(select(Unit.code).where(Unit.voided_at.is_(None))).scalars()
        self.buildings = sorted({code.split("-")[0] for code in codes}) or ["1"]


def technicians(
    connection: Connection, rng: random.Random, ids: DemoIds, since: int
) -> tuple[list[Row], int]:
    """The engineering department's live staff, or six technicians hired `since` (and
    how many were hired)."""
    department = department_id(connection, "engineering")
    found = connection.execute(
        select(Staff.id, Staff.name).where(
            Staff.department_id == department, Staff.voided_at.is_(None)
        )
    ).all()
    if found:
        return [{"id": staff_id.int, "name": name} for staff_id, name in found], 0
    hired = [
        staff_row(
            uuid.UUID(int=ids.at(since)),
            fake.surname(rng) + fake.given_name(rng, True, 1978),
            department,
            position,
            fake.mobile(rng, set()),
            since,
        )
        for position in texts.TECHNICIAN_POSITIONS
    ]
    connection.execute(insert(Staff), hired)
    return [{"id": row["id"].int, "name": row["name"]} for row in hired], len(hired)


class RepairNumbers(NumberCounters):
    """WX numbers per month of the estate, continuing after what the counters hold."""

    def __init__(self, connection: Connection) -> None:
        super().__init__(connection, NumberKind.REPAIR)

    def next(self, ts: int) -> str:
        local = time.gmtime(ts + BEIJING_OFFSET)
        return self.take(f"{local.tm_year:04d}{local.tm_mon:02d}")
