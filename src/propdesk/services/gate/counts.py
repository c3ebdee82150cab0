"""The gate journal counted by kind, by the database: one GROUP BY over a range of the
time index, voided rows left out, the parking fees summed at the vehicle exits. The
shift handover counts its station's shift with it, the monthly figures each day of
the month, the home dashboard today."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from propdesk.reports.monthly.gate_counts import GateCounts
from propdesk.services.gate.events import GateEventKind
from propdesk.store.models import GateEvent

# Each kind of journal row → its GateCounts field.
FIELD_OF_KIND = {
    GateEventKind.RESIDENT_ENTRY: "resident_entries",
    GateEventKind.REFUSED_CARD: "refused_cards",
    GateEventKind.VISITOR_IN: "visitors_in",
    GateEventKind.VISITOR_OUT: "visitors_out",
    GateEventKind.VEHICLE_IN: "vehicles_in",
    GateEventKind.VEHICLE_OUT: "vehicles_out",
    GateEventKind.ITEM_IN: "items_in",
    GateEventKind.ITEM_OUT: "items_out",
    GateEventKind.PARKING_NOTICE: "notices",
}


def count_by_kind(
    session: Session,
    start: datetime,
    end: datetime,
    *where: ColumnElement[bool],
    by: tuple[ColumnElement[Any], ...] = (),
) -> dict[tuple[Any, ...], GateCounts]:
    """The journal rows from `start` to `end` (`where` narrows them, e.g. to a
    station) counted by kind, per value of the `by` columns (e.g. the day); a group
    without rows is left out. Without `by`, the one group's key is ()."""
    e = GateEvent
    rows = session.execute(
        select(*by, e.kind, func.count(), func.coalesce(func.sum(e.fee_fen), 0))
        .where(e.occurred_at >= start, e.occurred_at < end, e.voided_at.is_(None), *where)
        .group_by(*by, e.kind)
    ).all()
    values: dict[tuple[Any, ...], dict[str, int]] = defaultdict(dict)
    for *group, kind, count, fees in rows:
        known = _kind(kind)
        field = FIELD_OF_KIND.get(known) if known is not None else None
        if known is None or field is None:
            continue  # a kind a newer version writes: not counted, not fatal
        tally = values[tuple(group)]
        tally[field] = tally.get(field, 0) + int(count)
        if known is GateEventKind.VEHICLE_OUT:
            tally["fees_fen"] = tally.get("fees_fen", 0) + int(fees)
    return {group: GateCounts(**tally) for group, tally in values.items()}


def _kind(value: Any) -> GateEventKind | None:
    try:
        return GateEventKind(value)
    except ValueError:
        return None
