"""The drills' section of the monthly report: in the PDF the month's figures, its
sessions and the year's plan with each entry's state (drills_pages); in the workbook
the plan as a sheet of figures (the month's sessions are a sheet of records)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from propdesk.reports.monthly.drills_labels import drill_text
from propdesk.reports.monthly.drills_values import DrillValues
from propdesk.reports.table_columns import ColumnKind, ExportColumn, TableSheet

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from propdesk.reports.monthly.blocks import StoryContext

K = ColumnKind


@dataclass(frozen=True)
class DrillFigures(DrillValues):
    """The values themselves, able to lay themselves out: the class
    `report.section(DrillFigures)` finds."""

    def story(self, context: StoryContext) -> list[Flowable]:
        from propdesk.reports.monthly.drills_pages import drills_story  # reportlab

        return drills_story(self, context)

    def sheets(self, lang: str) -> list[TableSheet]:
        columns = [
            ExportColumn(drill_text("col.topic", lang)),
            ExportColumn(drill_text("col.due_on", lang), K.DATE),
            ExportColumn(drill_text("col.state", lang)),
            ExportColumn(drill_text("col.answered_by", lang)),
            ExportColumn(drill_text("col.held_on", lang), K.DATE),
            ExportColumn(drill_text("col.notes", lang)),
        ]
        rows: list[list[object]] = [
            [
                drill_text(f"topic.{e.topic}", lang),
                e.due_on,
                drill_text(f"plan_state.{e.state}", lang),
                e.session,
                e.held_on,
                e.notes,
            ]
            for e in self.plan
        ]
        return [TableSheet(drill_text("sheet.drill_plan", lang), columns, rows, len(rows))]
