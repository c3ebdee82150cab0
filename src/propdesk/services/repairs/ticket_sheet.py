"""The repair tickets as a sheet of records: `propdesk export repairs` (every ticket
reported in the days given, reporters' names and phones included) and the monthly
workbook's "Repair tickets" (the month's, without them). The rows come from the
tickets' own streaming iterator (keyset batches, each its own short read)."""

from __future__ import annotations

from propdesk.reports.monthly.record_fields import Field, code_name, yes_no
from propdesk.reports.table_columns import ColumnKind, TableSheet
from propdesk.services.core.dated_sheet import dated_sheet
from propdesk.services.core.module_spec import SheetRequest
from propdesk.services.repairs.queries import TicketFilter, TicketRow
from propdesk.services.repairs.service import RepairServices
from propdesk.store.models import RepairTicket

K = ColumnKind


def _arrival_met(row: TicketRow, lang: str) -> str:
    if row.arrived_at is None:
        return ""
    return yes_no(row.arrived_at <= row.arrival_due_at, lang)


REPAIR_FIELDS: tuple[Field[TicketRow], ...] = (
    Field("col.number", K.TEXT, lambda r, _: r.number),
    Field("col.reported", K.DATETIME, lambda r, _: r.reported_at),
    Field("col.state", K.TEXT, lambda r, lang: code_name("state", r.state.value, lang)),
    Field(
        "xlsx.outcome",
        K.TEXT,
        lambda r, lang: code_name("outcome", r.outcome.value, lang) if r.outcome else "",
    ),
    Field(
        "repairs.priority", K.TEXT, lambda r, lang: code_name("priority", r.priority.value, lang)
    ),
    Field(
        "repairs.category", K.TEXT, lambda r, lang: code_name("category", r.category.value, lang)
    ),
    Field("xlsx.channel", K.TEXT, lambda r, lang: code_name("channel", r.channel, lang)),
    # Who took the call, by name (王经理, not admin): the audit log keeps the login.
    Field("xlsx.taken_by", K.TEXT, lambda r, _: r.created_by_name),
    Field("xlsx.paid", K.TEXT, lambda r, lang: yes_no(r.paid, lang)),
    Field("col.location", K.TEXT, lambda r, _: r.location),
    Field("xlsx.reporter", K.TEXT, lambda r, _: r.reporter_name, personal=True),
    Field("xlsx.phone", K.TEXT, lambda r, _: r.reporter_phone, personal=True),
    Field("col.technician", K.TEXT, lambda r, _: r.technician_name),
    Field("xlsx.due", K.DATETIME, lambda r, _: r.arrival_due_at),
    Field("xlsx.arrived", K.DATETIME, lambda r, _: r.arrived_at),
    Field("xlsx.arrival_met", K.TEXT, _arrival_met),
    Field("xlsx.ticket_closed", K.DATETIME, lambda r, _: r.closed_at),
    Field("xlsx.rating", K.INT, lambda r, _: r.rating),
    Field("xlsx.description", K.TEXT, lambda r, _: r.description),
)


def ticket_sheet(repairs: RepairServices, request: SheetRequest) -> TableSheet:
    """The tickets reported in the request's days, newest first."""
    period = request.period
    rows = repairs.tickets.iter_rows(
        request.actor,
        TicketFilter(date_from=period.first, date_to=period.last),
        now=request.now,
    )
    return dated_sheet(request, "sheet.repairs", REPAIR_FIELDS, rows, RepairTicket.reported_at)
