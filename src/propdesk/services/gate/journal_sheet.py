"""The gate journal as a sheet of records: `propdesk export gate` (every event of the
days given, visitors' names included) and the monthly workbook's "Gate journal" (the
month's events, without them). The rows come from the journal's own streaming
iterator (keyset batches, each its own short read), so a month of gate traffic or
five years of it goes out in flat memory."""

from __future__ import annotations

from propdesk.reports.monthly.record_fields import Field, code_name
from propdesk.reports.table_columns import ColumnKind, TableSheet
from propdesk.services.core.dated_sheet import dated_sheet
from propdesk.services.core.module_spec import SheetRequest
from propdesk.services.gate.events import GateEventKind
from propdesk.services.gate.journal import JournalFilter, JournalRow
from propdesk.services.gate.service import GateServices
from propdesk.store.models import GateEvent

K = ColumnKind
GATE_FIELDS: tuple[Field[JournalRow], ...] = (
    Field("xlsx.time", K.DATETIME, lambda r, _: r.occurred_at),
    Field("xlsx.kind", K.TEXT, lambda r, lang: code_name("kind", r.kind.value, lang)),
    Field("xlsx.station", K.TEXT, lambda r, _: r.station),
    Field("xlsx.username", K.TEXT, lambda r, _: r.username),
    Field("xlsx.card", K.TEXT, lambda r, _: r.card_number),
    Field("xlsx.name", K.TEXT, lambda r, _: r.person_name, personal=True),
    Field("xlsx.unit_code", K.TEXT, lambda r, _: r.unit_code),
    Field("xlsx.plate", K.TEXT, lambda r, _: r.plate),
    Field("xlsx.pass", K.TEXT, lambda r, _: r.pass_number),
    Field("xlsx.permit", K.TEXT, lambda r, _: r.permit_number),
    Field("xlsx.purpose", K.TEXT, lambda r, _: r.purpose),
    Field("xlsx.description", K.TEXT, lambda r, _: r.description),
    Field("xlsx.place", K.TEXT, lambda r, _: r.place),
    # Fees are collected at the exit only; other rows stay empty, so the column's sum
    # is the period's takings.
    Field(
        "xlsx.fee",
        K.MONEY,
        lambda r, _: r.fee_fen if r.kind is GateEventKind.VEHICLE_OUT else None,
    ),
    Field("xlsx.closed", K.DATETIME, lambda r, _: r.closed_at),
    Field("xlsx.note", K.TEXT, lambda r, _: r.note),
)


def journal_sheet(gate: GateServices, request: SheetRequest) -> TableSheet:
    """The events of the request's days, newest first (voided rows left out)."""
    period = request.period
    rows = gate.journal.iter_rows(
        request.actor, JournalFilter(date_from=period.first, date_to=period.last)
    )
    return dated_sheet(request, "sheet.gate", GATE_FIELDS, rows, GateEvent.occurred_at)
