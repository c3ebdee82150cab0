"""The RepairDesk the repairs module lends to the others (services.core.handoffs)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from propdesk.domain.repairs.kinds import RepairSource
from propdesk.domain.roles import Action, Module
from propdesk.services.core.actor import Actor
from propdesk.services.core.handoffs import LinkedTicket, RepairDesk, TicketRequest
from propdesk.services.core.ticket_links import linked_tickets
from propdesk.services.repairs.inputs import TicketInput, clean_links
from propdesk.services.repairs.tickets import RepairService
from propdesk.store.unit_of_work import Store


def repair_desk(store: Store, tickets: RepairService) -> RepairDesk:
    def open_from(actor: Actor, request: TicketRequest) -> LinkedTicket:
        data = TicketInput(
            reporter_name=request.reporter_name,
            reporter_phone=request.reporter_phone,
            category=request.category,
            description=request.description,
            priority=request.priority,
            common_area=request.common_area,
            unit_code=request.unit_code,
            reported_at=request.reported_at,
        )
        detail = tickets.open_from_source(actor, request.source_kind, request.source_id, data)
        # The id as the ticket keeps it (trimmed), so `linked` finds it by the same text.
        return LinkedTicket(
            detail.id, detail.number, detail.state, detail.closed_at is not None, detail.source_id
        )

    def linked(
        actor: Actor, kind: RepairSource, source_ids: Sequence[str]
    ) -> Mapping[str, LinkedTicket]:
        actor.require(Module.REPAIRS, Action.VIEW)
        ids = clean_links(kind, source_ids)
        with store.read() as session:
            return linked_tickets(session, RepairSource(kind), ids)

    return RepairDesk(open_from, linked)
