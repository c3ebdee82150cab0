"""The gate's traffic for the home dashboard: the entries (residents, visitors,
vehicles) in each hour of today and on each of the last seven days, as its figures
and two small charts, each a link to the journal behind it.

Each is one GROUP BY over a range of the time index (services.gate.counts, voided
rows left out): today's ~1,100 rows of the five-year demo by hour, the week's ~8,000
by day; the dashboard reads them on its thread every minute. The hour of a row is
decided in SQL by comparing with each hour's start (a CASE over the boundaries, as
services.gate.figures does for days), so the hours are the office's on any backend.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import ColumnElement, case, literal
from sqlalchemy.orm import Session

from propdesk.domain.service_targets import Period
from propdesk.errors import QT_TRANSLATE_NOOP
from propdesk.reports.monthly.gate_counts import GateCounts, GateDay
from propdesk.services.core.module_spec import (
    ChartSeries,
    DashboardChart,
    TabRef,
    ViewRequest,
)
from propdesk.services.core.periods import start_of
from propdesk.services.gate.counts import count_by_kind
from propdesk.services.gate.figures import gate_figures
from propdesk.services.gate.views import JournalDays
from propdesk.store.models import GateEvent

WEEK = 7
HOUR = timedelta(hours=1)


@dataclass(frozen=True)
class GateHour:
    """An hour of the day (its start, aware) and the journal's rows in it."""

    start: datetime
    counts: GateCounts


@dataclass(frozen=True)
class Traffic:
    day: date  # today
    hours: tuple[GateHour, ...]  # today's hours in order (23 or 25 when clocks change)
    days: tuple[GateDay, ...]  # the last seven days, today last

    @property
    def today(self) -> GateCounts:
        return self.days[-1].counts


def hour_starts(day: date) -> list[datetime]:
    """The start of each hour of `day` and the midnight after it (len = hours + 1),
    stepping in real hours, so a day the clocks change has 23 or 25."""
    start, end = start_of(day), start_of(day + timedelta(days=1))
    count = round((end - start) / HOUR)
    return [(start + n * HOUR).astimezone() for n in range(count)] + [end]


def slot_index(starts: list[datetime]) -> ColumnElement[int]:
    """Which slot [starts[n], starts[n + 1]) a row's moment falls in (0 when there is
    one slot: SQL has no CASE without a WHEN); rows outside the range are not asked."""
    last = len(starts) - 2
    if not last:
        return literal(0)
    return case(
        *((GateEvent.occurred_at < starts[n + 1], literal(n)) for n in range(last)),
        else_=literal(last),
    )


def hourly_counts(session: Session, day: date) -> tuple[GateHour, ...]:
    starts = hour_starts(day)
    counted = count_by_kind(session, starts[0], starts[-1], by=(slot_index(starts),))
    by_hour = {int(index): counts for (index,), counts in counted.items()}
    return tuple(
        GateHour(start, by_hour.get(n, GateCounts())) for n, start in enumerate(starts[:-1])
    )


def traffic(session: Session, day: date) -> Traffic:
    week = Period(day - timedelta(days=WEEK - 1), day)
    return Traffic(day, hourly_counts(session, day), gate_figures(session, week).days)


def _entries(counts: list[GateCounts]) -> tuple[ChartSeries, ...]:
    """The three kinds of entry, stacked in the order the figure names them."""
    return (
        ChartSeries(
            QT_TRANSLATE_NOOP("DashboardPanel", "Residents"),
            tuple(c.resident_entries for c in counts),
        ),
        ChartSeries(
            QT_TRANSLATE_NOOP("DashboardPanel", "Visitors"), tuple(c.visitors_in for c in counts)
        ),
        ChartSeries(
            QT_TRANSLATE_NOOP("DashboardPanel", "Vehicles"), tuple(c.vehicles_in for c in counts)
        ),
    )


def traffic_charts(tab: TabRef, seen: Traffic) -> tuple[DashboardChart, ...]:
    """Today's entries by hour (a link to today's journal) and the week's by day (each
    day's bar a link to that day's journal)."""
    today = ViewRequest(tab.object_name, JournalDays(seen.day, seen.day))
    first = seen.days[0].day
    return (
        DashboardChart(
            "entries_by_hour",
            QT_TRANSLATE_NOOP("DashboardPanel", "Entries by hour, today"),
            tuple(hour.start.astimezone().time() for hour in seen.hours),
            _entries([hour.counts for hour in seen.hours]),
            today,
            QT_TRANSLATE_NOOP("DashboardPanel", "Show today's gate journal"),
        ),
        DashboardChart(
            "entries_by_day",
            QT_TRANSLATE_NOOP("DashboardPanel", "Entries, last 7 days"),
            tuple(gate_day.day for gate_day in seen.days),
            _entries([gate_day.counts for gate_day in seen.days]),
            ViewRequest(tab.object_name, JournalDays(first, seen.day)),
            QT_TRANSLATE_NOOP(
                "DashboardPanel", "Show the gate journal of these days (a bar: of its day)"
            ),
            tuple(
                ViewRequest(tab.object_name, JournalDays(gate_day.day, gate_day.day))
                for gate_day in seen.days
            ),
        ),
    )
