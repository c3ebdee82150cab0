"""The gate journal: every gate event, newest first, a page at a time.

Pages are fetched by keyset (the last row's occurred_at and id), so the tenth page
costs what the first does even on millions of rows.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, or_, select

from propdesk.domain.roles import Action, Module
from propdesk.services.actor import Actor
from propdesk.services.gate_events import GateEventKind
from propdesk.store.models import GateEvent, Unit
from propdesk.store.unit_of_work import Store

MAX_PAGE = 500


@dataclass(frozen=True)
class JournalRow:
    id: uuid.UUID
    kind: GateEventKind
    occurred_at: datetime
    station: str
    username: str
    card_number: str
    person_name: str
    unit_code: str
    plate: str
    pass_number: str
    purpose: str
    note: str
    closed_at: datetime | None
    voided: bool


@dataclass(frozen=True)
class JournalPage:
    rows: list[JournalRow]
    # Pass as `before` to get the next (older) page; None when this was the last.
    next_before: tuple[datetime, uuid.UUID] | None


class GateJournalService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def page(
        self,
        actor: Actor,
        before: tuple[datetime, uuid.UUID] | None = None,
        limit: int = 100,
    ) -> JournalPage:
        """Newest first; `before` is the (occurred_at, id) of the last row already shown."""
        actor.require(Module.GATE, Action.VIEW)
        limit = max(1, min(limit, MAX_PAGE))
        query = select(GateEvent, Unit.code).outerjoin(Unit, GateEvent.unit_id == Unit.id)
        if before is not None:
            at, event_id = before
            query = query.where(
                or_(
                    GateEvent.occurred_at < at,
                    and_(GateEvent.occurred_at == at, GateEvent.id < event_id),
                )
            )
        query = query.order_by(GateEvent.occurred_at.desc(), GateEvent.id.desc()).limit(limit + 1)
        with self._store.read() as session:
            found = session.execute(query).all()
        rows = [
            JournalRow(
                e.id,
                GateEventKind(e.kind),
                e.occurred_at,
                e.station,
                e.username,
                e.card_number,
                e.person_name,
                code or "",
                e.plate,
                e.pass_number,
                e.purpose,
                e.note,
                e.closed_at,
                e.voided_at is not None,
            )
            for e, code in found[:limit]
        ]
        more = len(found) > limit
        return JournalPage(rows, (rows[-1].occurred_at, rows[-1].id) if more else None)
