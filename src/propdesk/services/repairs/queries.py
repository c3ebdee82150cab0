"""Ticket lists: a filtered page newest first (keyset), the same rows for export, the
technicians' workload and the open backlog with its age.

Pages are fetched by keyset on (reported_at, id), so the hundredth page costs what the
first does. Every filter is a condition one index answers on 50,000 tickets:
(reported_at, id) for the order and the date range, (state, reported_at) for states and
the overdue / stale views (open tickets are few), (technician_id, reported_at), (unit_id,
reported_at), the unique number, the reporter's name and phone tail. The search text is
read in each way it can be meant — a ticket number or its start (WX2026…), a unit code
or its start (3-2-…), a phone number or its last digits, a name's start — and each
reading is an indexed condition (a range instead of LIKE), so SQLite can answer an OR
of them with one index per reading.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterator, Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Row,
    SQLColumnExpression,
    and_,
    false,
    func,
    literal,
    or_,
    select,
    tuple_,
)
from sqlalchemy.orm import Session

from propdesk.domain.personal_data import phone_digits
from propdesk.domain.repairs.kinds import RepairCategory, RepairChannel, RepairPriority
from propdesk.domain.repairs.sla import (
    Pause,
    SlaRules,
    StateChange,
    approval_waits,
    is_stale,
    resolution_age,
    stale_before,
)
from propdesk.domain.repairs.workflow import (
    OPEN_STATES,
    WAITING_FOR_RESIDENT,
    RepairOutcome,
    RepairState,
)
from propdesk.services.core.paging import Key, Page
from propdesk.services.core.people import display_names
from propdesk.store.models import Department, RepairStepRecord, RepairTicket, Staff, Unit

MAX_PAGE = 500
EXPORT_BATCH = 2000
MAX_CHAR = "\U0010ffff"  # x <= value < x + MAX_CHAR is "starts with x", through an index
UNIT_CODES_MAX = 500  # a unit prefix such as "3-" stands for at most this many units
TECHNICIANS_DEPARTMENT = "engineering"

# A station's letters may follow the dash (WX202612-B0001: domain.numbering).
_NUMBER = re.compile(r"^WX[0-9]*(?:-[A-Z]{0,2}[0-9]*)?$")
_WHOLE_NUMBER = re.compile(r"^WX\d{6}-(?:[A-Z]{1,2})?\d{4,}$")
_UNIT = re.compile(r"^[0-9A-Z]+(?:-[0-9A-Z]*)+$")
_PHONE = re.compile(r"^[0-9 +()-]{4,}$")
_OPEN = sorted(s.value for s in OPEN_STATES)


@dataclass(frozen=True)
class TicketFilter:
    states: frozenset[RepairState] | None = None  # None: every state; OPEN_STATES: open
    priority: RepairPriority | None = None
    category: RepairCategory | None = None
    technician_id: uuid.UUID | None = None
    overdue_only: bool = False  # open, nobody arrived, past the arrival limit
    stale_only: bool = False  # open, not waiting for the resident, no step for N days
    date_from: date | None = None  # local dates of the report, both inclusive
    date_to: date | None = None
    text: str = ""  # ticket number, unit code, reporter's name or phone (or their start)


@dataclass(frozen=True)
class TicketRow:
    id: uuid.UUID
    number: str
    state: RepairState
    outcome: RepairOutcome | None
    priority: RepairPriority
    category: RepairCategory
    channel: RepairChannel
    paid: bool
    reporter_name: str
    reporter_phone: str
    unit_code: str
    common_area: str
    description: str
    technician_id: uuid.UUID | None
    technician_name: str
    reported_at: datetime
    arrival_due_at: datetime
    arrived_at: datetime | None
    closed_at: datetime | None
    last_step_at: datetime
    rating: int | None
    created_by: str  # the login of whoever took the call (a record keeps logins)
    created_by_name: str  # that person's name, as lists and sheets show it
    overdue: bool  # arrival overdue as of the page's time
    stale: bool

    @property
    def key(self) -> Key:
        return (self.reported_at, self.id)

    @property
    def location(self) -> str:
        return self.unit_code or self.common_area


TicketPage = Page[TicketRow]  # keyed by (reported_at, id)


@dataclass(frozen=True)
class TechnicianLoad:
    technician_id: uuid.UUID | None  # None: open tickets nobody was sent to yet
    technician_name: str
    open_count: int
    overdue_count: int  # open, nobody arrived yet, past the arrival limit
    stale_count: int


@dataclass(frozen=True)
class BacklogRow:
    id: uuid.UUID
    number: str
    state: RepairState
    priority: RepairPriority
    category: RepairCategory
    location: str  # unit code or common area
    reporter_name: str
    technician_name: str
    reported_at: datetime
    last_step_at: datetime
    age: timedelta  # since the report
    resolution_age: timedelta  # less the waits for the resident's approval
    waiting_since: datetime | None  # waiting for the resident's approval since then
    overdue: bool  # arrival overdue
    stale: bool


def _start_of(day: date) -> datetime:
    """Local midnight of `day` (the office's clock), aware."""
    return datetime.combine(day, time()).astimezone()


def _is_open(state: RepairState) -> bool:
    return state in OPEN_STATES


def _overdue(
    state: RepairState, arrived_at: datetime | None, due_at: datetime, now: datetime
) -> bool:
    """The arrival is overdue: open, nobody arrived, and now is past the limit."""
    return _is_open(state) and arrived_at is None and now > due_at


# -- the search text --------------------------------------------------------------------
def _starts(column: SQLColumnExpression[str], prefix: str) -> ColumnElement[bool]:
    return and_(column >= prefix, column < prefix + MAX_CHAR)


def _number_reading(code: str) -> ColumnElement[bool]:
    """A number or its start. A number carries the month of its report (WX202611-…), so
    a prefix naming a year or a month also bounds reported_at: "WX2025" walks one year
    of the time index in list order instead of sorting ten thousand numbers."""
    if _WHOLE_NUMBER.match(code):
        return RepairTicket.number == code  # the unique index finds it at once
    found = _starts(RepairTicket.number, code)
    digits = code[2:].split("-", maxsplit=1)[0]
    year, month = digits[:4], digits[4:6]
    if len(year) < 4 or not 1 <= int(year) < date.max.year or len(month) == 1:
        return found
    if month and not 1 <= int(month) <= 12:
        return found
    first = date(int(year), int(month or 1), 1)
    after = date(first.year + 1, 1, 1) if not month else (first + timedelta(days=32)).replace(day=1)
    # A day either side: the month is the local date of the station that took the call.
    return and_(
        found,
        RepairTicket.reported_at >= _start_of(first - timedelta(days=1)),
        RepairTicket.reported_at < _start_of(after + timedelta(days=1)),
    )


def _readings(session: Session, text: str) -> list[ColumnElement[bool]]:
    """Every way `text` may be meant, each an indexed condition."""
    code = re.sub(r"\s+", "", text).upper()
    readings: list[ColumnElement[bool]] = []
    number = _NUMBER.match(code) is not None
    if number:
        readings.append(_number_reading(code))
    if _UNIT.match(code) and not number:
        units = session.scalars(
            select(Unit.id).where(_starts(Unit.code, code)).limit(UNIT_CODES_MAX)
        ).all()
        if units:
            readings.append(RepairTicket.unit_id.in_(units))
    digits = phone_digits(text)
    if _PHONE.match(text.strip()) and len(digits) >= 4:
        readings.append(
            and_(
                RepairTicket.reporter_phone_tail == digits[-4:],
                RepairTicket.reporter_phone.endswith(digits, autoescape=True),
            )
        )
    if not number and not _UNIT.match(code) and not digits:
        readings.append(_starts(RepairTicket.reporter_name, " ".join(text.split())))
    return readings


# -- one filter, page by page -----------------------------------------------------------
class TicketQuery:
    def __init__(self, session: Session, flt: TicketFilter, rules: SlaRules, now: datetime):
        self.session = session
        self.rules = rules
        self.now = now
        self.conditions = self._conditions(flt)

    def _conditions(self, flt: TicketFilter) -> list[ColumnElement[bool]]:
        t = RepairTicket
        conditions: list[ColumnElement[bool]] = []
        states: frozenset[RepairState] | None = flt.states
        if flt.overdue_only:
            states = OPEN_STATES & states if states is not None else OPEN_STATES
            conditions += [t.arrived_at.is_(None), t.arrival_due_at < self.now]
        if flt.stale_only:
            active = OPEN_STATES - {WAITING_FOR_RESIDENT}
            states = active & states if states is not None else active
            conditions.append(t.last_step_at <= stale_before(self.now, self.rules))
        if states is not None and states != frozenset(RepairState):
            conditions.append(t.state.in_(sorted(s.value for s in states)) if states else false())
        if flt.priority is not None:
            conditions.append(t.priority == flt.priority.value)
        if flt.category is not None:
            conditions.append(t.category == flt.category.value)
        if flt.technician_id is not None:
            conditions.append(t.technician_id == flt.technician_id)
        if flt.date_from is not None:
            conditions.append(t.reported_at >= _start_of(flt.date_from))
        if flt.date_to is not None:
            conditions.append(t.reported_at < _start_of(flt.date_to + timedelta(days=1)))
        text = flt.text.strip()
        if text:
            readings = _readings(self.session, text)
            conditions.append(or_(*readings) if readings else false())
        return conditions

    def page(self, before: Key | None, limit: int) -> TicketPage:
        limit = max(1, min(limit, MAX_PAGE))
        t = RepairTicket
        conditions = list(self.conditions)
        if before is not None:
            at, ticket_id = before
            conditions.append(
                tuple_(t.reported_at, t.id)
                < tuple_(literal(at, t.reported_at.type), literal(ticket_id, t.id.type))
            )
        query = (
            select(*_ROW_COLUMNS)
            .outerjoin(Unit, t.unit_id == Unit.id)
            .outerjoin(Staff, t.technician_id == Staff.id)
            .where(*conditions)
            .order_by(t.reported_at.desc(), t.id.desc())
            .limit(limit + 1)
        )
        found = self.session.execute(query).all()
        # People by name: one lookup for the page's logins.
        names = display_names(self.session, (r.created_by for r in found[:limit]))
        rows = [self._row(r, names) for r in found[:limit]]
        return TicketPage(rows, rows[-1].key if len(found) > limit else None)

    def _row(self, r: Row[Any], names: Mapping[str, str]) -> TicketRow:
        m = r._mapping
        state = RepairState(m["state"])
        return TicketRow(
            **{
                **m,
                "created_by_name": names.get(m["created_by"], m["created_by"]),
                "state": state,
                "outcome": RepairOutcome(m["outcome"]) if m["outcome"] else None,
                "priority": RepairPriority(m["priority"]),
                "category": RepairCategory(m["category"]),
                "channel": RepairChannel(m["channel"]),
                "unit_code": m["unit_code"] or "",
                "technician_name": m["technician_name"] or "",
                "overdue": _overdue(state, m["arrived_at"], m["arrival_due_at"], self.now),
                "stale": is_stale(state, m["last_step_at"], self.now, self.rules),
            }
        )


_ROW_COLUMNS = [
    *(
        getattr(RepairTicket, name).label(name)
        for name in TicketRow.__dataclass_fields__
        if name not in ("unit_code", "technician_name", "created_by_name", "overdue", "stale")
    ),
    Unit.code.label("unit_code"),
    Staff.name.label("technician_name"),
]


def iter_rows(
    read: Callable[[], AbstractContextManager[Session]],
    flt: TicketFilter,
    rules: SlaRules,
    now: datetime,
    batch: int,
) -> Iterator[TicketRow]:
    """Every matching ticket, newest first, in keyset batches; `read` opens one short
    read session per batch (a Store.read), so an export never holds the database."""
    before: Key | None = None
    while True:
        with read() as session:
            page = TicketQuery(session, flt, rules, now).page(before, batch)
        yield from page.rows
        if page.next_before is None:
            return
        before = page.next_before


# -- workload and backlog -----------------------------------------------------------------
def workload(session: Session, rules: SlaRules, now: datetime) -> list[TechnicianLoad]:
    """Open, overdue and stale tickets per technician: every live engineering technician
    (with none open, too), anyone else with open tickets, and the tickets not yet
    dispatched (technician None). Most open first."""
    t = RepairTicket
    active = sorted(s.value for s in OPEN_STATES - {WAITING_FOR_RESIDENT})
    counts = session.execute(
        select(
            t.technician_id,
            func.count(),
            func.count().filter(and_(t.arrived_at.is_(None), t.arrival_due_at < now)),
            func.count().filter(
                and_(t.state.in_(active), t.last_step_at <= stale_before(now, rules))
            ),
        )
        .where(t.state.in_(_OPEN))
        .group_by(t.technician_id)
    ).all()
    loads = {tech: (int(n), int(late), int(stale)) for tech, n, late, stale in counts}
    names: dict[uuid.UUID | None, str] = dict(
        session.execute(
            select(Staff.id, Staff.name)
            .join(Department, Staff.department_id == Department.id)
            .where(Department.code == TECHNICIANS_DEPARTMENT, Staff.voided_at.is_(None))
            .order_by(Staff.name)
        )
        .tuples()
        .all()
    )
    others = [i for i in loads if i is not None and i not in names]
    if others:
        names.update(
            session.execute(select(Staff.id, Staff.name).where(Staff.id.in_(others))).tuples().all()
        )
    ids = list(names) + ([None] if None in loads else [])
    rows = [TechnicianLoad(i, names.get(i, ""), *loads.get(i, (0, 0, 0))) for i in ids]
    return sorted(rows, key=lambda r: (-r.open_count, -r.overdue_count, r.technician_name))


def backlog(session: Session, rules: SlaRules, now: datetime) -> list[BacklogRow]:
    """Every open ticket, oldest first, with its age and flags."""
    t = RepairTicket
    tickets = session.execute(
        select(
            t.id,
            t.number,
            t.state,
            t.priority,
            t.category,
            t.common_area,
            t.reporter_name,
            t.reported_at,
            t.last_step_at,
            t.arrived_at,
            t.arrival_due_at,
            t.quoted_at,
            Unit.code.label("unit_code"),
            Staff.name.label("technician_name"),
        )
        .outerjoin(Unit, t.unit_id == Unit.id)
        .outerjoin(Staff, t.technician_id == Staff.id)
        .where(t.state.in_(_OPEN))
        .order_by(t.reported_at, t.id)
    ).all()
    waits = _approval_waits(session, [r.id for r in tickets if r.quoted_at is not None])
    rows = []
    for r in tickets:
        state = RepairState(r.state)
        pauses = waits.get(r.id, [])
        waiting = pauses[-1].start if pauses and pauses[-1].end is None else None
        rows.append(
            BacklogRow(
                id=r.id,
                number=r.number,
                state=state,
                priority=RepairPriority(r.priority),
                category=RepairCategory(r.category),
                location=r.unit_code or r.common_area,
                reporter_name=r.reporter_name,
                technician_name=r.technician_name or "",
                reported_at=r.reported_at,
                last_step_at=r.last_step_at,
                age=max(timedelta(0), now - r.reported_at),
                resolution_age=resolution_age(r.reported_at, now, pauses),
                waiting_since=waiting if state is WAITING_FOR_RESIDENT else None,
                overdue=_overdue(state, r.arrived_at, r.arrival_due_at, now),
                stale=is_stale(state, r.last_step_at, now, rules),
            )
        )
    return rows


def _approval_waits(session: Session, ticket_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[Pause]]:
    """The waits for the resident's approval of these (quoted) tickets, read from the
    steps into and out of `quoted` only."""
    if not ticket_ids:
        return {}
    s = RepairStepRecord
    quoted = WAITING_FOR_RESIDENT.value
    changes: dict[uuid.UUID, list[StateChange]] = {}
    for ticket_id, from_state, to_state, at in session.execute(
        select(s.ticket_id, s.from_state, s.to_state, s.at)
        .where(s.ticket_id.in_(ticket_ids), or_(s.to_state == quoted, s.from_state == quoted))
        .order_by(s.ticket_id, s.at, s.id)
    ):
        change = StateChange(
            RepairState(from_state) if from_state else None, RepairState(to_state), at
        )
        changes.setdefault(ticket_id, []).append(change)
    return {ticket_id: approval_waits(timeline) for ticket_id, timeline in changes.items()}
