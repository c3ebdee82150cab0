"""A complaint about a fault and its repair ticket: opened in one step through the
RepairDesk the repairs module lends (channel "complaint", the ticket keeps the
complaint as its source and the complaint keeps the ticket), or an existing ticket
linked by its number. The complaint's detail shows the ticket's state.

Opening is two transactions (the desk's, then the link): when the second fails, the
ticket still names the complaint as its source, and asking again links that ticket
instead of refusing.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select

from propdesk.domain.complaints.workflow import ComplaintState, ComplaintStep, next_state
from propdesk.domain.repairs.kinds import RepairCategory, RepairPriority, RepairSource
from propdesk.domain.roles import Action, Module
from propdesk.errors import QT_TRANSLATE_NOOP, ConflictError, NotFoundError
from propdesk.services.complaints.complaints import ENTITY, FIELDS, add_step, get_complaint
from propdesk.services.complaints.detail import ComplaintDetail, load_detail
from propdesk.services.complaints.inputs import clean_number
from propdesk.services.core import records
from propdesk.services.core.actor import Actor
from propdesk.services.core.handoffs import RepairDesk, TicketRequest
from propdesk.store.base import utcnow
from propdesk.store.models import Complaint, RepairTicket, Unit
from propdesk.store.unit_of_work import Store

NO_DESK = QT_TRANSLATE_NOOP("messages", "Repair tickets are not part of this console.")


@dataclass(frozen=True)
class RepairRequest:
    """What the clerk adds when a complaint opens a ticket; the description defaults
    to the complaint's."""

    category: RepairCategory
    priority: RepairPriority = RepairPriority.NORMAL
    description: str = ""


class ComplaintRepairs:
    def __init__(self, store: Store, desk: RepairDesk | None) -> None:
        self._store = store
        self._desk = desk

    def open_ticket(
        self, actor: Actor, complaint_id: uuid.UUID, request: RepairRequest
    ) -> ComplaintDetail:
        actor.require(Module.COMPLAINTS, Action.UPDATE)
        if self._desk is None:
            raise ConflictError(NO_DESK)
        with self._store.read() as session:
            complaint = get_complaint(session, complaint_id)
            next_state(ComplaintState(complaint.state), ComplaintStep.LINK_REPAIR)
            self._refuse_second(complaint)
            unit = session.get(Unit, complaint.unit_id) if complaint.unit_id else None
            ticket_request = TicketRequest(
                source_kind=RepairSource.COMPLAINT,
                source_id=str(complaint.id),
                category=request.category,
                description=request.description or complaint.description,
                common_area=complaint.common_area,
                unit_code=unit.code if unit is not None else "",
                reporter_name=complaint.complainant_name or actor.display_name,
                reporter_phone=complaint.complainant_phone,
                priority=request.priority,
            )
        try:
            ticket_id = self._desk.open_from(actor, ticket_request).id
        except ConflictError:
            found = self._desk.linked(actor, RepairSource.COMPLAINT, [str(complaint_id)])
            if str(complaint_id) not in found:
                raise
            ticket_id = found[str(complaint_id)].id
        return self._link(actor, complaint_id, ticket_id)

    def link_ticket(self, actor: Actor, complaint_id: uuid.UUID, number: str) -> ComplaintDetail:
        """Link the ticket with this number (WX202612-0001), already open or done."""
        actor.require(Module.COMPLAINTS, Action.UPDATE)
        wanted = clean_number(number)
        with self._store.read() as session:
            ticket_id = session.scalar(select(RepairTicket.id).where(RepairTicket.number == wanted))
        if ticket_id is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("messages", "No repair ticket has the number {number}."),
                field="number",
                number=wanted,
            )
        return self._link(actor, complaint_id, ticket_id)

    @staticmethod
    def _refuse_second(complaint: Complaint) -> None:
        if complaint.repair_ticket_id is not None:
            raise ConflictError(
                QT_TRANSLATE_NOOP("messages", "This complaint already has a repair ticket."),
                field="repair_ticket_id",
            )

    def _link(self, actor: Actor, complaint_id: uuid.UUID, ticket_id: uuid.UUID) -> ComplaintDetail:
        now = utcnow()
        with self._store.write() as session:
            complaint = get_complaint(session, complaint_id)
            next_state(ComplaintState(complaint.state), ComplaintStep.LINK_REPAIR)
            self._refuse_second(complaint)
            records.update(
                session, actor, ENTITY, complaint, FIELDS, {"repair_ticket_id": ticket_id}
            )
            number = session.scalar(select(RepairTicket.number).where(RepairTicket.id == ticket_id))
            add_step(
                session,
                complaint,
                ComplaintStep.LINK_REPAIR,
                complaint.state,
                now,
                actor.username,
                fields={"ticket": number or str(ticket_id)},
            )
            session.flush()
            return load_detail(session, complaint, actor, now)
