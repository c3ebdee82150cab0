"""The repairs' section of the monthly report: the period's figures (repairs_values)
as a section. In the PDF, the figures, the charts and the oldest open tickets
(repairs_pages); the workbook has no figure sheet of the repairs (the month's tickets
are a sheet of records)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from propdesk.reports.monthly.repairs_values import RepairValues

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from propdesk.reports.monthly.blocks import StoryContext
    from propdesk.reports.table_columns import TableSheet


@dataclass(frozen=True)
class RepairFigures(RepairValues):
    """The values themselves (the same fields), able to lay themselves out: the class
    `report.section(RepairFigures)` finds."""

    def story(self, context: StoryContext) -> list[Flowable]:
        from propdesk.reports.monthly.repairs_pages import repairs_story  # reportlab: on use

        return repairs_story(self, context)

    def sheets(self, lang: str) -> list[TableSheet]:
        del lang
        return []
