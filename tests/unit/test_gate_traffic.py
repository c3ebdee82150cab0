"""The home dashboard's gate traffic, counted by the database: today's entries by local
hour and the last seven days' by local day (rows at the edges of each, voided rows
and exits left out), on a day the clocks change too, each one indexed query; and the
two charts the gate declares from them, each a link to the journal behind it."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from typing import Any

import pytest
from sqlalchemy import event as sql_event

from propdesk.services.bootstrap import Services
from propdesk.services.core.module_spec import ViewRequest
from propdesk.services.gate.events import GateEventKind as K
from propdesk.services.gate.module import TAB
from propdesk.services.gate.traffic import hour_starts, traffic, traffic_charts
from propdesk.services.gate.views import JournalDays
from tests.unit.test_report_figures import add_events, event

BEIJING = timezone(timedelta(hours=8))
TODAY = date(2026, 12, 5)


def at(day: int, hour: int, minute: int = 0, second: int = 0) -> datetime:
    return datetime(2026, 12, day, hour, minute, second, tzinfo=BEIJING)


@pytest.fixture
def berlin_time(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A zone whose clocks change (last Sundays of March and October)."""
    monkeypatch.setenv("TZ", "CET-1CEST,M3.5.0,M10.5.0/3")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.usefixtures("beijing_time")
def test_todays_entries_by_local_hour_and_the_weeks_by_local_day(
    ready_services: Services,
) -> None:
    add_events(
        ready_services,
        event(K.RESIDENT_ENTRY, at(4, 23, 59, 59)),  # yesterday's last second
        event(K.RESIDENT_ENTRY, at(5, 0)),  # today's first
        event(K.VISITOR_IN, at(5, 7, 59, 59)),
        event(K.VISITOR_OUT, at(5, 8)),  # an exit is no entry
        event(K.VEHICLE_IN, at(5, 8)),
        event(K.VEHICLE_IN, at(5, 8, 30), voided_at=at(5, 8, 40)),  # a wrong entry voided
        event(K.RESIDENT_ENTRY, at(5, 23, 59, 59)),
        event(K.RESIDENT_ENTRY, at(29, 0) - timedelta(days=30)),  # 29 Nov: first of the week
        event(K.RESIDENT_ENTRY, at(28, 23, 59, 59) - timedelta(days=30)),  # 28 Nov: before it
    )
    with ready_services.store.read() as session:
        seen = traffic(session, TODAY)
    assert [h.start for h in seen.hours] == [at(5, hour) for hour in range(24)]
    entries = {h.start.hour: h.counts.entries for h in seen.hours if h.counts.entries}
    assert entries == {0: 1, 7: 1, 8: 1, 23: 1}
    assert seen.hours[8].counts.vehicles_in == 1  # the voided one left out
    assert seen.hours[8].counts.visitors_out == 1
    assert [d.day for d in seen.days] == [TODAY - timedelta(days=n) for n in range(6, -1, -1)]
    assert [d.counts.entries for d in seen.days] == [1, 0, 0, 0, 0, 1, 4]
    assert seen.today.entries == 4
    assert seen.today.resident_entries == 2


@pytest.mark.usefixtures("berlin_time")
def test_a_day_the_clocks_change_has_23_or_25_hours(ready_services: Services) -> None:
    assert len(hour_starts(date(2026, 3, 29))) == 23 + 1
    assert len(hour_starts(date(2026, 10, 25))) == 25 + 1
    autumn = hour_starts(date(2026, 10, 25))
    assert [s.hour for s in autumn[:5]] == [0, 1, 2, 2, 3]  # 02:00 twice, summer then winter
    winter_two = autumn[3]
    add_events(
        ready_services,
        event(K.RESIDENT_ENTRY, winter_two + timedelta(minutes=30)),  # 02:30 the second time
        event(K.RESIDENT_ENTRY, autumn[-2] + timedelta(minutes=59)),  # 23:59
    )
    with ready_services.store.read() as session:
        seen = traffic(session, date(2026, 10, 25))
    assert [h.counts.entries for h in seen.hours].index(1) == 3
    assert seen.hours[-1].counts.entries == 1
    assert len(seen.hours) == 25


@pytest.mark.usefixtures("beijing_time")
def test_each_count_is_one_query_on_the_time_index(ready_services: Services) -> None:
    statements: list[tuple[str, Any]] = []
    engine = ready_services.store.engine

    def capture(*args: Any) -> None:
        _conn, _cursor, statement, parameters, _context, _many = args
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append((statement, parameters))

    sql_event.listen(engine, "before_cursor_execute", capture)
    try:
        with ready_services.store.read() as session:
            traffic(session, TODAY)
    finally:
        sql_event.remove(engine, "before_cursor_execute", capture)
    assert len(statements) == 2  # by hour, by day
    with engine.connect() as connection:
        for statement, parameters in statements:
            raw = connection.connection.driver_connection
            assert raw is not None
            plan = " ".join(
                str(row[-1]) for row in raw.execute(f"EXPLAIN QUERY PLAN {statement}", parameters)
            )
            assert "USING INDEX ix_gate_event_occurred (occurred_at>? AND occurred_at<?)" in plan
            assert "SCAN gate_event" not in plan


@pytest.mark.usefixtures("beijing_time")
def test_the_gate_declares_its_two_charts_each_a_link_to_the_journal(
    ready_services: Services,
) -> None:
    add_events(
        ready_services,
        event(K.RESIDENT_ENTRY, at(5, 7)),
        event(K.VISITOR_IN, at(5, 7, 30)),
        event(K.VEHICLE_IN, at(3, 9)),
    )
    with ready_services.store.read() as session:
        seen = traffic(session, TODAY)
    by_hour, by_day = traffic_charts(TAB, seen)
    assert by_hour.name == "entries_by_hour"
    assert [c.hour for c in by_hour.categories] == list(range(24))  # type: ignore[union-attr]
    assert [s.label for s in by_hour.series] == ["Residents", "Visitors", "Vehicles"]
    assert by_hour.total(7) == 2
    assert [s.values[7] for s in by_hour.series] == [1, 1, 0]
    today = ViewRequest("gate_tab", JournalDays(TODAY, TODAY))
    assert by_hour.view == today
    assert by_hour.view_of(7) == today  # an hour has no list of its own: the day's
    first = TODAY - timedelta(days=6)
    assert by_day.categories == tuple(first + timedelta(days=n) for n in range(7))
    assert [by_day.total(n) for n in range(7)] == [0, 0, 0, 0, 1, 0, 2]
    assert by_day.view == ViewRequest("gate_tab", JournalDays(first, TODAY))
    third = date(2026, 12, 3)
    assert by_day.view_of(4) == ViewRequest("gate_tab", JournalDays(third, third))
