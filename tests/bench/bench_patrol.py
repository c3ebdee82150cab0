"""Patrol on five years of demo rounds (~65,000 rounds, ~600,000 checkpoint visits): a
day's grid, a month's compliance figures and the report's patrol section, and a
checkpoint scan saved.

The demo database is built once by the real command (`propdesk demo-data`, in a child
process). Each read goes through the patrol services; as its baseline the SELECTs it
issued are replayed with bare sqlite3 on the same file. A scan (visit row + round
update + hash-chained audit row, BEGIN IMMEDIATE, synchronous=FULL) is compared with a
raw sqlite3 INSERT + COMMIT (FULL) in the same run, as in bench_save.
Goals: a day grid ≤ 50 ms, a month's figures ≤ 300 ms, a scan p99 ≤ 10 ms.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select

from propdesk.config import Paths
from propdesk.domain.roles import Role
from propdesk.domain.service_targets import Period
from propdesk.errors import ConflictError
from propdesk.services.bootstrap import Services, open_services
from propdesk.services.core.actor import Actor
from propdesk.services.patrol.figures import patrol_figures
from propdesk.services.patrol.service import PatrolServices
from propdesk.store.base import utcnow
from propdesk.store.models import PatrolRound, PatrolVisit
from tests.bench.timing import percentile, raw_insert_times, replay, report, selects_of, time_calls

RUNS = 30
WARM_UP = 3
SCANS = 300
GRID_GOAL_MS = 50.0
MONTH_GOAL_MS = 300.0
SCAN_GOAL_MS = 10.0
GUARD = Actor(None, "bench", "bench", Role.GUARD, "东门岗亭")
MANAGER = Actor(None, "boss", "boss", Role.MANAGER, "客服中心")


def _build(folder: str) -> None:
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "propdesk", "--data-dir", folder, "demo-data"],
        check=True,
        capture_output=True,
        text=True,
    )
    print(f"  demo estate built in {time.perf_counter() - started:.1f} s (propdesk demo-data)")
    print(f"    {done.stdout.strip()}")


def _compare(
    services: Services, raw: sqlite3.Connection, label: str, fn: Callable[[], object], goal: float
) -> None:
    selects = selects_of(services.store.engine, fn)
    print(f"  -- {label}: {len(selects)} SELECTs")
    base = report(
        "raw sqlite3, same SELECTs (baseline)",
        time_calls(lambda: replay(raw, selects), RUNS, WARM_UP),
    )
    times = time_calls(fn, RUNS, WARM_UP)
    median = report("patrol service", times)
    p99 = percentile(times, 99) * 1000
    verdict = "ok" if p99 <= goal else "OVER GOAL"
    print(f"  ratio service / raw: {median / base:.2f}   p99 {p99:.1f} ms vs {goal:.0f}: {verdict}")


def _reads(services: Services, raw: sqlite3.Connection) -> None:
    patrol = services.module(PatrolServices)
    today = utcnow().astimezone().date()
    with services.store.read() as session:
        rounds = session.scalar(select(PatrolRound.id).order_by(PatrolRound.id.desc()).limit(1))
        visits = session.query(PatrolVisit).count()
        total = session.query(PatrolRound).count()
    print(f"  {total:,} rounds, {visits:,} visits (newest round {rounds})")
    yesterday = today - timedelta(days=1)
    for label, day in (
        ("today", today),
        ("yesterday", yesterday),
        ("a year ago", yesterday - timedelta(days=365)),
    ):
        _compare(
            services,
            raw,
            f"day grid, {label} ({day})",
            lambda day=day: patrol.compliance.day_grid(MANAGER, day),  # type: ignore[misc]
            GRID_GOAL_MS,
        )
    first = today.replace(day=1) - timedelta(days=1)
    month = Period.month(first.year, first.month)
    _compare(
        services,
        raw,
        f"a month's compliance figures ({month.label})",
        lambda: patrol.compliance.period(MANAGER, month),
        MONTH_GOAL_MS,
    )

    def section() -> object:
        with services.store.read() as session:
            return patrol_figures(session, month, utcnow())

    _compare(services, raw, f"the report's patrol section ({month.label})", section, MONTH_GOAL_MS)


def _scans(services: Services, folder: str) -> None:
    patrol = services.module(PatrolServices)
    route = patrol.routes.routes(MANAGER)[0]
    codes = [c.code for c in route.checkpoints]
    times: list[float] = []
    started_at = utcnow() - timedelta(days=2)
    n = 0
    while len(times) < SCANS + WARM_UP:
        # Rounds a few minutes apart, far from today's: each answers its own slot or none.
        at = started_at + timedelta(minutes=7 * n)
        try:
            walked = patrol.rounds.start(GUARD, route.id, at=at)
        except ConflictError:  # a demo round of this route already holds that slot
            n += 1
            continue
        for offset, code in enumerate(codes, start=1):
            tick = time.perf_counter()
            patrol.rounds.scan(GUARD, code, walked.id, at=at + timedelta(seconds=20 * offset))
            times.append(time.perf_counter() - tick)
        patrol.rounds.finish(GUARD, walked.id, at=at + timedelta(minutes=6))
        n += 1
    times = times[WARM_UP:]
    base = report(
        "raw sqlite3 INSERT + COMMIT, FULL (baseline)",
        raw_insert_times(folder, ("scan", "code"), SCANS),
    )
    median = report("a checkpoint scan saved (RoundService.scan)", times)
    p99 = percentile(times, 99) * 1000
    verdict = "ok" if p99 <= SCAN_GOAL_MS else "OVER GOAL"
    print(
        f"  ratio scan / raw: {median / base:.2f}   "
        f"p99 {p99:.1f} ms vs {SCAN_GOAL_MS:.0f}: {verdict}"
    )


def run() -> None:
    with tempfile.TemporaryDirectory() as folder:
        _build(folder)
        paths = Paths.resolve(Path(folder))
        services = open_services(paths, fast_hashing=True)
        raw = sqlite3.connect(paths.database_file)
        try:
            _reads(services, raw)
            _scans(services, folder)
        finally:
            raw.close()
            services.close()
