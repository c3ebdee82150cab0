"""Export a table to Excel (`propdesk export`): the gate journal or the repair tickets
of a date range, or a master-data register (units, residents, access cards) as it is
now, optionally narrowed to a date range; every row streamed in keyset batches."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from pathlib import Path

from sqlalchemy import func, select

from propdesk.domain.roles import Action, Module
from propdesk.domain.service_targets import Period
from propdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from propdesk.reports.labels import normalise_lang
from propdesk.reports.table_columns import Progress, TableSheet
from propdesk.services.core.actor import Actor
from propdesk.services.core.periods import bounds
from propdesk.services.gate.journal import GateJournalService, JournalFilter
from propdesk.services.master_data.importing.columns import ImportKind
from propdesk.services.repairs.queries import TicketFilter
from propdesk.services.repairs.tickets import RepairService
from propdesk.services.reporting.monthly_data import check_reportable
from propdesk.services.reporting.record_sheets import gate_sheet, repair_sheet
from propdesk.services.reporting.register_sheets import (
    Span,
    check_register,
    count_rows,
    iter_register,
    register_sheet,
)
from propdesk.store.models import GateEvent, RepairTicket
from propdesk.store.unit_of_work import Store


class RecordTable(StrEnum):
    GATE = "gate"  # the gate journal (voided rows left out)
    REPAIRS = "repairs"  # repair tickets reported in the range
    UNITS = "units"  # the unit register (voided units left out)
    RESIDENTS = "residents"  # live residents of live units, moved-out ones included
    CARDS = "cards"  # every access card, whatever its status


MODULE_OF = {
    RecordTable.GATE: Module.GATE,
    RecordTable.REPAIRS: Module.REPAIRS,
    RecordTable.UNITS: Module.MASTER_DATA,
    RecordTable.RESIDENTS: Module.MASTER_DATA,
    RecordTable.CARDS: Module.MASTER_DATA,
}
# Tables of events, which only make sense for a date range: both days are required.
# The registers are exported as they are now; days given narrow them to the units
# entered in the system, the residents who moved in, or the cards issued in the range.
DATED = frozenset({RecordTable.GATE, RecordTable.REPAIRS})


class RecordExportService:
    def __init__(self, store: Store, journal: GateJournalService, repairs: RepairService) -> None:
        self._store = store
        self._journal = journal
        self._repairs = repairs

    def export(
        self,
        actor: Actor,
        table: RecordTable,
        date_from: date | None,
        date_to: date | None,
        path: Path,
        lang: str | None,
        progress: Progress | None = None,
    ) -> int:
        """Every record of `table` from `date_from` to `date_to` (local dates, both
        inclusive; required for the DATED tables, either may be None for a register)
        with names and phones (the role may export the module); returns the rows
        written. NothingToReportError when the estate or the register is empty."""
        actor.require(MODULE_OF[table], Action.EXPORT)
        if date_from is not None and date_to is not None and date_to < date_from:
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "The end date {end} is before the start {start}."),
                field="date_to",
                start=date_from.isoformat(),
                end=date_to.isoformat(),
            )
        lang = normalise_lang(lang)
        if table not in DATED:
            sheet = self._register_sheet(ImportKind(table.value), Span(date_from, date_to), lang)
        elif date_from is None or date_to is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "Choose the first and the last day to export."),
                field="date_from" if date_from is None else "date_to",
            )
        else:
            sheet = self._dated_sheet(actor, table, date_from, date_to, lang)
        from propdesk.reports.xlsx_export import export_tables  # openpyxl only when needed

        return export_tables(path, [sheet], progress=progress)[0]

    def _register_sheet(self, kind: ImportKind, span: Span, lang: str) -> TableSheet:
        with self._store.read() as session:
            check_reportable(session, None, date.today())
            check_register(session, kind)
            total = count_rows(session, kind, span)
        rows = iter_register(self._store.read, kind, span)
        return register_sheet(kind, rows, lang, personal=True, total=total)

    def _dated_sheet(
        self, actor: Actor, table: RecordTable, date_from: date, date_to: date, lang: str
    ) -> TableSheet:
        start, end = bounds(Period(date_from, date_to))
        with self._store.read() as session:
            check_reportable(session, None, date_to)
            # The progress total: an index-only count (voided rows included, so it may
            # run a few rows over; it only sizes the bar).
            column = (
                GateEvent.occurred_at if table is RecordTable.GATE else RepairTicket.reported_at
            )
            total = session.scalar(select(func.count()).where(column >= start, column < end))
        return self._sheet(actor, table, date_from, date_to, lang, total)

    def _sheet(
        self,
        actor: Actor,
        table: RecordTable,
        date_from: date,
        date_to: date,
        lang: str,
        total: int | None,
    ) -> TableSheet:
        if table is RecordTable.GATE:
            rows = self._journal.iter_rows(
                actor, JournalFilter(date_from=date_from, date_to=date_to)
            )
            return gate_sheet(rows, lang, personal=True, total=total)
        tickets = self._repairs.iter_rows(actor, TicketFilter(date_from=date_from, date_to=date_to))
        return repair_sheet(tickets, lang, personal=True, total=total)
