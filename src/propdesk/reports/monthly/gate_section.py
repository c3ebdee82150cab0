"""The gate's section of the monthly report: the journal counted per day of the month
(services.gate.figures fills it). In the PDF, the month's figures with their daily
averages and the daily charts (gate_pages); in the workbook, the "Gate by day" sheet."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from propdesk.reports.monthly.gate_counts import GateCounts, GateDay
from propdesk.reports.monthly.labels import text
from propdesk.reports.table_columns import ColumnKind, ExportColumn, TableSheet

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from propdesk.reports.monthly.blocks import StoryContext

K = ColumnKind
# The "Gate by day" sheet's columns after the date: (header key, GateCounts field, kind).
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


@dataclass(frozen=True)
class GateFigures:
    days: tuple[GateDay, ...]  # every day of the period, quiet days included
    totals: GateCounts

    def story(self, context: StoryContext) -> list[Flowable]:
        from propdesk.reports.monthly.gate_pages import gate_story  # reportlab: on use

        return gate_story(self.days, self.totals, context)

    def sheets(self, lang: str) -> list[TableSheet]:
        return [self.daily_sheet(lang)]

    def daily_sheet(self, lang: str) -> TableSheet:
        """The gate's figures per day of the month, and the month's total in the last
        row (named in the date column, so a filter on dates leaves it out)."""
        columns = [ExportColumn(text("xlsx.day", lang), K.DATE)]
        columns += [ExportColumn(text(key, lang), kind) for key, _, kind in DAILY_FIELDS]
        rows: list[list[object]] = [
            [d.day, *(getattr(d.counts, name) for _, name, _ in DAILY_FIELDS)] for d in self.days
        ]
        rows.append(
            [
                text("gate.month_total", lang),
                *(getattr(self.totals, name) for _, name, _ in DAILY_FIELDS),
            ]
        )
        return TableSheet(text("sheet.daily", lang), columns, rows, len(rows))
