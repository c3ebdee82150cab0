"""Years of demo drills and trainings in two steps: `__init__` reads the staff
register and the YL/PX counters; `make` plans (pure Python); `write` inserts the rows
with one executemany per table and moves the counters on."""

from __future__ import annotations

import random
from datetime import datetime, tzinfo
from typing import Any

from sqlalchemy import Connection, Table, select

from propdesk.domain.numbering import NumberKind
from propdesk.services.core.local_zone import local_zone
from propdesk.services.core.module_spec import DemoRequest
from propdesk.services.demo.drills.planner import DemoStaff, DrillPlanner
from propdesk.services.demo.ids import DemoIds
from propdesk.services.demo.number_counters import NumberCounters
from propdesk.services.demo.rows_writer import PlannedRowWriter
from propdesk.store.models import Department, Staff
from propdesk.store.models.drills import DrillParticipant, DrillPlanEntry, DrillSession

DAY = 86_400


def _table(model: type) -> Table:
    table: Table = model.__table__  # type: ignore[attr-defined]  # declared: a Table
    return table


SESSION, PARTICIPANT, ENTRY = _table(DrillSession), _table(DrillParticipant), _table(DrillPlanEntry)
TABLES = (ENTRY, SESSION, PARTICIPANT)  # parents first


def _staff(connection: Connection) -> list[DemoStaff]:
    rows = connection.execute(
        select(Staff.id, Staff.name, Department.code, Department.name.label("dept"))
        .join(Department, Department.id == Staff.department_id)
        .where(Staff.voided_at.is_(None))
        .order_by(Department.code, Staff.name, Staff.id)
    ).all()
    return [DemoStaff(r.id.int, r.name, r.code, r.dept) for r in rows]


class DrillDemo:
    def __init__(
        self, connection: Connection, request: DemoRequest, tz: tzinfo | None = None
    ) -> None:
        self._rng = random.Random(f"drills-{request.seed}")
        self._ids = DemoIds(self._rng)
        self._now = int(request.now.timestamp())
        self._start = self._now - int(request.years * 365.25 * DAY)
        self._tz = tz or local_zone()
        self._staff = _staff(connection)
        self._numbers = {
            kind: NumberCounters(connection, kind)
            for kind in (NumberKind.DRILL, NumberKind.TRAINING)
        }
        self._writers = {t.name: PlannedRowWriter(connection, t) for t in TABLES}
        self._params: dict[str, list[Any]] | None = None
        self._counts: dict[str, int] = {}

    def make(self) -> None:
        planned = DrillPlanner(
            self._rng, self._ids, self._staff, start=self._start, now=self._now, tz=self._tz
        ).plan()
        for row in sorted(planned.sessions, key=lambda r: (r["held_at"], r["id"])):
            local = datetime.fromtimestamp(row["held_at"], self._tz)
            kind = NumberKind.DRILL if row["kind"] == "drill" else NumberKind.TRAINING
            row["number"] = self._numbers[kind].take(f"{local.year:04d}{local.month:02d}")
        # The demo's counts (services.demo.service.DemoCounts).
        self._counts = {
            "drill_sessions": len(planned.sessions),
            "drill_plan_entries": len(planned.entries),
        }
        rows = {
            ENTRY.name: planned.entries,
            SESSION.name: planned.sessions,
            PARTICIPANT.name: planned.participants,
        }
        self._params = {name: self._writers[name].params(found) for name, found in rows.items()}

    def write(self, connection: Connection) -> dict[str, int]:
        if self._params is None:
            self.make()
        assert self._params is not None
        for table in TABLES:
            self._writers[table.name].insert(self._params[table.name])
        for counters in self._numbers.values():
            counters.write(connection)
        self._params = {}
        return self._counts
