"""Quick search over the survey rounds: by number (DC…, through its unique index) or
a part of the round's name (two rounds a year: a short scan)."""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session

from propdesk.domain.numbering import NumberKind
from propdesk.services.core.search import SearchHit
from propdesk.services.core.search_query import SearchQuery
from propdesk.store.models.surveys import SurveyRound

KIND_SURVEY = "survey_round"
NUMBER_PREFIX_MIN = 4  # "DC20"
NAME_MIN = 2  # "春季"
MAX_CHAR = "\U0010ffff"


def _where(query: SearchQuery) -> ColumnElement[bool] | None:
    found: list[ColumnElement[bool]] = []
    code = query.code
    if code.startswith(NumberKind.SURVEY.value) and len(code) >= NUMBER_PREFIX_MIN:
        found.append(and_(SurveyRound.number >= code, SurveyRound.number < code + MAX_CHAR))
    text = query.text.strip()
    if len(text) >= NAME_MIN:
        found.append(SurveyRound.name.contains(text, autoescape=True))
    return or_(*found) if found else None


def search_rounds(session: Session, query: SearchQuery, limit: int) -> list[SearchHit]:
    where = _where(query)
    if where is None:
        return []
    rows = session.execute(
        select(
            SurveyRound.id,
            SurveyRound.number,
            SurveyRound.name,
            SurveyRound.opens_on,
            SurveyRound.closes_on,
        )
        .where(where, SurveyRound.voided_at.is_(None))
        .order_by(SurveyRound.number.desc())
        .limit(limit)
    ).all()
    return [
        SearchHit(
            KIND_SURVEY,
            row.id,
            row.number,
            f"{row.name} · {row.opens_on.isoformat()} – {row.closes_on.isoformat()}",
            KIND_SURVEY,
            row.id,
        )
        for row in rows
    ]
