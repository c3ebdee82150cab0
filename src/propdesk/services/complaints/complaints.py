"""Complaints (投诉): take one, take it step by step to closed and followed up, link a
repair ticket, read it.

Each call checks the role (Module.COMPLAINTS: clerks take and handle, the committee
reads; closing on a manager's word and voiding need VOID, which managers have and
clerks do not), then every input, and only then writes: the complaint row, its
timeline row and the audit row go in one transaction, so a refused call leaves
nothing behind. Which step may follow which is domain.complaints.workflow's.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from propdesk.domain.complaints.deadlines import check_due_after
from propdesk.domain.complaints.workflow import (
    ComplaintState,
    ComplaintStep,
    StepRequest,
    Transition,
    advance,
)
from propdesk.domain.numbering import NumberKind
from propdesk.domain.personal_data import phone_tail
from propdesk.domain.roles import Action, Module
from propdesk.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from propdesk.services.complaints import queries as complaint_queries
from propdesk.services.complaints.detail import ComplaintDetail, load_detail
from propdesk.services.complaints.inputs import (
    CleanComplaint,
    ComplaintInput,
    clean_complaint,
    clean_number,
    clean_step,
)
from propdesk.services.complaints.queries import (
    EXPORT_BATCH,
    ComplaintFilter,
    ComplaintPage,
    ComplaintRow,
    clean_filter,
    complaint_page,
)
from propdesk.services.complaints.settings import read_rules
from propdesk.services.core import numbering as numbering_service
from propdesk.services.core import records
from propdesk.services.core.actor import Actor
from propdesk.services.core.paging import Key
from propdesk.services.master_data.units import find_unit
from propdesk.store.base import utcnow
from propdesk.store.models import Complaint, ComplaintStepRecord, Resident, Staff
from propdesk.store.unit_of_work import Store

ENTITY = "complaint"
FIELDS = (
    "number",
    "state",
    "round",
    "channel",
    "category",
    "severity",
    "anonymous",
    "complainant_name",
    "complainant_phone",
    "resident_id",
    "unit_id",
    "common_area",
    "description",
    "received_at",
    "response_due_at",
    "department_id",
    "handler_id",
    "assigned_at",
    "investigation",
    "resolution",
    "first_answered_at",
    "answered_at",
    "verdict",
    "verdict_at",
    "root_cause",
    "root_cause_text",
    "corrective_action",
    "closed_at",
    "manager_closed",
    "close_reason",
    "follow_up_by",
    "follow_up_at",
    "follow_up_method",
    "follow_up_result",
    "follow_up_rating",
    "repair_ticket_id",
    "last_step_at",
)
# Steps that need more than a clerk's rights.
_MANAGER_STEPS = frozenset({ComplaintStep.MANAGER_CLOSE, ComplaintStep.VOID})


def _closing(r: StepRequest) -> dict[str, Any]:
    assert r.root_cause is not None  # checked by the workflow
    return {
        "root_cause": r.root_cause.value,
        "root_cause_text": r.root_cause_text,
        "corrective_action": r.corrective_action,
    }


def step_changes(
    complaint: Complaint, r: StepRequest, transition: Transition, at: datetime
) -> dict[str, Any]:
    """What a step writes on the complaint besides its state and last step time."""
    changes: dict[str, Any] = {}
    if r.step in (ComplaintStep.ASSIGN, ComplaintStep.REASSIGN):
        changes = {"department_id": r.department_id, "handler_id": r.handler_id}
        if r.step is ComplaintStep.ASSIGN:
            changes["assigned_at"] = at
    elif r.step is ComplaintStep.ANSWER:
        changes = {"investigation": r.investigation, "resolution": r.resolution, "answered_at": at}
        if complaint.first_answered_at is None:
            changes["first_answered_at"] = at
    elif r.step is ComplaintStep.VERDICT:
        assert r.verdict is not None
        changes = {"verdict": r.verdict.value, "verdict_at": at}
        if transition.next_round:
            changes["round"] = complaint.round + 1
    elif r.step is ComplaintStep.CLOSE:
        changes = {**_closing(r), "closed_at": at}
    elif r.step is ComplaintStep.MANAGER_CLOSE:
        changes = {**_closing(r), "closed_at": at, "manager_closed": True, "close_reason": r.reason}
    elif r.step is ComplaintStep.FOLLOW_UP:
        assert r.method is not None
        changes = {
            "follow_up_by": r.visitor,
            "follow_up_at": at,
            "follow_up_method": r.method.value,
            "follow_up_result": r.result,
            "follow_up_rating": r.rating,
        }
    changes["state"] = transition.to_state.value
    changes["last_step_at"] = at
    return changes


def step_fields(r: StepRequest) -> dict[str, Any]:
    """The step's own data for the timeline (ids as text, codes as their values)."""
    wanted = {
        ComplaintStep.ASSIGN: ("department_id", "handler_id"),
        ComplaintStep.REASSIGN: ("department_id", "handler_id"),
        ComplaintStep.ANSWER: ("investigation", "resolution"),
        ComplaintStep.VERDICT: ("verdict",),
        ComplaintStep.CLOSE: ("root_cause", "root_cause_text", "corrective_action"),
        ComplaintStep.MANAGER_CLOSE: (
            "reason",
            "root_cause",
            "root_cause_text",
            "corrective_action",
        ),
        ComplaintStep.FOLLOW_UP: ("visitor", "method", "result", "rating"),
        ComplaintStep.VOID: ("reason",),
    }.get(r.step, ())
    return {name: _plain(getattr(r, name)) for name in wanted}


def _plain(value: object) -> object:
    if isinstance(value, uuid.UUID):
        return str(value)
    return value


def add_step(
    session: Session,
    complaint: Complaint,
    step: ComplaintStep,
    from_state: str,
    at: datetime,
    username: str,
    note: str = "",
    fields: dict[str, Any] | None = None,
) -> None:
    session.add(
        ComplaintStepRecord(
            complaint_id=complaint.id,
            step=step.value,
            from_state=from_state,
            to_state=complaint.state,
            round=complaint.round,
            at=at,
            username=username,
            note=note,
            fields=json.dumps(fields or {}, ensure_ascii=False, sort_keys=True),
        )
    )


def get_complaint(session: Session, complaint_id: uuid.UUID) -> Complaint:
    complaint = session.get(Complaint, complaint_id)
    if complaint is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("messages", "That complaint is not on record."))
    return complaint


def take_complaint(
    session: Session, actor: Actor, clean: CleanComplaint, now: datetime
) -> Complaint:
    """Write a new complaint (state received) inside the caller's transaction; the
    inquiries' conversion takes one the same way."""
    del now
    unit = find_unit(session, clean.unit_code, "unit_code") if clean.unit_code else None
    name, phone = clean.complainant_name, clean.complainant_phone
    if clean.resident_id is not None:
        resident = session.get(Resident, clean.resident_id)
        if resident is None or resident.voided_at is not None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("messages", "That resident is not in the register."),
                field="resident_id",
            )
        name = name or resident.name
        phone = phone or resident.phone
    rules = read_rules(session)
    received_at = clean.received_at
    due = clean.response_due_at
    if due is None:
        due = rules.due_at(received_at, clean.category, clean.severity)
    else:
        check_due_after(received_at, due, "response_due_at")
    complaint = Complaint(
        number=numbering_service.allocate(
            session, NumberKind.COMPLAINT, received_at.astimezone().date()
        ),
        state=ComplaintState.RECEIVED.value,
        round=1,
        channel=clean.channel.value,
        category=clean.category.value,
        severity=clean.severity.value,
        anonymous=clean.anonymous,
        complainant_name="" if clean.anonymous else name,
        complainant_phone="" if clean.anonymous else phone,
        complainant_phone_tail="" if clean.anonymous else phone_tail(phone),
        resident_id=clean.resident_id,
        unit_id=unit.id if unit is not None else None,
        common_area=clean.common_area,
        description=clean.description,
        created_by=actor.username,
        received_at=received_at,
        response_due_at=due,
        last_step_at=received_at,
    )
    records.create(session, actor, ENTITY, complaint, FIELDS)
    add_step(session, complaint, ComplaintStep.RECEIVE, "", received_at, actor.username)
    session.flush()
    return complaint


class ComplaintService:
    """The API the complaints tab uses; see the module docstring."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def take(self, actor: Actor, data: ComplaintInput) -> ComplaintDetail:
        """Record a new complaint with its number (TS202612-0001, by the month
        received) and its response deadline (given, or from the rules in force)."""
        actor.require(Module.COMPLAINTS, Action.CREATE)
        now = utcnow()
        clean = clean_complaint(data, now)
        with self._store.write() as session:
            complaint = take_complaint(session, actor, clean, now)
            return load_detail(session, complaint, actor, now)

    def step(self, actor: Actor, complaint_id: uuid.UUID, request: StepRequest) -> ComplaintDetail:
        """Take one step (see StepRequest) and return the complaint as it now is.
        ConflictError: impossible in its state; ValidationError(field=…): its data is
        missing or wrong; NotFoundError: no such complaint, department or person.
        Nothing is written in any of these cases."""
        actor.require(Module.COMPLAINTS, Action.UPDATE)
        if request.step in _MANAGER_STEPS:
            actor.require(Module.COMPLAINTS, Action.VOID)
        now = utcnow()
        request = clean_step(request, now)
        at = request.at
        assert at is not None  # clean_step fills it in
        with self._store.write() as session:
            complaint = get_complaint(session, complaint_id)
            from_state = complaint.state
            transition = advance(
                ComplaintState(from_state), request, followed_up=complaint.follow_up_at is not None
            )
            self._check_time(complaint, at)
            if request.step in (ComplaintStep.ASSIGN, ComplaintStep.REASSIGN):
                self._check_handler(session, complaint, request)
            if request.step is ComplaintStep.VOID:
                records.void(session, actor, ENTITY, complaint, FIELDS, request.reason)
            changes = step_changes(complaint, request, transition, at)
            records.update(session, actor, ENTITY, complaint, FIELDS, changes)
            add_step(
                session,
                complaint,
                request.step,
                from_state,
                at,
                actor.username,
                request.note,
                step_fields(request),
            )
            session.flush()
            return load_detail(session, complaint, actor, now)

    @staticmethod
    def _check_time(complaint: Complaint, at: datetime) -> None:
        """A step before the previous one (a wrong time typed, a clock moved back)."""
        if at.astimezone(UTC) < complaint.last_step_at.astimezone(UTC):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The time is before the complaint's previous step ({time}); check it.",
                ),
                field="at",
                time=complaint.last_step_at.astimezone().strftime("%Y-%m-%d %H:%M"),
            )

    @staticmethod
    def _check_handler(session: Session, complaint: Complaint, request: StepRequest) -> None:
        staff = session.get(Staff, request.handler_id)
        if staff is None or staff.voided_at is not None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("messages", "That person is not on the staff list."),
                field="handler_id",
            )
        if staff.department_id != request.department_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "{name} does not work in that department."),
                field="handler_id",
                name=staff.name,
            )
        if (
            request.step is ComplaintStep.REASSIGN
            and staff.id == complaint.handler_id
            and staff.department_id == complaint.department_id
        ):
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "The complaint is already with {name}."),
                field="handler_id",
                name=staff.name,
            )

    # -- reading ------------------------------------------------------------------------
    def detail(
        self, actor: Actor, complaint_id: uuid.UUID, now: datetime | None = None
    ) -> ComplaintDetail:
        actor.require(Module.COMPLAINTS, Action.VIEW)
        with self._store.read() as session:
            complaint = get_complaint(session, complaint_id)
            return load_detail(session, complaint, actor, now or utcnow())

    def find_by_number(self, actor: Actor, number: str) -> ComplaintDetail:
        actor.require(Module.COMPLAINTS, Action.VIEW)
        wanted = clean_number(number)
        with self._store.read() as session:
            complaint = session.scalar(select(Complaint).where(Complaint.number == wanted))
            if complaint is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("messages", "No complaint has the number {number}."),
                    field="number",
                    number=wanted,
                )
            return load_detail(session, complaint, actor, utcnow())

    def page(
        self,
        actor: Actor,
        flt: ComplaintFilter,
        before: Key | None = None,
        limit: int = 100,
        now: datetime | None = None,
    ) -> ComplaintPage:
        """A page of the list, newest first; `before` is the previous page's
        `next_before`."""
        actor.require(Module.COMPLAINTS, Action.VIEW)
        wanted = clean_filter(flt)
        with self._store.read() as session:
            return complaint_page(session, actor, wanted, now or utcnow(), before, limit)

    def iter_rows(
        self,
        actor: Actor,
        filter: ComplaintFilter | None = None,  # named as callers know it; None: everything
        batch: int = EXPORT_BATCH,
        now: datetime | None = None,
    ) -> Iterator[ComplaintRow]:
        """Every matching complaint, newest first, in keyset batches (Excel export in
        flat memory; each batch is its own short read). Needs the export right, checked
        now, before the first row is asked for. Anonymous ones keep no name or phone,
        and phones are shown as the reader's role may see them, as in the list."""
        actor.require(Module.COMPLAINTS, Action.EXPORT)
        wanted = clean_filter(filter or ComplaintFilter())
        return complaint_queries.iter_rows(self._store.read, actor, wanted, now or utcnow(), batch)
