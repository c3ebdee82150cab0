"""Quick search over the community events: an event by its number or its start
(HD202612-0001, HD2026), or by a few characters of its theme (中秋, 讲座); newest
first, tagged with its state. A scan of the theme column: an estate holds a few dozen
events a year, a few hundred in all; no index answers "contains"."""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, select
from sqlalchemy.orm import Session

from propdesk.domain.numbering import NumberKind
from propdesk.services.core.search import SearchHit, count_capped
from propdesk.services.core.search_query import SearchQuery
from propdesk.store.models.events import CommunityEvent

KIND_EVENT = "community_event"
NUMBER_PREFIX_MIN = 4  # "HD20": fewer would list every event
THEME_MIN = 2  # characters of a theme: one would find half the archive
MAX_CHAR = "\U0010ffff"


def _where(query: SearchQuery) -> ColumnElement[bool] | None:
    e = CommunityEvent
    code = query.code
    if code.startswith(NumberKind.EVENT.value) and len(code) >= NUMBER_PREFIX_MIN:
        found = and_(e.number >= code, e.number < code + MAX_CHAR)
    elif len(query.text) >= THEME_MIN and not query.digits:
        found = e.theme.contains(query.text, autoescape=True)
    else:
        return None
    return and_(found, e.voided_at.is_(None))


def search_events(session: Session, query: SearchQuery, limit: int) -> list[SearchHit]:
    where = _where(query)
    if where is None:
        return []
    e = CommunityEvent
    rows = session.execute(
        select(e.id, e.number, e.state, e.theme, e.place, e.starts_at)
        .where(where)
        .order_by(e.starts_at.desc(), e.id.desc())
        .limit(limit)
    ).all()
    return [
        SearchHit(
            KIND_EVENT,
            row.id,
            row.number,
            " · ".join(
                (row.theme, row.starts_at.astimezone().strftime("%Y-%m-%d %H:%M"), row.place)
            ),
            KIND_EVENT,
            row.id,
            (row.state,),
        )
        for row in rows
    ]


def count_events(session: Session, query: SearchQuery, cap: int) -> int:
    where = _where(query)
    if where is None:
        return 0
    return count_capped(session, select(CommunityEvent.id).where(where), cap)
