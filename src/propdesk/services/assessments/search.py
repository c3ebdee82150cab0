"""Quick search over the assessments: one by its number (KH…), newest first, through
the number's unique index."""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, select
from sqlalchemy.orm import Session

from propdesk.domain.numbering import NumberKind
from propdesk.services.core.search import SearchHit, count_capped
from propdesk.services.core.search_query import SearchQuery
from propdesk.store.models.assessments import Assessment

KIND_ASSESSMENT = "assessment"
NUMBER_PREFIX_MIN = 4  # "KH20": fewer would list every assessment
MAX_CHAR = "\U0010ffff"


def _where(query: SearchQuery) -> ColumnElement[bool] | None:
    code = query.code
    if not code.startswith(NumberKind.ASSESSMENT.value) or len(code) < NUMBER_PREFIX_MIN:
        return None
    return and_(
        Assessment.number >= code,
        Assessment.number < code + MAX_CHAR,
        Assessment.voided_at.is_(None),
    )


def search_assessments(session: Session, query: SearchQuery, limit: int) -> list[SearchHit]:
    where = _where(query)
    if where is None:
        return []
    rows = session.execute(
        select(
            Assessment.id,
            Assessment.number,
            Assessment.month,
            Assessment.department_name,
            Assessment.score,
        )
        .where(where)
        .order_by(Assessment.number.desc())
        .limit(limit)
    ).all()
    return [
        SearchHit(
            KIND_ASSESSMENT,
            row.id,
            row.number,
            f"{row.department_name} · {row.month} · {row.score}",
            KIND_ASSESSMENT,
            row.id,
        )
        for row in rows
    ]


def count_assessments(session: Session, query: SearchQuery, cap: int) -> int:
    where = _where(query)
    if where is None:
        return 0
    return count_capped(session, select(Assessment.id).where(where), cap)
