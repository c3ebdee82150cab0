"""Years of gate traffic for the demo estate, ending now (five years: about 2 million events).

Made day by day in the estate's local time (Beijing): residents' cards mostly 6–9 h and
17–21 h; ~100 visitors a day in and out; ~150 vehicles a day in and out, residents'
(free) and visitors' (a permit, a fee from the default tariff); a few refused cards,
items with release slips, about one parking notice a day; two shift handovers a day
whose counts are exactly the shift's events. The last ~20 visitors and ~15 visitor cars
are still inside. Visitors older than the retention period are already blanked, as the
daily purge would have left them, and today's purge is noted as done.

This module plans the traffic and puts it together (handovers, slips, numbers); the
parts are
* demo_gate_calendar: local days, hourly patterns, daily volumes, shifts, visits planned;
* demo_gate_estate: what the traffic needs from the registers;
* demo_gate_month: a month's events (texts in demo_gate_texts, the visitors who keep
  coming back in demo_gate_visitors), as rows laid out by demo_gate_rows;
* demo_gate_numbers: pass, permit, slip, notice and handover numbers;
* demo_gate_retention: visitors blanked as the daily purge would have;
* demo_gate_workers: months made in worker processes while this one writes;
* demo_gate_writer: executemany of the rows, gate_event's indexes rebuilt at the end.

Speed (five years in about 45 s on two cores, where it took over 100 s): each row is
made as one tuple of stored values, with no conversion per value afterwards; one
INSERT per kind has everything constant written into its SQL; other processes make
the rows while this one writes; and each index is built by one sort at the end
instead of millions of random B-tree inserts. What is left is SQLite's own work.
"""

from __future__ import annotations

import random
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, insert

from propdesk.domain.numbering import NumberKind
from propdesk.services.core.module_spec import DemoRequest
from propdesk.services.demo import fakes as fake
from propdesk.services.demo.gate import texts
from propdesk.services.demo.gate.calendar import (
    DAY,
    PER_DAY,
    VISITOR_CARS_INSIDE,
    VISITORS_INSIDE,
    as_datetime,
    inside_from,
    local_day_start,
    period,
    plan_visits,
    shift_bounds,
    shift_of,
)
from propdesk.services.demo.gate.estate import GateEstate
from propdesk.services.demo.gate.month import MonthPlan, MonthRows, TrafficSetup
from propdesk.services.demo.gate.numbers import DemoNumbers, read_counters
from propdesk.services.demo.gate.retention import DemoRetention, claim_todays_run
from propdesk.services.demo.gate.rows import LAYOUTS, uuid7_hex
from propdesk.services.demo.gate.workers import gc_paused, months, worker_count
from propdesk.services.demo.gate.writer import GATE_EVENT, GateEventWriter
from propdesk.services.demo.rows_writer import indexes_rebuilt_after
from propdesk.services.gate.events import GateEventKind as K
from propdesk.store.models import ReleaseAuthorisation, ShiftHandover

DEFAULT_YEARS = 5.0
# Used when the command runs before a station is named (the system actor's "-").
DEMO_STATION = "东门岗亭"
MAX_YEARS = 10.0
GUARDS = 4  # 12 hours on and 36 off
BATCH = 5000  # rows per executemany of slips and handovers
Progress = Callable[[int, int], None]  # rows written, rows expected

# What each kind adds to a shift handover (ShiftHandover column).
HANDOVER_FIELDS = {
    K.RESIDENT_ENTRY.value: "resident_entries",
    K.REFUSED_CARD.value: "refused_cards",
    K.VISITOR_IN.value: "visitors_in",
    K.VISITOR_OUT.value: "visitors_out",
    K.VEHICLE_IN.value: "vehicles_in",
    K.VEHICLE_OUT.value: "vehicles_out",
    K.ITEM_IN.value: "items_in",
    K.ITEM_OUT.value: "items_out",
    K.PARKING_NOTICE.value: "notices",
}


@dataclass(frozen=True)
class TrafficCounts:
    events: int
    by_kind: dict[str, int]
    handovers: int
    release_slips: int
    visitors_inside: int
    vehicles_inside: int  # visitors' cars with no exit yet


class _Totals:
    """What the months add up to: handover counts per shift, slips, numbers."""

    def __init__(self) -> None:
        self.per_shift: dict[str, Counter[int]] = {kind: Counter() for kind in LAYOUTS}
        self.fees_per_shift: Counter[int] = Counter()
        self.slips: list[dict[str, Any]] = []

    def add(self, month: MonthRows, numbers: DemoNumbers) -> None:
        for kind, counts in month.per_shift.items():
            self.per_shift[kind].update(counts)
        self.fees_per_shift.update(month.fees_per_shift)
        self.slips += month.slips
        numbers.last.update(month.numbers)  # each month numbers its own periods

    def by_kind(self) -> dict[str, int]:
        found = {kind: self.per_shift[kind].total() for kind in HANDOVER_FIELDS}
        return {kind: n for kind, n in found.items() if n}


def _month_plans(
    days: list[int], visitors: list[list[int]], cars: list[list[int]], start: int
) -> list[MonthPlan]:
    """The days cut into local months (numbers are per month), with what came before."""
    plans: list[MonthPlan] = []
    first = 0
    visits = car_visits = 0
    for i in range(1, len(days) + 1):
        if i < len(days) and period(days[i]) == period(days[first]):
            continue
        plans.append(
            MonthPlan(
                max(start, days[first]),
                days[first:i],
                visitors[first:i],
                cars[first:i],
                visits,
                car_visits,
            )
        )
        visits += sum(map(len, visitors[first:i]))
        car_visits += sum(map(len, cars[first:i]))
        first = i
    return plans


def _handovers(
    setup: TrafficSetup,
    totals: _Totals,
    numbers: DemoNumbers,
    guards: list[tuple[str, str]],
    rng: random.Random,
    station: str,
) -> list[dict[str, Any]]:
    """One row per shift that ended before now, with exactly that shift's counts."""
    handovers = []
    for shift in range(shift_of(setup.start), shift_of(setup.now)):
        start, end = shift_bounds(shift)
        username, name = guards[shift % len(guards)]
        handovers.append(
            {
                "id": uuid.UUID(hex=uuid7_hex(end, rng.getrandbits(86))),
                "created_at": as_datetime(end),
                "updated_at": as_datetime(end),
                "number": numbers.next(NumberKind.HANDOVER, end),
                "station": station,
                "from_username": username,
                "from_name": name,
                "to_name": guards[(shift + 1) % len(guards)][1],
                "shift_start": as_datetime(start),
                "shift_end": as_datetime(end),
                "open_matters": rng.choice(texts.OPEN_MATTERS),
                "fees_fen": totals.fees_per_shift[shift],
                **{field: totals.per_shift[kind][shift] for kind, field in HANDOVER_FIELDS.items()},
            }
        )
    return handovers


def _write_core(connection: Connection, model: type, rows: list[dict[str, Any]]) -> None:
    for first in range(0, len(rows), BATCH):
        connection.execute(insert(model), rows[first : first + BATCH])


def add_gate_traffic(
    connection: Connection, request: DemoRequest, alongside: Callable[[], object] | None = None
) -> TrafficCounts:
    """Write the request's years of gate traffic ending at its `now` for the estate
    already in the database (inside the caller's transaction). Volumes scale with its
    `scale`. `alongside` runs on a thread while gate_event's indexes are rebuilt
    (pure-Python work only: the connection is busy)."""
    r = request
    scale, progress = r.scale, r.progress
    station = DEMO_STATION if r.station.strip() in ("", "-") else r.station
    rng = random.Random(f"gate-traffic-{r.seed}")
    now_ts = int(r.now.timestamp())
    start_ts = now_ts - int(r.years * 365.25 * DAY)
    guards = [
        (f"guard{n}", fake.surname(rng) + fake.given_name(rng, True, 1980))
        for n in range(1, GUARDS + 1)
    ]
    manager = fake.surname(rng) + fake.given_name(rng, True, 1975)
    days = list(range(local_day_start(start_ts), now_ts, DAY))
    visitors, cars = plan_visits(rng, days, scale=scale, start=start_ts, now=now_ts)
    retention = DemoRetention.read(connection, r.now)
    numbers = DemoNumbers(read_counters(connection))
    setup = TrafficSetup(
        seed=r.seed,
        scale=scale,
        start=start_ts,
        now=now_ts,
        estate=GateEstate(connection),
        retention=retention,
        users=tuple(username for username, _ in guards),
        manager=manager,
        counters=numbers.existing,
        visitors_inside_from=inside_from(visitors, round(VISITORS_INSIDE * scale)),
        cars_inside_from=inside_from(cars, round(VISITOR_CARS_INSIDE * scale)),
    )
    expected = max(1, int(PER_DAY * scale * len(days)))
    writer = GateEventWriter(connection, station, LAYOUTS)
    totals = _Totals()
    plans = _month_plans(days, visitors, cars, start_ts)
    with gc_paused(), indexes_rebuilt_after(connection, (GATE_EVENT,), alongside):
        for month in months(setup, plans, worker_count(expected)):
            writer.write(month.rows)
            totals.add(month, numbers)
            if progress is not None:
                progress(writer.written, max(expected, writer.written))
    if progress is not None:
        progress(writer.written, writer.written)
    _write_core(connection, ReleaseAuthorisation, totals.slips)
    handovers = _handovers(setup, totals, numbers, guards, rng, station)
    _write_core(connection, ShiftHandover, handovers)
    numbers.write(connection)
    claim_todays_run(connection, retention)
    return TrafficCounts(
        events=writer.written,
        by_kind=totals.by_kind(),
        handovers=len(handovers),
        release_slips=len(totals.slips),
        visitors_inside=sum(1 for d in visitors for t in d if t >= setup.visitors_inside_from),
        vehicles_inside=sum(1 for d in cars for t in d if t >= setup.cars_inside_from),
    )
