"""The complaints' section of the monthly report: the period's figures
(complaints_values) as a section. In the PDF, the figures, the Pareto chart, the
repeat places and the oldest complaints still open (complaints_pages); in the
workbook, the Pareto table as a sheet of figures (the month's complaints and inquiries
are sheets of records)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from propdesk.domain.service_targets import share_percent
from propdesk.reports.monthly.complaints_values import ComplaintValues
from propdesk.reports.monthly.labels import text
from propdesk.reports.table_columns import ColumnKind, ExportColumn, TableSheet

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from propdesk.reports.monthly.blocks import StoryContext


@dataclass(frozen=True)
class ComplaintFigures(ComplaintValues):
    """The values themselves (the same fields), able to lay themselves out: the class
    `report.section(ComplaintFigures)` finds."""

    def story(self, context: StoryContext) -> list[Flowable]:
        from propdesk.reports.monthly.complaints_pages import complaints_story  # reportlab

        return complaints_story(self, context)

    def sheets(self, lang: str) -> list[TableSheet]:
        """Complaints by category: count, share and cumulative share in percent (one
        decimal, as numbers), most first."""
        columns = [
            ExportColumn(text("complaints.category", lang)),
            ExportColumn(text("complaints.count", lang), ColumnKind.INT),
            ExportColumn(text("complaints.share_percent", lang), ColumnKind.DECIMAL),
            ExportColumn(text("complaints.cumulative_percent", lang), ColumnKind.DECIMAL),
        ]
        total = sum(bar.count for bar in self.pareto)
        rows: list[list[object]] = []
        running = 0
        for bar in self.pareto:
            running += bar.count
            # Cut down to one decimal as the PDF prints it (share_percent), never rounded up.
            rows.append(
                [
                    text(f"complaint_category.{bar.category.value}", lang),
                    bar.count,
                    share_percent(bar.count, total),
                    share_percent(running, total),
                ]
            )
        return [TableSheet(text("sheet.complaints_pareto", lang), columns, rows, len(rows))]
