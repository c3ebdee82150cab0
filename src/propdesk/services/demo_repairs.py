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
memory with times as whole Unix seconds and written by executemany of one compiled
INSERT per table; values go through the dialect's bind processors column by column,
except the times on SQLite, which are formatted straight from the seconds (checked
against the processor's text when the writer is made). Ids are UUIDv7 built from each
row's own time with the seeded generator, so one seed makes the same tickets.
"""

from __future__ import annotations

import random
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from itertools import accumulate
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table, Uuid, insert, select, update

from propdesk.domain.numbering import NumberKind, format_number
from propdesk.domain.personal_data import phone_tail
from propdesk.domain.repair_kinds import RepairCategory as C
from propdesk.domain.repair_kinds import RepairChannel as Ch
from propdesk.domain.repair_kinds import RepairPriority as P
from propdesk.domain.repair_sla import SlaRules
from propdesk.domain.repair_workflow import RepairOutcome, RepairState, RepairStep
from propdesk.services import demo_fakes as fake
from propdesk.services import demo_repair_texts as texts
from propdesk.store.models import (
    Department,
    NumberCounter,
    RepairStepRecord,
    RepairTicket,
    Resident,
    Staff,
    Unit,
)
from propdesk.store.types import AwareDateTime

Row = dict[str, Any]
TICKET_TABLE: Table = RepairTicket.__table__  # type: ignore[assignment]  # declared: a Table
STEP_TABLE: Table = RepairStepRecord.__table__  # type: ignore[assignment]
TICKETS_PER_DAY = 27.4  # the full estate (2,000 units): about 50,000 in five years
BATCH = 5000
MINUTE = 60
HOUR = 3600
DAY = 86_400
BEIJING_OFFSET = 8 * HOUR  # numbers follow the estate's months (Shenzhen, no DST)
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
_SQLITE_TIME = "%Y-%m-%d %H:%M:%S.000000"  # SQLAlchemy's SQLite text of a whole second

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


def _at(ts: int) -> datetime:
    return datetime.fromtimestamp(ts, UTC)


class _Ids:
    """UUIDv7 (RFC 9562) from a row's own time: 48 bits of ms, version, seeded bits."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def at(self, ts: int) -> int:
        bits = self.rng.getrandbits(84)  # the ms within the second, then 74 random bits
        ms = ts * 1000 + (bits >> 74) % 1000
        value = (ms << 80) | (0x7 << 76) | ((bits >> 62 & 0xFFF) << 64) | (0b10 << 62)
        return value | (bits & ((1 << 62) - 1))


class _Writer:
    """executemany of one compiled INSERT for every row of a table."""

    def __init__(self, connection: Connection, table: Table) -> None:
        self.connection = connection
        dialect = connection.dialect
        compiled = insert(table).compile(dialect=dialect)
        self.sql = compiled.string
        self.names = list(compiled.positiontup or [c.name for c in table.columns])
        self.positional = compiled.positional
        self.convert = {c.name: self._converter(c.type, dialect) for c in table.columns}

    def _converter(self, column_type: Any, dialect: Any) -> Callable[[Any], Any] | None:
        # dialect_impl: a TypeDecorator's own bind_processor skips the dialect's part
        # (SQLite's datetime text), which Core's compiler applies.
        process = column_type.dialect_impl(dialect).bind_processor(dialect)
        if isinstance(column_type, Uuid):
            return self._uuid_converter(process, dialect.name == "sqlite")
        if not isinstance(column_type, AwareDateTime):
            return process  # type: ignore[no-any-return]
        assert process is not None

        def through_core(ts: int | None) -> Any:
            return None if ts is None else process(_at(ts))

        if dialect.name != "sqlite":
            return through_core

        def text(ts: int | None) -> str | None:
            return None if ts is None else time.strftime(_SQLITE_TIME, time.gmtime(ts))

        sample = 1_700_000_000
        if text(sample) != through_core(sample):  # SQLAlchemy changed its format
            return through_core
        return text

    @staticmethod
    def _uuid_converter(
        process: Callable[[Any], Any] | None, sqlite: bool
    ) -> Callable[[int | None], Any]:
        """Ids are planned as the UUID's integer; SQLite stores its 32 hex digits."""

        def through_core(value: int | None) -> Any:
            if value is None:
                return None
            uid = uuid.UUID(int=value)
            return uid if process is None else process(uid)

        def text(value: int | None) -> str | None:
            return None if value is None else f"{value:032x}"

        sample = uuid.UUID(int=0x0192_3456_789A_7BCD_8EF0_1234_5678_9ABC).int
        return text if sqlite and text(sample) == through_core(sample) else through_core

    def write(self, rows: list[Row]) -> None:
        for first in range(0, len(rows), BATCH):
            group = rows[first : first + BATCH]
            for name in self.names:  # column by column: one tight loop per converter
                convert = self.convert[name]
                if convert is not None:
                    for row in group:
                        row[name] = convert(row[name])
            if self.positional:
                values = itemgetter(*self.names)
                self.connection.exec_driver_sql(self.sql, [values(row) for row in group])
            else:
                self.connection.exec_driver_sql(self.sql, group)


@dataclass(frozen=True)
class _Person:
    id: int  # the resident's id as an integer (see _Writer)
    name: str
    phone: str
    move_in: int  # Unix seconds; 0 when unknown
    move_out: int | None


def _ts(day: date | None) -> int | None:
    """Local midnight of `day` in Unix seconds."""
    if day is None:
        return None
    return (day.toordinal() - date(1970, 1, 1).toordinal()) * DAY - BEIJING_OFFSET


class _Estate:
    """The units whose residents can call (with a phone), and the buildings."""

    def __init__(self, connection: Connection) -> None:
        people: dict[int, list[_Person]] = {}
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
            person = _Person(r.id.int, r.name, r.phone, _ts(r.move_in) or 0, _ts(r.move_out))
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


def _technicians(
    connection: Connection, rng: random.Random, ids: _Ids, since: int
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
            "created_at": _at(since),
            "updated_at": _at(since),
            "voided_at": None,
            "voided_by": None,
            "void_reason": "",
        }
        for position in texts.TECHNICIAN_POSITIONS
    ]
    connection.execute(insert(Staff), hired)
    return [{"id": row["id"].int, "name": row["name"]} for row in hired], len(hired)


class _Numbers:
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
    "dispatched_at",
    "arrived_at",
    "diagnosed_at",
    "quoted_at",
    "decided_at",
    "started_at",
    "completed_at",
    "signed_off_at",
    "followed_up_at",
    "closed_at",
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
    def __init__(self, estate: _Estate, technicians: list[Row], rng: random.Random) -> None:
        self.estate = estate
        self.technicians = technicians
        self.rng = rng
        self.ids = _Ids(rng)
        self.tickets: list[Row] = []
        self.steps: list[Row] = []
        self.guard_names = [fake.surname(rng) + fake.given_name(rng, True, 1982) for _ in GUARDS]
        self.supervisor = fake.surname(rng) + fake.given_name(rng, False, 1985)

    # -- who and where -----------------------------------------------------------------
    def resident(self, ts: int) -> tuple[int, _Person] | None:
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
        person: _Person | None
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


@contextmanager
def _indexes_rebuilt_after(connection: Connection) -> Iterator[None]:
    """Drop the two tables' secondary indexes, load, then build them again (in the
    caller's transaction, so a failure leaves the schema as it was): one sort per index
    beats half a million B-tree inserts into each."""
    indexes = sorted(TICKET_TABLE.indexes | STEP_TABLE.indexes, key=lambda i: str(i.name))
    for index in indexes:
        index.drop(connection)
    yield
    for index in indexes:
        index.create(connection)


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
    rng = random.Random(f"repairs-{seed}")
    now_ts = int(now.timestamp())
    start = now_ts - int(years * 365.25 * DAY)
    technicians, hired = _technicians(connection, rng, _Ids(rng), start)
    estate = _Estate(connection)
    numbers = _Numbers(connection)
    planner = _Planner(estate, technicians, rng)
    per_day = TICKETS_PER_DAY * scale
    hours = list(range(24))
    hour_weights = list(accumulate(texts.REPORT_HOURS))
    day = start - (start + BEIJING_OFFSET) % DAY  # local midnight
    while day < now_ts:
        count = int(per_day) + (rng.random() < per_day % 1)
        chosen = rng.choices(hours, cum_weights=hour_weights, k=count)
        for ts in sorted(day + h * HOUR + rng.randrange(HOUR) for h in chosen):
            if start <= ts <= now_ts:
                planner.tickets.append(planner.ticket(ts, numbers.next(ts), now_ts))
        day += DAY
    open_tickets = sum(1 for t in planner.tickets if not t["outcome"])
    with _indexes_rebuilt_after(connection):
        _Writer(connection, TICKET_TABLE).write(planner.tickets)
        _Writer(connection, STEP_TABLE).write(planner.steps)
    numbers.write(connection)
    return RepairCounts(
        tickets=len(planner.tickets),
        steps=len(planner.steps),
        open_tickets=open_tickets,
        technicians_added=hired,
    )
