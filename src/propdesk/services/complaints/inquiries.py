"""The inquiry and suggestion log (咨询登记): log one (answered on the spot or an
answer promised), answer it later, move its promise, turn it into a complaint or a
repair ticket in one step, list them with the overdue promises flagged.

An inquiry is part of the complaints module: the same rights (Module.COMPLAINTS).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from propdesk.domain.complaints.deadlines import check_due_after
from propdesk.domain.complaints.inquiries import (
    InquiryState,
    is_overdue,
    opening_state,
    require_not_converted,
    require_unanswered,
)
from propdesk.domain.complaints.kinds import ComplaintChannel, InquiryKind
from propdesk.domain.numbering import NumberKind
from propdesk.domain.repairs.kinds import RepairCategory, RepairPriority, RepairSource
from propdesk.domain.roles import Action, Module
from propdesk.errors import QT_TRANSLATE_NOOP, ConflictError, NotFoundError, ValidationError
from propdesk.services.complaints.complaints import take_complaint
from propdesk.services.complaints.detail import shown_phone
from propdesk.services.complaints.inputs import (
    ComplaintInput,
    InquiryInput,
    check_deadline,
    clean_answer,
    clean_complaint,
    clean_inquiry,
)
from propdesk.services.complaints.repair_link import NO_DESK
from propdesk.services.core import numbering as numbering_service
from propdesk.services.core import records
from propdesk.services.core.actor import Actor
from propdesk.services.core.handoffs import LinkedTicket, RepairDesk, TicketRequest
from propdesk.services.core.paging import Key, Page
from propdesk.services.master_data.units import find_unit
from propdesk.store.base import utcnow
from propdesk.store.models import Inquiry, Unit
from propdesk.store.unit_of_work import Store

ENTITY = "inquiry"
FIELDS = (
    "number",
    "state",
    "kind",
    "channel",
    "asker_name",
    "asker_phone",
    "unit_id",
    "question",
    "answer",
    "asked_at",
    "promised_by",
    "answered_at",
    "answered_by",
    "complaint_id",
    "repair_ticket_id",
    "converted_at",
)
MAX_PAGE = 500


@dataclass(frozen=True)
class InquiryView:
    id: uuid.UUID
    number: str
    state: InquiryState
    kind: InquiryKind
    channel: ComplaintChannel
    asker_name: str
    asker_phone: str  # in full or masked, by the reader's role
    unit_code: str
    question: str
    answer: str
    asked_at: datetime
    promised_by: datetime | None
    answered_at: datetime | None
    complaint_id: uuid.UUID | None
    repair_ticket_id: uuid.UUID | None
    overdue: bool  # the promised answer is late

    @property
    def key(self) -> Key:
        return (self.asked_at, self.id)


def _view(
    session: Session, row: Inquiry, actor: Actor, now: datetime, unit_code: str | None = None
) -> InquiryView:
    """The inquiry as shown; `unit_code` when the caller read it with the row (a list
    joins the unit once instead of a look-up per row), else it is looked up."""
    if unit_code is None:
        unit = session.get(Unit, row.unit_id) if row.unit_id is not None else None
        unit_code = unit.code if unit is not None else ""
    state = InquiryState(row.state)
    return InquiryView(
        row.id,
        row.number,
        state,
        InquiryKind(row.kind),
        ComplaintChannel(row.channel),
        row.asker_name,
        shown_phone(row.asker_phone, actor),
        unit_code,
        row.question,
        row.answer,
        row.asked_at,
        row.promised_by,
        row.answered_at,
        row.complaint_id,
        row.repair_ticket_id,
        is_overdue(state, row.promised_by, now),
    )


class InquiryService:
    def __init__(self, store: Store, desk: RepairDesk | None) -> None:
        self._store = store
        self._desk = desk

    @property
    def can_open_tickets(self) -> bool:
        """False when the repairs module is not part of this console."""
        return self._desk is not None

    def log(self, actor: Actor, data: InquiryInput) -> InquiryView:
        """Log an inquiry: closed when answered on the spot, else open until its
        promised time (after the time asked)."""
        actor.require(Module.COMPLAINTS, Action.CREATE)
        now = utcnow()
        clean = clean_inquiry(data, now)
        state = opening_state(clean.answer, clean.asked_at, clean.promised_by)
        with self._store.write() as session:
            unit = find_unit(session, clean.unit_code, "unit_code") if clean.unit_code else None
            row = Inquiry(
                number=numbering_service.allocate(
                    session, NumberKind.INQUIRY, clean.asked_at.astimezone().date()
                ),
                state=state.value,
                kind=clean.kind.value,
                channel=clean.channel.value,
                asker_name=clean.asker_name,
                asker_phone=clean.asker_phone,
                unit_id=unit.id if unit is not None else None,
                question=clean.question,
                answer=clean.answer,
                asked_at=clean.asked_at,
                promised_by=clean.promised_by,
                answered_at=clean.asked_at if state is InquiryState.ANSWERED else None,
                answered_by=actor.username if state is InquiryState.ANSWERED else "",
                created_by=actor.username,
            )
            records.create(session, actor, ENTITY, row, FIELDS)
            return _view(session, row, actor, now)

    def answer(self, actor: Actor, inquiry_id: uuid.UUID, answer: str) -> InquiryView:
        """The promised answer given: the inquiry closes."""
        actor.require(Module.COMPLAINTS, Action.UPDATE)
        text = clean_answer(answer)
        now = utcnow()
        with self._store.write() as session:
            row = self._get(session, inquiry_id)
            require_unanswered(InquiryState(row.state))
            changes = {
                "state": InquiryState.ANSWERED.value,
                "answer": text,
                "answered_at": now,
                "answered_by": actor.username,
            }
            records.update(session, actor, ENTITY, row, FIELDS, changes)
            return _view(session, row, actor, now)

    def promise(self, actor: Actor, inquiry_id: uuid.UUID, promised_by: datetime) -> InquiryView:
        """Move the promised time of an open inquiry (still after the time asked)."""
        actor.require(Module.COMPLAINTS, Action.UPDATE)
        due = check_deadline(promised_by, "promised_by")
        now = utcnow()
        with self._store.write() as session:
            row = self._get(session, inquiry_id)
            require_unanswered(InquiryState(row.state))
            check_due_after(row.asked_at, due, "promised_by")
            records.update(session, actor, ENTITY, row, FIELDS, {"promised_by": due})
            return _view(session, row, actor, now)

    def to_complaint(
        self, actor: Actor, inquiry_id: uuid.UUID, data: ComplaintInput
    ) -> tuple[InquiryView, uuid.UUID]:
        """Take a complaint from the inquiry in one transaction: the complaint is
        written and the inquiry closed as converted, pointing at it (or neither)."""
        actor.require(Module.COMPLAINTS, Action.CREATE)
        now = utcnow()
        clean = clean_complaint(data, now)
        with self._store.write() as session:
            row = self._get(session, inquiry_id)
            require_not_converted(InquiryState(row.state))
            complaint = take_complaint(session, actor, clean, now)
            changes = {
                "state": InquiryState.CONVERTED.value,
                "complaint_id": complaint.id,
                "converted_at": now,
            }
            records.update(session, actor, ENTITY, row, FIELDS, changes)
            return _view(session, row, actor, now), complaint.id

    def to_repair(
        self,
        actor: Actor,
        inquiry_id: uuid.UUID,
        category: RepairCategory,
        priority: RepairPriority = RepairPriority.NORMAL,
        common_area: str = "",
    ) -> tuple[InquiryView, LinkedTicket]:
        """Open a repair ticket from the inquiry (through the RepairDesk; the ticket
        keeps the inquiry as its source) and close the inquiry as converted; the
        inquiry and the ticket (its number for the clerk to tell the asker). The asker
        must have left a name and phone; the place is the inquiry's unit, else
        `common_area`."""
        actor.require(Module.COMPLAINTS, Action.UPDATE)
        if self._desk is None:
            raise ConflictError(NO_DESK)
        with self._store.read() as session:
            row = self._get(session, inquiry_id)
            require_not_converted(InquiryState(row.state))
            if not row.asker_name or not row.asker_phone:
                field = "asker_name" if not row.asker_name else "asker_phone"
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "messages", "A repair ticket needs the name and phone of who asked."
                    ),
                    field=field,
                )
            unit = session.get(Unit, row.unit_id) if row.unit_id is not None else None
            request = TicketRequest(
                source_kind=RepairSource.INQUIRY,
                source_id=str(row.id),
                category=category,
                description=row.question,
                common_area="" if unit is not None else common_area,
                unit_code=unit.code if unit is not None else "",
                reporter_name=row.asker_name,
                reporter_phone=row.asker_phone,
                priority=priority,
            )
        ticket = self._desk.open_from(actor, request)
        now = utcnow()
        with self._store.write() as session:
            row = self._get(session, inquiry_id)
            changes = {
                "state": InquiryState.CONVERTED.value,
                "repair_ticket_id": ticket.id,
                "converted_at": now,
            }
            records.update(session, actor, ENTITY, row, FIELDS, changes)
            return _view(session, row, actor, now), ticket

    def page(
        self,
        actor: Actor,
        *,
        open_only: bool = False,
        before: Key | None = None,
        limit: int = 100,
        now: datetime | None = None,
    ) -> Page[InquiryView]:
        """Newest first by keyset on (asked_at, id); `open_only`: promises pending."""
        actor.require(Module.COMPLAINTS, Action.VIEW)
        now = now or utcnow()
        limit = max(1, min(limit, MAX_PAGE))
        q = select(Inquiry, Unit.code).outerjoin(Unit, Inquiry.unit_id == Unit.id)
        if open_only:
            q = q.where(Inquiry.state == InquiryState.OPEN.value)
        if before is not None:
            at, row_id = before
            q = q.where(
                (Inquiry.asked_at < at) | ((Inquiry.asked_at == at) & (Inquiry.id < row_id))
            )
        with self._store.read() as session:
            found = session.execute(
                q.order_by(Inquiry.asked_at.desc(), Inquiry.id.desc()).limit(limit + 1)
            ).all()
            views = [_view(session, row, actor, now, code or "") for row, code in found[:limit]]
        return Page(views, views[-1].key if len(found) > limit else None)

    def due_by(self, actor: Actor, day_end: datetime) -> list[InquiryView]:
        """Open inquiries whose promise falls before `day_end` (the dashboard's "due
        today"), overdue ones included, soonest first."""
        actor.require(Module.COMPLAINTS, Action.VIEW)
        now = utcnow()
        check_deadline(day_end, "day_end")
        with self._store.read() as session:
            rows = session.execute(
                select(Inquiry, Unit.code)
                .outerjoin(Unit, Inquiry.unit_id == Unit.id)
                .where(
                    Inquiry.state == InquiryState.OPEN.value,
                    Inquiry.promised_by < day_end,
                )
                .order_by(Inquiry.promised_by)
            ).all()
            return [_view(session, row, actor, now, code or "") for row, code in rows]

    @staticmethod
    def _get(session: Session, inquiry_id: uuid.UUID) -> Inquiry:
        row = session.get(Inquiry, inquiry_id)
        if row is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("messages", "That inquiry is not on record."))
        return row
