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

from sqlalchemy import Connection, insert, select, update

from propdesk.domain.numbering import NumberKind, format_number
from propdesk.services.demo import fakes as fake
from propdesk.services.demo.repairs import texts
from propdesk.services.demo.rows_writer import Row, at_time
from propdesk.store.models import Department, NumberCounter, Resident, Staff, Unit

DAY = 86_400
BEIJING_OFFSET = 8 * 3600  # numbers follow the estate's months (Shenzhen, no DST)


class DemoIds:
    """UUIDv7 (RFC 9562) from a row's own time: 48 bits of ms, version, seeded bits."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def at(self, ts: int) -> int:
        bits = self.rng.getrandbits(84)  # the ms within the second, then 74 random bits
        ms = ts * 1000 + (bits >> 74) % 1000
        value = (ms << 80) | (0x7 << 76) | ((bits >> 62 & 0xFFF) << 64) | (0b10 << 62)
        return value | (bits & ((1 << 62) - 1))


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
    department = connection.execute(
        select(Department.id).where(Department.code == "engineering")
    ).scalar_one()
    found = connection.execute(
        select(Staff.id, Staff.name).where(
            Staff.department_id == department, Staff.voided_at.is_(None)
        )
    ).all()
    if found:
        return [{"id": staff_id.int, "name": name} for staff_id, name in found], 0
    hired: list[Row] = [
        {
            "id": uuid.UUID(int=ids.at(since)),
            "name": fake.surname(rng) + fake.given_name(rng, True, 1978),
            "department_id": department,
            "position": position,
            "phone": fake.mobile(rng, set()),
            "user_id": None,
            "created_at": at_time(since),
            "updated_at": at_time(since),
            "voided_at": None,
            "voided_by": None,
            "void_reason": "",
        }
        for position in texts.TECHNICIAN_POSITIONS
    ]
    connection.execute(insert(Staff), hired)
    return [{"id": row["id"].int, "name": row["name"]} for row in hired], len(hired)


class RepairNumbers:
    """WX numbers per month of the estate, continuing after what the counters hold."""

    def __init__(self, connection: Connection) -> None:
        kind = NumberKind.REPAIR.value
        rows = connection.execute(select(NumberCounter).where(NumberCounter.kind == kind))
        self.existing = {r.period: r.last for r in rows}
        self.last = dict(self.existing)

    def next(self, ts: int) -> str:
        local = time.gmtime(ts + BEIJING_OFFSET)
        period = f"{local.tm_year:04d}{local.tm_mon:02d}"
        self.last[period] = self.last.get(period, 0) + 1
        return format_number(NumberKind.REPAIR, period, self.last[period])

    def write(self, connection: Connection) -> None:
        """Counters at the last number used, so later real numbers do not collide."""
        kind = NumberKind.REPAIR.value
        new = [
            {"kind": kind, "period": period, "last": last}
            for period, last in self.last.items()
            if period not in self.existing
        ]
        if new:
            connection.execute(insert(NumberCounter), new)
        for period, last in self.last.items():
            if period in self.existing and last != self.existing[period]:
                connection.execute(
                    update(NumberCounter)
                    .where(NumberCounter.kind == kind, NumberCounter.period == period)
                    .values(last=last)
                )
