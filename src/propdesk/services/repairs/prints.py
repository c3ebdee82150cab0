"""Repair tickets as printable slips: the dispatch slip (派工单) the technician takes.

Turns the ticket the repair service returned into a `Slip` (reports layer) in the
language asked for, with the estate's name; the UI previews and prints it.
"""

from __future__ import annotations

from propdesk.reports.slips import repair_slips
from propdesk.reports.slips.model import Slip
from propdesk.services.repairs.detail import TicketDetail
from propdesk.services.station.estate import EstateService


class RepairPrintService:
    def __init__(self, estate: EstateService) -> None:
        self._estate = estate

    def dispatch_slip(self, detail: TicketDetail, lang: str | None) -> Slip:
        info = self._estate.get()
        quote = None
        if detail.quote_labour_fen is not None and detail.quote_materials_fen is not None:
            quote = repair_slips.DispatchQuote(
                detail.quote_labour_fen, detail.quote_materials_fen, detail.quote_minutes
            )
        return repair_slips.dispatch_slip(
            estate=info.name if info is not None else "",
            number=detail.number,
            reported_at=detail.reported_at,
            priority=detail.priority,
            category=detail.category,
            location=detail.location,
            reporter=detail.reporter_name,
            phone=detail.reporter_phone,
            description=detail.description,
            technician=detail.technician_name,
            dispatched_at=detail.dispatched_at,
            arrival_deadline=detail.arrival_due_at,
            paid=detail.paid,
            quote=quote,
            lang=lang,
            arrived_at=detail.arrived_at,
            completed_at=detail.completed_at,
        )
