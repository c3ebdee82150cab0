"""The work logs' section of the monthly report: the month's completion per trade and
area and the main reasons for not done (worklogs_values). In the PDF a table of each
(worklogs_pages); in the workbook the completion as a sheet of figures (the month's
entries are a sheet of records)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from propdesk.reports.monthly.worklogs_values import WorklogAreaLine, WorklogValues
from propdesk.reports.table_columns import ColumnKind, ExportColumn, TableSheet
from propdesk.reports.worklogs.labels import text

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from propdesk.reports.monthly.blocks import StoryContext

K = ColumnKind


def area_cells(line: WorklogAreaLine, lang: str) -> list[object]:
    """Trade, area (the trade's total says so), planned, done, not done, missing and the
    rate in percent (None when nothing was judged: no data, not 0)."""
    c = line.completion
    return [
        text(f"trade.{line.trade.value}", lang),
        line.area or text("week.total", lang),
        c.planned,
        c.done,
        c.not_done,
        c.missing,
        c.rate(),
    ]


@dataclass(frozen=True)
class WorklogFigures(WorklogValues):
    """The values themselves, able to lay themselves out: the class
    `report.section(WorklogFigures)` finds."""

    def story(self, context: StoryContext) -> list[Flowable]:
        from propdesk.reports.monthly.worklogs_pages import worklogs_story  # reportlab

        return worklogs_story(self, context)

    def sheets(self, lang: str) -> list[TableSheet]:
        return [self._completion_sheet(lang), self._reasons_sheet(lang)]

    def _completion_sheet(self, lang: str) -> TableSheet:
        columns = [
            ExportColumn(text("col.trade", lang)),
            ExportColumn(text("col.area", lang)),
            ExportColumn(text("col.planned", lang), K.INT),
            ExportColumn(text("col.done", lang), K.INT),
            ExportColumn(text("col.not_done", lang), K.INT),
            ExportColumn(text("col.missing", lang), K.INT),
            ExportColumn(text("col.rate_percent", lang), K.DECIMAL),
        ]
        rows = [area_cells(line, lang) for line in (*self.areas, *self.trades)]
        return TableSheet(text("sheet.completion", lang), columns, rows, len(rows))

    def _reasons_sheet(self, lang: str) -> TableSheet:
        columns = [
            ExportColumn(text("col.reason", lang)),
            ExportColumn(text("col.times", lang), K.INT),
        ]
        rows: list[list[object]] = [[r.reason, r.count] for r in self.reasons]
        return TableSheet(text("sheet.reasons", lang), columns, rows, len(rows))
