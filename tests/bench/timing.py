"""Small helpers shared by the benchmarks."""

from __future__ import annotations

import sqlite3
import statistics
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import Engine, event


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1))))
    return ordered[k]


def time_process(code: str, runs: int, env: dict[str, str] | None = None) -> list[float]:
    """Wall time of a fresh Python process running `code`, `runs` times (seconds)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, env=env)
        times.append(time.perf_counter() - start)
    return times


def report(label: str, values: list[float], unit: str = "ms", scale: float = 1000) -> float:
    median = statistics.median(values) * scale
    print(
        f"  {label:<40} median {median:8.1f} {unit}   p99 {percentile(values, 99) * scale:8.1f} "
        f"{unit}   (n={len(values)})"
    )
    return median


def time_calls(fn: Callable[[], object], runs: int, warm_up: int = 3) -> list[float]:
    """Wall time of each of `runs` calls of `fn` (seconds), after `warm_up` untimed ones."""
    for _ in range(warm_up):
        fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def selects_of(engine: Engine, fn: Callable[[], object]) -> list[tuple[str, Any]]:
    """The SELECTs one call sends to the driver, with their driver-level parameters."""
    seen: list[tuple[str, Any]] = []

    def capture(_conn: Any, _cursor: Any, statement: str, params: Any, *_: Any) -> None:
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            seen.append((statement, params))

    event.listen(engine, "before_cursor_execute", capture)
    try:
        fn()
    finally:
        event.remove(engine, "before_cursor_execute", capture)
    return seen


class RawConnection(Protocol):
    """A bare DB-API connection with `execute` on itself: sqlite3's or psycopg's."""

    def execute(self, statement: Any, params: Any = ..., /) -> Any: ...


def replay(raw: RawConnection, selects: list[tuple[str, Any]]) -> None:
    """Run captured SELECTs again on the bare driver (the baseline of a read): the
    statements and parameters are the driver's own, so sqlite3 and psycopg alike."""
    for statement, params in selects:
        raw.execute(statement, params).fetchall()


def raw_insert_times(folder: str, values: tuple[str, str], runs: int) -> list[float]:
    """The baseline of a save: a bare sqlite3 INSERT of one small row + COMMIT, WAL and
    synchronous=FULL, in a database of its own in `folder`; seconds per insert."""
    conn = sqlite3.connect(Path(folder) / "raw.db", isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE t (id BLOB PRIMARY KEY, what TEXT, at TEXT, tag TEXT)")
    what, tag = values

    def insert() -> None:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(
            "INSERT INTO t VALUES (?, ?, ?, ?)",
            (uuid.uuid4().bytes, what, time.strftime("%Y-%m-%d %H:%M:%S"), tag),
        )
        conn.execute("COMMIT")

    try:
        return time_calls(insert, runs)
    finally:
        conn.close()


def slowest(raw: RawConnection, selects: list[tuple[str, Any]]) -> tuple[float, str, Any]:
    """The slowest of the captured SELECTs, each run once more on the bare driver: where
    a query over its goal spends its time (seconds, statement, parameters)."""
    timed = []
    for statement, params in selects:
        start = time.perf_counter()
        raw.execute(statement, params).fetchall()
        timed.append((time.perf_counter() - start, statement, params))
    return max(timed, key=lambda t: t[0])


def one_line(statement: str, limit: int = 400) -> str:
    """A statement on one line, cut at `limit` characters, for a benchmark's output."""
    flat = " ".join(statement.split())
    return flat if len(flat) <= limit else flat[:limit] + " …"
