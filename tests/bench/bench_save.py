"""One audited save on the demo estate (building create through the service, with its
audit row and hash chain, BEGIN IMMEDIATE, synchronous=FULL), against a raw sqlite3
INSERT + COMMIT with synchronous=FULL on a copy of the same database, in the same run.
The estate is the full demo's, or that many times it with --scale (tests/bench/estate.py)."""

from __future__ import annotations

import sqlite3
import tempfile
import time
import uuid
from pathlib import Path

from propdesk.config import Paths
from propdesk.services.bootstrap import open_services
from propdesk.services.core.actor import system_actor
from propdesk.services.master_data.buildings import BuildingInput
from tests.bench import estate
from tests.bench.timing import report

SAVES = 400


def run() -> None:
    with tempfile.TemporaryDirectory() as folder:
        services = open_services(Paths.resolve(folder), fast_hashing=True)
        actor = system_actor("bench")
        started = time.perf_counter()
        services.demo.create(actor, scale=estate.scale())
        seconds = time.perf_counter() - started
        print(f"  demo estate (scale {estate.scale():g}) built in {seconds:.1f} s")
        ours: list[float] = []
        for i in range(SAVES):
            start = time.perf_counter()
            services.buildings.create(actor, BuildingInput(f"B{i}", f"bench {i}", 10))
            ours.append(time.perf_counter() - start)
        services.close()

        raw_db = Path(folder) / "raw.db"
        conn = sqlite3.connect(raw_db, isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("CREATE TABLE t (id BLOB PRIMARY KEY, code TEXT, name TEXT, floors INT)")
        raw: list[float] = []
        for i in range(SAVES):
            start = time.perf_counter()
            conn.execute("BEGIN IMMEDIATE")
            conn.execute(
                "INSERT INTO t VALUES (?, ?, ?, ?)", (uuid.uuid4().bytes, f"B{i}", f"raw {i}", 10)
            )
            conn.execute("COMMIT")
            raw.append(time.perf_counter() - start)
        conn.close()
        raw_median = report("raw sqlite3 insert+commit (FULL)", raw)
        our_median = report("audited save through the service", ours)
        print(f"  ratio median audited / raw: {our_median / raw_median:.1f}")
        ours.sort()
        raw.sort()
        p99 = ours[int(0.99 * (len(ours) - 1))] / raw[int(0.99 * (len(raw) - 1))]
        print(f"  ratio p99 audited / raw: {p99:.1f}")
