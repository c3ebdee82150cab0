"""Repair tickets on five years of demo data (~50,000 tickets, ~500,000 steps): list
pages with filters and searches, a ticket's detail, backlog and workload, opening a
ticket and one state step.

The demo estate is built by DemoDataService (no gate traffic: the repair lists read only
their own tables, the units and the staff), then five years of tickets by demo_repairs,
as `propdesk demo-data` writes them (twice as many with --scale 2: tests/bench/estate.py).
Each read goes through RepairService; as its baseline the SELECTs it issued are
replayed with bare sqlite3 on the same file (bench_postgresql: bare psycopg). A step
through the service (ticket row + timeline row + hash-chained audit row, BEGIN
IMMEDIATE, synchronous=FULL) is compared with a raw sqlite3 INSERT + COMMIT (FULL) in
the same run, as in bench_save. Goals: a list page ≤ 100 ms, a step p99 ≤ 10 ms.
"""

from __future__ import annotations

import sqlite3
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import timedelta

from sqlalchemy import select

from propdesk.config import Paths
from propdesk.domain.repairs.kinds import RepairCategory, RepairPriority
from propdesk.domain.repairs.workflow import OPEN_STATES, RepairState, RepairStep, StepRequest
from propdesk.domain.roles import Role
from propdesk.services.bootstrap import Services, open_services
from propdesk.services.core.actor import Actor, system_actor
from propdesk.services.demo.repairs.tickets import add_repair_tickets
from propdesk.services.repairs.inputs import TicketInput
from propdesk.services.repairs.queries import TicketFilter
from propdesk.services.repairs.service import RepairServices
from propdesk.store.base import utcnow
from propdesk.store.models import RepairTicket, Staff, Unit
from tests.bench import estate
from tests.bench.timing import (
    RawConnection,
    percentile,
    raw_insert_times,
    replay,
    report,
    selects_of,
    time_calls,
)

RUNS = 30
WARM_UP = 3
SAVES = 300
YEARS = 5.0
PAGE_GOAL_MS = 100.0
STEP_GOAL_MS = 10.0
CLERK = Actor(None, "bench", "bench", Role.CLERK, "客服中心")


def _build(services: Services) -> None:
    started = time.perf_counter()
    services.demo.create(system_actor("bench"), scale=estate.scale())
    built = time.perf_counter() - started
    with services.store.write() as session:
        counts = add_repair_tickets(
            session.connection(), seed=2024, scale=estate.scale(), years=YEARS, now=utcnow()
        )
    repairs = time.perf_counter() - started - built
    print(f"  demo estate built in {built:.1f} s; {YEARS:g} years of repair tickets in "
          f"{repairs:.1f} s: {counts.tickets:,} tickets, {counts.steps:,} steps, "
          f"{counts.open_tickets} open")  # fmt: skip


def _compare(
    services: Services,
    raw: RawConnection,
    label: str,
    fn: Callable[[], object],
    driver: str = "sqlite3",
) -> float:
    """Time `fn` against its own SELECTs on the bare driver; returns the p99 in ms."""
    selects = selects_of(services.store.engine, fn)
    print(f"  -- {label}: {len(selects)} SELECTs; {estate.load()}")
    base = report(
        f"raw {driver}, same SELECTs (baseline)",
        time_calls(lambda: replay(raw, selects), RUNS, WARM_UP),
    )
    times = time_calls(fn, RUNS, WARM_UP)
    median = report("RepairService", times)
    print(f"  ratio service / raw: {median / base:.2f}")
    return percentile(times, 99) * 1000


def _cases(services: Services) -> list[tuple[str, TicketFilter]]:
    """Typical filters and searches, taken from the newest tickets so they find something."""
    with services.store.read() as session:
        newest = session.execute(
            select(
                RepairTicket.number,
                RepairTicket.reporter_name,
                RepairTicket.reporter_phone,
                Unit.code,
            )
            .join(Unit, RepairTicket.unit_id == Unit.id)
            .order_by(RepairTicket.reported_at.desc())
            .limit(1)
        ).one()
        technician = session.scalars(select(Staff.id).order_by(Staff.name).limit(1)).one()
    number, name, phone, unit = newest
    year = utcnow().year - 1
    return [
        ("first page, no filter", TicketFilter()),
        ("open tickets", TicketFilter(states=OPEN_STATES)),
        ("overdue only", TicketFilter(overdue_only=True)),
        ("stale only", TicketFilter(stale_only=True)),
        ("closed", TicketFilter(states=frozenset({RepairState.CLOSED}))),
        ("one technician", TicketFilter(technician_id=technician)),
        (
            "urgent plumbing",
            TicketFilter(priority=RepairPriority.URGENT, category=RepairCategory.PLUMBING),
        ),
        (
            "emergency lift, closed",
            TicketFilter(
                priority=RepairPriority.EMERGENCY,
                category=RepairCategory.LIFT,
                states=frozenset({RepairState.CLOSED}),
            ),
        ),
        (
            f"reported in {year}",
            TicketFilter(
                date_from=utcnow().date().replace(year=year, month=1, day=1),
                date_to=utcnow().date().replace(year=year, month=12, day=31),
            ),
        ),
        ("search: number", TicketFilter(text=number)),
        ("search: number prefix (a year)", TicketFilter(text=f"WX{year}")),
        ("search: reporter name", TicketFilter(text=name)),
        ("search: surname only", TicketFilter(text=name[0])),
        ("search: phone", TicketFilter(text=phone)),
        ("search: phone tail", TicketFilter(text=phone[-4:])),
        ("search: unit", TicketFilter(text=unit)),
        ("search: unit prefix (a building)", TicketFilter(text=unit.split("-")[0] + "-")),
    ]


def lists(services: Services, raw: RawConnection, driver: str = "sqlite3") -> None:
    """Each list filter and search through RepairService, against its SELECTs on `raw`."""
    worst = 0.0
    for label, flt in _cases(services):
        shown = len(services.module(RepairServices).tickets.page(CLERK, flt).rows)
        p99 = _compare(
            services,
            raw,
            f"list {label} ({shown} rows)",
            lambda flt=flt: services.module(RepairServices).tickets.page(CLERK, flt),  # type: ignore[misc]
            driver,
        )
        worst = max(worst, p99)
        verdict = "ok" if p99 <= PAGE_GOAL_MS else "OVER GOAL"
        print(f"  p99 {p99:.1f} ms vs {PAGE_GOAL_MS:.0f}: {verdict}")
    print(f"  == slowest list p99 {worst:.1f} ms (goal {PAGE_GOAL_MS:.0f} ms)")


def _reads(services: Services, raw: sqlite3.Connection) -> None:
    page = services.module(RepairServices).tickets.page(CLERK, TicketFilter()).rows
    ticket_ids = iter(row.id for row in page * (RUNS + WARM_UP + 1))
    _compare(
        services,
        raw,
        "ticket detail (row, timeline, SLA)",
        lambda: services.module(RepairServices).tickets.detail(CLERK, next(ticket_ids)),
    )
    _compare(
        services,
        raw,
        "backlog (open tickets with age)",
        lambda: services.module(RepairServices).tickets.backlog(CLERK),
    )
    _compare(
        services,
        raw,
        "workload per technician",
        lambda: services.module(RepairServices).tickets.workload(CLERK),
    )


def _writes(services: Services, folder: str) -> None:
    with services.store.read() as session:
        technician = session.scalars(select(Staff.id).limit(1)).one()
    opened: list[uuid.UUID] = []

    def open_one() -> None:
        ticket = services.module(RepairServices).tickets.open_ticket(
            CLERK,
            TicketInput(
                "测试住户",
                "13800000000",
                RepairCategory.OTHER,
                "基准测试",
                common_area="会所",
                reported_at=utcnow() - timedelta(minutes=5),
            ),
        )
        opened.append(ticket.id)

    opens = time_calls(open_one, SAVES, WARM_UP)
    to_step = iter(opened)

    def dispatch() -> None:
        services.module(RepairServices).tickets.step(
            CLERK, next(to_step), StepRequest(RepairStep.DISPATCH, technician_id=technician)
        )

    steps = time_calls(dispatch, SAVES, WARM_UP)
    raw = raw_insert_times(folder, ("WX202611-0001", "dispatch"), SAVES)
    print("  -- writes (each its own transaction, audited, FULL):")
    raw_median = report("raw sqlite3 insert+commit (FULL)", raw)
    raw_p99 = percentile(raw, 99) * 1000
    for label, times in (("open_ticket", opens), ("step (dispatch)", steps)):
        median = report(f"RepairService.{label}", times)
        p99 = percentile(times, 99) * 1000
        verdict = "ok" if p99 <= STEP_GOAL_MS else "OVER GOAL"
        print(
            f"  ratio median {median / raw_median:.1f}, p99 {p99 / raw_p99:.1f}   "
            f"p99 {p99:.1f} ms vs {STEP_GOAL_MS:.0f}: {verdict}"
        )


def run() -> None:
    with tempfile.TemporaryDirectory() as folder:
        services = open_services(Paths.resolve(folder), fast_hashing=True)
        try:
            _build(services)
            raw = sqlite3.connect(services.paths.database_file)
            try:
                lists(services, raw)
                _reads(services, raw)
            finally:
                raw.close()
            _writes(services, folder)
        finally:
            services.close()
