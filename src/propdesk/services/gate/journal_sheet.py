"""The gate journal as a sheet of records: `propdesk export gate` (every event of the
days given, visitors' names included) and the monthly workbook's "Gate journal" (the
month's events, without them). The rows come from the journal's own streaming
iterator (keyset batches, each its own short read), so a month of gate traffic or
five years of it goes out in flat memory. The guards are named as people (not their
logins); a voided row stays, its "Voided" cell saying why, by whom and when."""

from __future__ import annotations

from propdesk.reports.monthly.labels import text
from propdesk.reports.monthly.record_fields import Field, code_name, gate_note
from propdesk.reports.table_columns import ColumnKind, TableSheet
from propdesk.services.core.dated_sheet import dated_sheet
from propdesk.services.core.module_spec import SheetRequest
from propdesk.services.gate.events import GateEventKind
from propdesk.services.gate.journal import JournalFilter, JournalRow
from propdesk.services.gate.service import GateServices
from propdesk.store.models import GateEvent

K = ColumnKind


def void_note(row: JournalRow, lang: str) -> str:
    """Why, by whom and when the row was voided; empty for a row that counts."""
    if row.voided_at is None:
        return ""
    at = row.voided_at.astimezone().strftime("%Y-%m-%d %H:%M")
    return text("xlsx.void_note", lang, reason=row.void_reason, by=row.voided_by, at=at)


GATE_FIELDS: tuple[Field[JournalRow], ...] = (
    Field("xlsx.time", K.DATETIME, lambda r, _: r.occurred_at),
    Field("xlsx.kind", K.TEXT, lambda r, lang: code_name("kind", r.kind.value, lang)),
    Field("xlsx.station", K.TEXT, lambda r, _: r.station),
    Field("xlsx.username", K.TEXT, lambda r, _: r.guard_name),
    Field("xlsx.card", K.TEXT, lambda r, _: r.card_number),
    Field("xlsx.name", K.TEXT, lambda r, _: r.person_name, personal=True),
    Field("xlsx.unit_code", K.TEXT, lambda r, _: r.unit_code),
    Field("xlsx.plate", K.TEXT, lambda r, _: r.plate),
    Field("xlsx.pass", K.TEXT, lambda r, _: r.pass_number),
    Field("xlsx.permit", K.TEXT, lambda r, _: r.permit_number),
    Field("xlsx.purpose", K.TEXT, lambda r, _: r.purpose),
    Field("xlsx.description", K.TEXT, lambda r, _: r.description),
    Field("xlsx.place", K.TEXT, lambda r, _: r.place),
    # Fees are collected at the exit only; other rows stay empty (and a voided exit's
    # fee: it was not taken), so the column's sum is the period's takings.
    Field(
        "xlsx.fee",
        K.MONEY,
        lambda r, _: r.fee_fen if r.kind is GateEventKind.VEHICLE_OUT and not r.voided else None,
    ),
    Field("xlsx.closed", K.DATETIME, lambda r, _: r.closed_at),
    Field("xlsx.note", K.TEXT, lambda r, lang: gate_note(r.note, lang)),
    Field("xlsx.voided", K.TEXT, void_note),
)


def journal_sheet(gate: GateServices, request: SheetRequest) -> TableSheet:
    """The events of the request's days, newest first; voided rows are kept, marked in
    their own column (the figures leave them out: a reader sees what was corrected)."""
    period = request.period
    days = JournalFilter(date_from=period.first, date_to=period.last, include_voided=True)
    rows = gate.journal.iter_rows(request.actor, days)
    return dated_sheet(request, "sheet.gate", GATE_FIELDS, rows, GateEvent.occurred_at)
