"""Quick search over the sessions: by number (YL… drills, PX… trainings), through the
number's unique index, and by a word of the title (消防, 电梯困人). The sessions are a
few dozen a year, so the title's LIKE reads a small table."""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session

from propdesk.domain.numbering import NumberKind
from propdesk.services.core.search import SearchHit, count_capped
from propdesk.services.core.search_query import SearchQuery
from propdesk.store.models.drills import DrillSession

KIND_SESSION = "drill_session"
NUMBER_PREFIX_MIN = 4  # "YL20": fewer would list every session
TITLE_MIN = 2  # two characters: 消防
MAX_CHAR = "\U0010ffff"
TAG_VOIDED = "voided"


def _where(query: SearchQuery) -> ColumnElement[bool] | None:
    found: list[ColumnElement[bool]] = []
    code = query.code
    if len(code) >= NUMBER_PREFIX_MIN and code.startswith(
        (NumberKind.DRILL.value, NumberKind.TRAINING.value)
    ):
        found.append(and_(DrillSession.number >= code, DrillSession.number < code + MAX_CHAR))
    if len(query.text) >= TITLE_MIN and query.digits != query.text:
        found.append(DrillSession.title.contains(query.text, autoescape=True))
    if not found:
        return None
    return and_(or_(*found), DrillSession.voided_at.is_(None))


def search_sessions(session: Session, query: SearchQuery, limit: int) -> list[SearchHit]:
    where = _where(query)
    if where is None:
        return []
    rows = session.execute(
        select(
            DrillSession.id,
            DrillSession.number,
            DrillSession.title,
            DrillSession.held_at,
            DrillSession.organiser_name,
        )
        .where(where)
        .order_by(DrillSession.held_at.desc(), DrillSession.id.desc())
        .limit(limit)
    ).all()
    return [
        SearchHit(
            KIND_SESSION,
            row.id,
            row.number,
            " · ".join(
                p
                for p in (
                    row.title,
                    row.held_at.astimezone().strftime("%Y-%m-%d"),
                    row.organiser_name,
                )
                if p
            ),
            KIND_SESSION,
            row.id,
        )
        for row in rows
    ]


def count_sessions(session: Session, query: SearchQuery, cap: int) -> int:
    where = _where(query)
    if where is None:
        return 0
    return count_capped(session, select(DrillSession.id).where(where), cap)
