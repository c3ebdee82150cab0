"""The surveys' section of the monthly report: the rounds that ran in the month or
ended in it (services.surveys.report_figures), each with its response rate and its
satisfaction per area — in the PDF a table and the areas' chart (surveys_pages), in
the workbook one sheet of a row per round and area (the month's responses are the
sheet of records)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from propdesk.domain.service_targets import Period
from propdesk.reports.surveys.labels import area_label, survey_label
from propdesk.reports.surveys.values import RoundResults
from propdesk.reports.table_columns import ColumnKind, ExportColumn, TableSheet

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from propdesk.reports.monthly.blocks import StoryContext

K = ColumnKind


@dataclass(frozen=True)
class SurveyFigures:
    period: Period
    as_of: datetime
    rounds: tuple[RoundResults, ...]  # oldest first

    @property
    def responses(self) -> int:
        return sum(r.responses for r in self.rounds)

    def story(self, context: StoryContext) -> list[Flowable]:
        from propdesk.reports.monthly.surveys_pages import surveys_story  # reportlab

        return surveys_story(self.rounds, self.as_of, context)

    def sheets(self, lang: str) -> list[TableSheet]:
        """A row per round and area (the round's overall first): answers, satisfied,
        satisfaction in percent (empty when nobody answered: no data, not 0)."""
        columns = [
            ExportColumn(survey_label("col.round", lang)),
            ExportColumn(survey_label("col.round_name", lang)),
            ExportColumn(survey_label("col.opens_on", lang), K.DATE),
            ExportColumn(survey_label("col.closes_on", lang), K.DATE),
            ExportColumn(survey_label("col.responses", lang), K.INT),
            ExportColumn(survey_label("col.occupied", lang), K.INT),
            ExportColumn(survey_label("col.response_rate", lang), K.DECIMAL),
            ExportColumn(survey_label("col.area", lang)),
            ExportColumn(survey_label("col.answered", lang), K.INT),
            ExportColumn(survey_label("col.satisfied", lang), K.INT),
            ExportColumn(survey_label("col.share_percent", lang), K.DECIMAL),
        ]
        rows: list[list[object]] = []
        for r in self.rounds:
            head = [
                r.number,
                r.name,
                r.opens_on,
                r.closes_on,
                r.responses,
                r.occupied,
                r.response_rate,
            ]
            parts = [(survey_label("summary.satisfaction", lang), r.overall)]
            parts += [(area_label(area, lang), tally) for area, tally in r.areas]
            rows += [
                [*head, name, tally.answered, tally.satisfied, tally.share] for name, tally in parts
            ]
        return [TableSheet(survey_label("sheet.survey_figures", lang), columns, rows, len(rows))]
