"""The monthly report (月度报告): its figures, the A4 PDF and the monthly workbook.

The report is the targets and each module's section, in the registry's order (the
modules' ReportParts); the workbook adds each module's records of the month for the
roles that may export them. Long work (the PDF, the workbook) takes a
`progress(done, total)` callback like every export; returning False stops it and
nothing is written. reportlab and openpyxl are loaded only when a report is made:
start-up need not pay for them. What to write is one `MonthlyFile`, the same for both.
Each file written is an audit anchor (services.core.audit_anchors): the chain's head
its figures were read at is printed on it and kept in the station's anchor file.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from propdesk.config import Paths
from propdesk.domain.roles import Action, Module
from propdesk.domain.service_targets import Period, TargetKey
from propdesk.reports.monthly.model import MonthlyReport
from propdesk.reports.table_columns import Progress, TableSheet
from propdesk.services.core.actor import Actor
from propdesk.services.core.audit_anchors import AnchorKind, ChainHead, remember_head
from propdesk.services.core.date_span import span_in_window
from propdesk.services.core.module_spec import DoorOf, ModuleSpec, SheetRequest, TargetSource
from propdesk.services.reporting.authors import clean_author, report_author
from propdesk.services.reporting.monthly_data import collect
from propdesk.store.base import utcnow
from propdesk.store.unit_of_work import Store

MAX_REPORT_DAYS = 366  # a month, or a year's report; longer is no report the office makes


@dataclass(frozen=True)
class MonthlyFile:
    """One report file to write: the month (local dates), its language (None: the
    default), where to write it, the `progress(done, total)` callback every export
    takes, `now`, the time the figures are read as of (None: the clock), and `by`, whom
    the report names as its author (None: the person making it; see authors.py)."""

    period: Period
    lang: str | None
    path: Path
    progress: Progress | None = None
    now: datetime | None = None
    by: str | None = None


class MonthlyReportService:
    def __init__(
        self,
        store: Store,
        modules: tuple[ModuleSpec[Any], ...],
        door_of: DoorOf,
        sources: Mapping[TargetKey, TargetSource],
        paths: Paths,
    ) -> None:
        self._store = store
        self._paths = paths
        self._modules = modules
        self._door_of = door_of
        self._sources = sources

    def data(
        self, actor: Actor, period: Period, now: datetime | None = None, by: str | None = None
    ) -> MonthlyReport:
        """The figures of `period` (local dates) as of `now`, prepared by `by` (None: the
        actor, or for a headless command the estate's manager). ValidationError for a
        month not begun yet; NothingToReportError when the estate is empty."""
        actor.require(Module.REPORTS, Action.VIEW)
        span_in_window(period.first, period.last, "month", MAX_REPORT_DAYS)
        given = None if by is None else clean_author(by)
        with self._store.read() as session:
            author = report_author(session, actor, given)
            return collect(session, period, now or utcnow(), author, self._sources, self._modules)

    def write_pdf(self, actor: Actor, file: MonthlyFile) -> MonthlyReport:
        """The report as an A4 PDF at `file.path` (all or nothing); returns its figures."""
        report = self._figures_to_export(actor, file)
        from propdesk.reports.monthly.document import write_monthly_pdf

        write_monthly_pdf(file.path, report, file.lang, file.progress)
        self._anchor(report, file)
        return report

    def write_workbook(self, actor: Actor, file: MonthlyFile) -> tuple[MonthlyReport, list[int]]:
        """The monthly workbook at `file.path`: the targets, the sections' figures (the
        gate by day), and the month's records of each module (the gate journal, the
        repair tickets) for a role that may export them (the owners' committee gets the
        figures, not the journal). Names and phones are left out. Returns the figures
        and the rows written per sheet."""
        report = self._figures_to_export(actor, file)
        from propdesk.reports.labels import normalise_lang
        from propdesk.reports.monthly.workbook import write_monthly_workbook

        lang = normalise_lang(file.lang)
        records = self._records(actor, file.period, lang, report, file.now)
        written = write_monthly_workbook(file.path, report, lang, records, file.progress)
        self._anchor(report, file)
        return report, written

    def _anchor(self, report: MonthlyReport, file: MonthlyFile) -> None:
        """The file just written is an anchor of the chain head printed on it."""
        head = ChainHead(report.audit_seq, report.audit_hash)
        remember_head(self._paths, AnchorKind.REPORT, head, file.path.name)

    def _figures_to_export(self, actor: Actor, file: MonthlyFile) -> MonthlyReport:
        """The figures a file is made of; only a role that may export the report
        gets them."""
        actor.require(Module.REPORTS, Action.EXPORT)
        return self.data(actor, file.period, file.now, file.by)

    def _records(
        self, actor: Actor, period: Period, lang: str, report: MonthlyReport, now: datetime | None
    ) -> list[TableSheet]:
        """Each module's records of the month, as its ReportPart names them, for the
        roles with EXPORT on that module; `report.sections` is in the same order."""
        parts = [(spec, spec.report) for spec in self._modules if spec.report is not None]
        sheets: list[TableSheet] = []
        for (spec, part), section in zip(parts, report.sections, strict=True):
            for kind in part.record_kinds:
                if not actor.may(kind.right, Action.EXPORT):
                    continue
                # The section counted the main sheet's rows; the others count their own.
                counted = part.counted if kind is part.records else None
                request = SheetRequest(
                    self._store,
                    actor,
                    period.first,
                    period.last,
                    lang,
                    personal=False,
                    total=counted(section) if counted is not None else None,
                    now=now,
                )
                sheets.append(kind.sheet(self._door_of(spec), request))
        return sheets
