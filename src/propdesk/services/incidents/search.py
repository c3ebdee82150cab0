"""Quick search over the incidents: by number (SJ…, its start, through the unique
index) or by a word of the title or the place (Chinese or 2+ characters; the register
is small, a few incidents a year, so a scan of it is cheap). Voided ones are left out."""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session

from propdesk.domain.numbering import NumberKind
from propdesk.services.core.search import SearchHit, count_capped
from propdesk.services.core.search_query import SearchQuery
from propdesk.store.models.incidents import Incident

KIND_INCIDENT = "incident"
NUMBER_PREFIX_MIN = 4  # "SJ20": fewer would list every incident
MAX_CHAR = "\U0010ffff"


def _where(query: SearchQuery) -> ColumnElement[bool] | None:
    found: list[ColumnElement[bool]] = []
    code = query.code
    if code.startswith(NumberKind.INCIDENT.value) and len(code) >= NUMBER_PREFIX_MIN:
        found.append(and_(Incident.number >= code, Incident.number < code + MAX_CHAR))
    words = query.name_fragment
    if words:
        found.append(Incident.title.contains(words, autoescape=True))
        found.append(Incident.place.contains(words, autoescape=True))
    if not found:
        return None
    return and_(or_(*found), Incident.voided_at.is_(None))


def search_incidents(session: Session, query: SearchQuery, limit: int) -> list[SearchHit]:
    where = _where(query)
    if where is None:
        return []
    rows = session.execute(
        select(
            Incident.id,
            Incident.number,
            Incident.title,
            Incident.place,
            Incident.occurred_at,
        )
        .where(where)
        .order_by(Incident.occurred_at.desc())
        .limit(limit)
    ).all()
    return [
        SearchHit(
            KIND_INCIDENT,
            row.id,
            row.number,
            " · ".join((row.title, row.place, row.occurred_at.astimezone().strftime("%Y-%m-%d"))),
            KIND_INCIDENT,
            row.id,
        )
        for row in rows
    ]


def count_incidents(session: Session, query: SearchQuery, cap: int) -> int:
    where = _where(query)
    if where is None:
        return 0
    return count_capped(session, select(Incident.id).where(where), cap)
