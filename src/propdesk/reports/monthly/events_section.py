"""The community events' section of the monthly report: in the PDF the month's
figures, its events (date, theme, place, participants, cost) and the year's events
held per month (events_pages); in the workbook the year's count per month as a sheet
of figures (the month's events are a sheet of records)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from propdesk.reports.events.labels import event_text
from propdesk.reports.monthly.events_values import EventValues
from propdesk.reports.table_columns import ColumnKind, ExportColumn, TableSheet

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from propdesk.reports.monthly.blocks import StoryContext


@dataclass(frozen=True)
class EventFigures(EventValues):
    """The values themselves, able to lay themselves out: the class
    `report.section(EventFigures)` finds."""

    def story(self, context: StoryContext) -> list[Flowable]:
        from propdesk.reports.monthly.events_pages import events_story  # reportlab

        return events_story(self, context)

    def sheets(self, lang: str) -> list[TableSheet]:
        columns = [
            ExportColumn(event_text("col.month", lang)),
            ExportColumn(event_text("col.held", lang), ColumnKind.INT),
        ]
        rows: list[list[object]] = [
            [f"{self.year}-{month:02d}", count]
            for month, count in enumerate(self.by_month, start=1)
        ]
        rows.append([event_text("report.year_total", lang), sum(self.by_month)])
        return [TableSheet(event_text("sheet.event_months", lang), columns, rows, len(rows))]

    def __post_init__(self) -> None:
        if len(self.by_month) != 12:
            raise ValueError("by_month holds the twelve months of the year")
