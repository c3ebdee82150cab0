"""The gate figures of a period, counted by the database: one GROUP BY over the
period's range of the time index (a month of the five-year demo is ~35,000 of two
million events), by local day and kind, fees summed at the vehicle exits.

The local day of each event is decided in SQL by comparing with each day's local
midnight (a CASE over the day boundaries), so days are the office's days on any
backend and on the days the clocks change, with no date function of the database.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import case, func, literal, select
from sqlalchemy.orm import Session

from propdesk.domain.service_targets import Period
from propdesk.reports.monthly.model import GateCounts, GateDay, GateFigures
from propdesk.services.core.periods import day_starts
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


def gate_figures(session: Session, period: Period) -> GateFigures:
    days = period.days
    starts = day_starts(period)
    e = GateEvent
    # Day n is [starts[n], starts[n + 1]); the WHERE keeps every row inside the range.
    # (One day needs no CASE: SQL has no CASE without a WHEN.)
    last = len(days) - 1
    day_index = (
        case(
            *((e.occurred_at < starts[n + 1], literal(n)) for n in range(last)),
            else_=literal(last),
        )
        if last
        else literal(0)
    ).label("day_index")
    rows = session.execute(
        select(day_index, e.kind, func.count(), func.coalesce(func.sum(e.fee_fen), 0))
        .where(e.occurred_at >= starts[0], e.occurred_at < starts[-1], e.voided_at.is_(None))
        .group_by(day_index, e.kind)
    ).all()
    values: dict[int, dict[str, int]] = defaultdict(dict)
    for index, kind, count, fees in rows:
        known = _kind(kind)
        field = FIELD_OF_KIND.get(known) if known is not None else None
        if known is None or field is None:
            continue  # a kind a newer version writes: not counted, not fatal
        day_values = values[int(index)]
        day_values[field] = day_values.get(field, 0) + int(count)
        if known is GateEventKind.VEHICLE_OUT:
            day_values["fees_fen"] = day_values.get("fees_fen", 0) + int(fees)
    per_day = tuple(GateDay(day, GateCounts(**values.get(n, {}))) for n, day in enumerate(days))
    totals = GateCounts()
    for gate_day in per_day:
        totals = totals.plus(gate_day.counts)
    return GateFigures(per_day, totals)


def _kind(value: Any) -> GateEventKind | None:
    try:
        return GateEventKind(value)
    except ValueError:
        return None
