"""Years of demo inspections, in three parts like the complaints:

* `__init__` reads the estate's buildings, the departments, each department's staff
  (hiring two or three where one has nobody, as the complaints demo does) and the XJ
  and ZG number counters — the caller's connection;
* `make` plans the equipment register, the templates, every inspection with its items,
  the notices and their re-inspections, numbers them in time order and turns them
  into the driver's parameters (pure Python: it may run on a thread while the database
  is busy with another module's rows);
* `write` inserts them with the tables' indexes rebuilt after and moves the counters
  on, so the next inspection or notice recorded at the desk gets the next number.

Ids are UUIDv7 from each row's own time with the seeded generator, so one seed makes
the same inspections. Local days and months are the station's zone's (the zone the
due list and the numbering judge in).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any

from sqlalchemy import Connection, Table, select

from propdesk.domain.numbering import NumberKind
from propdesk.services.core.local_zone import local_zone
from propdesk.services.core.module_spec import DemoRequest
from propdesk.services.demo.complaints.estate import read_handlers
from propdesk.services.demo.ids import DemoIds
from propdesk.services.demo.inspections.equipment import DemoBuilding, EquipmentPlanner
from propdesk.services.demo.inspections.rounds import Crew, RoundPlanner
from propdesk.services.demo.inspections.templates import plan_templates
from propdesk.services.demo.number_counters import NumberCounters
from propdesk.services.demo.rows_writer import PlannedRowWriter, Row, indexes_rebuilt_after
from propdesk.store.models import (
    Building,
    Department,
    Equipment,
    Inspection,
    InspectionItem,
    InspectionTemplate,
    Rectification,
)

DAY = 86_400


def _table(model: type) -> Table:
    table: Table = model.__table__  # type: ignore[attr-defined]  # declared: a Table
    return table


EQUIPMENT, TEMPLATE = _table(Equipment), _table(InspectionTemplate)
INSPECTION, ITEM, NOTICE = _table(Inspection), _table(InspectionItem), _table(Rectification)
# Parents first: items point at inspections and equipment, notices at inspections.
TABLES = (EQUIPMENT, TEMPLATE, INSPECTION, ITEM, NOTICE)


@dataclass(frozen=True)
class InspectionCounts:
    equipment: int
    templates: int
    inspections: int  # re-inspections included
    reinspections: int
    failed: int  # rounds with a failed item (re-inspections not counted)
    items: int
    rectifications: int
    open_rectifications: int  # open or fixed, awaiting the re-inspection
    staff_hired: int


class LocalMonthNumbers(NumberCounters):
    """XJ or ZG numbers per local month, continuing after what the counters hold."""

    def __init__(self, connection: Connection, kind: NumberKind, tz: tzinfo) -> None:
        super().__init__(connection, kind)
        self.tz = tz

    def number(self, rows: list[Row], moment: str) -> None:
        """Numbers the rows in the order of their `moment` (then id)."""
        for row in sorted(rows, key=lambda r: (r[moment], r["id"])):
            local = datetime.fromtimestamp(row[moment], self.tz)
            row["number"] = self.take(f"{local.year:04d}{local.month:02d}")


def _buildings(connection: Connection) -> list[DemoBuilding]:
    rows = connection.execute(
        select(Building.code, Building.name, Building.floors).where(Building.voided_at.is_(None))
    ).all()
    found = [DemoBuilding(r.code, r.name, r.floors) for r in rows]
    found.sort(key=lambda b: (len(b.code), b.code))  # 2 before 10
    return found


class InspectionDemo:
    def __init__(
        self, connection: Connection, request: DemoRequest, tz: tzinfo | None = None
    ) -> None:
        self._rng = rng = random.Random(f"inspections-{request.seed}")
        self._ids = ids = DemoIds(rng)
        self._now = int(request.now.timestamp())
        self._start = self._now - int(request.years * 365.25 * DAY)
        self._tz = tz or local_zone()
        handlers = read_handlers(connection, rng, ids, self._start - 30 * DAY)
        departments = {
            r.code: (r.id.int, r.name)
            for r in connection.execute(select(Department.code, Department.id, Department.name))
        }
        self._crew = Crew(handlers.by_department, departments)
        self._hired = handlers.hired
        self._buildings = _buildings(connection)
        self._inspection_numbers = LocalMonthNumbers(connection, NumberKind.INSPECTION, self._tz)
        self._notice_numbers = LocalMonthNumbers(connection, NumberKind.RECTIFICATION, self._tz)
        self._writers = {t.name: PlannedRowWriter(connection, t) for t in TABLES}
        self._params: dict[str, list[Any]] | None = None
        self._counts: InspectionCounts | None = None

    def make(self) -> None:
        start, now, tz = self._start, self._now, self._tz
        today = datetime.fromtimestamp(now, tz).date()
        first_day = datetime.fromtimestamp(start, tz).date()
        # The register typed in and the templates seeded the day before the first round.
        seeded = start - DAY
        equipment = EquipmentPlanner(self._rng, self._ids, today, seeded).estate(self._buildings)
        templates, template_rows = plan_templates(self._ids, seeded, first_day)
        planned = RoundPlanner(
            self._rng, self._ids, self._crew, equipment.places, start=start, now=now, tz=tz
        ).plan(templates)
        self._inspection_numbers.number(planned.inspections, "inspected_at")
        self._notice_numbers.number(planned.notices, "issued_at")
        again = sum(1 for r in planned.inspections if r["rectification_id"] is not None)
        self._counts = InspectionCounts(
            equipment=len(equipment.rows),
            templates=len(template_rows),
            inspections=len(planned.inspections),
            reinspections=again,
            failed=sum(
                1 for r in planned.inspections if not r["passed"] and r["rectification_id"] is None
            ),
            items=len(planned.items),
            rectifications=len(planned.notices),
            open_rectifications=sum(1 for n in planned.notices if n["closed_at"] is None),
            staff_hired=self._hired,
        )
        rows = {
            EQUIPMENT.name: equipment.rows,
            TEMPLATE.name: template_rows,
            INSPECTION.name: planned.inspections,
            ITEM.name: planned.items,
            NOTICE.name: planned.notices,
        }
        # Converted in place: not rows any more.
        self._params = {name: self._writers[name].params(found) for name, found in rows.items()}

    def write(
        self, connection: Connection, alongside: Callable[[], object] | None = None
    ) -> InspectionCounts:
        """Insert what `make` planned (made here if it was not yet); `alongside` runs
        while the indexes are rebuilt (see rows_writer.indexes_rebuilt_after)."""
        if self._params is None:
            self.make()
        assert self._params is not None
        assert self._counts is not None
        with indexes_rebuilt_after(connection, TABLES, alongside):
            for table in TABLES:
                self._writers[table.name].insert(self._params[table.name])
        self._inspection_numbers.write(connection)
        self._notice_numbers.write(connection)
        self._params = {}
        return self._counts
