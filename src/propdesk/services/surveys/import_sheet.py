"""The surveys' Excel import: responses typed into a sheet (a round's number, the
unit, Q1 … Q20 a digit each, a comment), through the master-data importer's module
sheets (services.core.import_sheets) — `propdesk template|import survey_responses`
and the import dialog offer it, with the template, the row errors and the
all-or-nothing write. Each row is recorded as the entry form records one
(responses.write_response): a unit that already answered the round is refused.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from propdesk.domain.roles import Module
from propdesk.domain.surveys.areas import Area
from propdesk.domain.surveys.questionnaire import MAX_QUESTIONS
from propdesk.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from propdesk.reports.labels import Trilingual
from propdesk.reports.labels import trilingual as _t
from propdesk.reports.surveys.labels import AREA_LABELS, SURVEY_LABELS
from propdesk.services.core.actor import Actor
from propdesk.services.core.import_sheets import (
    CellKind,
    ColumnSpec,
    ImportSheet,
    Prepared,
    SheetCells,
    SheetLookups,
)
from propdesk.services.core.records import Outcome
from propdesk.services.surveys.inputs import clean_response
from propdesk.services.surveys.responses import open_round, write_response
from propdesk.services.surveys.views import ResponseInput
from propdesk.store.base import utcnow
from propdesk.store.models.surveys import SurveyRound

SHEET_LABEL = "sheet.survey_responses"
ROUND, AREA, COMMENT = "survey_round", "survey_comment_area", "survey_comment"
QUESTION_KEYS = tuple(f"q{n}" for n in range(1, MAX_QUESTIONS + 1))
AREA_CHOICES = tuple((f"area.{a.value}", a.value) for a in Area)

COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec(ROUND, True, CellKind.CODE, fields=("round",), example="DC202604-0001", width=15),
    ColumnSpec("unit", True, CellKind.CODE, example="3-2-1502", width=12),
    *(
        ColumnSpec(
            key,
            False,
            CellKind.INT,
            fields=("ratings",) if key == "q1" else (),
            example=5 if n < 3 else None,
            width=5,
        )
        for n, key in enumerate(QUESTION_KEYS)
    ),
    ColumnSpec(AREA, False, CellKind.CHOICE, AREA_CHOICES, fields=("comment_area",), width=14),
    ColumnSpec(COMMENT, False, fields=("comment",), width=30),
)


def _digit(cells: SheetCells, key: str) -> int:
    value = cells.integer(key)
    if value is None:
        return 0
    if not 0 <= value <= 5:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "Give 5 (very satisfied) to 1 (very dissatisfied), or 0 or nothing."
            ),
            field=key,
        )
    return value


def prepare_response(cells: SheetCells, lookups: SheetLookups) -> Prepared:
    """A row checked as far as it can be without the round (its digits, the unit),
    and the write that checks the rest in the import's transaction."""
    number = cells.text(ROUND).strip().upper()
    unit = cells.text("unit")
    lookups.require_unit(unit)
    digits = [_digit(cells, key) for key in QUESTION_KEYS]
    area_value = cells.choice(AREA)
    area = Area(area_value) if area_value else None
    comment = cells.text(COMMENT)

    def write(session: Session, actor: Actor) -> Outcome:
        found_id = session.scalars(
            select(SurveyRound.id).where(SurveyRound.number == number)
        ).first()
        if found_id is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("messages", "No survey round {number}."),
                field=ROUND,
                number=number,
            )
        found = open_round(session, found_id)
        asked = found.question_count
        for position in range(asked, MAX_QUESTIONS):
            if digits[position]:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "This round asks {questions} questions; leave this column empty.",
                    ),
                    field=QUESTION_KEYS[position],
                    questions=asked,
                )
        data = ResponseInput(found.id, unit, "".join(str(d) for d in digits[:asked]), comment, area)
        clean = clean_response(data, asked)
        write_response(session, actor, found, clean, utcnow())
        return Outcome.CREATED

    return Prepared(f"{number}|{unit.strip().upper()}", "unit", write)


# The sheet's own words (ImportSheet.labels): a header is recognised in any of them.
IMPORT_LABELS: dict[str, Trilingual] = {
    SHEET_LABEL: SURVEY_LABELS["sheet.responses"],
    f"col.{ROUND}": SURVEY_LABELS["col.round"],
    **{f"col.{key}": _t(f"Q{n}", f"Q{n}", f"Q{n}") for n, key in enumerate(QUESTION_KEYS, 1)},
    f"col.{AREA}": SURVEY_LABELS["col.comment_area"],
    f"col.{COMMENT}": SURVEY_LABELS["col.comment"],
    **AREA_LABELS,
    f"note.{ROUND}": _t(
        "调查编号，如 DC202604-0001（在“满意度调查”页可查）；调查须尚未结束。",
        "調查編號，如 DC202604-0001（在「滿意度調查」頁可查）；調查須尚未結束。",
        "The round's number, e.g. DC202604-0001 (shown on the Surveys page); the round "
        "must still be open.",
    ),
    **{
        f"note.{key}": _t(
            f"第 {n} 题的评价：5 非常满意、4 满意、3 一般、2 不满意、1 非常不满意，"
            "0 或留空为未作答。",
            f"第 {n} 題的評價：5 非常滿意、4 滿意、3 一般、2 不滿意、1 非常不滿意，"
            "0 或留空為未作答。",
            f"Question {n}: 5 very satisfied, 4 satisfied, 3 neutral, 2 dissatisfied, "
            "1 very dissatisfied; 0 or empty when not answered.",
        )
        for n, key in enumerate(QUESTION_KEYS, 1)
    },
    f"note.{AREA}": _t(
        "意见涉及的部门，从下拉列表选择；留空为综合意见。",
        "意見涉及的部門，從下拉選單選擇；留空為綜合意見。",
        "Which service the comment is about, from the drop-down list; empty for general.",
    ),
    f"note.{COMMENT}": _t(
        "业主的意见和建议，最多 500 个字。",
        "業主的意見和建議，最多 500 個字。",
        "The resident's comments, at most 500 characters.",
    ),
}

RESPONSES_SHEET = ImportSheet(
    key="survey_responses",
    sheet_label=SHEET_LABEL,
    columns=COLUMNS,
    prepare=prepare_response,
    right=Module.SURVEYS,
    labels=IMPORT_LABELS,
)

IMPORTS: tuple[ImportSheet, ...] = (RESPONSES_SHEET,)
