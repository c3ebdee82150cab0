"""The safety incidents' section of the monthly report: the month's incidents (number,
time, kind, place, summary, police/fire report number, state) and the year's count.
In the PDF, the figures and the list (incidents_pages); in the workbook, the year's
count by kind as a sheet of figures (the month's incidents and their follow-ups are
sheets of records)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from propdesk.reports.incidents.labels import incident_label
from propdesk.reports.monthly.incidents_values import IncidentValues
from propdesk.reports.table_columns import ColumnKind, ExportColumn, TableSheet

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from propdesk.reports.monthly.blocks import StoryContext


@dataclass(frozen=True)
class IncidentFigures(IncidentValues):
    """The values themselves, able to lay themselves out: the class
    `report.section(IncidentFigures)` finds."""

    def story(self, context: StoryContext) -> list[Flowable]:
        from propdesk.reports.monthly.incidents_pages import incidents_story  # reportlab

        return incidents_story(self, context)

    def sheets(self, lang: str) -> list[TableSheet]:
        """The year's incidents by kind, with the month's and the year's totals."""
        words = incident_label
        columns = [
            ExportColumn(words("col.kind", lang)),
            ExportColumn(words("col.count", lang), ColumnKind.INT),
        ]
        rows: list[list[object]] = [[words(f"kind.{kind}", lang), n] for kind, n in self.by_kind]
        rows.append([words("year_count", lang), self.year_count])
        rows.append([words("month_count", lang), self.month_count])
        return [TableSheet(words("sheet.by_kind", lang), columns, rows, len(rows))]
