"""The repair tickets guards opened on patrol (the repairs demo writes them first, with
channel "patrol"), tied to the findings they came from, both ways: each gets a finding
at a checkpoint near its place, seen a few minutes to an hour and a half before it was
reported, in a round that passed there — or, when none did, in a round made for it —
and the ticket is pointed at the finding (source_kind "patrol", source_id its id), with
the guard of that round as its reporter.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, replace
from datetime import tzinfo

from sqlalchemy import Connection, Table, bindparam, select, update

from propdesk.domain.patrol.rounds import RoundSource
from propdesk.domain.repairs.kinds import RepairChannel, RepairSource
from propdesk.services.demo.patrol.crew import TEAMS
from propdesk.services.demo.patrol.findings import FindingMaker, TicketEnd
from propdesk.services.demo.patrol.rounds import RoundPlanner
from propdesk.services.demo.patrol.routes import DemoCheckpoint, checkpoints_near
from propdesk.services.demo.patrol.slots import team_on_shift
from propdesk.services.demo.rows_writer import Row
from propdesk.store.models import RepairTicket

TICKET_TABLE: Table = RepairTicket.__table__  # type: ignore[assignment]  # declared: a Table
MINUTE = 60
LOOKBACK = 90 * MINUTE  # a finding seen longer before its ticket is not "near"
REPORTED_AFTER = (2 * MINUTE, 12 * MINUTE)  # seen → ticket, for a round made for it
SHIFT_STEP = 10 * MINUTE  # a made round set off earlier by this until its slot is free
SHIFTS = 24


@dataclass(frozen=True)
class PatrolTicket:
    id: uuid.UUID
    reported_at: int
    common_area: str
    description: str
    category: str
    created_by: str
    end: TicketEnd


def read_patrol_tickets(connection: Connection) -> list[PatrolTicket]:
    """Tickets found on patrol that no record points at yet, oldest first."""
    t = RepairTicket
    rows = connection.execute(
        select(
            t.id,
            t.number,
            t.reported_at,
            t.common_area,
            t.description,
            t.category,
            t.created_by,
            t.closed_at,
            t.outcome,
            t.cancel_reason,
        )
        .where(t.channel == RepairChannel.PATROL.value, t.source_kind == "")
        .order_by(t.reported_at, t.id)
    )
    return [
        PatrolTicket(
            r.id,
            int(r.reported_at.timestamp()),
            r.common_area,
            r.description,
            r.category,
            r.created_by,
            TicketEnd(
                r.number,
                int(r.closed_at.timestamp()) if r.closed_at is not None else None,
                r.outcome,
                r.cancel_reason,
            ),
        )
        for r in rows
    ]


class TicketLinker:
    def __init__(
        self, planner: RoundPlanner, findings: FindingMaker, rng: random.Random, tz: tzinfo
    ) -> None:
        self.planner = planner
        self.findings = findings
        self.rng = rng
        self.tz = tz
        self.updates: list[Row] = []  # what each ticket is pointed at
        self.rounds_made = 0

    def link(self, tickets: list[PatrolTicket]) -> None:
        planner = self.planner
        for ticket in tickets:
            near = checkpoints_near(ticket.common_area, planner.routes)
            visit = planner.latest_visit(
                near, ticket.reported_at - MINUTE, ticket.reported_at - LOOKBACK
            )
            if visit >= 0 and self._entered_later(visit, ticket.reported_at):
                visit = -1  # a paper round's finding is recorded after its ticket: no
            if visit < 0:
                visit = self._round_for(ticket, near)
            if visit < 0:
                continue  # no round could answer for it: the ticket keeps no source
            seen = replace(planner.seen_at(visit), recorded_by=ticket.created_by)
            row = self.findings.from_ticket(
                seen, ticket.category, ticket.description, ticket.common_area, ticket.end
            )
            round_index = planner.visit_rounds[visit]
            planner.round_findings.append((round_index, row))
            planner.mark_issue(visit, row["seen"])
            self.updates.append(
                {
                    "ticket": ticket.id,
                    "source_id": str(uuid.UUID(int=row["id"])),
                    "reporter": planner.rounds[round_index]["guard_name"],
                }
            )

    def _entered_later(self, visit: int, reported_at: int) -> bool:
        row = self.planner.rounds[self.planner.visit_rounds[visit]]
        return bool(row["source"] == RoundSource.PAPER.value and row["created_at"] > reported_at)

    def _round_for(self, ticket: PatrolTicket, near: list[DemoCheckpoint]) -> int:
        """A round that reaches one of `near` shortly before the ticket, made for it;
        set off earlier until it answers a slot its route has not answered (or none).
        The index of its visit there, or -1."""
        planner, rng = self.planner, self.rng
        checkpoint = rng.choice(near)
        route = planner.routes[checkpoint.route]
        walk = planner.steps(route, keep=checkpoint.position)
        reach = walk.offsets[walk.order.index(checkpoint)]
        seen = ticket.reported_at - rng.randint(*REPORTED_AFTER)
        for shift in range(SHIFTS):
            start = seen - reach - shift * SHIFT_STEP
            slot, _verdict = planner.slots.answer(start)
            if slot is None or (slot, route.index) not in planner.taken:
                break
        else:
            return -1
        team = planner.crew.teams[team_on_shift(start, self.tz, TEAMS)]
        guard = planner.free_guard(team, start, start + walk.back)
        index = planner.record(route, guard, start, walk)
        self.rounds_made += 1
        for visit in range(len(planner.visit_ids) - 1, -1, -1):
            if planner.visit_rounds[visit] != index:
                break
            if planner.visit_checkpoints[visit] == checkpoint.index:
                return visit
        return -1

    def write(self, connection: Connection) -> None:
        """Point each ticket at its finding, and name the guard who reported it."""
        if not self.updates:
            return
        statement = (
            update(TICKET_TABLE)
            .where(TICKET_TABLE.c.id == bindparam("ticket"))
            .values(
                source_kind=RepairSource.PATROL.value,
                source_id=bindparam("source_id"),
                reporter_name=bindparam("reporter"),
            )
        )
        connection.execute(statement, self.updates)
