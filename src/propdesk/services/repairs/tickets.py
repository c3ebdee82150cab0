"""Repair tickets (报修工单): open a ticket, take it step by step to the end, read it.

Each call checks the role (Module.REPAIRS: clerks open and update, technicians update,
guards open, the owners' committee reads), then every input, and only then writes:
the ticket row and its timeline row go in one transaction with the audit row, so a
refused call leaves nothing behind. Which step may follow which is the domain's
(domain.repair_workflow); the clocks are domain.repair_sla's; lists live in
services.repair_queries and the detail view in services.repair_detail.

Times: every step may carry the time it really happened (`StepRequest.at`, e.g. from a
paper dispatch slip); it may not be in the future nor before the ticket's previous step.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from propdesk.domain.numbering import NumberKind
from propdesk.domain.personal_data import phone_tail
from propdesk.domain.repairs.kinds import SOURCE_CHANNEL, RepairSource
from propdesk.domain.repairs.sla import check_not_before
from propdesk.domain.repairs.workflow import (
    OPEN_STATES,
    RepairState,
    RepairStep,
    StepRequest,
    Transition,
    advance,
)
from propdesk.domain.roles import Action, Module
from propdesk.errors import QT_TRANSLATE_NOOP, ConflictError, NotFoundError, ValidationError
from propdesk.services.core import numbering as numbering_service
from propdesk.services.core import records
from propdesk.services.core.actor import Actor
from propdesk.services.core.paging import Key
from propdesk.services.master_data.staff import StaffInfo, staff_info
from propdesk.services.master_data.units import find_unit
from propdesk.services.repairs import queries as repair_queries
from propdesk.services.repairs.detail import TicketDetail, load_detail
from propdesk.services.repairs.inputs import (
    CleanTicket,
    TicketInput,
    clean_filter,
    clean_number,
    clean_source,
    clean_step,
    clean_ticket,
)
from propdesk.services.repairs.queries import (
    EXPORT_BATCH,
    BacklogRow,
    TechnicianLoad,
    TicketFilter,
    TicketPage,
    TicketQuery,
    TicketRow,
)
from propdesk.services.repairs.settings import RepairSettingsService, read_rules
from propdesk.store.base import utcnow
from propdesk.store.models import (
    Department,
    RepairStepRecord,
    RepairTicket,
    Resident,
    Staff,
)
from propdesk.store.unit_of_work import Store

ENTITY = "repair_ticket"
# The times the steps stamp on a ticket, in the order a ticket goes through them.
STEP_TIMES = (
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
)
# The columns an audit row records (the row's own id and timestamps are implied).
FIELDS = (
    "number",
    "state",
    "outcome",
    "channel",
    "category",
    "priority",
    "paid",
    "reporter_name",
    "reporter_phone",
    "resident_id",
    "unit_id",
    "common_area",
    "description",
    "technician_id",
    "reported_at",
    "arrival_due_at",
    *STEP_TIMES,
    "last_step_at",
    "diagnosis",
    "quote_labour_fen",
    "quote_materials_fen",
    "quote_minutes",
    "approved",
    "decision_note",
    "work_done",
    "materials_used",
    "signed_by",
    "rating",
    "follow_up_comment",
    "cancel_reason",
    "source_kind",
    "source_id",
)


def _step_changes(request: StepRequest, transition: Transition, at: datetime) -> dict[str, Any]:
    """What a step writes on the ticket besides its state and last step time."""
    r = request
    by_step: dict[RepairStep, dict[str, Any]] = {
        RepairStep.DISPATCH: {"technician_id": r.technician_id, "dispatched_at": at},
        RepairStep.REASSIGN: {"technician_id": r.technician_id},
        RepairStep.ARRIVE: {"arrived_at": at},
        RepairStep.DIAGNOSE: {"diagnosis": r.diagnosis, "diagnosed_at": at},
        RepairStep.QUOTE: {
            "quote_labour_fen": r.labour_fen,
            "quote_materials_fen": r.materials_fen,
            "quote_minutes": r.duration_minutes,
            "quoted_at": at,
        },
        RepairStep.APPROVE: {"approved": True, "decided_at": at, "decision_note": r.note},
        RepairStep.REFUSE: {
            "approved": False,
            "decided_at": at,
            "decision_note": r.reason or r.note,
            "closed_at": at,
        },
        RepairStep.START_REPAIR: {"started_at": at},
        RepairStep.COMPLETE: {
            "work_done": r.work_done,
            "materials_used": r.materials_used,
            "completed_at": at,
        },
        RepairStep.SIGN_OFF: {"signed_by": r.signed_by, "signed_off_at": at},
        RepairStep.FOLLOW_UP: {
            "rating": r.rating,
            "follow_up_comment": r.comment,
            "followed_up_at": at,
        },
        RepairStep.CLOSE: {"closed_at": at},
        RepairStep.CANCEL: {"cancel_reason": r.reason, "closed_at": at},
    }
    changes = dict(by_step.get(r.step, {}))
    changes["state"] = transition.to_state.value
    changes["last_step_at"] = at
    if transition.outcome is not None:
        changes["outcome"] = transition.outcome.value
    return changes


class RepairService:
    """The API the repairs tab and other modules use; see the module docstring."""

    def __init__(self, store: Store, settings: RepairSettingsService) -> None:
        self._store = store
        self.settings = settings  # arrival limits and stale days (estate settings)

    # -- opening ------------------------------------------------------------------------
    def open_ticket(self, actor: Actor, data: TicketInput) -> TicketDetail:
        """Record a new ticket (state reported) with its number (WX202611-0001, by the
        month of the report) and the arrival limit of its priority in force now."""
        actor.require(Module.REPAIRS, Action.CREATE)
        now = utcnow()
        clean = clean_ticket(data, now)
        with self._store.write() as session:
            ticket = self._open(session, actor, clean, None, "")
            return load_detail(session, ticket, read_rules(session), now)

    def open_from_source(
        self, actor: Actor, source_kind: RepairSource, source_id: str, data: TicketInput
    ) -> TicketDetail:
        """Open a ticket from another module's record (a patrol finding, a failed
        inspection item, a complaint): the ticket keeps the link and its channel is the
        source's. While a ticket opened from the same record is still open, a second one
        is refused (ConflictError naming its number), so a double click opens one.
        Whoever records inspections may open one from a failed item (technicians too,
        who open no other ticket)."""
        if not (
            source_kind == RepairSource.INSPECTION and actor.may(Module.INSPECTIONS, Action.CREATE)
        ):
            actor.require(Module.REPAIRS, Action.CREATE)
        kind, ref = clean_source(source_kind, source_id)
        now = utcnow()
        clean = clean_ticket(replace(data, channel=SOURCE_CHANNEL[kind]), now)
        with self._store.write() as session:
            existing = session.scalar(
                select(RepairTicket.number).where(
                    RepairTicket.source_kind == kind.value,
                    RepairTicket.source_id == ref,
                    RepairTicket.state.in_([s.value for s in OPEN_STATES]),
                )
            )
            if existing is not None:
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "messages", "Ticket {number} was already opened from this record."
                    ),
                    field="source_id",
                    number=existing,
                )
            ticket = self._open(session, actor, clean, kind, ref)
            return load_detail(session, ticket, read_rules(session), now)

    def _open(
        self,
        session: Session,
        actor: Actor,
        clean: CleanTicket,
        source_kind: RepairSource | None,
        source_id: str,
    ) -> RepairTicket:
        unit = find_unit(session, clean.unit_code, "unit_code") if clean.unit_code else None
        if clean.resident_id is not None:
            resident = session.get(Resident, clean.resident_id)
            if resident is None or resident.voided_at is not None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("messages", "That resident is not in the register."),
                    field="resident_id",
                )
            if unit is not None and resident.unit_id != unit.id:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("messages", "That resident does not live in unit {code}."),
                    field="resident_id",
                    code=unit.code,
                )
        rules = read_rules(session)
        reported_at = clean.reported_at
        ticket = RepairTicket(
            number=numbering_service.allocate(
                session, NumberKind.REPAIR, reported_at.astimezone().date()
            ),
            state=RepairState.REPORTED.value,
            outcome="",
            channel=clean.channel.value,
            category=clean.category.value,
            priority=clean.priority.value,
            paid=clean.paid,
            reporter_name=clean.reporter_name,
            reporter_phone=clean.reporter_phone,
            reporter_phone_tail=phone_tail(clean.reporter_phone),
            resident_id=clean.resident_id,
            unit_id=unit.id if unit is not None else None,
            common_area=clean.common_area,
            description=clean.description,
            created_by=actor.username,
            reported_at=reported_at,
            arrival_due_at=reported_at + rules.arrival_limit(clean.priority),
            last_step_at=reported_at,
            source_kind=source_kind.value if source_kind is not None else "",
            source_id=source_id,
        )
        records.create(session, actor, ENTITY, ticket, FIELDS)
        session.add(
            RepairStepRecord(
                ticket_id=ticket.id,
                step=RepairStep.REPORT.value,
                from_state="",
                to_state=RepairState.REPORTED.value,
                at=reported_at,
                username=actor.username,
            )
        )
        session.flush()
        return ticket

    # -- steps --------------------------------------------------------------------------
    def step(self, actor: Actor, ticket_id: uuid.UUID, request: StepRequest) -> TicketDetail:
        """Take one step (see StepRequest for what each needs) and return the ticket as
        it now is. ConflictError: the step is impossible in the ticket's state;
        ValidationError(field=…): its data is missing or wrong; NotFoundError: no such
        ticket or technician. Nothing is written in any of these cases."""
        actor.require(Module.REPAIRS, Action.UPDATE)
        now = utcnow()
        request = clean_step(request, now)
        at = request.at
        assert at is not None  # clean_step fills it in
        with self._store.write() as session:
            ticket = self._ticket(session, ticket_id)
            transition = advance(RepairState(ticket.state), request, paid=ticket.paid)
            check_not_before(ticket.last_step_at, at)
            if request.step in (RepairStep.DISPATCH, RepairStep.REASSIGN):
                self._check_technician(session, ticket, request)
            changes = _step_changes(request, transition, at)
            records.update(session, actor, ENTITY, ticket, FIELDS, changes)
            session.add(
                RepairStepRecord(
                    ticket_id=ticket.id,
                    step=request.step.value,
                    from_state=transition.from_state.value,
                    to_state=transition.to_state.value,
                    at=at,
                    username=actor.username,
                    note=request.note or request.reason,
                    technician_id=changes.get("technician_id"),
                )
            )
            session.flush()
            return load_detail(session, ticket, read_rules(session), now)

    @staticmethod
    def _check_technician(session: Session, ticket: RepairTicket, request: StepRequest) -> None:
        staff = session.get(Staff, request.technician_id)
        if staff is None or staff.voided_at is not None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("messages", "That technician is not on the staff list."),
                field="technician_id",
            )
        if request.step is RepairStep.REASSIGN and staff.id == ticket.technician_id:
            raise ConflictError(
                QT_TRANSLATE_NOOP("messages", "The ticket is already with {name}."),
                field="technician_id",
                name=staff.name,
            )

    @staticmethod
    def _ticket(session: Session, ticket_id: uuid.UUID) -> RepairTicket:
        ticket = session.get(RepairTicket, ticket_id)
        if ticket is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("messages", "That repair ticket is not on record.")
            )
        return ticket

    # -- reading ------------------------------------------------------------------------
    def detail(
        self, actor: Actor, ticket_id: uuid.UUID, now: datetime | None = None
    ) -> TicketDetail:
        actor.require(Module.REPAIRS, Action.VIEW)
        with self._store.read() as session:
            ticket = self._ticket(session, ticket_id)
            return load_detail(session, ticket, read_rules(session), now or utcnow())

    def find_number(self, actor: Actor, number: str) -> TicketDetail:
        """The ticket with this number (WX202611-0001), e.g. typed or scanned."""
        actor.require(Module.REPAIRS, Action.VIEW)
        wanted = clean_number(number)
        with self._store.read() as session:
            ticket = session.scalar(select(RepairTicket).where(RepairTicket.number == wanted))
            if ticket is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("messages", "That repair ticket is not on record."),
                    field="number",
                )
            return load_detail(session, ticket, read_rules(session), utcnow())

    def page(
        self,
        actor: Actor,
        filter: TicketFilter | None = None,  # named as callers know it; None: everything
        before: Key | None = None,
        limit: int = 100,
        now: datetime | None = None,
    ) -> TicketPage:
        """Newest first; `before` is the (reported_at, id) key of the last row shown
        (TicketPage.next_before). `now` decides the overdue and stale flags.
        ValidationError naming the filter bar's field it cannot read."""
        actor.require(Module.REPAIRS, Action.VIEW)
        wanted = clean_filter(filter or TicketFilter())
        with self._store.read() as session:
            query = TicketQuery(session, wanted, read_rules(session), now or utcnow())
            return query.page(before, limit)

    def iter_rows(
        self,
        actor: Actor,
        filter: TicketFilter | None = None,
        batch: int = EXPORT_BATCH,
        now: datetime | None = None,
    ) -> Iterator[TicketRow]:
        """Every matching ticket, newest first, in keyset batches (Excel export in flat
        memory; each batch is its own short read). Needs the export right, checked now."""
        actor.require(Module.REPAIRS, Action.EXPORT)
        wanted = clean_filter(filter or TicketFilter())
        rules = self.settings.rules()
        return repair_queries.iter_rows(self._store.read, wanted, rules, now or utcnow(), batch)

    def workload(self, actor: Actor, now: datetime | None = None) -> list[TechnicianLoad]:
        """Open, overdue and stale tickets per technician (and not yet dispatched)."""
        actor.require(Module.REPAIRS, Action.VIEW)
        with self._store.read() as session:
            return repair_queries.workload(session, read_rules(session), now or utcnow())

    def backlog(self, actor: Actor, now: datetime | None = None) -> list[BacklogRow]:
        """Every open ticket, oldest first, with its age (and its age less the waits for
        the resident's approval), overdue and stale flags."""
        actor.require(Module.REPAIRS, Action.VIEW)
        with self._store.read() as session:
            return repair_queries.backlog(session, read_rules(session), now or utcnow())

    def technicians(self, actor: Actor) -> list[StaffInfo]:
        """Who can be dispatched: the live staff of the engineering department first,
        then everyone else (a cleaner may clear a drain), each by name."""
        actor.require(Module.REPAIRS, Action.VIEW)
        with self._store.read() as session:
            rows = session.execute(
                select(Staff, Department)
                .join(Department, Staff.department_id == Department.id)
                .where(Staff.voided_at.is_(None))
            ).tuples()
            engineering = repair_queries.TECHNICIANS_DEPARTMENT
            ordered = sorted(rows, key=lambda r: (r[1].code != engineering, r[0].name))
            return [staff_info(staff, department) for staff, department in ordered]

    def own_staff(self, actor: Actor) -> StaffInfo | None:
        """The actor's own live staff record, so a technician's list starts with the
        tickets sent to them: the record linked to their user account, else the one
        live staff member whose name is the account's display name (staff are kept by
        the office without accounts, so the link is often missing). None when neither
        finds exactly one."""
        actor.require(Module.REPAIRS, Action.VIEW)
        live = (
            select(Staff, Department)
            .join(Department, Staff.department_id == Department.id)
            .where(Staff.voided_at.is_(None))
        )
        with self._store.read() as session:
            if actor.user_id is not None:
                linked = (
                    session.execute(live.where(Staff.user_id == actor.user_id)).tuples().first()
                )
                if linked is not None:
                    return staff_info(*linked)
            name = actor.display_name.strip()
            if not name:
                return None
            named = session.execute(live.where(Staff.name == name).limit(2)).tuples().all()
            return staff_info(*named[0]) if len(named) == 1 else None
