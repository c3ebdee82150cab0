"""Quick search over the repairs: a ticket by its number or its start (WX202612-0003,
WX2026), read as a range on the number's unique index; newest first, tagged with its
state (the dialog names it as the repairs tab does)."""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, select
from sqlalchemy.orm import Session

from propdesk.domain.numbering import NumberKind
from propdesk.services.core.search import SearchHit, count_capped
from propdesk.services.core.search_query import SearchQuery
from propdesk.store.models import RepairTicket, Unit

KIND_TICKET = "repair_ticket"
NUMBER_PREFIX_MIN = 4  # "WX20": fewer would list every ticket
MAX_CHAR = "\U0010ffff"  # x <= value < x + MAX_CHAR is "starts with x", through an index
DESCRIPTION_SHOWN = 30  # characters of the fault in the hit's second line


def _prefix(query: SearchQuery) -> str:
    code = query.code
    return (
        code if code.startswith(NumberKind.REPAIR.value) and len(code) >= NUMBER_PREFIX_MIN else ""
    )


def _where(prefix: str) -> ColumnElement[bool]:
    return and_(RepairTicket.number >= prefix, RepairTicket.number < prefix + MAX_CHAR)


def _short(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= DESCRIPTION_SHOWN else line[: DESCRIPTION_SHOWN - 1] + "…"


def search_tickets(session: Session, query: SearchQuery, limit: int) -> list[SearchHit]:
    """Where (the unit, or the common area), who reported it and the fault."""
    prefix = _prefix(query)
    if not prefix:
        return []
    ticket = RepairTicket
    rows = session.execute(
        select(
            ticket.id,
            ticket.number,
            ticket.state,
            ticket.reporter_name,
            ticket.common_area,
            ticket.description,
            Unit.code,
        )
        .outerjoin(Unit, ticket.unit_id == Unit.id)
        .where(_where(prefix))
        .order_by(ticket.number.desc())
        .limit(limit)
    ).all()
    return [
        SearchHit(
            KIND_TICKET,
            row.id,
            row.number,
            " · ".join(
                p
                for p in (row.code or row.common_area, row.reporter_name, _short(row.description))
                if p
            ),
            KIND_TICKET,
            row.id,
            (row.state,),
        )
        for row in rows
    ]


def count_tickets(session: Session, query: SearchQuery, cap: int) -> int:
    prefix = _prefix(query)
    if not prefix:
        return 0
    return count_capped(session, select(RepairTicket.id).where(_where(prefix)), cap)
