"""The inspections' section of the monthly report: the period's figures
(inspections_values) as a section. In the PDF, the figures, the pass rate per kind as
a chart and a table, the month's failed items and what became of them, and the
equipment falling due next month (inspections_pages); in the workbook, the pass rates
and the equipment due as sheets of figures (the month's inspections and notices are
sheets of records)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from propdesk.domain.service_targets import share_percent
from propdesk.reports.monthly.inspections_values import InspectionValues
from propdesk.reports.monthly.labels import text
from propdesk.reports.table_columns import ColumnKind, ExportColumn, TableSheet

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from propdesk.reports.monthly.blocks import StoryContext

K = ColumnKind


@dataclass(frozen=True)
class InspectionFigures(InspectionValues):
    """The values themselves (the same fields), able to lay themselves out: the class
    `report.section(InspectionFigures)` finds."""

    def story(self, context: StoryContext) -> list[Flowable]:
        from propdesk.reports.monthly.inspections_pages import inspections_story  # reportlab

        return inspections_story(self, context)

    def sheets(self, lang: str) -> list[TableSheet]:
        return [self._rates_sheet(lang), self._due_sheet(lang)]

    def _rates_sheet(self, lang: str) -> TableSheet:
        """Per kind: inspections, failed ones, items judged and passed, and the pass
        rate in percent (one decimal, cut down as the PDF prints it; empty when no
        item was judged: no data, not 0)."""
        columns = [
            ExportColumn(text("inspections.kind", lang)),
            ExportColumn(text("inspections.count", lang), K.INT),
            ExportColumn(text("inspections.failed_count", lang), K.INT),
            ExportColumn(text("inspections.judged", lang), K.INT),
            ExportColumn(text("inspections.passed", lang), K.INT),
            ExportColumn(text("inspections.rate_percent", lang), K.DECIMAL),
        ]
        rows: list[list[object]] = [
            [
                text(f"inspection_kind.{r.kind.value}", lang),
                r.inspections,
                r.failed_inspections,
                r.items_judged,
                r.items_passed,
                share_percent(r.items_passed, r.items_judged) if r.items_judged else None,
            ]
            for r in self.rates
        ]
        return TableSheet(text("sheet.inspection_rates", lang), columns, rows, len(rows))

    def _due_sheet(self, lang: str) -> TableSheet:
        """The equipment falling due next month, soonest first: the items the PDF
        lists."""
        columns = [
            ExportColumn(text("col.equipment_code", lang)),
            ExportColumn(text("col.equipment_kind", lang)),
            ExportColumn(text("xlsx.equipment_name", lang)),
            ExportColumn(text("col.location", lang)),
            ExportColumn(text("col.due_on", lang), K.DATE),
            ExportColumn(text("col.due_for", lang)),
        ]
        rows: list[list[object]] = [
            [
                item.code,
                text(f"equipment_kind.{item.kind.value}", lang),
                item.name,
                item.place,
                item.due_on,
                text("due.expiry" if item.expiry else "due.service", lang),
            ]
            for item in self.due_items
        ]
        return TableSheet(text("sheet.equipment_due", lang), columns, rows, len(rows))
