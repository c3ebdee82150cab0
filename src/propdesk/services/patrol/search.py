"""Quick search over patrol records: a round by its number (XL202612-0001, or its
start) and a checkpoint by its code (as its label reads)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from propdesk.services.core.search import SearchHit
from propdesk.services.core.search_query import SearchQuery
from propdesk.store.models import PatrolCheckpoint, PatrolRound, PatrolRoute

KIND_ROUND = "patrol_round"
KIND_CHECKPOINT = "patrol_checkpoint"
ROUND_PREFIX_MIN = 4  # "XL20": fewer would list every round


def search_rounds(session: Session, query: SearchQuery, limit: int) -> list[SearchHit]:
    number = query.code
    if not number.startswith("XL") or len(number) < ROUND_PREFIX_MIN:
        return []
    rows = session.execute(
        select(PatrolRound.id, PatrolRound.number, PatrolRound.route_name, PatrolRound.guard_name)
        .where(
            PatrolRound.number.startswith(number, autoescape=True),
            PatrolRound.voided_at.is_(None),
        )
        .order_by(PatrolRound.number.desc())
        .limit(limit)
    ).tuples()
    return [
        SearchHit(KIND_ROUND, id_, number, f"{route} · {guard}", KIND_ROUND, id_)
        for id_, number, route, guard in rows
    ]


def search_checkpoints(session: Session, query: SearchQuery, limit: int) -> list[SearchHit]:
    code = query.code or query.compact
    if not code:
        return []
    rows = session.execute(
        select(PatrolCheckpoint.id, PatrolCheckpoint.code, PatrolCheckpoint.name, PatrolRoute.name)
        .join(PatrolRoute, PatrolRoute.id == PatrolCheckpoint.route_id)
        .where(
            PatrolCheckpoint.code.startswith(code, autoescape=True),
            PatrolCheckpoint.voided_at.is_(None),
        )
        .order_by(PatrolCheckpoint.code)
        .limit(limit)
    ).tuples()
    return [
        SearchHit(KIND_CHECKPOINT, id_, code, f"{name} · {route}", KIND_CHECKPOINT, id_)
        for id_, code, name, route in rows
    ]
