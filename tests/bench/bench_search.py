"""Quick search on the demo estate, against raw sqlite3 running the same SELECTs.

Builds the full demo estate (2,000 units, ~6,000 residents …) in a temporary data
folder and prints how long that took. Then each typical query goes through
SearchService (parsing, permission, SQLAlchemy, DTOs) and, as the baseline, the very
SELECT statements it issued are replayed with the bare sqlite3 module on the same
file. Goal: under 100 ms per query.
"""

from __future__ import annotations

import sqlite3
import tempfile
import time
from typing import Any

from sqlalchemy import event, select

from propdesk.config import Paths
from propdesk.services.bootstrap import Services, open_services
from propdesk.services.core.actor import system_actor
from propdesk.store.models import AccessCard
from tests.bench.timing import percentile, report

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


def run() -> None:
    with tempfile.TemporaryDirectory() as folder:
        services = open_services(Paths.resolve(folder), fast_hashing=True)
        try:
            actor = system_actor("bench")
            start = time.perf_counter()
            result = services.demo.create(actor)
            built = time.perf_counter() - start
            c = result.counts
            assert c is not None
            print(
                f"  demo estate built in {built:.2f} s: {c.units} units, {c.residents} "
                f"residents, {c.vehicles} vehicles, {c.parking_spaces} spaces, {c.cards} cards"
            )
            raw = sqlite3.connect(services.paths.database_file)
            try:
                for label, text in _queries(services):
                    groups = services.search.search(actor, text)
                    found = ", ".join(
                        f"{g.kind} {len(g.hits)}{'+' if g.more else ''}" for g in groups
                    )
                    selects = _captured_selects(services, text)
                    print(f"  -- {label!r}: {found or 'nothing'} ({len(selects)} SELECTs)")

                    def replay(selects: list[tuple[str, Any]] = selects) -> None:
                        for statement, params in selects:
                            raw.execute(statement, params).fetchall()

                    base = report("raw sqlite3, same SELECTs (baseline)", _time(replay))
                    ours_times = _time(lambda text=text: services.search.search(actor, text))
                    ours = report("SearchService.search", ours_times)
                    p99 = percentile(ours_times, 99) * 1000
                    verdict = "ok" if p99 < GOAL_MS else "OVER GOAL"
                    print(
                        f"  ratio service / raw: {ours / base:.2f}   "
                        f"p99 {p99:.1f} ms vs goal {GOAL_MS:.0f} ms: {verdict}"
                    )
            finally:
                raw.close()
        finally:
            services.close()
