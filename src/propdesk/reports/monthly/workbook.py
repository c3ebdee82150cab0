"""The monthly workbook: the targets (summary) and the gate's days from the report's
figures, then the sheets of records the caller adds (the month's gate journal and
repair tickets). Written by the shared exporter (xlsx_export.export_tables): frozen
bold headers, auto-filter, real dates and numbers, text that cannot become a formula,
all or nothing."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

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
DAILY_FIELDS = (
    ("gate.resident_entries", "resident_entries", K.INT),
    ("gate.visitors_in", "visitors_in", K.INT),
    ("gate.visitors_out", "visitors_out", K.INT),
    ("gate.vehicles_in", "vehicles_in", K.INT),
    ("gate.vehicles_out", "vehicles_out", K.INT),
    ("gate.fees", "fees_fen", K.MONEY),
    ("gate.items_in", "items_in", K.INT),
    ("gate.items_out", "items_out", K.INT),
    ("gate.notices", "notices", K.INT),
    ("gate.refused_cards", "refused_cards", K.INT),
)


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


def daily_sheet(report: MonthlyReport, lang: str) -> TableSheet:
    """The gate's figures per day of the month, and the month's total in the last row
    (named in the date column, so a filter on dates leaves it out)."""
    columns = [ExportColumn(text("xlsx.day", lang), K.DATE)]
    columns += [ExportColumn(text(key, lang), kind) for key, _, kind in DAILY_FIELDS]
    rows: list[list[object]] = [
        [d.day, *(getattr(d.counts, name) for _, name, _ in DAILY_FIELDS)] for d in report.gate.days
    ]
    totals = report.gate.totals
    rows.append(
        [text("gate.month_total", lang), *(getattr(totals, name) for _, name, _ in DAILY_FIELDS)]
    )
    return TableSheet(text("sheet.daily", lang), columns, rows, len(rows))


def write_monthly_workbook(
    path: Path,
    report: MonthlyReport,
    lang: str | None,
    records: Sequence[TableSheet] = (),
    progress: Progress | None = None,
) -> list[int]:
    """Summary, gate by day, then `records`; returns the rows written per sheet."""
    from propdesk.reports.xlsx_export import export_tables  # openpyxl only when needed

    lang = normalise_lang(lang)
    sheets = [summary_sheet(report, lang), daily_sheet(report, lang), *records]
    return export_tables(path, sheets, progress=progress)
