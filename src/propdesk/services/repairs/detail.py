"""One ticket as the detail view shows it: every field, the timeline (who did what,
when), the SLA figures as of `now` and the steps the ticket can take next."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from propdesk.domain.repairs.kinds import (
    RepairCategory,
    RepairChannel,
    RepairPriority,
    RepairSource,
)
from propdesk.domain.repairs.sla import (
    ArrivalClock,
    SlaRules,
    StateChange,
    approval_waits,
    arrival_clock,
    is_stale,
    paused_time,
    resolution_age,
)
from propdesk.domain.repairs.workflow import (
    RepairOutcome,
    RepairState,
    RepairStep,
    possible_steps,
)
from propdesk.services.core.people import display_names
from propdesk.store.models import RepairStepRecord, RepairTicket, Staff, Unit


@dataclass(frozen=True)
class TimelineEntry:
    step: RepairStep
    from_state: RepairState | None  # None for the report
    to_state: RepairState
    at: datetime
    username: str  # who recorded it: the login, which the record keeps
    user_name: str  # that person's name, as the timeline shows it
    note: str
    technician_id: uuid.UUID | None  # dispatch / reassign: who was sent
    technician_name: str


@dataclass(frozen=True)
class SlaFigures:
    """The clocks of domain.repair_sla, as of `as_of`."""

    as_of: datetime
    arrival: ArrivalClock
    age: timedelta  # report → end (closed / cancelled) or now
    waiting_for_resident: timedelta  # time spent waiting for the quote's approval
    resolution_age: timedelta  # age less that wait
    waiting_since: datetime | None  # waiting for the resident now, since then
    stale: bool


@dataclass(frozen=True)
class TicketDetail:
    id: uuid.UUID
    number: str
    state: RepairState
    outcome: RepairOutcome | None  # None while open
    channel: RepairChannel
    category: RepairCategory
    priority: RepairPriority
    paid: bool
    reporter_name: str
    reporter_phone: str
    resident_id: uuid.UUID | None
    unit_id: uuid.UUID | None
    unit_code: str  # "" for a common area
    common_area: str
    description: str
    technician_id: uuid.UUID | None
    technician_name: str
    created_by: str  # the login of whoever took the call
    created_by_name: str  # that person's name
    reported_at: datetime
    arrival_due_at: datetime
    dispatched_at: datetime | None
    arrived_at: datetime | None
    diagnosed_at: datetime | None
    quoted_at: datetime | None
    decided_at: datetime | None  # approved or refused
    started_at: datetime | None
    completed_at: datetime | None
    signed_off_at: datetime | None
    followed_up_at: datetime | None
    closed_at: datetime | None  # closed, refused or cancelled
    last_step_at: datetime
    diagnosis: str
    quote_labour_fen: int | None
    quote_materials_fen: int | None
    quote_minutes: int | None
    approved: bool | None  # None: not answered (or no quote)
    decision_note: str
    work_done: str
    materials_used: str
    signed_by: str
    rating: int | None
    follow_up_comment: str
    cancel_reason: str
    source_kind: RepairSource | None
    source_id: str
    timeline: list[TimelineEntry]
    sla: SlaFigures
    next_steps: list[RepairStep]  # what the form may offer now

    @property
    def location(self) -> str:
        return self.unit_code or self.common_area

    @property
    def quote_total_fen(self) -> int | None:
        if self.quote_labour_fen is None or self.quote_materials_fen is None:
            return None
        return self.quote_labour_fen + self.quote_materials_fen


def sla_figures(
    ticket: RepairTicket, changes: list[StateChange], rules: SlaRules, now: datetime
) -> SlaFigures:
    """The ticket's clocks from its row and its timeline (in order)."""
    state = RepairState(ticket.state)
    until = ticket.closed_at or now
    pauses = approval_waits(changes)
    waiting = pauses[-1].start if pauses and pauses[-1].end is None else None
    arrival = arrival_clock(
        ticket.reported_at,
        ticket.arrival_due_at - ticket.reported_at,
        arrived_at=ticket.arrived_at,
        now=now,
        ended_at=ticket.closed_at,
    )
    return SlaFigures(
        as_of=now,
        arrival=arrival,
        age=max(timedelta(0), until - ticket.reported_at),
        waiting_for_resident=paused_time(pauses, ticket.reported_at, until),
        resolution_age=resolution_age(ticket.reported_at, until, pauses),
        waiting_since=waiting if state is RepairState.QUOTED else None,
        stale=is_stale(state, ticket.last_step_at, now, rules),
    )


def _change(step: RepairStepRecord) -> StateChange:
    return StateChange(
        RepairState(step.from_state) if step.from_state else None,
        RepairState(step.to_state),
        step.at,
    )


def load_detail(
    session: Session, ticket: RepairTicket, rules: SlaRules, now: datetime
) -> TicketDetail:
    steps = session.scalars(
        select(RepairStepRecord)
        .where(RepairStepRecord.ticket_id == ticket.id)
        .order_by(RepairStepRecord.at, RepairStepRecord.id)
    ).all()
    staff_ids = {s.technician_id for s in steps} | {ticket.technician_id}
    names: dict[uuid.UUID | None, str] = dict(
        session.execute(
            select(Staff.id, Staff.name).where(Staff.id.in_([i for i in staff_ids if i]))
        )
        .tuples()
        .all()
    )
    unit_code = session.scalar(select(Unit.code).where(Unit.id == ticket.unit_id)) or ""
    people = display_names(session, [ticket.created_by, *(s.username for s in steps)])
    timeline = [
        TimelineEntry(
            RepairStep(s.step),
            RepairState(s.from_state) if s.from_state else None,
            RepairState(s.to_state),
            s.at,
            s.username,
            people.get(s.username, s.username),
            s.note,
            s.technician_id,
            names.get(s.technician_id, ""),
        )
        for s in steps
    ]
    state = RepairState(ticket.state)
    return TicketDetail(
        id=ticket.id,
        number=ticket.number,
        state=state,
        outcome=RepairOutcome(ticket.outcome) if ticket.outcome else None,
        channel=RepairChannel(ticket.channel),
        category=RepairCategory(ticket.category),
        priority=RepairPriority(ticket.priority),
        paid=ticket.paid,
        reporter_name=ticket.reporter_name,
        reporter_phone=ticket.reporter_phone,
        resident_id=ticket.resident_id,
        unit_id=ticket.unit_id,
        unit_code=unit_code,
        common_area=ticket.common_area,
        description=ticket.description,
        technician_id=ticket.technician_id,
        technician_name=names.get(ticket.technician_id, ""),
        created_by=ticket.created_by,
        created_by_name=people.get(ticket.created_by, ticket.created_by),
        reported_at=ticket.reported_at,
        arrival_due_at=ticket.arrival_due_at,
        dispatched_at=ticket.dispatched_at,
        arrived_at=ticket.arrived_at,
        diagnosed_at=ticket.diagnosed_at,
        quoted_at=ticket.quoted_at,
        decided_at=ticket.decided_at,
        started_at=ticket.started_at,
        completed_at=ticket.completed_at,
        signed_off_at=ticket.signed_off_at,
        followed_up_at=ticket.followed_up_at,
        closed_at=ticket.closed_at,
        last_step_at=ticket.last_step_at,
        diagnosis=ticket.diagnosis,
        quote_labour_fen=ticket.quote_labour_fen,
        quote_materials_fen=ticket.quote_materials_fen,
        quote_minutes=ticket.quote_minutes,
        approved=ticket.approved,
        decision_note=ticket.decision_note,
        work_done=ticket.work_done,
        materials_used=ticket.materials_used,
        signed_by=ticket.signed_by,
        rating=ticket.rating,
        follow_up_comment=ticket.follow_up_comment,
        cancel_reason=ticket.cancel_reason,
        source_kind=RepairSource(ticket.source_kind) if ticket.source_kind else None,
        source_id=ticket.source_id,
        timeline=timeline,
        sla=sla_figures(ticket, [_change(s) for s in steps], rules, now),
        next_steps=possible_steps(state, paid=ticket.paid),
    )
