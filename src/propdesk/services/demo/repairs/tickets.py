"""Years of repair tickets for the demo estate, ending now (five years: about 50,000).

Each ticket is planned as its whole story — reported, dispatched, arrived, diagnosed,
quoted and answered (paid repairs), repaired, signed off, followed up, closed — with
realistic gaps; the steps whose time is still in the future are left out, so the
tickets of the last days are open at the stage they have reached: a backlog of a few
dozen, some overdue or stale. About 93 % end resolved with a follow-up rating, paid
quotes are sometimes refused, a few tickets are cancelled.

Reporters are residents living in the unit at the time; common areas are reported by
residents, or found by guards on patrol and by inspectors. The engineering
department's technicians are used, or six are hired when it has none.

Speed (50,000 tickets and half a million steps in seconds): the rows are planned in
memory and written by demo_rows_writer; planning needs no database, so it can run
while the database does other work (RepairTicketDemo). Ids are UUIDv7 built from each
row's own time with the seeded generator, so one seed makes the same tickets.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import accumulate
from typing import Any

from sqlalchemy import Connection, Table

from propdesk.domain.personal_data import phone_tail
from propdesk.domain.repairs.kinds import RepairCategory as C
from propdesk.domain.repairs.kinds import RepairChannel as Ch
from propdesk.domain.repairs.kinds import RepairPriority as P
from propdesk.domain.repairs.sla import SlaRules
from propdesk.domain.repairs.workflow import RepairOutcome, RepairState, RepairStep
from propdesk.services.demo import fakes as fake
from propdesk.services.demo.ids import DemoIds
from propdesk.services.demo.repairs import estate as estate_data
from propdesk.services.demo.repairs import texts
from propdesk.services.demo.repairs.estate import BEIJING_OFFSET, DAY, DemoPerson, RepairEstate
from propdesk.services.demo.rows_writer import PlannedRowWriter, Row, indexes_rebuilt_after
from propdesk.services.repairs.tickets import STEP_TIMES
from propdesk.store.models import RepairStepRecord, RepairTicket

TICKET_TABLE: Table = RepairTicket.__table__  # type: ignore[assignment]  # declared: a Table
STEP_TABLE: Table = RepairStepRecord.__table__  # type: ignore[assignment]
TICKETS_PER_DAY = 27.4  # the full estate (2,000 units): about 50,000 in five years
MINUTE = 60
HOUR = 3600
RULES = SlaRules()  # the default limits: the demo goes into a new database
CLERKS = ("clerk1", "clerk2", "clerk3")
GUARDS = ("guard1", "guard2", "guard3", "guard4")
UNIT_SHARE = 0.72
PAID_SHARE = 0.88  # of a unit's repairs; common areas are free
REFUSED_SHARE = 0.06  # of paid quotes
CANCELLED_SHARE = 0.04  # drawn at a random step: about 3 % end cancelled
LATE_SHARE = 0.08  # arrivals after the limit
# The engineering department is short-handed this week: calls of the last days wait
# longer, so the demo's backlog has overdue tickets to show.
RECENT = 3 * 86_400
RECENT_LATE_SHARE = 0.25
STUCK_SHARE = 0.02  # days waiting for parts before the repair starts
REASSIGNED_SHARE = 0.02

_Weighted = tuple[list[Any], list[float]]  # values and their cumulative weights


def _weighted(table: Sequence[tuple[Any, float]]) -> _Weighted:
    return [v for v, _ in table], list(accumulate(w for _, w in table))


PRIORITIES = _weighted(texts.PRIORITIES)
UNIT_CHANNELS = _weighted(texts.UNIT_CHANNELS)
AREA_CHANNELS = _weighted(texts.AREA_CHANNELS)
UNIT_CATEGORIES = _weighted(texts.UNIT_CATEGORIES)
AREA_CATEGORIES = _weighted(texts.AREA_CATEGORIES)
RATINGS = _weighted(texts.RATINGS)


def _pick(rng: random.Random, table: _Weighted) -> Any:
    return rng.choices(table[0], cum_weights=table[1])[0]


@dataclass(frozen=True)
class RepairCounts:
    tickets: int
    steps: int
    open_tickets: int
    technicians_added: int


# Steps and states as plain strings in the hot loop: an Enum member's value or hash
# is a Python call, which costs more than the rest of a step.
REPORT = RepairStep.REPORT.value
DISPATCH = RepairStep.DISPATCH.value
REASSIGN = RepairStep.REASSIGN.value
ARRIVE = RepairStep.ARRIVE.value
DIAGNOSE = RepairStep.DIAGNOSE.value
QUOTE = RepairStep.QUOTE.value
APPROVE = RepairStep.APPROVE.value
REFUSE = RepairStep.REFUSE.value
START_REPAIR = RepairStep.START_REPAIR.value
COMPLETE = RepairStep.COMPLETE.value
SIGN_OFF = RepairStep.SIGN_OFF.value
FOLLOW_UP = RepairStep.FOLLOW_UP.value
CLOSE = RepairStep.CLOSE.value
CANCEL = RepairStep.CANCEL.value
# Where each step takes a ticket, and the time column it sets.
_TO = {
    REPORT: (RepairState.REPORTED.value, "reported_at"),
    DISPATCH: (RepairState.DISPATCHED.value, "dispatched_at"),
    ARRIVE: (RepairState.ARRIVED.value, "arrived_at"),
    DIAGNOSE: (RepairState.DIAGNOSED.value, "diagnosed_at"),
    QUOTE: (RepairState.QUOTED.value, "quoted_at"),
    APPROVE: (RepairState.APPROVED.value, "decided_at"),
    REFUSE: (RepairState.CLOSED.value, "decided_at"),
    START_REPAIR: (RepairState.IN_REPAIR.value, "started_at"),
    COMPLETE: (RepairState.COMPLETED.value, "completed_at"),
    SIGN_OFF: (RepairState.SIGNED_OFF.value, "signed_off_at"),
    FOLLOW_UP: (RepairState.FOLLOWED_UP.value, "followed_up_at"),
    CLOSE: (RepairState.CLOSED.value, "closed_at"),
    CANCEL: (RepairState.CANCELLED.value, "closed_at"),
}
_ENDS = {
    REFUSE: RepairOutcome.REFUSED.value,
    CLOSE: RepairOutcome.RESOLVED.value,
    CANCEL: RepairOutcome.CANCELLED.value,
}
# A cancellation replaces one of these steps (it comes before the work is done).
_CANCELLABLE_BEFORE = frozenset(
    {DISPATCH, REASSIGN, ARRIVE, DIAGNOSE, QUOTE, APPROVE, START_REPAIR, COMPLETE}
)
_UNSET = (
    "technician_id",
    *STEP_TIMES,
    "quote_labour_fen",
    "quote_materials_fen",
    "quote_minutes",
    "approved",
    "rating",
)
_EMPTY = (
    "outcome",
    "diagnosis",
    "decision_note",
    "work_done",
    "materials_used",
    "signed_by",
    "follow_up_comment",
    "cancel_reason",
    "source_kind",
    "source_id",
)
Plan = list[tuple[str, float, str, Row]]  # step, seconds after the last, who, values


class _Planner:
    def __init__(self, estate: RepairEstate, technicians: list[Row], rng: random.Random) -> None:
        self.estate = estate
        self.technicians = technicians
        self.rng = rng
        self.ids = DemoIds(rng)
        self.tickets: list[Row] = []
        self.steps: list[Row] = []
        self.guard_names = [fake.surname(rng) + fake.given_name(rng, True, 1982) for _ in GUARDS]
        self.supervisor = fake.surname(rng) + fake.given_name(rng, False, 1985)

    # -- who and where -----------------------------------------------------------------
    def resident(self, ts: int) -> tuple[int, DemoPerson] | None:
        """A unit and a resident living there at `ts` (a few tries; None if unlucky)."""
        for _ in range(5):
            unit_id, people = self.rng.choice(self.estate.units)
            living = [p for p in people if p.move_in <= ts and (p.move_out or ts + 1) > ts]
            if living:
                return unit_id, self.rng.choice(living)
        return None

    def common_area(self, category: C) -> str:
        rng = self.rng
        building, entrance = rng.choice(self.estate.buildings), rng.randint(1, 2)
        area = "电梯" if category is C.LIFT else rng.choice(texts.AREAS)
        return f"{building} 栋 {entrance} 单元{area}" if area in texts.IN_BUILDING else area

    # -- one ticket ----------------------------------------------------------------------
    def ticket(self, reported: int, number: str, now: int) -> Row:
        rng = self.rng
        found = self.resident(reported) if rng.random() < UNIT_SHARE else None
        person: DemoPerson | None
        if found is not None:
            unit_id, person = found
            category, channel = _pick(rng, UNIT_CATEGORIES), _pick(rng, UNIT_CHANNELS)
            paid, area = rng.random() < PAID_SHARE, ""
        else:
            unit_id, person = None, None
            category, channel = _pick(rng, AREA_CATEGORIES), _pick(rng, AREA_CHANNELS)
            paid, area = False, self.common_area(category)
            if channel not in (Ch.PATROL, Ch.INSPECTION) and self.estate.units:
                person = rng.choice(rng.choice(self.estate.units)[1])
        priority = _pick(rng, PRIORITIES)
        if category is C.LIFT and rng.random() < 0.3:
            priority = P.EMERGENCY  # someone is stuck in the lift
        clerk = rng.choice(CLERKS)
        if person is not None:
            reporter, phone = person.name, person.phone
        elif channel is Ch.INSPECTION:
            reporter, phone = str(rng.choice(self.technicians)["name"]), ""
        else:
            reporter, phone = rng.choice(self.guard_names), ""
        fault = rng.choice(texts.FAULTS[category])
        ticket: Row = {
            "id": self.ids.at(reported),
            "number": number,
            "state": "",
            "channel": channel.value,
            "category": category.value,
            "priority": priority.value,
            "paid": paid,
            "reporter_name": reporter,
            "reporter_phone": phone,
            "reporter_phone_tail": phone_tail(phone),
            "resident_id": person.id if person is not None else None,
            "unit_id": unit_id,
            "common_area": area,
            "description": fault[0],
            "created_by": rng.choice(GUARDS) if channel is Ch.PATROL else clerk,
            "arrival_due_at": reported + RULES.minutes(priority) * MINUTE,
            "created_at": reported,
            **dict.fromkeys(_UNSET),
            **dict.fromkeys(_EMPTY, ""),
        }
        story = _Story(self, ticket, reported, now)
        story.step(REPORT, 0, ticket["created_by"], {})
        signer = person.name if person is not None and unit_id else self.supervisor
        late_share = RECENT_LATE_SHARE if now - reported < RECENT else LATE_SHARE
        plan = self.plan(priority, paid, clerk, fault, signer, late_share)
        cancel_at = rng.randrange(len(plan)) if rng.random() < CANCELLED_SHARE else -1
        for index, (step, gap, user, values) in enumerate(plan):
            if index == cancel_at and step in _CANCELLABLE_BEFORE:
                reason = rng.choice(texts.CANCEL_REASONS)
                cancel = {"cancel_reason": reason}
                story.step(CANCEL, rng.uniform(10, 600) * MINUTE, clerk, cancel, reason)
                break
            if not story.step(step, gap, user, values, values.pop("note", "")):
                break
        ticket["updated_at"] = ticket["last_step_at"] = story.ts
        return ticket

    def plan(
        self,
        priority: P,
        paid: bool,
        clerk: str,
        fault: tuple[str, ...],
        signer: str,
        late_share: float,
    ) -> Plan:
        """The ticket's whole story: each step, its gap after the previous one, by whom."""
        rng = self.rng
        _fault, diagnosis, work, materials = fault
        limit = RULES.minutes(priority) * MINUTE
        technician = rng.choice(self.technicians)
        tech = f"tech{self.technicians.index(technician) + 1}"
        dispatch = rng.uniform(1, 5 if priority is P.EMERGENCY else 20) * MINUTE
        late = rng.random() < late_share
        reach = limit * (rng.uniform(1.05, 3.0) if late else rng.uniform(0.15, 0.9))
        plan: Plan = [(DISPATCH, dispatch, clerk, {"technician_id": technician["id"]})]
        if rng.random() < REASSIGNED_SHARE:
            other = rng.choice(self.technicians)
            if other is not technician:
                gap = min(rng.uniform(5, 30) * MINUTE, reach / 3)
                plan.append((REASSIGN, gap, clerk, {"technician_id": other["id"]}))
                tech = f"tech{self.technicians.index(other) + 1}"
        arrive = max(MINUTE, reach - sum(step[1] for step in plan))
        plan += [
            (ARRIVE, arrive, tech, {}),
            (DIAGNOSE, rng.uniform(5, 40) * MINUTE, tech, {"diagnosis": diagnosis}),
        ]
        if paid:
            quote = {
                "quote_labour_fen": rng.randrange(30, 300) * 100,
                "quote_materials_fen": rng.randrange(5, 600) * 100 if materials else 0,
                "quote_minutes": rng.randrange(2, 24) * 15,
            }
            plan.append((QUOTE, rng.uniform(5, 30) * MINUTE, tech, quote))
            wait = rng.uniform(5, 60) * MINUTE if rng.random() < 0.5 else rng.uniform(1, 48) * HOUR
            if rng.random() < REFUSED_SHARE:
                reason = rng.choice(texts.REFUSE_REASONS)
                refusal = {"approved": False, "decision_note": reason, "note": reason}
                return [*plan, (REFUSE, wait, clerk, refusal)]
            plan.append((APPROVE, wait, clerk, {"approved": True}))
        start = rng.uniform(0, 30) * MINUTE
        if rng.random() < STUCK_SHARE:
            start = rng.uniform(3.5, 9) * DAY  # parts on order
        elif rng.random() < 0.3:
            start = rng.uniform(2, 36) * HOUR  # an appointment with the resident
        rating = _pick(rng, RATINGS)
        follow_up = {"rating": rating, "follow_up_comment": rng.choice(texts.COMMENTS[rating])}
        done = {"work_done": work, "materials_used": materials}
        return [
            *plan,
            (START_REPAIR, start, tech, {}),
            (COMPLETE, rng.uniform(20, 240) * MINUTE, tech, done),
            (SIGN_OFF, rng.uniform(2, 30) * MINUTE, tech, {"signed_by": signer}),
            (FOLLOW_UP, rng.uniform(0.2, 2.5) * DAY, clerk, follow_up),
            (CLOSE, rng.uniform(1, 30) * MINUTE, clerk, {}),
        ]


class _Story:
    """One ticket's steps, written onto its row and its timeline as they happen."""

    def __init__(self, planner: _Planner, ticket: Row, reported: int, now: int) -> None:
        self.planner = planner
        self.ticket = ticket
        self.ts = reported
        self.now = now

    def step(self, step: str, gap: float, username: str, values: Row, note: str = "") -> bool:
        """Record `step` `gap` seconds after the last one (at least one: a timeline is
        read in time order); False (nothing recorded) when that lies in the future."""
        at = self.ts if step == REPORT else self.ts + max(1, int(gap))
        if at > self.now:
            return False
        ticket = self.ticket
        before = ticket["state"]
        state, column = (before, None) if step == REASSIGN else _TO[step]
        ticket.update(values)
        ticket["state"] = state
        if column is not None:
            ticket[column] = at
        if step in _ENDS:
            ticket["outcome"] = _ENDS[step]
            ticket["closed_at"] = at
        self.planner.steps.append(
            {
                "id": self.planner.ids.at(at),
                "ticket_id": ticket["id"],
                "step": step,
                "from_state": before,
                "to_state": state,
                "at": at,
                "username": username,
                "note": note,
                "technician_id": values.get("technician_id"),
            }
        )
        self.ts = at
        return True


class RepairTicketDemo:
    """The demo tickets in three parts, so the middle one can run on another thread
    while the database is busy with something else (demo_data runs it while SQLite
    rebuilds the gate journal's indexes, which releases the GIL):

    * `__init__` reads the estate and hires the technicians (the caller's connection);
    * `make` plans every ticket and step and turns them into the driver's parameters
      (pure Python, no database);
    * `write` inserts them, rebuilds the two tables' indexes and moves the counters on.
    """

    def __init__(
        self,
        connection: Connection,
        *,
        seed: int,
        scale: float = 1.0,
        years: float = 5.0,
        now: datetime,
    ) -> None:
        self._rng = random.Random(f"repairs-{seed}")
        self._now = int(now.timestamp())
        self._start = self._now - int(years * 365.25 * DAY)
        self._scale = scale
        technicians, self._hired = estate_data.technicians(
            connection, self._rng, DemoIds(self._rng), self._start
        )
        self._planner = _Planner(estate_data.RepairEstate(connection), technicians, self._rng)
        self._numbers = estate_data.RepairNumbers(connection)
        self._tickets = PlannedRowWriter(connection, TICKET_TABLE)
        self._steps = PlannedRowWriter(connection, STEP_TABLE)
        self._params: tuple[list[Any], list[Any]] | None = None
        self._counts: RepairCounts | None = None

    def make(self) -> None:
        planner, numbers, rng = self._planner, self._numbers, self._rng
        now, start = self._now, self._start
        per_day = TICKETS_PER_DAY * self._scale
        hours = list(range(24))
        hour_weights = list(accumulate(texts.REPORT_HOURS))
        day = start - (start + BEIJING_OFFSET) % DAY  # local midnight
        while day < now:
            count = int(per_day) + (rng.random() < per_day % 1)
            chosen = rng.choices(hours, cum_weights=hour_weights, k=count)
            for ts in sorted(day + h * HOUR + rng.randrange(HOUR) for h in chosen):
                if start <= ts <= now:
                    planner.tickets.append(planner.ticket(ts, numbers.next(ts), now))
            day += DAY
        self._counts = RepairCounts(
            tickets=len(planner.tickets),
            steps=len(planner.steps),
            open_tickets=sum(1 for t in planner.tickets if not t["outcome"]),
            technicians_added=self._hired,
        )
        self._params = (
            self._tickets.params(planner.tickets),
            self._steps.params(planner.steps),
        )
        planner.tickets, planner.steps = [], []  # converted in place: not rows any more

    def write(self, connection: Connection) -> RepairCounts:
        """Insert what `make` planned (made here if it was not yet)."""
        if self._params is None:
            self.make()
        assert self._params is not None
        assert self._counts is not None
        tickets, steps = self._params
        with indexes_rebuilt_after(connection, (TICKET_TABLE, STEP_TABLE)):
            self._tickets.insert(tickets)
            self._steps.insert(steps)
        self._numbers.write(connection)
        self._params = ([], [])
        return self._counts


def add_repair_tickets(
    connection: Connection,
    *,
    seed: int,
    scale: float = 1.0,
    years: float = 5.0,
    now: datetime,
) -> RepairCounts:
    """Write `years` of repair tickets ending at `now` for the estate already in the
    database (inside the caller's transaction); volumes scale with `scale`."""
    demo = RepairTicketDemo(connection, seed=seed, scale=scale, years=years, now=now)
    return demo.write(connection)
