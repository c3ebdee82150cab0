"""The checks a round or a response goes through before anything is written: every
field cleaned or refused with a ValidationError naming it (the forms show the message
next to that field)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from propdesk.domain.surveys.areas import Area
from propdesk.domain.surveys.questionnaire import Questionnaire, check_questionnaire
from propdesk.domain.surveys.ratings import parse_typed
from propdesk.domain.surveys.rounds import NAME_MAX, check_days
from propdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from propdesk.services.core.date_window import date_in_window
from propdesk.services.core.text import bounded_text, filled_text, storable_text
from propdesk.services.surveys.views import ResponseInput, RoundInput

COMMENT_MAX = 500


@dataclass(frozen=True)
class CleanRound:
    name: str
    opens_on: date
    closes_on: date
    questionnaire: Questionnaire


def clean_round(data: RoundInput) -> CleanRound:
    name = filled_text(
        data.name,
        "name",
        NAME_MAX,
        QT_TRANSLATE_NOOP("messages", "Name the round (at most {limit} characters)."),
        limit=NAME_MAX,
    )
    if not isinstance(data.opens_on, date) or not isinstance(data.closes_on, date):
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Enter the round's first and last day."),
            field="opens_on",
        )
    date_in_window(data.opens_on, "opens_on")
    date_in_window(data.closes_on, "closes_on")
    check_days(data.opens_on, data.closes_on)
    for question in data.questions:
        storable_text(question.text, "questions")
    return CleanRound(name, data.opens_on, data.closes_on, check_questionnaire(data.questions))


@dataclass(frozen=True)
class CleanResponse:
    unit_code: str
    ratings: tuple[int, ...]
    comment: str
    comment_area: Area | None


def comment_area(value: object) -> Area | None:
    if value is None:
        return None
    if isinstance(value, Area):
        return value
    raise ValidationError(
        QT_TRANSLATE_NOOP("messages", "Choose what the comment is about, or nothing."),
        field="comment_area",
    )


def clean_response(data: ResponseInput, questions: int) -> CleanResponse:
    unit = bounded_text(
        data.unit_code,
        "unit",
        20,
        required=QT_TRANSLATE_NOOP("messages", "Type the unit, e.g. 3-2-1502."),
    ).upper()
    ratings = parse_typed(storable_text(data.ratings, "ratings"), questions)
    comment = bounded_text(data.comment, "comment", COMMENT_MAX)
    area = comment_area(data.comment_area)
    return CleanResponse(unit, ratings, comment, area if comment else None)
