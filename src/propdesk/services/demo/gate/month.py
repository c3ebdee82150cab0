"""One month of the demo gate traffic: every kind of event, day by day, as rows
(demo_gate_rows) with the handover counts of their shifts.

Residents' cards mostly 6–9 h and 17–21 h; ~100 visitors a day in and out; ~150
vehicles a day in and out, residents' (free) and visitors' (a permit, a fee from the
default tariff); a few refused cards, items with release slips, about one parking
notice a day. Every column is filled the way the gate flows fill it; visitor events
older than the retention period are made already blanked (demo_gate_retention).

A month is made from the traffic's setup and the month's plan alone, with a generator
seeded by the month, so months can be made in any order and in other processes
(demo_gate_workers) and the same seed still makes the same traffic. Numbers are per
month anyway, and the counts per shift are added up by the caller.
"""

from __future__ import annotations

import random
import uuid
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from propdesk.domain.gate.tariff import Tariff, compute_fee
from propdesk.domain.numbering import NumberKind
from propdesk.services.demo.gate import calendar as cal
from propdesk.services.demo.gate import texts
from propdesk.services.demo.gate.calendar import DAY, HOUR, MINUTE, SHIFT, SHIFT_SHIFT, as_datetime
from propdesk.services.demo.gate.estate import GateEstate
from propdesk.services.demo.gate.numbers import Counters, DemoNumbers
from propdesk.services.demo.gate.retention import DemoRetention
from propdesk.services.demo.gate.rows import (
    ITEM_IN,
    ITEM_OUT,
    LAYOUTS,
    PARKING_NOTICE,
    REFUSED_CARD,
    RESIDENT_ENTRY,
    VEHICLE_IN,
    VEHICLE_OUT,
    VISITOR_IN,
    VISITOR_OUT,
    Row,
    stamper,
    table,
)
from propdesk.services.demo.gate.visitors import (
    REGULAR_CARS,
    REGULAR_VISITORS,
    Regulars,
    Returning,
    known_after,
    regulars,
)
from propdesk.services.demo.gate.writer import TimeText

NO_ENTRY_ON_RECORD = 0.005  # visitor cars leaving with no entry logged (stated time)
_BLANK = ("", "", "", "")  # what retention leaves of a visitor's name, initials, phone, ID
_PURPOSES = table([((purpose, low, high), weight) for purpose, low, high, weight in texts.PURPOSES])
_CONFIRMATIONS = table(texts.CONFIRMATIONS)
_CHECKS = table(texts.EXTERIOR_CHECKS)
# A visitor car's stay in minutes: (chance, shortest, longest)
_STAYS = table([((5, 30), 0.25), ((31, 240), 0.55), ((241, 720), 0.15), ((721, 2000), 0.05)])


@dataclass(frozen=True)
class TrafficSetup:
    """What every month is made from (sent once to each worker process)."""

    seed: int
    scale: float
    start: int  # the traffic's first second, and now (exclusive)
    now: int
    estate: GateEstate
    retention: DemoRetention
    users: tuple[str, ...]  # the guards' usernames, shift after shift
    manager: str  # authorises item releases when the owner does not
    counters: Counters  # number_counter before the traffic
    visitors_inside_from: int  # visitors (visitor cars) coming from here are still inside
    cars_inside_from: int


@dataclass(frozen=True)
class MonthPlan:
    first: int  # the month's first second (the traffic's, in its first month)
    days: list[int]  # local day starts
    visitors: list[list[int]]  # visitors' and visitor cars' entry times, day by day
    cars: list[list[int]]
    visits_before: int  # visitors and visitor cars in the months before
    cars_before: int


@dataclass
class MonthRows:
    rows: dict[str, list[Row]] = field(default_factory=lambda: {kind: [] for kind in LAYOUTS})
    slips: list[dict[str, Any]] = field(default_factory=list)  # release slips, for Core
    per_shift: dict[str, Counter[int]] = field(
        default_factory=lambda: {kind: Counter() for kind in LAYOUTS}
    )
    fees_per_shift: Counter[int] = field(default_factory=Counter)
    numbers: Counters = field(default_factory=dict)  # the last numbers used

    @property
    def events(self) -> int:
        return sum(map(len, self.rows.values()))


def make_month(setup: TrafficSetup, plan: MonthPlan, regulars_: Regulars) -> MonthRows:
    month = _Month(setup, plan, regulars_)
    for day, visitors, cars in zip(plan.days, plan.visitors, plan.cars, strict=True):
        month.day(day, visitors, cars)
    month.out.numbers = month.numbers.last
    return month.out


class _Month:
    def __init__(self, setup: TrafficSetup, plan: MonthPlan, regulars_: Regulars) -> None:
        self.setup = setup
        self.estate = setup.estate
        self.first = plan.first
        self.rng = rng = random.Random(f"gate-traffic-{setup.seed}-{plan.first}")
        self.stamp = stamper(rng, setup.users)
        self.text = TimeText()
        self.numbers = DemoNumbers(setup.counters)
        self.regulars = regulars_
        people = regulars(REGULAR_VISITORS, setup.scale)
        self.visitors = Returning(rng, people, known_after(plan.visits_before, people))
        plates = regulars(REGULAR_CARS, setup.scale)
        self.plates = Returning(rng, plates, known_after(plan.cars_before, plates))
        self.tariff = Tariff()
        self.fees: dict[tuple[int, bool], int] = {}
        self.out = MonthRows()
        self.weekend = False

    # -- how many and when ---------------------------------------------------------
    def _count(self, per_day: float, weekend: float = 1.0) -> int:
        mean = per_day * self.setup.scale * (weekend if self.weekend else 1.0)
        return cal.day_count(self.rng, mean)

    def _times(self, pattern: cal.HourlyPattern, day_start: int, n: int) -> list[int]:
        """n sorted times of the day by the pattern, only within [start, now)."""
        found = pattern.times(self.rng, day_start, n)
        start, now = self.setup.start, self.setup.now
        if day_start < start or day_start + DAY > now:
            return [t for t in found if start <= t < now]
        return found

    def day(self, day_start: int, visitors: list[int], cars: list[int]) -> None:
        """Every event of the local day beginning at `day_start`."""
        self.weekend = cal.is_weekend(day_start)
        estate = self.estate
        if estate.cards:
            self.resident_entries(day_start)
            self.refused_cards(day_start)
        if estate.hosts:
            self.visitors_of_day(visitors)
            self.items(day_start)
        if estate.cars:
            self.residents_cars(day_start)
        self.visitor_cars(cars)
        self.notices(day_start)

    # -- bits of rows ----------------------------------------------------------------
    def _shifts(self, kind: str, times: list[int]) -> None:
        """Count events of `kind` at `times` for their shifts' handovers."""
        self.out.per_shift[kind].update([(t + SHIFT_SHIFT) // SHIFT for t in times])

    def _leaves(self, entered: int, stay: int) -> int:
        """Exit time; a stay reaching past now ends a little before now instead."""
        leaves = entered + max(MINUTE, stay)
        now = self.setup.now
        if leaves >= now:
            leaves = entered + 1 + int(self.rng.random() * max(1, now - entered - 1))
        return leaves

    def _fee(self, entered: int, left: int, resident: bool) -> int:
        """The default tariff's fee. It depends on the whole minutes of the stay only,
        so each length is worked out once."""
        key = ((left - entered) // MINUTE, resident)
        fee = self.fees.get(key)
        if fee is None:
            fee = compute_fee(
                self.tariff, as_datetime(entered), as_datetime(left), resident=resident
            ).fen
            self.fees[key] = fee
        return fee

    # -- residents' cards ------------------------------------------------------------
    def resident_entries(self, day_start: int) -> None:
        cards, starts = self.estate.cards, self.estate.card_starts
        random_, stamp = self.rng.random, self.stamp
        add = self.out.rows[RESIDENT_ENTRY].append
        made = []
        for ts in self._times(cal.RESIDENT, day_start, self._count(cal.RESIDENT_ENTRIES, 0.9)):
            usable = bisect_right(starts, ts)
            for _ in range(8 if usable else 0):
                card = cards[int(random_() * usable)]
                if ts < card.end:
                    add(stamp(ts) + card.holder)
                    made.append(ts)
                    break
        self._shifts(RESIDENT_ENTRY, made)

    def refused_cards(self, day_start: int) -> None:
        estate, rng = self.estate, self.rng
        times = self._times(cal.RESIDENT, day_start, self._count(cal.REFUSED))
        for ts in times:
            blocked = bisect_left(estate.refused_since, ts)
            if blocked and rng.random() < 0.65:
                card = estate.refused[int(rng.random() * blocked)]
                holder: Row = (*card.holder, f"card {card.status}")
            else:
                holder = (f"{rng.getrandbits(32):010d}", None, None, "", "", "unknown card")
            self.out.rows[REFUSED_CARD].append(self.stamp(ts) + holder)
        self._shifts(REFUSED_CARD, times)

    # -- visitors --------------------------------------------------------------------
    def visitors_of_day(self, entries: list[int]) -> None:
        random_, stamp, text, hosts = self.rng.random, self.stamp, self.text, self.estate.hosts
        retention, inside_from = self.setup.retention, self.setup.visitors_inside_from
        add_in, add_out = self.out.rows[VISITOR_IN].append, self.out.rows[VISITOR_OUT].append
        exits = []
        for ts in entries:
            who = self.visitors.next()
            unit_id, names = hosts[int(random_() * len(hosts))]
            purpose, shortest, longest = _PURPOSES[int(random_() * len(_PURPOSES))]
            confirmation = _CONFIRMATIONS[int(random_() * len(_CONFIRMATIONS))]
            host = names[int(random_() * len(names))]
            stay = (shortest + int(random_() * (longest - shortest + 1))) * MINUTE
            leaves = self._leaves(ts, stay + int(random_() * 60))
            inside = ts >= inside_from
            number = self.numbers.next(NumberKind.VISITOR_PASS, ts)
            entry = stamp(ts)
            # Retention blanked the old ones: only people still on record are made.
            kept, kept_out = ts >= retention.cutoff, not inside and leaves >= retention.cutoff
            person = self.regulars.visitor(who) if kept or kept_out else _BLANK
            closed = None if inside else text(leaves)
            purged = None if kept else text(retention.purged_at(ts))
            shown = person if kept else _BLANK
            add_in((*entry, unit_id, *shown, number, purpose, confirmation, host, closed, purged))
            if inside:
                continue
            purged = None if kept_out else text(retention.purged_at(leaves))
            shown = person if kept_out else _BLANK
            add_out((*stamp(leaves), unit_id, *shown[:2], number, entry[0], purged))
            exits.append(leaves)
        self._shifts(VISITOR_IN, entries)
        self._shifts(VISITOR_OUT, exits)

    # -- vehicles --------------------------------------------------------------------
    def residents_cars(self, day_start: int) -> None:
        """Residents' own cars: home in the evening and out the next morning, or a short
        trip in the day. Free (compute_fee with resident=True); an exit still ahead of
        now is simply a car parked at home."""
        cars, starts = self.estate.cars, self.estate.car_starts
        random_, stamp, text, now = self.rng.random, self.stamp, self.text, self.setup.now
        add_in, add_out = self.out.rows[VEHICLE_IN].append, self.out.rows[VEHICLE_OUT].append
        fees = self.out.fees_per_shift
        entries, exits = [], []
        n = self._count(cal.VEHICLE_PAIRS * cal.REGISTERED_SHARE, 1.1)
        for ts in self._times(cal.CAR, day_start, n):
            usable = bisect_right(starts, ts)
            if not usable:
                continue
            car = cars[int(random_() * usable)].values
            hour = (ts + cal.UTC_OFFSET) % DAY // HOUR
            if hour >= 16 or hour < 5:  # home for the night, out the next morning
                leaves = cal.local_day_start(ts + 8 * HOUR) + 7 * HOUR + int(random_() * 2 * HOUR)
            else:
                leaves = ts + (30 + int(random_() * 331)) * MINUTE
            entry = stamp(ts)
            entries.append(ts)
            if leaves >= now:
                add_in((*entry, *car, "", None))
                continue
            add_in((*entry, *car, "", text(leaves)))
            fee = self._fee(ts, leaves, True)
            add_out((*stamp(leaves), *car, "", entry[0], fee, "", None, None))
            exits.append(leaves)
            fees[(leaves + SHIFT_SHIFT) // SHIFT] += fee
        self._shifts(VEHICLE_IN, entries)
        self._shifts(VEHICLE_OUT, exits)

    def visitor_cars(self, entries: list[int]) -> None:
        random_, stamp, text = self.rng.random, self.stamp, self.text
        inside_from = self.setup.cars_inside_from
        add_in, add_out = self.out.rows[VEHICLE_IN].append, self.out.rows[VEHICLE_OUT].append
        fees = self.out.fees_per_shift
        made, exits = [], []
        for ts in entries:
            plate = self.regulars.plate(self.plates.next())
            car = (None, plate, "", "", plate[::-1], False)
            shortest, longest = _STAYS[int(random_() * len(_STAYS))]
            stay = (shortest + int(random_() * (longest - shortest + 1))) * MINUTE
            leaves = self._leaves(ts, stay + int(random_() * 60))
            inside = ts >= inside_from
            fee = self._fee(ts, leaves, False)
            if not inside and random_() < NO_ENTRY_ON_RECORD:
                # The entry was never logged: the driver states when they came in.
                add_out((*stamp(leaves), *car, "", None, fee, "", False, text(ts)))
            else:
                permit = self.numbers.next(NumberKind.VEHICLE_PERMIT, ts)
                entry = stamp(ts)
                add_in((*entry, *car, permit, None if inside else text(leaves)))
                made.append(ts)
                if inside:
                    continue
                check = _CHECKS[int(random_() * len(_CHECKS))]
                returned = random_() < 0.97
                add_out((*stamp(leaves), *car, permit, entry[0], fee, check, returned, None))
            exits.append(leaves)
            fees[(leaves + SHIFT_SHIFT) // SHIFT] += fee
        self._shifts(VEHICLE_IN, made)
        self._shifts(VEHICLE_OUT, exits)

    # -- items and notices -----------------------------------------------------------
    def _authorisation(self, unit_id: str) -> tuple[str, str]:
        owner = self.estate.owners.get(unit_id)
        if owner and self.rng.random() < 0.8:
            return "owner", owner
        return "management", self.setup.manager

    def items(self, day_start: int) -> None:
        rng, hosts = self.rng, self.estate.hosts
        times = self._times(cal.DAYTIME, day_start, self._count(cal.ITEMS_IN))
        for ts in times:
            unit_id, _names = rng.choice(hosts)
            item = (unit_id, rng.choice(texts.ITEMS_BROUGHT_IN), *self._authorisation(unit_id))
            self.out.rows[ITEM_IN].append(self.stamp(ts) + item)
        self._shifts(ITEM_IN, times)
        times = self._times(cal.DAYTIME, day_start, self._count(cal.ITEMS_OUT))
        for ts in times:
            unit_id, _names = rng.choice(hosts)
            authorisation, authorised_by = self._authorisation(unit_id)
            description = rng.choice(texts.ITEMS_TAKEN_OUT)
            # Written up to two days before, within the month it is numbered in.
            created = max(self.first, ts - rng.randint(30, 48 * 60) * MINUTE)
            number = self.numbers.next(NumberKind.RELEASE_SLIP, created)
            stamp = self.stamp(ts)
            self.out.rows[ITEM_OUT].append(
                (*stamp, unit_id, description, authorisation, authorised_by, number)
            )
            self.out.slips.append(
                {
                    "id": uuid.UUID(hex=self.stamp(created)[0]),
                    "created_at": as_datetime(created),
                    "updated_at": as_datetime(ts),
                    "number": number,
                    "unit_id": uuid.UUID(hex=unit_id),
                    "authorisation": authorisation,
                    "authorised_by": authorised_by,
                    "description": description,
                    "valid_until": cal.local_date(ts),
                    "created_by": "kefu1",
                    "used_event_id": uuid.UUID(hex=stamp[0]),
                    "voided_at": None,
                    "voided_by": None,
                    "void_reason": "",
                }
            )
        self._shifts(ITEM_OUT, times)

    def notices(self, day_start: int) -> None:
        rng, cars = self.rng, self.estate.cars
        times = self._times(cal.NOTICE, day_start, self._count(cal.NOTICES))
        for ts in times:
            if cars and rng.random() < 0.4:
                plate = rng.choice(cars).plate
            else:
                plate = self.regulars.plate(self.plates.next())
            place, posted = rng.choice(texts.NOTICE_PLACES), rng.random() < 0.85
            number = self.numbers.next(NumberKind.PARKING_NOTICE, ts)
            self.out.rows[PARKING_NOTICE].append(
                (*self.stamp(ts), plate, plate[::-1], place, posted, number)
            )
        self._shifts(PARKING_NOTICE, times)
