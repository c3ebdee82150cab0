"""The patrols' section of the monthly report: the period's figures (patrol_values) as
a section. In the PDF, the figures, the on-time chart by day, the late and missed
slots, each guard's figures and the findings (patrol_pages); in the workbook, the
"Patrols by day" sheet."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from propdesk.domain.service_targets import share_percent
from propdesk.reports.monthly.patrol_values import PatrolValues
from propdesk.reports.patrol.labels import patrol_label
from propdesk.reports.table_columns import ColumnKind, ExportColumn, TableSheet

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from propdesk.reports.monthly.blocks import StoryContext

K = ColumnKind


@dataclass(frozen=True)
class PatrolFigures(PatrolValues):
    """The values themselves (the same fields), able to lay themselves out: the class
    `report.section(PatrolFigures)` finds."""

    def story(self, context: StoryContext) -> list[Flowable]:
        from propdesk.reports.monthly.patrol_pages import patrol_story  # reportlab: on use

        return patrol_story(self, context)

    def sheets(self, lang: str) -> list[TableSheet]:
        return [self.daily_sheet(lang)]

    def daily_sheet(self, lang: str) -> TableSheet:
        """The slots of each day of the month and how they were answered, and the
        month's total in the last row (named in the date column, so a filter on dates
        leaves it out). The share on time is a number of percent, empty for a day
        without slots."""
        columns = [
            ExportColumn(patrol_label("col.day", lang), K.DATE),
            ExportColumn(patrol_label("month.scheduled", lang), K.INT),
            ExportColumn(patrol_label("month.on_time", lang), K.INT),
            ExportColumn(patrol_label("month.late", lang), K.INT),
            ExportColumn(patrol_label("month.missed", lang), K.INT),
            ExportColumn(patrol_label("col.on_time_percent", lang), K.DECIMAL),
        ]
        rows: list[list[object]] = [
            [d.day, d.scheduled, d.on_time, d.late, d.missed, _share(d.on_time, d.scheduled)]
            for d in self.days
        ]
        rows.append(
            [
                patrol_label("month.total", lang),
                self.scheduled,
                self.on_time,
                self.late,
                self.missed,
                _share(self.on_time, self.scheduled),
            ]
        )
        return TableSheet(patrol_label("sheet.daily", lang), columns, rows, len(rows))


def _share(good: int, total: int) -> Decimal | None:
    return share_percent(good, total) if total > 0 else None
