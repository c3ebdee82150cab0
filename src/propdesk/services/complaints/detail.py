"""A complaint as its form shows it: the record, its timeline, its deadline figures,
the steps possible now and the linked repair ticket's state.

Privacy: the complainant's phone is shown in full only to roles that handle complaints
(COMPLAINTS UPDATE); others see its last four digits. An anonymous complaint has no
name or phone to show at all.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from propdesk.domain.complaints.deadlines import answered_in_time, is_overdue
from propdesk.domain.complaints.kinds import ComplaintCategory, ComplaintChannel, Severity
from propdesk.domain.complaints.workflow import (
    OPEN_STATES,
    ComplaintState,
    ComplaintStep,
    possible_steps,
)
from propdesk.domain.repairs.workflow import OPEN_STATES as REPAIR_OPEN_STATES
from propdesk.domain.repairs.workflow import RepairState
from propdesk.domain.roles import Action, Module
from propdesk.services.core.actor import Actor
from propdesk.services.core.people import display_names
from propdesk.store.models import (
    Complaint,
    ComplaintStepRecord,
    Department,
    RepairTicket,
    Staff,
    Unit,
)


def shown_phone(phone: str, actor: Actor) -> str:
    """The phone in full for those who handle complaints, else only its last digits."""
    if not phone or actor.may(Module.COMPLAINTS, Action.UPDATE):
        return phone
    return "*" * max(0, len(phone) - 4) + phone[-4:]


@dataclass(frozen=True)
class TimelineEntry:
    step: ComplaintStep
    from_state: ComplaintState | None  # None for the receipt
    to_state: ComplaintState
    round: int
    at: datetime
    username: str
    user_name: str  # the person, as the timeline shows them
    note: str
    fields: dict[str, Any]  # the step's own data (department, verdict, rating …)


@dataclass(frozen=True)
class RepairLink:
    id: uuid.UUID
    number: str
    state: RepairState
    closed: bool


@dataclass(frozen=True)
class ComplaintDetail:
    id: uuid.UUID
    number: str
    state: ComplaintState
    round: int
    channel: ComplaintChannel
    category: ComplaintCategory
    severity: Severity
    anonymous: bool
    complainant_name: str
    complainant_phone: str  # in full or masked, by the reader's role
    resident_id: uuid.UUID | None
    unit_code: str
    common_area: str
    description: str
    received_at: datetime
    response_due_at: datetime
    department_id: uuid.UUID | None
    department_name: str
    handler_id: uuid.UUID | None
    handler_name: str
    investigation: str
    resolution: str
    first_answered_at: datetime | None
    answered_at: datetime | None
    verdict: str
    root_cause: str
    root_cause_text: str
    corrective_action: str
    closed_at: datetime | None
    manager_closed: bool
    close_reason: str
    follow_up_by: str
    follow_up_at: datetime | None
    follow_up_method: str
    follow_up_result: str
    follow_up_rating: int | None
    void_reason: str
    created_by: str
    created_by_name: str
    overdue: bool
    in_time: bool | None  # the first answer met the deadline; None while unanswered
    repair: RepairLink | None
    possible: list[ComplaintStep]
    timeline: list[TimelineEntry]

    @property
    def location(self) -> str:
        return self.unit_code or self.common_area


def _repair(session: Session, ticket_id: uuid.UUID | None) -> RepairLink | None:
    if ticket_id is None:
        return None
    ticket = session.get(RepairTicket, ticket_id)
    if ticket is None:
        return None
    state = RepairState(ticket.state)
    return RepairLink(ticket.id, ticket.number, state, state not in REPAIR_OPEN_STATES)


def load_detail(
    session: Session, complaint: Complaint, actor: Actor, now: datetime
) -> ComplaintDetail:
    c = complaint
    steps = list(
        session.scalars(
            select(ComplaintStepRecord)
            .where(ComplaintStepRecord.complaint_id == c.id)
            .order_by(ComplaintStepRecord.at, ComplaintStepRecord.id)
        )
    )
    names = display_names(session, {c.created_by, *(s.username for s in steps)})
    unit = session.get(Unit, c.unit_id) if c.unit_id is not None else None
    department = session.get(Department, c.department_id) if c.department_id else None
    handler = session.get(Staff, c.handler_id) if c.handler_id else None
    state = ComplaintState(c.state)
    return ComplaintDetail(
        id=c.id,
        number=c.number,
        state=state,
        round=c.round,
        channel=ComplaintChannel(c.channel),
        category=ComplaintCategory(c.category),
        severity=Severity(c.severity),
        anonymous=c.anonymous,
        complainant_name=c.complainant_name,
        complainant_phone=shown_phone(c.complainant_phone, actor),
        resident_id=c.resident_id,
        unit_code=unit.code if unit is not None else "",
        common_area=c.common_area,
        description=c.description,
        received_at=c.received_at,
        response_due_at=c.response_due_at,
        department_id=c.department_id,
        department_name=department.name if department is not None else "",
        handler_id=c.handler_id,
        handler_name=handler.name if handler is not None else "",
        investigation=c.investigation,
        resolution=c.resolution,
        first_answered_at=c.first_answered_at,
        answered_at=c.answered_at,
        verdict=c.verdict,
        root_cause=c.root_cause,
        root_cause_text=c.root_cause_text,
        corrective_action=c.corrective_action,
        closed_at=c.closed_at,
        manager_closed=c.manager_closed,
        close_reason=c.close_reason,
        follow_up_by=c.follow_up_by,
        follow_up_at=c.follow_up_at,
        follow_up_method=c.follow_up_method,
        follow_up_result=c.follow_up_result,
        follow_up_rating=c.follow_up_rating,
        void_reason=c.void_reason,
        created_by=c.created_by,
        created_by_name=names.get(c.created_by, c.created_by),
        overdue=is_overdue(c.response_due_at, c.first_answered_at, now, open_=state in OPEN_STATES),
        in_time=answered_in_time(c.response_due_at, c.first_answered_at),
        repair=_repair(session, c.repair_ticket_id),
        possible=possible_steps(state, followed_up=c.follow_up_at is not None),
        timeline=[
            TimelineEntry(
                step=ComplaintStep(s.step),
                from_state=ComplaintState(s.from_state) if s.from_state else None,
                to_state=ComplaintState(s.to_state),
                round=s.round,
                at=s.at,
                username=s.username,
                user_name=names.get(s.username, s.username),
                note=s.note,
                fields=json.loads(s.fields or "{}"),
            )
            for s in steps
        ],
    )
