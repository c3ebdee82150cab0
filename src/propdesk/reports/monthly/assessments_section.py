"""The monthly assessment's section of the monthly report: the month's score of each
department with last month's and the change, a bar chart of the scores, the main
deductions and the notices opened (assessments_pages); in the workbook, the scores as
a sheet of figures (the month's spot checks are a sheet of records)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from propdesk.reports.assessments.labels import assessment_label
from propdesk.reports.monthly.assessments_values import AssessmentValues
from propdesk.reports.table_columns import ColumnKind, ExportColumn, TableSheet

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from propdesk.reports.monthly.blocks import StoryContext

K = ColumnKind


@dataclass(frozen=True)
class AssessmentFigures(AssessmentValues):
    """The values, able to lay themselves out (`report.section(AssessmentFigures)`)."""

    def story(self, context: StoryContext) -> list[Flowable]:
        from propdesk.reports.monthly.assessments_pages import assessments_story  # reportlab

        return assessments_story(self, context)

    def sheets(self, lang: str) -> list[TableSheet]:
        w = assessment_label
        columns = [
            ExportColumn(w("report.department", lang)),
            ExportColumn(w("report.score", lang), K.INT),
            ExportColumn(w("report.previous", lang), K.INT),
            ExportColumn(w("report.change", lang), K.INT),
            ExportColumn(w("xlsx.total_points", lang), K.INT),
            ExportColumn(w("report.deducted", lang), K.INT),
            ExportColumn(w("report.checks", lang), K.INT),
        ]
        rows: list[list[object]] = [
            [s.department, s.score, s.previous, s.change, s.total, s.deducted, s.checks]
            for s in self.scores
        ]
        return [TableSheet(w("report.sheet", lang), columns, rows, len(rows))]
