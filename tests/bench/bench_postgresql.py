"""The journal, the searches, the repair ticket list and the saves on PostgreSQL, each
against the same statements through bare psycopg on the same server, in the same run.

The server is the test lane's throwaway cluster (tests/pg/cluster.py), but durable as
a station's would be (fsync, synchronous_commit and full_page_writes on, the defaults;
shared_buffers 128MB), so a save waits for its WAL flush as SQLite's FULL waits for its
fsync. The demo is written by the real command (`propdesk demo-data`, in a child process,
with PROPDESK_DATABASE_URL pointing at the server) at the scale of tests/bench/estate.py
and PROPDESK_BENCH_PG_YEARS years of traffic (default 5). Then the very functions of
bench_gate, bench_search and bench_repairs run with psycopg as their raw driver, and
the saves (a card entry, a building) against a bare psycopg INSERT + COMMIT of a small
row. Compare with the SQLite figures of those benchmarks: the goals are theirs.
"""

from __future__ import annotations

import os
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any

import psycopg
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from propdesk.config import DATABASE_URL_ENV, Paths
from propdesk.services.bootstrap import Services, open_services
from propdesk.services.core.actor import system_actor
from propdesk.services.master_data.buildings import BuildingInput
from propdesk.store.models import GateEvent
from propdesk.ui.tabs.gate.journal_model import JournalTableModel
from tests.bench import bench_gate, bench_repairs, bench_search, estate
from tests.bench.timing import percentile, report, time_calls
from tests.pg.cluster import create_database, server_bindir, throwaway_server

YEARS_ENV = "PROPDESK_BENCH_PG_YEARS"
# A station's server keeps every commit: only the lane's connection limit and a
# modest cache are set, the durability settings are PostgreSQL's defaults.
DURABLE = "-c max_connections=60 -c shared_buffers=128MB"
SAVES = 400
SAVE_GOAL_MS = 10.0


def _years() -> float:
    return float(os.environ.get(YEARS_ENV, "5"))


def _conninfo(url: str) -> str:
    """The libpq connection string of a SQLAlchemy URL (without its driver name)."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


@contextmanager
def _station_on(url: str) -> Iterator[None]:
    """PROPDESK_DATABASE_URL set while the station is open, as a station chooses it."""
    before = os.environ.get(DATABASE_URL_ENV)
    os.environ[DATABASE_URL_ENV] = url
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(DATABASE_URL_ENV, None)
        else:
            os.environ[DATABASE_URL_ENV] = before


def _raw_insert_times(conninfo: str, values: tuple[str, str], runs: int) -> list[float]:
    """The baseline of a save: a bare psycopg INSERT of one small row + COMMIT on the
    same server, in a table of its own; seconds per insert."""
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute("DROP TABLE IF EXISTS bench_raw")
        conn.execute(
            "CREATE TABLE bench_raw (id uuid PRIMARY KEY, what text, at timestamptz, tag text)"
        )
        what, tag = values

        def insert() -> None:
            with conn.transaction():
                conn.execute(
                    "INSERT INTO bench_raw VALUES (%s, %s, now(), %s)", (uuid.uuid4(), what, tag)
                )

        try:
            return time_calls(insert, runs)
        finally:
            conn.execute("DROP TABLE bench_raw")


def _building_saves(services: Services, conninfo: str) -> None:
    """bench_save's audited save (a building through the service) on the server."""
    actor = system_actor("bench")
    count = iter(range(SAVES + 10))

    def save() -> None:
        i = next(count)
        services.buildings.create(actor, BuildingInput(f"PG{i}", f"bench {i}", 10))

    ours = time_calls(save, SAVES)
    raw = _raw_insert_times(conninfo, ("PG", "raw"), SAVES)
    print(f"  -- an audited save (a building) on PostgreSQL; {estate.load()}")
    raw_median = report("raw psycopg insert+commit", raw)
    our_median = report("audited save through the service", ours)
    p99 = percentile(ours, 99) * 1000
    verdict = "ok" if p99 <= SAVE_GOAL_MS else "OVER GOAL"
    print(
        f"  ratio median {our_median / raw_median:.1f}, p99 "
        f"{p99 / (percentile(raw, 99) * 1000):.1f}   p99 {p99:.1f} ms vs "
        f"{SAVE_GOAL_MS:.0f}: {verdict}"
    )


def _explain(raw: psycopg.Connection[Any], statement: str, params: Any) -> None:
    """The plan PostgreSQL runs a slow statement with, as it ran (the top lines)."""
    try:
        plan = raw.execute("EXPLAIN (ANALYZE, BUFFERS) " + statement, params).fetchall()
    except psycopg.Error as exc:  # a diagnosis only: the figures above stand
        print(f"    (no plan: {exc})")
        return
    for (line,) in plan[:25]:
        print(f"    | {line}")


def _describe(services: Services, conninfo: str) -> None:
    with services.store.read() as session:
        events = session.scalar(select(func.count()).select_from(GateEvent)) or 0
    with psycopg.connect(conninfo) as conn:
        row = conn.execute(
            "SELECT version(), pg_size_pretty(pg_database_size(current_database()))"
        ).fetchone()
    assert row is not None
    print(f"  {row[0].split(' on ')[0]}, database {row[1]}, {events:,} gate events")


def run() -> None:
    bindir = server_bindir()
    if bindir is None:
        print("  skipped: PostgreSQL server binaries not found (bash scripts/setup.sh)")
        return
    app = QApplication.instance() or QApplication([])
    del app
    started = time.perf_counter()
    with throwaway_server(bindir, DURABLE) as server, tempfile.TemporaryDirectory() as folder:
        url = create_database(server, "bench")
        conninfo = _conninfo(url)
        arguments = [*estate.demo_arguments(), "--traffic-years", f"{_years():g}"]
        estate.build_demo(Path(folder), {DATABASE_URL_ENV: url}, arguments)
        with _station_on(url):
            _measure(open_services(Paths.resolve(folder), fast_hashing=True), conninfo)
    print(f"  (the whole PostgreSQL run: {time.perf_counter() - started:.0f} s)")


def _measure(services: Services, conninfo: str) -> None:
    try:
        assert services.store.engine.dialect.name == "postgresql"
        started = time.perf_counter()
        with psycopg.connect(conninfo, autocommit=True) as conn:
            conn.execute("VACUUM ANALYZE")  # as autovacuum would have by now
        print(f"  VACUUM ANALYZE after the load: {time.perf_counter() - started:.1f} s")
        _describe(services, conninfo)
        with psycopg.connect(conninfo, autocommit=True) as raw:
            print("  == the journal and its searches (bench_gate's)")
            bench_gate.queries(services, raw, JournalTableModel(), "psycopg")
            print("  == quick search (bench_search's)")
            bench_search.searches(services, raw, "psycopg", partial(_explain, raw))
            print("  == repair ticket list (bench_repairs')")
            bench_repairs.lists(services, raw, "psycopg")
        print("  == saves")
        bench_gate.save(
            services, lambda values, runs: _raw_insert_times(conninfo, values, runs), "psycopg"
        )
        _building_saves(services, conninfo)
    finally:
        services.close()
