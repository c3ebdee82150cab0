"""Quick search on the demo estate, against raw sqlite3 running the same SELECTs.

Runs on the five-year demo (2,000 units, ~6,000 residents, ~2 million gate events; twice
that with --scale 2), built by `propdesk demo-data` and cached: tests/bench/estate.py.
Each typical query goes through SearchService (parsing, permission, SQLAlchemy, DTOs)
and, as the baseline, the very SELECT statements it issued are replayed with the bare
sqlite3 module on the same file (bench_postgresql: with bare psycopg on the same
server). Goal: p99 under 100 ms per query.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from typing import Any

from sqlalchemy import event, select

from propdesk.config import Paths
from propdesk.services.bootstrap import Services, open_services
from propdesk.services.core.actor import system_actor
from propdesk.store.models import AccessCard
from tests.bench import estate
from tests.bench.timing import RawConnection, one_line, percentile, report, slowest

RUNS = 50
WARM_UP = 3
GOAL_MS = 100.0


def _queries(services: Services) -> list[tuple[str, str]]:
    with services.store.read() as session:
        card = session.scalars(select(AccessCard.number).order_by(AccessCard.number)).all()
    prefix = card[len(card) // 2][:5]
    return [
        ("name 张", "张"),
        ("pinyin initials zs", "zs"),
        ("phone tail 5678", "5678"),
        ("plate fragment B12", "B12"),
        ("unit 3-2-15", "3-2-15"),
        (f"card prefix {prefix}", prefix),
    ]


def _captured_selects(services: Services, text: str) -> list[tuple[str, Any]]:
    """The SELECTs one search sends to the driver, with their driver-level parameters."""
    seen: list[tuple[str, Any]] = []

    def capture(_conn: Any, _cursor: Any, statement: str, params: Any, *_: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append((statement, params))

    engine = services.store.engine
    event.listen(engine, "before_cursor_execute", capture)
    try:
        services.search.search(system_actor("bench"), text)
    finally:
        event.remove(engine, "before_cursor_execute", capture)
    return seen


def _time(fn: Any, runs: int = RUNS) -> list[float]:
    for _ in range(WARM_UP):
        fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


Explain = Callable[[str, Any], None]


def searches(
    services: Services,
    raw: RawConnection,
    driver: str = "sqlite3",
    explain: Explain | None = None,
) -> None:
    """Each typical query through SearchService, against its own SELECTs on `raw`; for
    one over its goal, the slowest of them (and its plan, through `explain`)."""
    actor = system_actor("bench")
    for label, text in _queries(services):
        groups = services.search.search(actor, text)
        found = ", ".join(f"{g.kind} {len(g.hits)}{'+' if g.more else ''}" for g in groups)
        selects = _captured_selects(services, text)
        print(f"  -- {label!r}: {found or 'nothing'} ({len(selects)} SELECTs); {estate.load()}")

        def replay(selects: list[tuple[str, Any]] = selects) -> None:
            for statement, params in selects:
                raw.execute(statement, params).fetchall()

        base = report(f"raw {driver}, same SELECTs (baseline)", _time(replay))
        ours_times = _time(lambda text=text: services.search.search(actor, text))
        ours = report("SearchService.search", ours_times)
        p99 = percentile(ours_times, 99) * 1000
        verdict = "ok" if p99 < GOAL_MS else "OVER GOAL"
        print(
            f"  ratio service / raw: {ours / base:.2f}   "
            f"p99 {p99:.1f} ms vs goal {GOAL_MS:.0f} ms: {verdict}"
        )
        if p99 >= GOAL_MS:
            seconds, statement, params = slowest(raw, selects)
            print(f"  slowest SELECT, {seconds * 1000:.0f} ms: {one_line(statement)}")
            if explain is not None:
                explain(statement, params)


def run() -> None:
    with estate.demo_folder() as folder:
        services = open_services(Paths.resolve(folder), fast_hashing=True)
        try:
            raw = sqlite3.connect(services.paths.database_file)
            try:
                searches(services, raw)
            finally:
                raw.close()
        finally:
            services.close()
