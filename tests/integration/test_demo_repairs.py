"""Demo repair tickets: a small slice (a one-building estate, one year) written like the
full five years, read back the way the workflow, the clocks and the numbering see it."""

from __future__ import annotations

import itertools
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from propdesk.config import Paths
from propdesk.domain.numbering import parse_number
from propdesk.domain.repairs.kinds import RepairCategory, RepairChannel, RepairPriority
from propdesk.domain.repairs.sla import SlaRules
from propdesk.domain.repairs.workflow import (
    OPEN_STATES,
    RepairOutcome,
    RepairState,
    RepairStep,
    next_state,
)
from propdesk.services.bootstrap import Services, open_services
from propdesk.services.core.actor import system_actor
from propdesk.services.core.audit import AuditFilter
from propdesk.services.demo.repairs.tickets import RepairCounts, add_repair_tickets
from propdesk.services.repairs.inputs import TicketInput
from propdesk.services.repairs.queries import TicketFilter
from propdesk.services.repairs.service import RepairServices
from propdesk.store.models import (
    Department,
    NumberCounter,
    RepairStepRecord,
    RepairTicket,
    Resident,
    Staff,
)

SCALE = 0.05  # one building, about 100 units
YEARS = 1.0  # about 500 tickets
ADMIN = system_actor("客服中心")
NOW = datetime(2026, 11, 26, 2, 30, tzinfo=UTC)
RULES = SlaRules()
# The column each step sets on the ticket (reassign sets none).
STEP_COLUMN = {
    RepairStep.REPORT: "reported_at",
    RepairStep.DISPATCH: "dispatched_at",
    RepairStep.ARRIVE: "arrived_at",
    RepairStep.DIAGNOSE: "diagnosed_at",
    RepairStep.QUOTE: "quoted_at",
    RepairStep.APPROVE: "decided_at",
    RepairStep.REFUSE: "decided_at",
    RepairStep.START_REPAIR: "started_at",
    RepairStep.COMPLETE: "completed_at",
    RepairStep.SIGN_OFF: "signed_off_at",
    RepairStep.FOLLOW_UP: "followed_up_at",
    RepairStep.CLOSE: "closed_at",
    RepairStep.CANCEL: "closed_at",
}


def _add(services: Services, now: datetime = NOW, seed: int = 7) -> RepairCounts:
    with services.store.write() as session:
        return add_repair_tickets(
            session.connection(), seed=seed, scale=SCALE, years=YEARS, now=now
        )


@pytest.fixture
def slice_(services: Services) -> RepairCounts:
    services.demo.create(ADMIN, seed=7, scale=SCALE)
    return _add(services)


def _tickets(services: Services) -> list[RepairTicket]:
    with services.store.read() as session:
        return list(session.scalars(select(RepairTicket).order_by(RepairTicket.reported_at)))


def _timelines(services: Services) -> dict[object, list[RepairStepRecord]]:
    with services.store.read() as session:
        steps = session.scalars(
            select(RepairStepRecord).order_by(
                RepairStepRecord.ticket_id, RepairStepRecord.at, RepairStepRecord.id
            )
        )
        return {k: list(g) for k, g in itertools.groupby(steps, key=lambda s: s.ticket_id)}


def test_counts_and_mix(services: Services, slice_: RepairCounts) -> None:
    tickets = _tickets(services)
    assert slice_.tickets == len(tickets)
    per_day = len(tickets) / (YEARS * 365.25) / SCALE
    assert 24 <= per_day <= 31
    with services.store.read() as session:
        assert slice_.steps == session.scalar(select(func.count()).select_from(RepairStepRecord))
    outcomes = Counter(t.outcome for t in tickets)
    assert outcomes[RepairOutcome.RESOLVED.value] >= 0.85 * len(tickets)
    assert outcomes[RepairOutcome.REFUSED.value] > 0
    assert outcomes[RepairOutcome.CANCELLED.value] > 0
    assert 0 < outcomes[""] == slice_.open_tickets < 0.05 * len(tickets)
    assert {t.priority for t in tickets} == {p.value for p in RepairPriority}
    assert {t.category for t in tickets} == {c.value for c in RepairCategory}
    assert {t.channel for t in tickets} == {c.value for c in RepairChannel}
    followed = [t for t in tickets if t.outcome == RepairOutcome.RESOLVED.value]
    assert all(t.rating in range(1, 6) and t.followed_up_at for t in followed)
    assert sum(t.rating or 0 for t in followed) / len(followed) > 4


def test_every_timeline_is_a_walk_the_workflow_allows(
    services: Services, slice_: RepairCounts
) -> None:
    timelines = _timelines(services)
    for ticket in _tickets(services):
        steps = timelines[ticket.id]
        assert steps[0].step == RepairStep.REPORT.value
        assert steps[0].at == ticket.reported_at
        state = RepairState.REPORTED
        for before, step in itertools.pairwise(steps):
            assert before.at <= step.at, ticket.number
            assert step.from_state == state.value
            state = next_state(state, RepairStep(step.step), paid=ticket.paid)
            assert step.to_state == state.value, ticket.number
        assert ticket.state == state.value
        assert ticket.last_step_at == steps[-1].at
        for step in steps:
            column = STEP_COLUMN.get(RepairStep(step.step))
            if column is not None:
                assert getattr(ticket, column) == step.at, (ticket.number, step.step)
        if ticket.state in (RepairState.CLOSED.value, RepairState.CANCELLED.value):
            assert ticket.outcome
            assert ticket.closed_at == steps[-1].at
        else:
            assert ticket.outcome == ""
            assert ticket.closed_at is None


def test_closed_tickets_have_every_step_in_order(services: Services, slice_: RepairCounts) -> None:
    paid_path = [
        "report",
        "dispatch",
        "arrive",
        "diagnose",
        "quote",
        "approve",
        "start_repair",
        "complete",
        "sign_off",
        "follow_up",
        "close",
    ]
    free_path = [s for s in paid_path if s not in ("quote", "approve")]
    timelines = _timelines(services)
    resolved = [t for t in _tickets(services) if t.outcome == RepairOutcome.RESOLVED.value]
    for ticket in resolved:
        steps = [s.step for s in timelines[ticket.id] if s.step != RepairStep.REASSIGN.value]
        assert steps == (paid_path if ticket.paid else free_path), ticket.number
        assert ticket.work_done
        assert ticket.signed_by
        assert ticket.diagnosis


def test_tickets_are_where_people_live(services: Services, slice_: RepairCounts) -> None:
    with services.store.read() as session:
        rows = session.execute(
            select(RepairTicket, Resident).join(Resident, RepairTicket.resident_id == Resident.id)
        ).all()
        engineering = session.scalars(
            select(Staff.id)
            .join(Department, Staff.department_id == Department.id)
            .where(Department.code == "engineering")
        ).all()
    assert len(engineering) == 6  # hired for the demo
    unit_tickets = [(t, r) for t, r in rows if t.unit_id is not None]
    assert unit_tickets
    for ticket, resident in unit_tickets:
        assert resident.unit_id == ticket.unit_id
        assert ticket.reporter_name == resident.name
        assert ticket.reporter_phone == resident.phone
        assert ticket.reporter_phone_tail == resident.phone[-4:]
        assert ticket.common_area == ""
    for ticket in _tickets(services):
        assert (ticket.unit_id is None) == bool(ticket.common_area)
        assert not (ticket.unit_id is None and ticket.paid)  # common areas are free
        assert ticket.technician_id is None or ticket.technician_id in engineering
        limit = RULES.arrival_limit(RepairPriority(ticket.priority))
        assert ticket.arrival_due_at - ticket.reported_at == limit


def test_counters_are_ahead_of_the_numbers(services: Services, slice_: RepairCounts) -> None:
    tickets = _tickets(services)
    highest: dict[str, int] = {}
    for ticket in tickets:
        _kind, period, seq = parse_number(ticket.number)
        highest[period] = max(highest.get(period, 0), seq)
    with services.store.read() as session:
        counters = {
            r.period: r.last
            for r in session.scalars(select(NumberCounter).where(NumberCounter.kind == "WX"))
        }
    assert counters == highest
    # Numbers run in report order within each month.
    for _period, group in itertools.groupby(tickets, key=lambda t: t.number[:8]):
        seqs = [parse_number(t.number)[2] for t in group]
        assert seqs == list(range(seqs[0], seqs[0] + len(seqs)))
    # A ticket opened now gets the next number of this month.
    opened = services.module(RepairServices).tickets.open_ticket(
        ADMIN,
        TicketInput("测试", "13800000000", RepairCategory.OTHER, "测试", common_area="会所"),
    )
    _kind, period, seq = parse_number(opened.number)
    assert seq == counters.get(period, 0) + 1


def test_the_open_backlog_is_recent_with_some_flags(
    services: Services, slice_: RepairCounts
) -> None:
    backlog = services.module(RepairServices).tickets.backlog(ADMIN, NOW)
    assert len(backlog) == slice_.open_tickets
    assert all(row.state in OPEN_STATES for row in backlog)
    assert all(NOW - row.reported_at < timedelta(days=30) for row in backlog)
    page = services.module(RepairServices).tickets.page(
        ADMIN, TicketFilter(states=OPEN_STATES), now=NOW
    )
    assert len(page.rows) == len(backlog)
    loads = services.module(RepairServices).tickets.workload(ADMIN, NOW)
    assert sum(load.open_count for load in loads) == len(backlog)


def test_detail_of_a_demo_ticket(services: Services, slice_: RepairCounts) -> None:
    ticket = next(
        t for t in _tickets(services) if t.paid and t.outcome == RepairOutcome.RESOLVED.value
    )
    detail = services.module(RepairServices).tickets.detail(ADMIN, ticket.id, NOW)
    assert detail.sla.arrival.met is not None
    assert detail.sla.waiting_for_resident > timedelta(0)
    assert detail.technician_name
    assert detail.quote_total_fen


def test_the_same_seed_makes_the_same_tickets(tmp_path: Path) -> None:
    def shape(folder: str) -> list[tuple[object, ...]]:
        opened = open_services(Paths.resolve(tmp_path / folder), fast_hashing=True)
        try:
            opened.demo.create(ADMIN, seed=3, scale=SCALE)
            _add(opened, seed=3)
            return [
                (t.id, t.number, t.state, t.reporter_name, t.reported_at, t.rating)
                for t in _tickets(opened)
            ]
        finally:
            opened.close()

    assert shape("a") == shape("b")


def test_demo_data_builds_the_tickets_with_the_traffic(services: Services) -> None:
    result = services.demo.create(ADMIN, seed=5, scale=SCALE, traffic_years=0.05)
    assert result.counts is not None
    assert 0 < result.counts.repair_tickets == len(_tickets(services))
    (row,) = services.audit.page(ADMIN, AuditFilter()).rows
    assert row.after["repair_tickets"] == result.counts.repair_tickets
    assert services.audit.verify().ok


def test_no_traffic_means_no_tickets(services: Services) -> None:
    result = services.demo.create(ADMIN, seed=5, scale=SCALE)
    assert result.counts is not None
    assert result.counts.repair_tickets == 0
    assert _tickets(services) == []
