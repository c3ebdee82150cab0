"""The gate figures of a period, counted by the database: one GROUP BY over the
period's range of the time index (a month of the five-year demo is ~35,000 of two
million events), by local day and kind, fees summed at the vehicle exits.

The local day of each event is decided in SQL by comparing with each day's local
midnight (a CASE over the day boundaries), so days are the office's days on any
backend and on the days the clocks change, with no date function of the database.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import case, literal
from sqlalchemy.orm import Session

from propdesk.domain.service_targets import Period
from propdesk.reports.monthly.gate_counts import GateCounts, GateDay
from propdesk.reports.monthly.gate_section import GateFigures
from propdesk.services.core.periods import day_starts
from propdesk.services.gate.counts import count_by_kind
from propdesk.store.models import GateEvent


def gate_figures(session: Session, period: Period) -> GateFigures:
    days = period.days
    starts = day_starts(period)
    # Day n is [starts[n], starts[n + 1]); the count keeps every row inside the range.
    # (One day needs no CASE: SQL has no CASE without a WHEN.)
    last = len(days) - 1
    day_index = (
        case(
            *((GateEvent.occurred_at < starts[n + 1], literal(n)) for n in range(last)),
            else_=literal(last),
        )
        if last
        else literal(0)
    ).label("day_index")
    counted = count_by_kind(session, starts[0], starts[-1], by=(day_index,))
    by_day = {int(index): counts for (index,), counts in counted.items()}
    per_day = tuple(GateDay(day, by_day.get(n, GateCounts())) for n, day in enumerate(days))
    totals = GateCounts()
    for gate_day in per_day:
        totals = totals.plus(gate_day.counts)
    return GateFigures(per_day, totals)


def month_figures(session: Session, period: Period, now: datetime) -> GateFigures:
    """The report's gate section (services.core.module_spec.ReportPart.collect): a
    running month is counted as far as the journal goes, so `now` changes nothing."""
    del now
    return gate_figures(session, period)
