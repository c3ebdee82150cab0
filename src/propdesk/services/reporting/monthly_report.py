"""The monthly report (月度报告): its figures, the A4 PDF and the monthly workbook.

Long work (the PDF, the workbook) takes a `progress(done, total)` callback like every
export; returning False stops it and nothing is written. reportlab and openpyxl are
loaded only when a report is made: start-up need not pay for them.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from pathlib import Path

from propdesk.domain.roles import Action, Module
from propdesk.domain.service_targets import Period, TargetKey
from propdesk.reports.monthly.model import MonthlyReport
from propdesk.reports.table_columns import Progress, TableSheet
from propdesk.services.core.actor import Actor
from propdesk.services.core.module_spec import TargetSource
from propdesk.services.gate.journal import GateJournalService, JournalFilter
from propdesk.services.repairs.queries import TicketFilter
from propdesk.services.repairs.tickets import RepairService
from propdesk.services.reporting.monthly_data import collect
from propdesk.services.reporting.record_sheets import gate_sheet, repair_sheet
from propdesk.store.base import utcnow
from propdesk.store.unit_of_work import Store


class MonthlyReportService:
    def __init__(
        self,
        store: Store,
        journal: GateJournalService,
        repairs: RepairService,
        sources: Mapping[TargetKey, TargetSource],
    ) -> None:
        self._store = store
        self._sources = sources
        self._journal = journal
        self._repairs = repairs

    def data(self, actor: Actor, period: Period, now: datetime | None = None) -> MonthlyReport:
        """The figures of `period` (local dates) as of `now`. ValidationError for a month
        not begun yet; NothingToReportError when the estate is empty."""
        actor.require(Module.REPORTS, Action.VIEW)
        with self._store.read() as session:
            return collect(session, period, now or utcnow(), actor.display_name, self._sources)

    def write_pdf(
        self,
        actor: Actor,
        period: Period,
        lang: str | None,
        path: Path,
        progress: Progress | None = None,
        now: datetime | None = None,
    ) -> MonthlyReport:
        """The report as an A4 PDF at `path` (all or nothing); returns its figures."""
        actor.require(Module.REPORTS, Action.EXPORT)
        report = self.data(actor, period, now)
        from propdesk.reports.monthly.document import write_monthly_pdf

        write_monthly_pdf(path, report, lang, progress)
        return report

    def write_workbook(
        self,
        actor: Actor,
        period: Period,
        lang: str | None,
        path: Path,
        progress: Progress | None = None,
        now: datetime | None = None,
    ) -> tuple[MonthlyReport, list[int]]:
        """The monthly workbook at `path`: the targets, the gate by day, and the month's
        gate journal and repair tickets for a role that may export those records (the
        owners' committee gets the figures, not the journal). Names and phones are
        left out. Returns the figures and the rows written per sheet."""
        actor.require(Module.REPORTS, Action.EXPORT)
        report = self.data(actor, period, now)
        from propdesk.reports.labels import normalise_lang
        from propdesk.reports.monthly.workbook import write_monthly_workbook

        lang = normalise_lang(lang)
        records: list[TableSheet] = []
        if actor.may(Module.GATE, Action.EXPORT):
            events = self._journal.iter_rows(
                actor, JournalFilter(date_from=period.first, date_to=period.last)
            )
            records.append(
                gate_sheet(events, lang, personal=False, total=report.gate.totals.events)
            )
        if actor.may(Module.REPAIRS, Action.EXPORT):
            tickets = self._repairs.iter_rows(
                actor, TicketFilter(date_from=period.first, date_to=period.last), now=now
            )
            records.append(repair_sheet(tickets, lang, personal=False, total=report.repairs.opened))
        written = write_monthly_workbook(path, report, lang, records, progress)
        return report, written
