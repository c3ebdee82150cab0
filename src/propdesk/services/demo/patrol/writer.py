"""Years of patrol rounds for the demo estate, ending now (five years: about 60,000
rounds and 600,000 checkpoint visits), in three parts like the repair tickets:

* `__init__` reads the estate's buildings and the number counters and finds (or hires)
  the security department's guards — the caller's connection;
* `make` plans the routes, every slot's round, the visits, the findings that needed no
  ticket and the refused scans, and turns the visits into the driver's parameters
  (pure Python: it runs on a thread while SQLite rebuilds the gate journal's indexes);
* `write` ties in the repair tickets found on patrol (written just before by the
  repairs demo), numbers the rounds, inserts everything with the tables' indexes
  rebuilt after, points the tickets at their findings and moves the counters on.

Ids are UUIDv7 from each row's own time with the seeded generator, so one seed makes
the same rounds. Slots are the station's zone's (the zone the console judges in);
no schedule is stored, so the default one applies, as for a new estate.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import tzinfo
from typing import Any

from sqlalchemy import Connection, Table, select

from propdesk.services.core.local_zone import local_zone
from propdesk.services.core.module_spec import DemoRequest
from propdesk.services.demo.gate.traffic import DEMO_STATION
from propdesk.services.demo.ids import DemoIds
from propdesk.services.demo.patrol.crew import TEAMS, read_crew
from propdesk.services.demo.patrol.findings import FindingMaker
from propdesk.services.demo.patrol.numbers import RoundNumbers
from propdesk.services.demo.patrol.params import PlannedParams
from propdesk.services.demo.patrol.rounds import RoundPlanner
from propdesk.services.demo.patrol.routes import plan_routes
from propdesk.services.demo.patrol.slots import plan_slots
from propdesk.services.demo.patrol.tickets import TicketLinker, read_patrol_tickets
from propdesk.services.demo.rows_writer import PlannedRowWriter, Row, indexes_rebuilt_after
from propdesk.store.models import (
    Building,
    PatrolCheckpoint,
    PatrolFinding,
    PatrolRefusedScan,
    PatrolRound,
    PatrolRoute,
    PatrolVisit,
)

DAY = 86_400


def _table(model: type) -> Table:
    table: Table = model.__table__  # type: ignore[attr-defined]  # declared: a Table
    return table


ROUTE, CHECKPOINT = _table(PatrolRoute), _table(PatrolCheckpoint)
ROUND, VISIT = _table(PatrolRound), _table(PatrolVisit)
FINDING, REFUSED = _table(PatrolFinding), _table(PatrolRefusedScan)


@dataclass(frozen=True)
class PatrolCounts:
    routes: int
    checkpoints: int
    rounds: int
    visits: int
    findings: int
    linked_tickets: int
    rounds_for_tickets: int  # made for a ticket no round passed near
    refused_scans: int
    open_rounds: int
    guards_hired: int


class PatrolDemo:
    def __init__(
        self, connection: Connection, request: DemoRequest, tz: tzinfo | None = None
    ) -> None:
        self._rng = rng = random.Random(f"patrol-{request.seed}")
        self._ids = ids = DemoIds(rng)
        self._now = int(request.now.timestamp())
        self._start = self._now - int(request.years * 365.25 * DAY)
        self._tz = tz or local_zone()
        station = request.station.strip()
        self._station = DEMO_STATION if station in ("", "-") else station
        self._crew = read_crew(connection, rng, ids, self._start - 30 * DAY)
        buildings = list(
            connection.execute(select(Building.code).where(Building.voided_at.is_(None))).scalars()
        )
        self._routes, self._route_rows, self._checkpoint_rows = plan_routes(
            buildings, ids, self._start - DAY
        )
        self._numbers = RoundNumbers(connection)
        self._writers = {t.name: PlannedRowWriter(connection, t) for t in _TABLES}
        self._planner: RoundPlanner | None = None
        self._round_params = PlannedParams(self._writers[ROUND.name])

    def make(self) -> None:
        slots = plan_slots(self._start, self._now, self._tz, TEAMS)
        findings = FindingMaker(self._rng, self._ids, self._crew.managers, self._now)
        planner = RoundPlanner(
            self._rng,
            self._ids,
            self._routes,
            self._crew,
            slots,
            findings,
            self._writers[VISIT.name],
            now=self._now,
            tz=self._tz,
            station=self._station,
        )
        planner.plan()
        # Copies: the planner keeps reading its rows (as planned) when tickets are tied in.
        self._round_params = PlannedParams(self._writers[ROUND.name])
        self._round_params.extend([dict(row) for row in planner.rounds])
        self._planner = planner

    def write(
        self, connection: Connection, alongside: Callable[[], object] | None = None
    ) -> PatrolCounts:
        """Insert what `make` planned (made here if it was not yet); `alongside` runs
        while the indexes are rebuilt (see rows_writer.indexes_rebuilt_after)."""
        if self._planner is None:
            self.make()
        planner = self._planner
        assert planner is not None
        linker = TicketLinker(planner, planner.findings, self._rng, self._tz)
        linker.link(read_patrol_tickets(connection))
        planner.flush()
        rounds = self._round_params
        rounds.extend([dict(row) for row in planner.rounds[len(rounds) :]])  # made for tickets
        self._numbers.number(planner.rounds, planner.periods)
        for index, row in enumerate(planner.rounds):
            rounds.patch(index, {"number": row["number"], "issues": row["issues"]})
        findings = _numbered_findings(planner)
        counts = PatrolCounts(
            routes=len(self._route_rows),
            checkpoints=len(self._checkpoint_rows),
            rounds=len(planner.rounds),
            visits=len(planner.visits),
            findings=len(findings),
            linked_tickets=len(linker.updates),
            rounds_for_tickets=linker.rounds_made,
            refused_scans=len(planner.refused),
            open_rounds=sum(1 for r in planner.rounds if r["finished_at"] is None),
            guards_hired=self._crew.hired,
        )
        planned: list[tuple[Table, list[Any]]] = [
            (ROUTE, self._params(ROUTE, self._route_rows)),
            (CHECKPOINT, self._params(CHECKPOINT, self._checkpoint_rows)),
            (ROUND, rounds.rows),
            (VISIT, planner.visits.rows),
            (FINDING, self._params(FINDING, findings)),
            (REFUSED, self._params(REFUSED, planner.refused)),
        ]
        with indexes_rebuilt_after(connection, [t for t, _ in planned], alongside):
            for table, params in planned:
                self._writers[table.name].insert(params)
        linker.write(connection)
        self._numbers.write(connection)
        self._planner = None  # the rows are written: let their memory go
        self._round_params = PlannedParams(self._writers[ROUND.name])
        return counts

    def _params(self, table: Table, rows: list[Row]) -> list[Any]:
        return self._writers[table.name].params(rows)


_TABLES = (ROUTE, CHECKPOINT, ROUND, VISIT, FINDING, REFUSED)


def _numbered_findings(planner: RoundPlanner) -> list[Row]:
    """Each finding numbered after its round (XL202612-0001-1, -2 …) by when it was seen."""
    per_round: dict[int, int] = {}
    rows = []
    for index, row in sorted(planner.round_findings, key=lambda f: (f[1]["seen_at"], f[0])):
        per_round[index] = per_round.get(index, 0) + 1
        row["number"] = f"{planner.rounds[index]['number']}-{per_round[index]}"
        rows.append(row)
    return rows
