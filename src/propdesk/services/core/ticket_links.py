"""The repair tickets opened from other modules' records, read by their link columns
(repair_ticket.source_kind / source_id): the one place those columns are read from
outside the repairs module. The repairs' desk lends it to the modules' screens
(services.core.handoffs); a module's monthly figures, which run in the report's own
transaction without a desk, read it here."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from propdesk.domain.repairs.kinds import RepairSource
from propdesk.domain.repairs.workflow import OPEN_STATES, RepairState
from propdesk.services.core.handoffs import LinkedTicket
from propdesk.store.models import RepairTicket

_OPEN = frozenset(state.value for state in OPEN_STATES)
_BATCH = 500  # SQLite's bound-parameter limit, with room to spare


def linked_tickets(
    session: Session, kind: RepairSource, source_ids: Sequence[str]
) -> Mapping[str, LinkedTicket]:
    """The newest ticket opened from each of the records (by their ids as text)."""
    found: dict[str, LinkedTicket] = {}
    ids = list(source_ids)
    for start in range(0, len(ids), _BATCH):
        rows = session.scalars(
            select(RepairTicket)
            .where(
                RepairTicket.source_kind == kind.value,
                RepairTicket.source_id.in_(ids[start : start + _BATCH]),
            )
            .order_by(RepairTicket.reported_at)
        )
        for ticket in rows:  # oldest first: the newest stays
            found[ticket.source_id] = LinkedTicket(
                ticket.id,
                ticket.number,
                RepairState(ticket.state),
                ticket.state not in _OPEN,
                ticket.source_id,
            )
    return found
