"""Complaints and inquiries on five years of demo data (~3,800 complaints, ~18,000
inquiries): the analysis view for a year, the complaint list's first page, the
inquiry list and the promises due, a handling step saved, and the seconds the
complaints add to `propdesk demo-data`.

The demo database is built once by the real command (`propdesk demo-data`, in a child
process), as bench_patrol builds it. Each read goes through ComplaintServices; as its
baseline the SELECTs it issued (for the analysis, read_period's one statement; for a
list page, its ORDER BY received time DESC LIMIT) are replayed with bare sqlite3 on
the same file. A step through the service (complaint row + timeline row +
hash-chained audit row, BEGIN IMMEDIATE, synchronous=FULL) is compared with a bare
sqlite3 INSERT of one timeline row + UPDATE of the complaint in one transaction on the
same file, with the store's pragmas (store/engine.py: WAL, synchronous=FULL, foreign
keys on), each right after the step it answers, so both meet the same load. The demo's
cost: the same command again with the registry's complaints line left out, and the
complaints generator alone on that estate (the steadier figure of the two on a shared
machine: the load average is printed beside each part).
Goals: the year's analysis ≤ 300 ms, a list page ≤ 50 ms, a step p99 ≤ 10 ms, the
whole demo-data ≤ 60 s.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from propdesk.config import Paths
from propdesk.domain.complaints.kinds import (
    ComplaintCategory,
    ComplaintChannel,
    RootCause,
    Verdict,
)
from propdesk.domain.complaints.workflow import OPEN_STATES, ComplaintStep, StepRequest
from propdesk.domain.roles import Role
from propdesk.services.bootstrap import Services, open_services
from propdesk.services.complaints.analysis import COUNTED_STATES, analyse, read_period
from propdesk.services.complaints.inputs import ComplaintInput
from propdesk.services.complaints.queries import ComplaintFilter
from propdesk.services.complaints.service import ComplaintServices
from propdesk.services.core.actor import Actor
from propdesk.services.core.module_spec import DemoRequest
from propdesk.services.demo.complaints.generator import ComplaintsDemo
from propdesk.services.demo.gate.traffic import DEFAULT_YEARS
from propdesk.services.demo.service import DEFAULT_SEED
from propdesk.store.base import utcnow
from propdesk.store.models import Complaint, Inquiry, Staff
from tests.bench.timing import percentile, replay, report, selects_of, time_calls

RUNS = 100  # reads: enough that p99 is not simply the slowest run
WARM_UP = 3
STEPS = 300  # complaints taken for the step bench: each is assigned, answered, judged, closed
ANALYSIS_GOAL_MS = 300.0
PAGE_GOAL_MS = 50.0
STEP_GOAL_MS = 10.0
DEMO_GOAL_S = 60.0
CLERK = Actor(None, "bench", "bench", Role.CLERK, "客服中心")
REPO = Path(__file__).resolve().parents[2]

# `propdesk demo-data` with the registry's complaints line left out: the registry is
# replaced before the command imports the bootstrap (open_services's default).
_WITHOUT_COMPLAINTS = """
import sys
import propdesk.services.registry as registry
registry.MODULES = tuple(m for m in registry.MODULES if m.key != "complaints")
from propdesk.__main__ import main
sys.exit(main(sys.argv[1:]))
"""


def _demo(folder: str, code: str | None = None) -> tuple[float, str]:
    """`propdesk demo-data` in a child process: its wall time (s) and what it printed."""
    start = time.perf_counter()
    program = ["-m", "propdesk"] if code is None else ["-c", code]
    done = subprocess.run(
        [sys.executable, *program, "--data-dir", folder, "demo-data"],
        check=True,
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    return time.perf_counter() - start, done.stdout.strip()


def _load() -> str:
    """The machine's load: on a shared machine, what the figures beside it met."""
    one, five, _ = os.getloadavg()
    return f"load average {one:.1f} (1 min), {five:.1f} (5 min), {os.cpu_count()} CPUs"


def _verdict(value: float, goal: float) -> str:
    return "ok" if value <= goal else "OVER GOAL"


def _compare(
    services: Services,
    raw: sqlite3.Connection,
    label: str,
    fn: Callable[[], object],
    goal: float | None,
) -> None:
    """Time `fn` against its own SELECTs in bare sqlite3 on the same file."""
    selects = selects_of(services.store.engine, fn)
    print(f"  -- {label}: {len(selects)} SELECTs")
    base = report(
        "raw sqlite3, same SELECTs (baseline)",
        time_calls(lambda: replay(raw, selects), RUNS, WARM_UP),
    )
    times = time_calls(fn, RUNS, WARM_UP)
    median = report("ComplaintServices", times)
    p95, p99 = percentile(times, 95) * 1000, percentile(times, 99) * 1000
    line = f"  ratio service / raw: {median / base:.2f}   p95 {p95:.1f} ms"
    if goal is not None:
        line += f"   p99 {p99:.1f} ms vs {goal:.0f}: {_verdict(p99, goal)}"
    print(line)


def _analysis(services: Services, raw: sqlite3.Connection) -> None:
    analysis = services.module(ComplaintServices).analysis
    # The demo ends now and spans five years: last year is the last full one.
    year = utcnow().astimezone().year - 1
    first, last = date(year, 1, 1), date(year, 12, 31)
    figures = analysis.year(CLERK, year)
    print(
        f"  {year}: {figures.received:,} complaints, {len(figures.repeat_places)} repeat "
        f"places, {len(figures.repeat_complainants)} repeat complainants, "
        f"{len(figures.departments)} departments"
    )
    _compare(
        services,
        raw,
        f"the analysis view for {year} (analysis.year)",
        lambda: analysis.year(CLERK, year),
        ANALYSIS_GOAL_MS,
    )

    # Where the time goes: the rows read through SQLAlchemy, then the figures in Python.
    def read() -> list[Any]:
        with services.store.read() as session:
            return read_period(session, first, last)

    rows = read()
    report("  of which read_period (SQLAlchemy)", time_calls(read, RUNS, WARM_UP))
    report(
        "  of which analyse (the figures)",
        time_calls(lambda: analyse(rows, CLERK, first, last, utcnow()), RUNS, WARM_UP),
    )


def _lists(services: Services, raw: sqlite3.Connection) -> None:
    complaints = services.module(ComplaintServices).complaints
    year = utcnow().astimezone().year - 1
    with services.store.read() as session:
        name = session.scalar(
            select(Complaint.complainant_name)
            .where(Complaint.complainant_name != "")
            .order_by(Complaint.received_at.desc())
            .limit(1)
        )
    cases = [
        ("first page, default filter", ComplaintFilter()),
        ("one category (noise)", ComplaintFilter(category=ComplaintCategory.NOISE)),
        ("overdue only", ComplaintFilter(overdue_only=True)),
        ("open", ComplaintFilter(states=OPEN_STATES)),
        (
            f"an analysis link: counted in {year}",
            ComplaintFilter(
                states=COUNTED_STATES,
                date_from=date(year, 1, 1),
                date_to=date(year, 12, 31),
            ),
        ),
        ("search: complainant name", ComplaintFilter(text=name or "")),
    ]
    for label, flt in cases:
        shown = len(complaints.page(CLERK, flt).rows)
        _compare(
            services,
            raw,
            f"complaint list, {label} ({shown} rows)",
            lambda flt=flt: complaints.page(CLERK, flt),  # type: ignore[misc]
            PAGE_GOAL_MS,
        )


def _inquiries(services: Services, raw: sqlite3.Connection) -> None:
    inquiries = services.module(ComplaintServices).inquiries
    with services.store.read() as session:
        total = session.scalar(select(func.count()).select_from(Inquiry))
    day_end = datetime.combine(
        utcnow().astimezone().date() + timedelta(days=1), datetime.min.time()
    )
    day_end = day_end.astimezone()
    due = len(inquiries.due_by(CLERK, day_end))
    print(f"  {total:,} inquiries; {due} open promises due by the end of today (due_by)")
    _compare(
        services,
        raw,
        "inquiry list, first page",
        lambda: inquiries.page(CLERK),
        None,
    )
    _compare(
        services,
        raw,
        "inquiry list, open only",
        lambda: inquiries.page(CLERK, open_only=True),
        None,
    )
    _compare(
        services,
        raw,
        f"inquiries due by the end of today ({due} rows)",
        lambda: inquiries.due_by(CLERK, day_end),
        None,
    )


def _take(services: Services, count: int) -> tuple[list[uuid.UUID], list[float]]:
    complaints = services.module(ComplaintServices).complaints
    taken: list[uuid.UUID] = []
    times: list[float] = []
    for n in range(count):
        data = ComplaintInput(
            ComplaintChannel.PHONE,
            ComplaintCategory.CLEANING,
            f"基准测试 {n}",
            complainant_name="测试住户",
            complainant_phone="13800000000",
            common_area="会所",
        )
        start = time.perf_counter()
        taken.append(complaints.take(CLERK, data).id)
        times.append(time.perf_counter() - start)
    return taken, times


def _raw_step(conn: sqlite3.Connection, complaint_id: uuid.UUID) -> None:
    """The baseline of a step: one timeline row inserted and the complaint updated in
    one transaction, on a connection with the store's pragmas (_raw_writer)."""
    complaint = complaint_id.hex  # the Uuid type's text on SQLite
    at = utcnow().strftime("%Y-%m-%d %H:%M:%S.%f")  # the DateTime text on SQLite
    conn.execute("BEGIN IMMEDIATE")
    conn.execute(
        "INSERT INTO complaint_step (id, complaint_id, step, from_state, to_state, round, "
        "at, username, note, fields) VALUES (?, ?, 'link_repair', 'handling', 'handling', 1, ?, "
        "'bench', '', '{}')",
        (uuid.uuid4().hex, complaint, at),
    )
    conn.execute(
        "UPDATE complaint SET last_step_at = ?, updated_at = ? WHERE id = ?",
        (at, at, complaint),
    )
    conn.execute("COMMIT")


def _raw_writer(db_file: Path) -> sqlite3.Connection:
    """Bare sqlite3 on the same file with store/engine.py's pragmas."""
    conn = sqlite3.connect(db_file, isolation_level=None)
    conn.execute("PRAGMA busy_timeout = 15000")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    return conn


def _timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _writes(services: Services) -> None:
    """STEPS complaints taken, then each taken through four steps. Each step is followed
    by its raw baseline on the same complaint, so both meet the same machine load."""
    complaints = services.module(ComplaintServices).complaints
    with services.store.read() as session:
        handler, department = session.execute(
            select(Staff.id, Staff.department_id)
            .where(Staff.department_id.is_not(None), Staff.voided_at.is_(None))
            .limit(1)
        ).one()
    taken, take_times = _take(services, STEPS + WARM_UP)
    requests = (
        StepRequest(ComplaintStep.ASSIGN, department_id=department, handler_id=handler),
        StepRequest(ComplaintStep.ANSWER, investigation="已查明", resolution="已处理"),
        StepRequest(ComplaintStep.VERDICT, verdict=Verdict.SATISFIED),
        StepRequest(
            ComplaintStep.CLOSE,
            root_cause=RootCause.PROCESS,
            root_cause_text="基准测试",
            corrective_action="基准测试",
        ),
    )
    print(
        f"  -- steps saved on {STEPS} fresh complaints (each its own transaction, FULL); {_load()}"
    )
    report("ComplaintService.take (for comparison)", take_times[WARM_UP:])
    raw = _raw_writer(services.paths.database_file)
    every: list[float] = []
    baseline: list[float] = []
    try:
        for request in requests:
            times: list[float] = []
            for n, complaint in enumerate(taken):
                step = _timed(lambda c=complaint, r=request: complaints.step(CLERK, c, r))  # type: ignore[misc]
                bare = _timed(lambda c=complaint: _raw_step(raw, c))  # type: ignore[misc]
                if n >= WARM_UP:
                    times.append(step)
                    baseline.append(bare)
            every += times
            report(f"ComplaintService.step ({request.step.value})", times)
    finally:
        raw.close()
    base = report("raw sqlite3 INSERT+UPDATE (baseline)", baseline)
    median = report(f"every step above ({len(every)})", every)
    p95, p99 = percentile(every, 95) * 1000, percentile(every, 99) * 1000
    print(
        f"  ratio step / raw: median {median / base:.1f}, p99 "
        f"{p99 / (percentile(baseline, 99) * 1000):.1f}   p95 {p95:.1f} ms   "
        f"p99 {p99:.1f} ms vs {STEP_GOAL_MS:.0f}: {_verdict(p99, STEP_GOAL_MS)}"
    )


def _demo_cost(with_complaints: float) -> None:
    """The same command without the complaints, then their generator alone on it."""
    with tempfile.TemporaryDirectory() as folder:
        without, said = _demo(folder, _WITHOUT_COMPLAINTS)
        print(f"  -- demo-data without the complaints module: {without:.1f} s wall; {_load()}")
        print(f"    {said}")
        print(
            f"  difference of the two runs {with_complaints - without:+.1f} s "
            f"({with_complaints:.1f} s with, {without:.1f} s without; noisy when the load moves)"
        )
        services = open_services(Paths.resolve(Path(folder)), fast_hashing=True)
        try:
            request = DemoRequest(DEFAULT_SEED, 1.0, DEFAULT_YEARS, utcnow(), "bench")
            with services.store.write() as session:
                connection = session.connection()
                start = time.perf_counter()
                demo = ComplaintsDemo(connection, request)
                built = time.perf_counter()
                demo.plan()
                planned = time.perf_counter()
                counts = demo.write(connection, lambda: None)
                written = time.perf_counter()
        finally:
            services.close()
    print(
        f"  the complaints generator alone, what it adds: {written - start:.1f} s (read the estate "
        f"{built - start:.2f} s, plan {planned - built:.2f} s, write {written - planned:.2f} s)"
        f" for {counts['complaints']:,} complaints, {counts['inquiries']:,} inquiries"
    )


def run() -> None:
    with tempfile.TemporaryDirectory() as folder:
        total, said = _demo(folder)
        print(
            f"  demo estate built in {total:.1f} s wall (propdesk demo-data, goal "
            f"{DEMO_GOAL_S:.0f} s: {_verdict(total, DEMO_GOAL_S)}); {_load()}"
        )
        print(f"    {said}")
        _demo_cost(total)  # right after, under the same load
        paths = Paths.resolve(Path(folder))
        services = open_services(paths, fast_hashing=True)
        raw = sqlite3.connect(paths.database_file)
        print(f"  reads: {_load()}")
        try:
            _analysis(services, raw)
            _lists(services, raw)
            _inquiries(services, raw)
        finally:
            raw.close()
        try:
            _writes(services)
        finally:
            services.close()
