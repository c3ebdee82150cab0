"""The responses as a sheet of records: `propdesk export surveys` (every response
entered in the days given) and the monthly workbook's sheet (the month's), one row
per response with a column per question (Q1, Q2 … in the round's order; the digit
given, empty when unanswered). When every round in the sheet asked the same
questions, their headers carry the questions' words too.

Voided responses are kept, marked, as the other modules' sheets keep theirs. The
sheet is at most a few thousand rows (two rounds a year), read in one go.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import aliased

from propdesk.domain.roles import Action, Module
from propdesk.domain.surveys.areas import Area
from propdesk.domain.surveys.questionnaire import Questionnaire
from propdesk.reports.surveys.labels import area_label, survey_label
from propdesk.reports.table_columns import ColumnKind, ExportColumn, TableSheet
from propdesk.services.core.module_spec import SheetRequest
from propdesk.services.core.periods import bounds
from propdesk.store.models import User
from propdesk.store.models.surveys import SurveyResponse, SurveyRound

K = ColumnKind


def _question_headers(questionnaires: Sequence[Questionnaire], lang: str) -> list[str]:
    del lang
    widest = max((len(q) for q in questionnaires), default=0)
    same = len({q.to_json() for q in questionnaires}) == 1
    return [
        f"Q{i + 1} {questionnaires[0].questions[i].text}" if same else f"Q{i + 1}"
        for i in range(widest)
    ]


def response_rows(
    request: SheetRequest, start: datetime, end: datetime
) -> tuple[list[ExportColumn], list[list[object]]]:
    lang = request.lang
    r, entered = SurveyResponse, aliased(User)
    with request.store.read() as session:
        found = session.execute(
            select(
                r,
                SurveyRound.number,
                SurveyRound.name,
                SurveyRound.questions,
                entered.display_name.label("entered_name"),
            )
            .join(SurveyRound, SurveyRound.id == r.round_id)
            .outerjoin(entered, entered.username == r.entered_by)
            .where(r.entered_at >= start, r.entered_at < end, SurveyRound.voided_at.is_(None))
            .order_by(r.entered_at, r.id)
        ).all()
    questionnaires = {row.questions: Questionnaire.from_json(row.questions) for row in found}
    headers = _question_headers(list(questionnaires.values()), lang)
    columns = [
        ExportColumn(survey_label("col.round", lang)),
        ExportColumn(survey_label("col.round_name", lang)),
        ExportColumn(survey_label("col.unit", lang)),
        ExportColumn(survey_label("col.entered_at", lang), K.DATETIME),
        ExportColumn(survey_label("col.entered_by", lang)),
        *(ExportColumn(h, K.INT) for h in headers),
        ExportColumn(survey_label("col.comment_area", lang)),
        ExportColumn(survey_label("col.comment", lang)),
        ExportColumn(survey_label("col.voided", lang)),
        ExportColumn(survey_label("col.void_reason", lang)),
    ]
    rows: list[list[object]] = []
    for row in found:
        response: SurveyResponse = row.SurveyResponse
        digits: list[Any] = [int(d) or None for d in response.ratings]
        digits += [None] * (len(headers) - len(digits))
        area = Area(response.comment_area) if response.comment_area else None
        rows.append(
            [
                row.number,
                row.name,
                response.unit_code,
                response.entered_at,
                row.entered_name or response.entered_by,
                *digits,
                area_label(area, lang) if response.comment else "",
                response.comment,
                survey_label("yes", lang) if response.voided_at is not None else "",
                response.void_reason,
            ]
        )
    return columns, rows


def response_sheet(door: object, request: SheetRequest) -> TableSheet:
    """The responses entered in the request's days, oldest first."""
    del door  # read here, straight from the store
    request.actor.require(Module.SURVEYS, Action.EXPORT)
    columns, rows = response_rows(request, *bounds(request.period))
    return TableSheet(survey_label("sheet.responses", request.lang), columns, rows, len(rows))
