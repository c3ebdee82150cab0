"""What the demo complaints and inquiries are made from: the estate's residents who can
call (the repairs demo's RepairEstate), the staff of each department that handles
complaints (two or three hired where a department has nobody), and the TS and ZX
number counters. Read (and the staff written) before planning, so planning itself
needs no database."""

from __future__ import annotations

import random
import time
import uuid
from dataclasses import dataclass

from sqlalchemy import Connection, insert, select

from propdesk.domain.numbering import NumberKind
from propdesk.services.demo import fakes as fake
from propdesk.services.demo.complaints import texts
from propdesk.services.demo.ids import DemoIds
from propdesk.services.demo.number_counters import NumberCounters
from propdesk.services.demo.repairs.estate import BEIJING_OFFSET
from propdesk.services.demo.staff import department_id, staff_row
from propdesk.store.models import Staff


@dataclass(frozen=True)
class Handler:
    id: int  # the staff row's UUID as an integer
    name: str
    department: int  # the department's UUID as an integer


@dataclass(frozen=True)
class Handlers:
    by_department: dict[str, tuple[Handler, ...]]  # department code → its live staff
    hired: int


def read_handlers(connection: Connection, rng: random.Random, ids: DemoIds, since: int) -> Handlers:
    """Each handling department's live staff; a department with nobody gets the staff
    texts.HIRED names for it, hired `since` (Unix seconds)."""
    found: dict[str, tuple[Handler, ...]] = {}
    hired = 0
    for code in sorted(set(texts.DEPARTMENTS.values())):
        department = department_id(connection, code)
        rows = connection.execute(
            select(Staff.id, Staff.name)
            .where(Staff.department_id == department, Staff.voided_at.is_(None))
            .order_by(Staff.name, Staff.id)
        ).all()
        staff = [Handler(r.id.int, r.name, department.int) for r in rows]
        if not staff:
            new = [
                staff_row(
                    uuid.UUID(int=ids.at(since)),
                    fake.surname(rng) + fake.given_name(rng, rng.random() < 0.5, 1982),
                    department,
                    position,
                    fake.mobile(rng, set()),
                    since,
                )
                for wanted, position in texts.HIRED
                if wanted == code
            ]
            connection.execute(insert(Staff), new)
            staff = [Handler(row["id"].int, row["name"], department.int) for row in new]
            hired += len(new)
        found[code] = tuple(staff)
    return Handlers(found, hired)


class MonthNumbers(NumberCounters):
    """TS or ZX numbers per month of the estate (Shenzhen), continuing after what the
    counters hold."""

    def __init__(self, connection: Connection, kind: NumberKind) -> None:
        super().__init__(connection, kind)

    def next(self, ts: int) -> str:
        local = time.gmtime(ts + BEIJING_OFFSET)
        return self.take(f"{local.tm_year:04d}{local.tm_mon:02d}")
