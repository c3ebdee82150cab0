"""The monthly figures counted by the database, on rows placed at the edges of the
month (local days, Beijing time): which day an event falls on, voided rows, fees; which
tickets were opened, closed, cancelled, rated, judged on arrival, and what was open at
the month's end, in the state it was in then."""

from __future__ import annotations

import uuid
from dataclasses import fields
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import insert

from propdesk.domain.ids import uuid7
from propdesk.domain.repairs.kinds import RepairCategory, RepairPriority
from propdesk.domain.repairs.workflow import RepairOutcome, RepairState
from propdesk.domain.roles import Role
from propdesk.domain.service_targets import ArrivalInputs, Outcome, Period, TargetKey
from propdesk.errors import PermissionDeniedError, ValidationError
from propdesk.reports.monthly.gate_counts import GateCounts
from propdesk.reports.monthly.gate_section import GateFigures
from propdesk.reports.monthly.repairs_section import RepairFigures
from propdesk.services.bootstrap import Services
from propdesk.services.core.actor import Actor
from propdesk.services.core.module_spec import NothingToReportError
from propdesk.services.core.periods import bounds
from propdesk.services.gate.counts import FIELD_OF_KIND, count_by_kind
from propdesk.services.gate.events import GateEventKind
from propdesk.services.gate.figures import gate_figures
from propdesk.services.repairs.figures import repair_figures
from propdesk.store.models import GateEvent, RepairStepRecord, RepairTicket

BEIJING = timezone(timedelta(hours=8))
OCT = Period.month(2026, 10)
NOW = datetime(2026, 11, 26, 10, 0, tzinfo=BEIJING)
MANAGER = Actor(None, "boss", "陈经理", Role.MANAGER, "客服中心")
COMMITTEE = Actor(None, "yw", "业委会", Role.COMMITTEE, "客服中心")
GUARD = Actor(None, "guard", "王保安", Role.GUARD, "东门岗亭")
K = GateEventKind
S = RepairState


pytestmark = pytest.mark.usefixtures("beijing_time")


def at(day: int, hour: int = 12, minute: int = 0, second: int = 0, month: int = 10) -> datetime:
    return datetime(2026, month, day, hour, minute, second, tzinfo=BEIJING)


def add_events(services: Services, *events: dict[str, Any]) -> None:
    rows = [
        {"id": uuid7(), "station": "东门岗亭", "username": "guard1", "fee_fen": 0, **e}
        for e in events
    ]
    with services.store.write() as session:
        session.execute(insert(GateEvent), rows)


def event(kind: GateEventKind, when: datetime, **extra: Any) -> dict[str, Any]:
    return {"kind": kind.value, "occurred_at": when, **extra}


def test_gate_days_are_local_days_and_voided_rows_do_not_count(
    ready_services: Services,
) -> None:
    add_events(
        ready_services,
        event(K.RESIDENT_ENTRY, at(30, 23, 59, 59, month=9)),  # September
        event(K.RESIDENT_ENTRY, at(1, 0, 0, 0)),  # the first second of October
        event(K.VISITOR_IN, at(1, 8)),
        event(K.VISITOR_OUT, at(1, 9)),
        event(K.VEHICLE_IN, at(15, 7)),
        event(K.VEHICLE_OUT, at(15, 9), fee_fen=1500),
        event(K.VEHICLE_OUT, at(15, 10), fee_fen=0),
        event(K.VEHICLE_OUT, at(15, 11), fee_fen=900, voided_at=at(15, 12)),  # voided
        event(K.ITEM_IN, at(20)),
        event(K.ITEM_OUT, at(20)),
        event(K.PARKING_NOTICE, at(21)),
        event(K.REFUSED_CARD, at(31, 23, 59, 59)),  # the last second of October
        event(K.RESIDENT_ENTRY, at(1, 0, 0, 0, month=11)),  # November
    )
    with ready_services.store.read() as session:
        figures = gate_figures(session, OCT)
    assert [d.day.day for d in figures.days] == list(range(1, 32))
    first, fifteenth, last = figures.days[0], figures.days[14], figures.days[30]
    assert (first.counts.resident_entries, first.counts.visitors_in) == (1, 1)
    assert first.counts.visitors_out == 1
    assert (fifteenth.counts.vehicles_in, fifteenth.counts.vehicles_out) == (1, 2)
    assert fifteenth.counts.fees_fen == 1500
    assert last.counts.refused_cards == 1
    t = figures.totals
    assert t.events == 10
    assert t.entries == 3  # the resident, the visitor and the vehicle that came in
    assert (t.items_in, t.items_out, t.notices, t.fees_fen) == (1, 1, 1, 1500)
    assert sum(d.counts.events for d in figures.days) == t.events


def test_one_day(ready_services: Services) -> None:
    add_events(
        ready_services,
        event(K.VISITOR_IN, at(1, 0, 0, 0)),
        event(K.VISITOR_IN, at(1, 23, 59, 59)),
        event(K.VISITOR_IN, at(2, 0, 0, 0)),
    )
    with ready_services.store.read() as session:
        figures = gate_figures(session, Period(at(1).date(), at(1).date()))
    assert [d.counts.visitors_in for d in figures.days] == [2]


def test_each_kind_counts_once_for_a_day_and_a_shift_alike(ready_services: Services) -> None:
    """One definition of the gate counts: every kind has its field, and a station's
    shift is counted as the day is (the handover sheet and the monthly report agree)."""
    assert set(FIELD_OF_KIND) == set(GateEventKind)
    assert sorted(FIELD_OF_KIND.values()) == sorted(
        f.name for f in fields(GateCounts) if f.name != "fees_fen"
    )
    add_events(
        ready_services,
        *(event(kind, at(5, 8 + n), fee_fen=700) for n, kind in enumerate(GateEventKind)),
        {"kind": "lift_ride", "occurred_at": at(5, 20)},  # a kind of a newer version
    )
    day = Period(at(5).date(), at(5).date())
    with ready_services.store.read() as session:
        month = gate_figures(session, day).totals
        start, end = bounds(day)
        shift = count_by_kind(session, start, end, GateEvent.station == "东门岗亭")
    assert shift == {(): month}
    assert month == GateCounts(*(1,) * len(GateEventKind), fees_fen=700)  # fees: exits only


def test_a_quiet_month_has_every_day_with_zeros(ready_services: Services) -> None:
    with ready_services.store.read() as session:
        figures = gate_figures(session, Period.month(2026, 2))
    assert len(figures.days) == 28
    assert figures.totals.events == 0


# -- repairs -----------------------------------------------------------------------------
LIMITS = {
    RepairPriority.EMERGENCY: timedelta(minutes=30),
    RepairPriority.URGENT: timedelta(hours=2),
    RepairPriority.NORMAL: timedelta(hours=24),
}


def add_ticket(
    services: Services,
    number: str,
    reported: datetime,
    *,
    priority: RepairPriority = RepairPriority.NORMAL,
    category: RepairCategory = RepairCategory.PLUMBING,
    state: RepairState = S.CLOSED,
    steps: tuple[tuple[RepairState, datetime], ...] = (),
    **values: Any,
) -> uuid.UUID:
    """A ticket row and its timeline (the report, then `steps`)."""
    ticket_id = uuid7()
    timeline = ((S.REPORTED, reported), *steps)
    with services.store.write() as session:
        session.execute(
            insert(RepairTicket),
            [
                {
                    "id": ticket_id,
                    "created_at": reported,
                    "updated_at": reported,
                    "number": number,
                    "state": state.value,
                    "channel": "hotline",
                    "category": category.value,
                    "priority": priority.value,
                    "paid": False,
                    "reporter_name": "张三",
                    "common_area": "会所",
                    "description": "漏水",
                    "created_by": "clerk",
                    "reported_at": reported,
                    "arrival_due_at": reported + LIMITS[priority],
                    "last_step_at": timeline[-1][1],
                    **values,
                }
            ],
        )
        session.execute(
            insert(RepairStepRecord),
            [
                {
                    "id": uuid7(),
                    "ticket_id": ticket_id,
                    "step": "report" if n == 0 else "step",
                    "from_state": "" if n == 0 else timeline[n - 1][0].value,
                    "to_state": to_state.value,
                    "at": when,
                    "username": "clerk",
                }
                for n, (to_state, when) in enumerate(timeline)
            ],
        )
    return ticket_id


def october_tickets(services: Services) -> None:
    resolved = RepairOutcome.RESOLVED.value
    # A: reported, reached in time, closed and rated 5 in October.
    add_ticket(
        services,
        "WX202610-0001",
        at(5, 9),
        arrived_at=at(5, 10),
        closed_at=at(7),
        outcome=resolved,
        followed_up_at=at(8),
        rating=5,
    )
    # B: an emergency reached late; still being repaired.
    add_ticket(
        services,
        "WX202610-0002",
        at(6, 9),
        priority=RepairPriority.EMERGENCY,
        category=RepairCategory.LIFT,
        state=S.IN_REPAIR,
        steps=((S.ARRIVED, at(6, 10)), (S.IN_REPAIR, at(6, 11))),
        arrived_at=at(6, 10),
    )
    # C: the month's last hour; nobody has come since (due 1 November 23:00).
    add_ticket(services, "WX202610-0003", at(31, 23), state=S.DISPATCHED)
    # D: September's, cancelled in October.
    add_ticket(
        services,
        "WX202609-0001",
        at(20, month=9),
        state=S.CANCELLED,
        closed_at=at(3),
        outcome=RepairOutcome.CANCELLED.value,
    )
    # E: open on 1 November (60½ days old then), closed on 5 November.
    add_ticket(
        services,
        "WX202609-0002",
        at(1, month=9),
        steps=((S.DISPATCHED, at(2, month=9)), (S.CLOSED, at(5, month=11))),
        arrived_at=at(6, month=11),
        closed_at=at(5, month=11),
        outcome=resolved,
    )
    # F: October's, cancelled before anyone came.
    add_ticket(
        services,
        "WX202610-0004",
        at(20, 9),
        category=RepairCategory.ELECTRICAL,
        state=S.CANCELLED,
        closed_at=at(20, 10),
        outcome=RepairOutcome.CANCELLED.value,
    )
    # G: September's, followed up and rated 3 in October.
    add_ticket(
        services,
        "WX202609-0003",
        at(25, month=9),
        arrived_at=at(25, 13, month=9),
        closed_at=at(2),
        outcome=resolved,
        followed_up_at=at(2),
        rating=3,
    )


def test_repair_figures_of_october(ready_services: Services) -> None:
    october_tickets(ready_services)
    with ready_services.store.read() as session:
        figures = repair_figures(session, OCT, NOW)
    assert figures.opened == 4  # A, B, C, F
    assert figures.resolved == 2  # A and G closed in October (E in November)
    assert figures.cancelled == 2  # D and F
    by_category = dict(figures.by_category)
    assert by_category[RepairCategory.PLUMBING] == 2
    assert by_category[RepairCategory.LIFT] == 1
    assert by_category[RepairCategory.ELECTRICAL] == 1
    assert list(by_category) == list(RepairCategory)  # every category, zeros included
    assert figures.arrival == ArrivalInputs(
        met=1, late=1, overdue=1, pending=0, ended_before_arrival=1
    )
    emergency = next(p for p in figures.by_priority if p.priority is RepairPriority.EMERGENCY)
    assert (emergency.opened, emergency.arrival.late) == (1, 1)
    assert figures.ratings == ((3, 1), (5, 1))
    assert figures.average_rating == Decimal("4.00")
    # The backlog on 1 November 00:00: C (an hour old), B (26 days), E (60 days).
    assert figures.backlog_as_of == at(1, 0, month=11)
    assert [b.count for b in figures.backlog] == [1, 0, 0, 1, 1]
    assert figures.backlog_total == 3
    oldest, middle, newest = figures.open_items
    assert [i.number for i in figures.open_items] == [
        "WX202609-0002",
        "WX202610-0002",
        "WX202610-0003",
    ]
    assert oldest.state is S.DISPATCHED  # closed since, but dispatched then
    assert oldest.age == timedelta(days=60, hours=12)
    assert oldest.overdue  # nobody had come by then, long past its limit
    assert not middle.overdue  # it was reached, late
    assert not newest.overdue  # still within its 24 hours then
    assert newest.location == "会所"


def test_arrival_of_a_running_month_leaves_tickets_within_their_limit_pending(
    ready_services: Services,
) -> None:
    october_tickets(ready_services)
    with ready_services.store.read() as session:
        figures = repair_figures(session, OCT, at(31, 23, 30))
    assert figures.arrival.overdue == 0
    assert figures.arrival.pending == 1  # C, due tomorrow
    assert figures.backlog_as_of == at(31, 23, 30)


def test_targets_of_october_from_the_repairs(ready_services: Services) -> None:
    october_tickets(ready_services)
    results = {r.key: r for r in ready_services.targets.evaluate(COMMITTEE, OCT, NOW)}
    satisfaction = results[TargetKey.SATISFACTION]
    assert satisfaction.actual == Decimal("50.0")  # A rated 5, G rated 3
    assert satisfaction.outcome is Outcome.NOT_MET
    arrival = results[TargetKey.REPAIR_ARRIVAL]
    assert arrival.actual == Decimal("33.3")  # A of A, B, C
    assert arrival.detail("ended_before_arrival") == 1
    # No incident recorded in the year: zero incidents, the target met (the incidents
    # register is where they would be; services/incidents/target.py).
    assert results[TargetKey.SAFETY_INCIDENTS].outcome is Outcome.MET
    assert results[TargetKey.SAFETY_INCIDENTS].actual == 0
    others = set(TargetKey) - {
        TargetKey.SATISFACTION,
        TargetKey.REPAIR_ARRIVAL,
        TargetKey.SAFETY_INCIDENTS,
    }
    assert all(results[k].outcome is Outcome.NO_DATA for k in others)


def test_targets_of_an_empty_month_are_no_data(ready_services: Services) -> None:
    results = ready_services.targets.evaluate(MANAGER, Period.month(2026, 3), NOW)
    recorded = {r.key: r for r in results if r.outcome is not Outcome.NO_DATA}
    # Only the safety target has data: no incident in the register is zero incidents.
    assert list(recorded) == [TargetKey.SAFETY_INCIDENTS]
    assert recorded[TargetKey.SAFETY_INCIDENTS].actual == 0
    assert all(r.actual is None for r in results if r.key not in recorded)


def test_targets_need_the_reports_right(ready_services: Services) -> None:
    with pytest.raises(PermissionDeniedError):
        ready_services.targets.evaluate(GUARD, OCT, NOW)


def test_monthly_data_is_one_snapshot_with_the_audit_hash(ready_services: Services) -> None:
    october_tickets(ready_services)
    add_events(ready_services, event(K.VISITOR_IN, at(3)))
    report = ready_services.monthly_report.data(MANAGER, OCT, NOW)
    assert report.estate == "翠湖花园"
    assert report.prepared_by == "陈经理"
    assert report.audit_hash == ready_services.audit.latest_hash()
    assert report.section(GateFigures).totals.visitors_in == 1
    assert report.section(RepairFigures).opened == 4
    assert len(report.targets) == 10


def test_monthly_data_refuses_a_month_not_begun_and_an_empty_estate(
    services: Services, ready_services: Services
) -> None:
    with pytest.raises(ValidationError, match="has not begun"):
        ready_services.monthly_report.data(MANAGER, Period.month(2026, 12), NOW)
    with pytest.raises(NothingToReportError, match="no records"):
        ready_services.monthly_report.data(MANAGER, OCT, NOW)  # an estate, no records


def test_monthly_data_without_an_estate(services: Services) -> None:
    with pytest.raises(NothingToReportError, match="not set up"):
        services.monthly_report.data(MANAGER, OCT, NOW)
