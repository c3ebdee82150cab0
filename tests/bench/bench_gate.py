"""The gate on five years of demo traffic (~2 million events; ~4 million with --scale 2):
journal pages, searches, one card entry, and memory after paging the journal to its end.

The demo database is built by the real command (`propdesk demo-data`, in a child
process, so this process's memory is what a station's window would hold) and cached:
tests/bench/estate.py. Each query goes through the service and fills the journal's
table model; as the baseline, the SELECTs it issued are replayed with bare sqlite3 on
the same file. A card entry through GateEntryService (row + hash-chained audit row,
BEGIN IMMEDIATE, synchronous=FULL) is compared with a raw sqlite3 INSERT + COMMIT
(FULL) in the same run, as in bench_save. bench_postgresql runs the same queries and
save on PostgreSQL. Goals (issue 18, on the five-year and the double demo): first
page ≤ 10 ms, every search p99 ≤ 100 ms, save p99 ≤ 10 ms, RSS after paging to the
end ≤ 250 MB.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from propdesk.config import Paths
from propdesk.domain.roles import Role
from propdesk.services.bootstrap import Services, open_services
from propdesk.services.core.actor import Actor, system_actor
from propdesk.services.gate.events import GateEventKind
from propdesk.services.gate.journal import JournalFilter
from propdesk.services.gate.service import GateServices
from propdesk.store.models import AccessCard, GateEvent, Resident, Unit
from propdesk.ui.tabs.gate.journal_model import JournalTableModel
from propdesk.ui.tabs.gate.journal_view import JournalView
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
SAVES = 400
PAGE_GOAL_MS = 10.0
SEARCH_GOAL_MS = 100.0
SAVE_GOAL_MS = 10.0
RSS_GOAL_MB = 250.0
GUARD = Actor(None, "bench", "bench", Role.GUARD, "东门岗亭")


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _searches(services: Services) -> list[tuple[str, str]]:
    """Typical searches, taken from the newest events so they find something."""
    with services.store.read() as session:
        car = session.execute(
            select(GateEvent.plate)
            .where(GateEvent.kind == GateEventKind.VEHICLE_IN.value)
            .order_by(GateEvent.occurred_at.desc())
            .limit(1)
        ).scalar_one()
        person = session.execute(
            select(GateEvent.person_name, GateEvent.person_name_initials, Unit.code)
            .join(Unit, GateEvent.unit_id == Unit.id)
            .where(GateEvent.kind == GateEventKind.RESIDENT_ENTRY.value)
            .order_by(GateEvent.occurred_at.desc())
            .limit(1)
        ).one()
    name, initials, unit = person
    return [
        ("plate fragment (end)", car[-4:]),
        ("plate fragment B12", "B12"),
        ("full plate", car),
        ("name", name),
        ("name, surname only", name[0]),
        ("pinyin initials", initials),
        ("pinyin initials, one letter", initials[:1]),
        ("unit", unit),
        ("unit prefix", unit.rsplit("-", 1)[0]),
        ("visitor pass month", "FK" + time.strftime("%Y%m")),
    ]


def queries(
    services: Services, raw: RawConnection, model: JournalTableModel, driver: str = "sqlite3"
) -> None:
    """The journal's first page and each search, against its own SELECTs on `raw`
    (the bare driver on the same database)."""
    actor = system_actor("bench")
    cases = [("journal first page", ""), *_searches(services)]
    for label, text in cases:
        flt = JournalFilter(text=text)

        def ours(flt: JournalFilter = flt) -> None:
            model.set_rows(services.module(GateServices).journal.page(actor, flt).rows)

        selects = selects_of(services.store.engine, ours)
        shown = len(model.rows())

        goal = PAGE_GOAL_MS if not text else SEARCH_GOAL_MS
        print(f"  -- {label} {text!r}: {shown} rows shown, {len(selects)} SELECTs; {estate.load()}")
        base = report(
            f"raw {driver}, same SELECTs (baseline)",
            time_calls(partial(replay, raw, selects), RUNS, WARM_UP),
        )
        times = time_calls(ours, RUNS, WARM_UP)
        median = report("service + table model", times)
        p99 = percentile(times, 99) * 1000
        verdict = "ok" if p99 <= goal else "OVER GOAL"
        print(
            f"  ratio service / raw: {median / base:.2f}   "
            f"p99 {p99:.1f} ms vs {goal:.0f}: {verdict}"
        )


RawInserts = Callable[[tuple[str, str], int], list[float]]


def save(services: Services, raw_inserts: RawInserts, driver: str = "sqlite3") -> None:
    """One card entry, `SAVES` times, against `raw_inserts`: the bare driver's INSERT +
    COMMIT of a small row, as durable as the station's own writes."""
    with services.store.read() as session:
        card = session.execute(
            select(AccessCard.number)
            .join(Resident, AccessCard.resident_id == Resident.id)
            .where(AccessCard.status == "active")
            .order_by(AccessCard.number)
            .limit(1)
        ).scalar_one()
        before = session.scalar(select(func.count()).select_from(GateEvent))
    ours = time_calls(
        lambda: services.module(GateServices).entries.card_entry(GUARD, card), SAVES, WARM_UP
    )
    raw = raw_inserts((card, "东门岗亭"), SAVES)
    print(f"  -- one card entry on {before:,} events (row + audit row, durable); {estate.load()}")
    raw_median = report(f"raw {driver} insert+commit", raw)
    our_median = report("GateEntryService.card_entry", ours)
    p99 = percentile(ours, 99) * 1000
    raw_p99 = percentile(raw, 99) * 1000
    verdict = "ok" if p99 <= SAVE_GOAL_MS else "OVER GOAL"
    print(
        f"  ratio median {our_median / raw_median:.1f}, p99 {p99 / raw_p99:.1f}   "
        f"p99 {p99:.1f} ms vs {SAVE_GOAL_MS:.0f}: {verdict}"
    )


def _page_to_the_end(services: Services) -> None:
    view = JournalView(services, system_actor("bench"))
    view.resize(1280, 720)
    view.show()
    QApplication.processEvents()
    before = _rss_mb()
    started = time.perf_counter()
    pages = 1
    while view.older_button.isEnabled():
        view.older()
        pages += 1
        if pages % 200 == 0:
            QApplication.processEvents()  # paint now and then, as a user would see it
    seconds = time.perf_counter() - started
    QApplication.processEvents()
    after = _rss_mb()
    verdict = "ok" if after <= RSS_GOAL_MB else "OVER GOAL"
    print(
        f"  -- paged the journal to its end: {pages:,} pages of {view.page_size} in "
        f"{seconds:.1f} s ({seconds / pages * 1000:.1f} ms a page); last: "
        f"{view.page_label.text()}"
    )
    print(f"  RSS {before:.0f} MB before, {after:.0f} MB after vs {RSS_GOAL_MB:.0f}: {verdict}")
    view.close()


def run() -> None:
    app = QApplication.instance() or QApplication([])
    del app
    with estate.demo_folder() as folder:
        services = open_services(Paths.resolve(folder), fast_hashing=True)
        try:
            print(f"  RSS after opening: {_rss_mb():.0f} MB")
            raw = sqlite3.connect(services.paths.database_file)
            try:
                queries(services, raw, JournalTableModel())
            finally:
                raw.close()
            save(services, partial(raw_insert_times, str(folder)))
            _page_to_the_end(services)
        finally:
            services.close()
