"""Inspections on five years of demo rounds (~4,400 inspections, ~30,000 items: the
daily rounds of the last year, the others of five; ~500 equipment items): the due
list and the equipment's overdue and expiring lists, a month's pass rates by kind and
the fire equipment intact rate, and a 30-item inspection saved.

The benchmarks' shared demo (tests/bench/estate.py, the real `propdesk demo-data`);
while the registry does not yet pair the inspections module with its generator, the
generator runs on the benchmark's copy first, and what it took is printed. Each read
goes through InspectionServices (or, for the figures, services.inspections.figures in
a read session as the report reads them); as its baseline the SELECTs it issued are
replayed with bare sqlite3 on the same file. A save through InspectionService.record
(a 30-item checklist, "all pass" with its readings and five equipment codes: the
inspection row, its items, the XJ number and the hash-chained audit row, BEGIN
IMMEDIATE, synchronous=FULL) is followed each time by its baseline on the same file:
a bare sqlite3 INSERT of one inspection row and 30 item rows in one transaction, with
the store's pragmas, so both meet the same machine load.
Goals: the due list ≤ 50 ms, a month's pass rates ≤ 300 ms, a save p99 ≤ 20 ms.
"""

from __future__ import annotations

import sqlite3
import time
import uuid
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select

from propdesk.config import Paths
from propdesk.domain.inspections.equipment import EquipmentKind
from propdesk.domain.inspections.kinds import Frequency, InspectionKind, ItemKind
from propdesk.domain.inspections.results import Answer
from propdesk.domain.inspections.templates import Template, TemplateItem
from propdesk.domain.roles import Role
from propdesk.domain.service_targets import Period
from propdesk.services.bootstrap import Services, open_services
from propdesk.services.core.actor import Actor
from propdesk.services.core.module_spec import DemoRequest, ModuleContext
from propdesk.services.demo.gate.traffic import DEFAULT_YEARS
from propdesk.services.demo.inspections.generator import InspectionsDemo
from propdesk.services.demo.service import DEFAULT_SEED
from propdesk.services.inspections.figures import fire_equipment_ratio, kind_figures
from propdesk.services.inspections.inspection_inputs import InspectionInput
from propdesk.services.inspections.service import InspectionServices
from propdesk.services.inspections.templates import TemplateInfo
from propdesk.store.base import utcnow
from propdesk.store.models import Equipment, Inspection, InspectionItem
from tests.bench.estate import demo_folder, load
from tests.bench.timing import percentile, replay, report, selects_of, time_calls

RUNS = 100  # reads: enough that p99 is not simply the slowest run
WARM_UP = 3
SAVES = 300
ITEMS = 30
CODES = 5  # items of the 30 that name their extinguisher by code
DUE_GOAL_MS = 50.0
MONTH_GOAL_MS = 300.0
SAVE_GOAL_MS = 20.0
MANAGER = Actor(None, "bench", "bench", Role.MANAGER, "工程部")
AREA = "1栋"


def _verdict(value: float, goal: float) -> str:
    return "ok" if value <= goal else "OVER GOAL"


def _compare(
    services: Services,
    raw: sqlite3.Connection,
    label: str,
    fn: Callable[[], object],
    goal: float,
) -> None:
    """Time `fn` against its own SELECTs in bare sqlite3 on the same file."""
    selects = selects_of(services.store.engine, fn)
    print(f"  -- {label}: {len(selects)} SELECTs")
    base = report(
        "raw sqlite3, same SELECTs (baseline)",
        time_calls(lambda: replay(raw, selects), RUNS, WARM_UP),
    )
    times = time_calls(fn, RUNS, WARM_UP)
    median = report("InspectionServices", times)
    p99 = percentile(times, 99) * 1000
    print(
        f"  ratio service / raw: {median / base:.2f}   p99 {p99:.1f} ms vs {goal:.0f}: "
        f"{_verdict(p99, goal)}"
    )


def _ensure_demo(services: Services) -> None:
    """The inspections of the shared demo; made here while the registry does not pair
    the module with its generator (timed: what it adds to `propdesk demo-data`)."""
    with services.store.read() as session:
        found = session.scalar(select(func.count()).select_from(Inspection))
    if found:
        print(f"  the demo holds {found:,} inspections already")
        return
    request = DemoRequest(DEFAULT_SEED, 1.0, DEFAULT_YEARS, utcnow(), "bench")
    with services.store.write() as session:
        connection = session.connection()
        start = time.perf_counter()
        demo = InspectionsDemo(connection, request)
        built = time.perf_counter()
        demo.plan()
        planned = time.perf_counter()
        counts = demo.write(connection, lambda: None)
        written = time.perf_counter()
    print(
        f"  the inspections generator on the demo (not yet in the registry): "
        f"{written - start:.2f} s (read the estate {built - start:.2f} s, plan "
        f"{planned - built:.2f} s, write {written - planned:.2f} s) for "
        f"{counts['equipment']:,} equipment items, {counts['inspections']:,} inspections, "
        f"{counts['rectifications']:,} notices; {load()}"
    )


def _reads(services: Services, doors: InspectionServices, raw: sqlite3.Connection) -> None:
    today = utcnow().astimezone().date()
    with services.store.read() as session:
        inspections = session.scalar(select(func.count()).select_from(Inspection))
        items = session.scalar(select(func.count()).select_from(InspectionItem))
    rows = doors.due.rows(MANAGER, today)
    print(f"  {inspections:,} inspections, {items:,} items; the due list has {len(rows)} rows")
    _compare(
        services,
        raw,
        "the due list (DueService.rows)",
        lambda: doors.due.rows(MANAGER, today),
        DUE_GOAL_MS,
    )
    for label, fn in (
        ("overdue equipment (EquipmentService.expired)", doors.equipment.expired),
        ("equipment expiring in 30 days (.expiring)", doors.equipment.expiring),
    ):
        shown = len(fn(MANAGER, today))
        _compare(
            services,
            raw,
            f"{label}, {shown} rows",
            lambda fn=fn: fn(MANAGER, today),  # type: ignore[misc]
            DUE_GOAL_MS,
        )
    last_month = today.replace(day=1) - timedelta(days=1)
    month = Period.month(last_month.year, last_month.month)

    def figures() -> object:
        with services.store.read() as session:
            return kind_figures(session, month), fire_equipment_ratio(session, month, utcnow())

    _compare(
        services,
        raw,
        f"a month's pass rates by kind and the fire equipment rate ({month.label})",
        figures,
        MONTH_GOAL_MS,
    )
    year = Period(date(last_month.year - 1, last_month.month, 1), last_month)

    def year_figures() -> object:
        with services.store.read() as session:
            return kind_figures(session, year)

    _compare(
        services,
        raw,
        f"for comparison: a year's pass rates ({year.label})",
        year_figures,
        MONTH_GOAL_MS,
    )


def _checklist(doors: InspectionServices) -> TemplateInfo:
    """A 30-item floor-by-floor fire checklist: extinguishers (a pressure reading and a
    check each) and the landing's other checks."""
    items: list[TemplateItem] = []
    for n in range(1, 11):
        items.append(
            TemplateItem(
                f"ext_{n}_pressure",
                f"{n} 号灭火器压力",
                ItemKind.NUMBER,
                "MPa",
                Decimal("1.0"),
                Decimal("1.4"),
                equipment_kind=EquipmentKind.EXTINGUISHER,
            )
        )
        items.append(
            TemplateItem(
                f"ext_{n}_intact", f"{n} 号灭火器完好", equipment_kind=EquipmentKind.EXTINGUISHER
            )
        )
    items += [TemplateItem(f"landing_{n}", f"楼层检查项 {n}") for n in range(1, ITEMS - 20 + 1)]
    template = Template(
        InspectionKind.FIRE_EQUIPMENT,
        "基准：楼层消防逐层检查",
        Frequency.MONTHLY,
        (AREA,),
        tuple(items),
    )
    return doors.templates.add(MANAGER, template)


def _raw_writer(db_file: Path) -> sqlite3.Connection:
    """Bare sqlite3 on the same file with store/engine.py's pragmas."""
    conn = sqlite3.connect(db_file, isolation_level=None)
    conn.execute("PRAGMA busy_timeout = 15000")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    return conn


_RAW_INSPECTION = (
    "INSERT INTO inspection (id, created_at, updated_at, void_reason, number, template_id, "
    "series_id, kind, template_name, template_version, area, inspector_name, recorded_by, "
    "inspected_at, passed, items_passed, items_judged, fire_passed, fire_judged, notes) "
    "VALUES (?, ?, ?, '', ?, ?, ?, 'fire_equipment', 'bench', 1, ?, 'bench', 'bench', ?, 1, "
    "30, 30, 30, 30, '')"
)
_RAW_ITEM = (
    "INSERT INTO inspection_item (id, inspection_id, key, position, kind, text, unit, result, "
    "value, answer, note) VALUES (?, ?, ?, ?, 'check', 'bench', '', 'pass', NULL, '', '')"
)


def _raw_save(conn: sqlite3.Connection, checklist: TemplateInfo, n: int) -> None:
    """The baseline of a save: the inspection row and its 30 items in one transaction."""
    at = utcnow().strftime("%Y-%m-%d %H:%M:%S.%f")  # the DateTime text on SQLite
    row = uuid.uuid4().hex
    conn.execute("BEGIN IMMEDIATE")
    conn.execute(
        _RAW_INSPECTION,
        (row, at, at, f"RAW-{n:06d}", checklist.id.hex, checklist.series_id.hex, AREA, at),
    )
    conn.executemany(
        _RAW_ITEM,
        [
            (
                uuid.uuid4().hex,
                row,
                f"k{i}",
                i,
            )
            for i in range(ITEMS)
        ],
    )
    conn.execute("COMMIT")


def _timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _saves(services: Services, doors: InspectionServices) -> None:
    checklist = _checklist(doors)
    with services.store.read() as session:
        codes = list(
            session.scalars(
                select(Equipment.code)
                .where(Equipment.kind == EquipmentKind.EXTINGUISHER.value)
                .order_by(Equipment.code)
                .limit(CODES)
            )
        )
    readings = {
        item.key: Answer(value="1.2")
        for item in checklist.template.items
        if item.kind is ItemKind.NUMBER
    }
    named = {f"ext_{n}_intact": code for n, code in enumerate(codes, start=1)}
    data = InspectionInput(checklist.id, AREA, readings, all_pass=True, equipment=named)
    record = doors.inspections.record
    saved = record(MANAGER, data)
    assert len(saved.items) == ITEMS
    assert saved.row.passed
    print(
        f"  -- {SAVES} inspections of {ITEMS} items saved (each its own transaction, FULL; "
        f"{len(codes)} equipment codes named); {load()}"
    )
    raw = _raw_writer(services.paths.database_file)
    times: list[float] = []
    baseline: list[float] = []
    try:
        for n in range(SAVES + WARM_UP):
            save = _timed(lambda: record(MANAGER, data))
            bare = _timed(lambda n=n: _raw_save(raw, checklist, n))  # type: ignore[misc]
            if n >= WARM_UP:
                times.append(save)
                baseline.append(bare)
    finally:
        raw.close()
    base = report(f"raw sqlite3 1 + {ITEMS} INSERTs (baseline)", baseline)
    median = report("InspectionService.record", times)
    p99 = percentile(times, 99) * 1000
    print(
        f"  ratio save / raw: median {median / base:.1f}, p99 "
        f"{p99 / (percentile(baseline, 99) * 1000):.1f}   p99 {p99:.1f} ms vs "
        f"{SAVE_GOAL_MS:.0f}: {_verdict(p99, SAVE_GOAL_MS)}"
    )


def run() -> None:
    with demo_folder() as folder:
        paths = Paths.resolve(folder)
        services = open_services(paths, fast_hashing=True)
        try:
            _ensure_demo(services)
            # Built as the registry would (no repair desk: tickets are not timed here).
            doors = InspectionServices.build(ModuleContext(services.store, lambda: "bench", {}))
            raw = sqlite3.connect(paths.database_file)
            print(f"  reads: {load()}")
            try:
                _reads(services, doors, raw)
            finally:
                raw.close()
            _saves(services, doors)
        finally:
            services.close()
