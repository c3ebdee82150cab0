"""The monthly workbook: the targets (summary) and the sections' sheets of figures
(the gate's days), then the sheets of records the caller adds (the month's gate
journal and repair tickets). Written by the shared exporter
(xlsx_export.export_tables): frozen bold headers, auto-filter, real dates and numbers,
text that cannot become a formula, all or nothing."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from propdesk.reports.audit_mark import audit_mark
from propdesk.reports.labels import normalise_lang
from propdesk.reports.monthly.formatting import (
    basis_text,
    outcome_text,
    target_name,
    threshold_text,
)
from propdesk.reports.monthly.labels import text
from propdesk.reports.monthly.model import MonthlyReport
from propdesk.reports.table_columns import ColumnKind, ExportColumn, Progress, TableSheet

K = ColumnKind


def summary_sheet(report: MonthlyReport, lang: str) -> TableSheet:
    """One row per target: the figures as numbers (a share in percent, a count), the
    verdict and the counts behind it; a target without data has an empty actual."""
    columns = [
        ExportColumn(text("targets.target", lang)),
        ExportColumn(text("targets.threshold", lang)),
        ExportColumn(text("xlsx.threshold_value", lang), K.DECIMAL),
        ExportColumn(text("xlsx.actual_value", lang), K.DECIMAL),
        ExportColumn(text("xlsx.unit", lang)),
        ExportColumn(text("targets.result", lang)),
        ExportColumn(text("xlsx.window", lang)),
        ExportColumn(text("targets.basis", lang)),
    ]
    rows = [
        [
            target_name(t, lang),
            threshold_text(t, lang),
            t.threshold,
            t.actual,
            text(f"xlsx.unit.{t.unit.value}", lang),
            outcome_text(t.outcome, lang),
            t.window.label,
            basis_text(t, lang),
        ]
        for t in report.targets
    ]
    return TableSheet(text("sheet.summary", lang), columns, rows, len(rows))


def write_monthly_workbook(
    path: Path,
    report: MonthlyReport,
    lang: str | None,
    records: Sequence[TableSheet] = (),
    progress: Progress | None = None,
) -> list[int]:
    """The summary, each section's figures (the gate by day), then `records`; returns
    the rows written per sheet."""
    from propdesk.reports.xlsx_export import export_tables  # openpyxl only when needed

    lang = normalise_lang(lang)
    figures = [sheet for section in report.sections for sheet in section.sheets(lang)]
    # Every sheet prints the chain's place the figures were read at, as the PDF does.
    mark = audit_mark(report.audit_seq, report.audit_hash, lang)
    sheets = [
        replace(sheet, footnote=mark) for sheet in (summary_sheet(report, lang), *figures, *records)
    ]
    return export_tables(path, sheets, progress=progress)
