"""Years of gate traffic for the demo estate, ending now (five years: about 2 million events).

Made day by day in the estate's local time (Beijing): residents' cards mostly 6–9 h and
17–21 h; ~100 visitors a day in and out; ~150 vehicles a day in and out, residents'
(free) and visitors' (a permit, a fee from the default tariff); a few refused cards,
items with release slips, about one parking notice a day; two shift handovers a day
whose counts are exactly the shift's events. The last ~20 visitors and ~15 visitor cars
are still inside. Every column is filled the way the gate flows fill it.

Speed (2 million rows in under a minute on two cores) shapes three choices:
* rows go in with Core executemany in batches, generated a day at a time (flat memory);
* ids are UUIDv7 built from each event's own time with the seeded generator, because
  domain.ids.uuid7 takes a lock and reads os.urandom on every call, and ids made "now"
  would not be in event order;
* gate_event's secondary indexes are dropped for the load and built again at the end,
  in the same transaction: one sort per index beats 2 million random B-tree inserts
  into each of a dozen indexes.
"""

from __future__ import annotations

import bisect
import random
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from itertools import accumulate
from operator import itemgetter
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    String,
    Table,
    bindparam,
    false,
    func,
    insert,
    literal,
    literal_column,
    null,
    select,
    true,
    update,
)

from propdesk.domain.numbering import NumberKind, format_number
from propdesk.domain.personal_data import mask_id
from propdesk.domain.search_keys import pinyin_initials
from propdesk.domain.tariff import Tariff, compute_fee
from propdesk.services import demo_fakes as fake
from propdesk.services.demo_plan import AS_OF
from propdesk.services.gate_events import GateEventKind as K
from propdesk.store.models import (
    AccessCard,
    CardStatusChange,
    GateEvent,
    NumberCounter,
    ReleaseAuthorisation,
    Resident,
    ShiftHandover,
    Vehicle,
)

GATE_EVENT: Table = GateEvent.__table__  # type: ignore[assignment]  # declared: a Table
DEFAULT_YEARS = 5.0
# Used when the command runs before a station is named (the system actor's "-").
DEMO_STATION = "东门岗亭"
MAX_YEARS = 10.0
BATCH = 5000
Row = dict[str, Any]
Progress = Callable[[int, int], None]  # rows written, rows expected

DAY = 86_400
HOUR = 3_600
MINUTE = 60
UTC_OFFSET = 8 * HOUR  # the estate is in Shenzhen (no daylight saving)
SHIFT_START = 8 * HOUR  # day shift 08:00–20:00, night shift 20:00–08:00
SHIFT = 12 * HOUR
FAR_FUTURE = 2**62

# Events a day for the full estate (2,000 units); everything scales with the estate.
RESIDENT_ENTRIES = 620.0
VISITORS = 100.0
VEHICLE_PAIRS = 150.0
REGISTERED_SHARE = 0.6  # of the vehicle pairs: residents' own cars
REFUSED = 1.5
ITEMS_IN = 1.0
ITEMS_OUT = 1.5
NOTICES = 1.0
VISITORS_INSIDE = 20
VISITOR_CARS_INSIDE = 15
NO_ENTRY_ON_RECORD = 0.005  # visitor cars leaving with no entry logged (stated time)
# Visitors and visitor cars come back: over the years the same few thousand people
# (family, cleaners, couriers) make most visits. It also bounds the pinyin work.
REGULAR_VISITORS = 8000
REGULAR_CARS = 5000

# Relative weight of each local hour 0–23.
RESIDENT_HOURS = (
    2,
    1,
    0.5,
    0.3,
    0.3,
    1,
    10,
    16,
    12,
    5,
    4,
    4,
    4,
    4,
    4,
    4,
    6,
    12,
    16,
    16,
    12,
    7,
    4,
    3,
)
VISITOR_HOURS = (0, 0, 0, 0, 0, 0, 0.2, 1, 3, 5, 6, 6, 4, 3, 5, 6, 6, 5, 5, 6, 4, 2, 0.5, 0.1)
CAR_HOURS = (1, 0.5, 0.2, 0.1, 0.1, 0.2, 0.5, 1, 2, 3, 3, 3, 3, 3, 3, 4, 6, 10, 12, 12, 9, 6, 4, 2)
DAYTIME_HOURS = (0, 0, 0, 0, 0, 0, 0, 0, 2, 3, 3, 3, 1, 2, 3, 3, 3, 2, 1, 0, 0, 0, 0, 0)
NOTICE_HOURS = (2, 1, 0, 0, 0, 0, 0, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 4, 4, 4, 3, 3)

# (purpose, shortest and longest stay in minutes, weight)
PURPOSES = (
    ("探亲", 60, 360, 3.0),
    ("访友", 30, 240, 3.0),
    ("送货", 5, 30, 2.0),
    ("快递", 3, 15, 3.0),
    ("外卖", 3, 12, 3.0),
    ("家政服务", 120, 240, 2.0),
    ("维修", 30, 180, 1.5),
    ("装修", 120, 540, 1.0),
    ("看房", 20, 60, 0.5),
)
CONFIRMATIONS = (("phone", 0.5), ("intercom", 0.35), ("in_person", 0.15))
EXTERIOR_CHECKS = (("无刮擦", "右前保险杠旧划痕", "左后门有凹痕", ""), (0.85, 0.02, 0.02, 0.11))
ITEMS_TAKEN_OUT = (
    "旧沙发一套",
    "纸箱 5 个（搬家）",
    "冰箱一台",
    "自行车一辆",
    "装修垃圾若干",
    "办公椅 2 把",
    "电视机一台",
    "行李箱 2 个",
    "旧床垫一张",
    "洗衣机一台",
)
ITEMS_BROUGHT_IN = (
    "新沙发一套",
    "瓷砖 20 箱",
    "洗衣机一台",
    "床垫一张",
    "木地板 30 包",
    "衣柜一组",
    "空调外机一台",
    "钢琴一台",
)
NOTICE_PLACES = (
    "3 栋东侧消防通道",
    "1 号门岗出入口",
    "地面访客车位区通道",
    "12 栋单元门前",
    "地下车库坡道口",
    "幼儿园门口",
    "7 栋与 8 栋之间消防登高面",
)
OPEN_MATTERS = (
    "",
    "",
    "",
    "",
    "",
    "",
    "3 栋电梯维修中，访客请走 2 单元",
    "访客车位已满，请引导至 B2",
    "12-1-0801 装修，明日有材料进场",
    "东门道闸抬杆偶有延迟，已报工程部",
)

# The kinds as plain strings: looking up an Enum member costs more than the rest of a row.
RESIDENT_ENTRY = K.RESIDENT_ENTRY.value
REFUSED_CARD = K.REFUSED_CARD.value
VISITOR_IN = K.VISITOR_IN.value
VISITOR_OUT = K.VISITOR_OUT.value
VEHICLE_IN = K.VEHICLE_IN.value
VEHICLE_OUT = K.VEHICLE_OUT.value
ITEM_IN = K.ITEM_IN.value
ITEM_OUT = K.ITEM_OUT.value
PARKING_NOTICE = K.PARKING_NOTICE.value

# What each kind adds to a shift handover (ShiftHandover column).
HANDOVER_FIELDS = {
    RESIDENT_ENTRY: "resident_entries",
    REFUSED_CARD: "refused_cards",
    VISITOR_IN: "visitors_in",
    VISITOR_OUT: "visitors_out",
    VEHICLE_IN: "vehicles_in",
    VEHICLE_OUT: "vehicles_out",
    ITEM_IN: "items_in",
    ITEM_OUT: "items_out",
    PARKING_NOTICE: "notices",
}


@dataclass(frozen=True)
class TrafficCounts:
    events: int
    by_kind: dict[str, int]
    handovers: int
    release_slips: int
    visitors_inside: int
    vehicles_inside: int  # visitors' cars with no exit yet


def _at(ts: int) -> datetime:
    return datetime.fromtimestamp(ts, UTC)


def _local_day_start(ts: int) -> int:
    """The UTC timestamp of local midnight of the day `ts` falls on."""
    return (ts + UTC_OFFSET) // DAY * DAY - UTC_OFFSET


def _period(ts: int) -> str:
    local = time.gmtime(ts + UTC_OFFSET)
    return f"{local.tm_year:04d}{local.tm_mon:02d}"


def _day_ts(day: date, hour: int = 0) -> int:
    return (day.toordinal() - date(1970, 1, 1).toordinal()) * DAY + hour * HOUR - UTC_OFFSET


def shift_of(ts: int) -> int:
    """Index of the 12-hour shift (08:00 or 20:00 local) that `ts` falls in."""
    return (ts + UTC_OFFSET - SHIFT_START) // SHIFT


def shift_bounds(index: int) -> tuple[int, int]:
    start = index * SHIFT + SHIFT_START - UTC_OFFSET
    return start, start + SHIFT


@dataclass(frozen=True)
class _Card:
    number: str
    resident_id: uuid.UUID
    unit_id: uuid.UUID
    name: str
    initials: str
    status: str
    start: int  # it opens the gate from here
    end: int  # until lost, revoked or returned (FAR_FUTURE while active)


@dataclass(frozen=True)
class _Car:
    plate: str
    unit_id: uuid.UUID
    name: str
    initials: str
    start: int  # the owner moved in


@dataclass(frozen=True)
class _Visitor:
    name: str
    initials: str
    phone: str
    id_masked: str


class _Estate:
    """What the traffic needs from the registers, read once inside the transaction."""

    def __init__(self, connection: Connection) -> None:
        changed: dict[uuid.UUID, datetime] = {}  # card → when it stopped opening the gate
        for card_id, at in connection.execute(
            select(CardStatusChange.card_id, func.max(CardStatusChange.at))
            .where(CardStatusChange.new_status != "active")
            .group_by(CardStatusChange.card_id)
        ):
            changed[card_id] = at
        cards = []
        for row in connection.execute(
            select(
                AccessCard.id,
                AccessCard.number,
                AccessCard.status,
                AccessCard.issued_on,
                Resident.id.label("resident_id"),
                Resident.unit_id,
                Resident.name,
                Resident.name_initials,
            ).join(Resident, AccessCard.resident_id == Resident.id)
        ):
            start = _day_ts(row.issued_on, 10) if row.issued_on else 0
            end = int(changed[row.id].timestamp()) if row.id in changed else FAR_FUTURE
            cards.append(
                _Card(
                    row.number,
                    row.resident_id,
                    row.unit_id,
                    row.name,
                    row.name_initials,
                    row.status,
                    start,
                    end,
                )
            )
        self.cards = sorted(cards, key=lambda c: c.start)
        self.card_starts = [c.start for c in self.cards]
        refused = [c for c in cards if c.status in ("lost", "revoked")]
        self.refused = sorted(refused, key=lambda c: c.end)
        self.refused_since = [c.end for c in self.refused]

        self.initials: dict[str, str] = {}  # pinyin initials of names already known
        living: dict[uuid.UUID, list[str]] = {}
        owners: dict[uuid.UUID, str] = {}
        moved_in: dict[uuid.UUID, date | None] = {}
        for r in connection.execute(
            select(
                Resident.id,
                Resident.unit_id,
                Resident.name,
                Resident.name_initials,
                Resident.kind,
                Resident.move_in,
                Resident.move_out,
            ).where(Resident.voided_at.is_(None))
        ):
            self.initials[r.name] = r.name_initials
            moved_in[r.id] = r.move_in
            if r.kind == "owner" and r.move_out is None:
                owners.setdefault(r.unit_id, r.name)
            if r.move_in is not None and r.move_out is None:
                living.setdefault(r.unit_id, []).append(r.name)
        self.hosts = sorted(living.items(), key=lambda item: str(item[0]))
        self.owners = owners

        cars = []
        for v in connection.execute(
            select(
                Vehicle.plate,
                Resident.id,
                Resident.unit_id,
                Resident.name,
                Resident.name_initials,
            )
            .join(Resident, Vehicle.resident_id == Resident.id)
            .where(Vehicle.voided_at.is_(None))
            .order_by(Vehicle.plate)
        ):
            since = moved_in.get(v.id)
            start = _day_ts(since) if since else 0
            cars.append(_Car(v.plate, v.unit_id, v.name, v.name_initials, start))
        self.cars = sorted(cars, key=lambda c: c.start)
        self.car_starts = [c.start for c in self.cars]
        self.plates = {c.plate for c in cars}


class _Numbers:
    """Pass, permit, slip, notice and handover numbers per kind and month, in order,
    continuing after what number_counter already holds."""

    def __init__(self, connection: Connection) -> None:
        self.existing = {
            (r.kind, r.period): r.last for r in connection.execute(select(NumberCounter))
        }
        self.last: dict[tuple[str, str], int] = dict(self.existing)

    def next(self, kind: NumberKind, ts: int) -> str:
        period = _period(ts)
        key = (kind.value, period)
        seq = self.last.get(key, 0) + 1
        self.last[key] = seq
        return format_number(kind, period, seq)

    def write(self, connection: Connection) -> None:
        """Counters at the last number used, so later real numbers do not collide."""
        new = []
        for (kind, period), last in self.last.items():
            if (kind, period) not in self.existing:
                new.append({"kind": kind, "period": period, "last": last})
            elif last != self.existing[(kind, period)]:
                connection.execute(
                    update(NumberCounter)
                    .where(NumberCounter.kind == kind, NumberCounter.period == period)
                    .values(last=last)
                )
        for start in range(0, len(new), BATCH):
            connection.execute(insert(NumberCounter), new[start : start + BATCH])


class _Ids:
    """UUIDv7 (RFC 9562) from an event's own time: 48 bits of ms, version, 74 seeded bits."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def at(self, ts: int) -> uuid.UUID:
        bits = self.rng.getrandbits(84)  # one call: the ms within the second and 74 bits
        ms = ts * 1000 + (bits >> 74) % 1000
        value = (ms << 80) | (0x7 << 76) | ((bits >> 62 & 0xFFF) << 64) | (0b10 << 62)
        return uuid.UUID(int=value | (bits & ((1 << 62) - 1)))


def _cum(weights: tuple[float, ...]) -> list[float]:
    return list(accumulate(weights))


class _Traffic:
    """Makes the events of one day after another; rows wait in `pending` until written."""

    def __init__(
        self,
        estate: _Estate,
        numbers: _Numbers,
        rng: random.Random,
        *,
        scale: float,
        start: int,
        now: int,
        station: str,
    ) -> None:
        self.estate = estate
        self.numbers = numbers
        self.rng = rng
        self.ids = _Ids(rng)
        self.scale = scale
        self.start = start
        self.now = now
        self.station = station
        self.tariff = Tariff()
        self.pending: list[tuple[int, str, Row]] = []
        self.slips: list[Row] = []
        self.shifts: dict[int, Counter[str]] = {}
        self.visitors: list[_Visitor] = []
        self.visitor_plates: list[str] = []
        self.taken_phones: set[str] = set()
        self.taken_plates = set(estate.plates)
        self.initials = dict(estate.initials)
        self.guards = self._guards()
        self.manager = fake.surname(rng) + fake.given_name(rng, True, 1975)
        self.cum = {
            "resident": _cum(RESIDENT_HOURS),
            "visitor": _cum(VISITOR_HOURS),
            "car": _cum(CAR_HOURS),
            "daytime": _cum(DAYTIME_HOURS),
            "notice": _cum(NOTICE_HOURS),
        }
        self.visitors_inside_from = FAR_FUTURE
        self.cars_inside_from = FAR_FUTURE

    def _guards(self) -> list[tuple[str, str]]:
        """Four guards, 12 hours on and 36 off: (username, name)."""
        rng = self.rng
        return [
            (f"guard{n}", fake.surname(rng) + fake.given_name(rng, True, 1980))
            for n in (1, 2, 3, 4)
        ]

    def guard(self, shift: int) -> tuple[str, str]:
        return self.guards[shift % len(self.guards)]

    # -- how many and when ---------------------------------------------------------
    def count(self, per_day: float, day_start: int, weekend: float = 1.0) -> int:
        """A day's number of events around `per_day` × scale (weekends differ)."""
        saturday_or_sunday = time.gmtime(day_start + UTC_OFFSET).tm_wday >= 5
        mean = per_day * self.scale * (weekend if saturday_or_sunday else 1.0)
        mean *= max(0.0, self.rng.gauss(1.0, 0.1))
        whole = int(mean)
        return whole + (self.rng.random() < mean - whole)

    def times(self, day_start: int, n: int, hours: str) -> list[int]:
        """n sorted times of the day by the hourly pattern, only within [start, now)."""
        if n <= 0:
            return []
        rng = self.rng
        picked = rng.choices(range(24), cum_weights=self.cum[hours], k=n)
        random = rng.random  # int(random() * n) is several times cheaper than randrange(n)
        found = [day_start + h * HOUR + int(random() * HOUR) for h in picked]
        return sorted(t for t in found if self.start <= t < self.now)

    def plan_inside(self, days: list[int]) -> tuple[list[list[int]], list[list[int]]]:
        """Visitor and visitor-car entry times of every day, decided up front so the last
        ~20 visitors and ~15 cars of the whole period can stay inside."""
        visitors = [self.times(d, self.count(VISITORS, d, 1.35), "visitor") for d in days]
        cars = [
            self.times(d, self.count(VEHICLE_PAIRS * (1 - REGISTERED_SHARE), d, 1.2), "visitor")
            for d in days
        ]
        self.visitors_inside_from = self._nth_last(visitors, round(VISITORS_INSIDE * self.scale))
        self.cars_inside_from = self._nth_last(cars, round(VISITOR_CARS_INSIDE * self.scale))
        return visitors, cars

    @staticmethod
    def _nth_last(per_day: list[list[int]], n: int) -> int:
        every = [t for day in per_day[-7:] for t in day]
        return every[-min(max(1, n), len(every))] if every else FAR_FUTURE

    # -- rows ----------------------------------------------------------------------
    def event(self, kind: str, ts: int, values: Row) -> Row:
        """Complete `values` (only the columns this kind uses) into a row of the day."""
        shift = shift_of(ts)
        values["id"] = self.ids.at(ts)
        values["occurred_at"] = _at(ts)
        values["username"] = self.guards[shift % len(self.guards)][0]
        counts = self.shifts.get(shift)
        if counts is None:
            counts = self.shifts[shift] = Counter()
        counts[kind] += 1
        if kind == VEHICLE_OUT:
            counts["fees_fen"] += values["fee_fen"]
        self.pending.append((ts, kind, values))
        return values

    def take_pending(self) -> list[tuple[str, Row]]:
        """(kind, row) of the events made so far, oldest first (an exit may belong to a
        later day than its entry)."""
        self.pending.sort(key=itemgetter(0))
        rows = [(kind, row) for _, kind, row in self.pending]
        self.pending = []
        return rows

    def _initials(self, name: str) -> str:
        initials = self.initials.get(name)
        if initials is None:
            initials = self.initials[name] = pinyin_initials(name)[:40]
        return initials

    def _leaves(self, entered: int, stay: int) -> int:
        """Exit time; a stay reaching past now ends a little before now instead."""
        leaves = entered + max(MINUTE, stay)
        if leaves >= self.now:
            leaves = entered + 1 + self.rng.randrange(max(1, self.now - entered - 1))
        return leaves

    # -- residents' cards ------------------------------------------------------------
    def resident_entries(self, day_start: int) -> None:
        estate, rng = self.estate, self.rng
        for ts in self.times(day_start, self.count(RESIDENT_ENTRIES, day_start, 0.9), "resident"):
            usable = bisect.bisect_right(estate.card_starts, ts)
            for _ in range(8 if usable else 0):
                card = estate.cards[int(rng.random() * usable)]
                if ts < card.end:
                    self.event(
                        RESIDENT_ENTRY,
                        ts,
                        {
                            "card_number": card.number,
                            "resident_id": card.resident_id,
                            "unit_id": card.unit_id,
                            "person_name": card.name,
                            "person_name_initials": card.initials,
                        },
                    )
                    break

    def refused_cards(self, day_start: int) -> None:
        estate, rng = self.estate, self.rng
        for ts in self.times(day_start, self.count(REFUSED, day_start), "resident"):
            blocked = bisect.bisect_left(estate.refused_since, ts)
            if blocked and rng.random() < 0.65:
                card = estate.refused[rng.randrange(blocked)]
                values: Row = {
                    "card_number": card.number,
                    "resident_id": card.resident_id,
                    "unit_id": card.unit_id,
                    "person_name": card.name,
                    "person_name_initials": card.initials,
                    "note": f"card {card.status}",
                }
            else:
                values = {"card_number": f"{rng.getrandbits(32):010d}", "note": "unknown card"}
            self.event(REFUSED_CARD, ts, values)

    # -- visitors --------------------------------------------------------------------
    def _someone_new(self, known: int, regulars: int) -> bool:
        """New faces get rarer as the regulars become known."""
        regulars = max(20, round(regulars * self.scale))
        return not known or self.rng.random() < 0.6 * (1 - known / regulars)

    def visitor(self) -> _Visitor:
        rng = self.rng
        if not self._someone_new(len(self.visitors), REGULAR_VISITORS):
            return rng.choice(self.visitors)
        male = rng.random() < 0.55
        age = rng.randint(18, 72)
        born = fake.birth_date(rng, age, AS_OF)
        name = fake.surname(rng) + fake.given_name(rng, male, born.year)
        number = fake.id_number(rng, born, male, fake.region(rng, False))
        person = _Visitor(
            name, self._initials(name), fake.mobile(rng, self.taken_phones), mask_id(number)
        )
        self.visitors.append(person)
        return person

    def visitors_of_day(self, entries: list[int]) -> None:
        rng = self.rng
        purposes = [p[:3] for p in PURPOSES]
        purpose_weights = _cum(tuple(p[3] for p in PURPOSES))
        confirmations = [c for c, _ in CONFIRMATIONS]
        confirmation_weights = _cum(tuple(w for _, w in CONFIRMATIONS))
        for ts in entries:
            person = self.visitor()
            unit_id, hosts = rng.choice(self.estate.hosts)
            purpose, shortest, longest = rng.choices(purposes, cum_weights=purpose_weights)[0]
            inside = ts >= self.visitors_inside_from
            leaves = self._leaves(ts, rng.randint(shortest, longest) * MINUTE + rng.randrange(60))
            number = self.numbers.next(NumberKind.VISITOR_PASS, ts)
            entry = self.event(
                VISITOR_IN,
                ts,
                {
                    "unit_id": unit_id,
                    "person_name": person.name,
                    "person_name_initials": person.initials,
                    "phone": person.phone,
                    "id_masked": person.id_masked,
                    "pass_number": number,
                    "purpose": purpose,
                    "host_confirmation": rng.choices(
                        confirmations, cum_weights=confirmation_weights
                    )[0],
                    "confirmed_by": rng.choice(hosts),
                    "closed_at": None if inside else _at(leaves),
                },
            )
            if not inside:
                self.event(
                    VISITOR_OUT,
                    leaves,
                    {
                        "unit_id": unit_id,
                        "person_name": person.name,
                        "person_name_initials": person.initials,
                        "pass_number": number,
                        "entry_event_id": entry["id"],
                    },
                )

    # -- vehicles --------------------------------------------------------------------
    def residents_cars(self, day_start: int) -> None:
        """Residents' own cars: home in the evening and out the next morning, or a short
        trip in the day. Free (compute_fee with resident=True); an exit still ahead of
        now is simply a car parked at home."""
        estate, rng = self.estate, self.rng
        per_day = VEHICLE_PAIRS * REGISTERED_SHARE
        for ts in self.times(day_start, self.count(per_day, day_start, 1.1), "car"):
            usable = bisect.bisect_right(estate.car_starts, ts)
            if not usable:
                continue
            car = estate.cars[rng.randrange(usable)]
            hour = (ts + UTC_OFFSET) % DAY // HOUR
            if hour >= 16 or hour < 5:
                next_morning = _local_day_start(ts + 8 * HOUR) + 7 * HOUR
                leaves = next_morning + rng.randrange(2 * HOUR)
            else:
                leaves = ts + rng.randint(30, 360) * MINUTE
            inside = leaves >= self.now
            owner = {
                "unit_id": car.unit_id,
                "person_name": car.name,
                "person_name_initials": car.initials,
            }
            plate = {"plate": car.plate, "plate_reversed": car.plate[::-1]}
            entry = self.event(
                VEHICLE_IN,
                ts,
                {
                    **plate,
                    **owner,
                    "vehicle_registered": True,
                    "closed_at": None if inside else _at(leaves),
                },
            )
            if not inside:
                fee = compute_fee(self.tariff, _at(ts), _at(leaves), resident=True).fen
                self.event(
                    VEHICLE_OUT,
                    leaves,
                    {
                        **plate,
                        **owner,
                        "vehicle_registered": True,
                        "entry_event_id": entry["id"],
                        "fee_fen": fee,
                    },
                )

    def visitor_plate(self) -> str:
        rng = self.rng
        if not self._someone_new(len(self.visitor_plates), REGULAR_CARS):
            return rng.choice(self.visitor_plates)
        plate = fake.plate(rng, rng.random() < 0.2, self.taken_plates)
        self.visitor_plates.append(plate)
        return plate

    def visitor_stay(self) -> int:
        roll = self.rng.random()
        if roll < 0.25:
            return self.rng.randint(5, 30) * MINUTE
        if roll < 0.8:
            return self.rng.randint(31, 240) * MINUTE
        if roll < 0.95:
            return self.rng.randint(241, 720) * MINUTE
        return self.rng.randint(721, 2000) * MINUTE

    def visitor_cars_of_day(self, entries: list[int]) -> None:
        rng = self.rng
        checks, check_weights = EXTERIOR_CHECKS[0], _cum(EXTERIOR_CHECKS[1])
        for ts in entries:
            plate = self.visitor_plate()
            plates = {"plate": plate, "plate_reversed": plate[::-1]}
            inside = ts >= self.cars_inside_from
            leaves = self._leaves(ts, self.visitor_stay() + rng.randrange(60))
            fee = compute_fee(self.tariff, _at(ts), _at(leaves), resident=False).fen
            if not inside and rng.random() < NO_ENTRY_ON_RECORD:
                # The entry was never logged: the driver states when they came in.
                self.event(
                    VEHICLE_OUT,
                    leaves,
                    {
                        **plates,
                        "stated_entry_at": _at(ts),
                        "fee_fen": fee,
                        "permit_returned": False,
                    },
                )
                continue
            permit = self.numbers.next(NumberKind.VEHICLE_PERMIT, ts)
            entry = self.event(
                VEHICLE_IN,
                ts,
                {**plates, "permit_number": permit, "closed_at": None if inside else _at(leaves)},
            )
            if not inside:
                self.event(
                    VEHICLE_OUT,
                    leaves,
                    {
                        **plates,
                        "permit_number": permit,
                        "entry_event_id": entry["id"],
                        "fee_fen": fee,
                        "exterior_check": rng.choices(checks, cum_weights=check_weights)[0],
                        "permit_returned": rng.random() < 0.97,
                    },
                )

    # -- items and notices -----------------------------------------------------------
    def _authorisation(self, unit_id: uuid.UUID) -> tuple[str, str]:
        owner = self.estate.owners.get(unit_id)
        if owner and self.rng.random() < 0.8:
            return "owner", owner
        return "management", self.manager

    def items(self, day_start: int) -> None:
        rng = self.rng
        for ts in self.times(day_start, self.count(ITEMS_IN, day_start), "daytime"):
            unit_id, _hosts = rng.choice(self.estate.hosts)
            authorisation, authorised_by = self._authorisation(unit_id)
            self.event(
                ITEM_IN,
                ts,
                {
                    "unit_id": unit_id,
                    "description": rng.choice(ITEMS_BROUGHT_IN),
                    "authorisation": authorisation,
                    "authorised_by": authorised_by,
                },
            )
        for ts in self.times(day_start, self.count(ITEMS_OUT, day_start), "daytime"):
            unit_id, _hosts = rng.choice(self.estate.hosts)
            authorisation, authorised_by = self._authorisation(unit_id)
            description = rng.choice(ITEMS_TAKEN_OUT)
            created = max(self.start, ts - rng.randint(30, 48 * 60) * MINUTE)
            number = self.numbers.next(NumberKind.RELEASE_SLIP, created)
            event = self.event(
                ITEM_OUT,
                ts,
                {
                    "unit_id": unit_id,
                    "description": description,
                    "authorisation": authorisation,
                    "authorised_by": authorised_by,
                    "pass_number": number,
                },
            )
            self.slips.append(
                {
                    "id": self.ids.at(created),
                    "created_at": _at(created),
                    "updated_at": _at(ts),
                    "number": number,
                    "unit_id": unit_id,
                    "authorisation": authorisation,
                    "authorised_by": authorised_by,
                    "description": description,
                    "valid_until": date.fromordinal(
                        date(1970, 1, 1).toordinal() + (ts + UTC_OFFSET) // DAY
                    ),
                    "created_by": "kefu1",
                    "used_event_id": event["id"],
                    "voided_at": None,
                    "voided_by": None,
                    "void_reason": "",
                }
            )

    def notices(self, day_start: int) -> None:
        rng = self.rng
        for ts in self.times(day_start, self.count(NOTICES, day_start), "notice"):
            cars = self.estate.cars
            plate = rng.choice(cars).plate if cars and rng.random() < 0.4 else self.visitor_plate()
            self.event(
                PARKING_NOTICE,
                ts,
                {
                    "plate": plate,
                    "plate_reversed": plate[::-1],
                    "place": rng.choice(NOTICE_PLACES),
                    "warning_posted": rng.random() < 0.85,
                    "pass_number": self.numbers.next(NumberKind.PARKING_NOTICE, ts),
                },
            )

    def kinds(self) -> dict[str, int]:
        """Events written per kind (the shifts' counts added up)."""
        total: Counter[str] = Counter()
        for counts in self.shifts.values():
            total.update(counts)
        return {kind: total[kind] for kind in HANDOVER_FIELDS if total[kind]}

    # -- shift handovers -------------------------------------------------------------
    def handovers(self) -> list[Row]:
        """One row per shift that ended before now, with exactly that shift's counts."""
        rows = []
        for shift in range(shift_of(self.start), shift_of(self.now)):
            start, end = shift_bounds(shift)
            counts = self.shifts.get(shift, Counter())
            username, name = self.guard(shift)
            rows.append(
                {
                    "id": self.ids.at(end),
                    "created_at": _at(end),
                    "updated_at": _at(end),
                    "number": self.numbers.next(NumberKind.HANDOVER, end),
                    "station": self.station,
                    "from_username": username,
                    "from_name": name,
                    "to_name": self.guard(shift + 1)[1],
                    "shift_start": _at(start),
                    "shift_end": _at(end),
                    "open_matters": self.rng.choice(OPEN_MATTERS),
                    "fees_fen": counts["fees_fen"],
                    **{field: counts[kind] for kind, field in HANDOVER_FIELDS.items()},
                }
            )
        return rows


class _Writer:
    """Executemany of gate events, several times faster than Core's own for these rows.

    Core processes all 36 parameters of every row in Python, which costs more than the
    database's insert itself. Here a row holds only the columns its kind uses; the kind,
    the station and the unused columns are constants in the statement (one statement
    per kind and set of columns), and values go through the dialect's own bind
    processors in a tight loop, so the SQL and the stored values are what Core sends.
    """

    def __init__(self, connection: Connection, station: str) -> None:
        self.connection = connection
        self.table: Table = GATE_EVENT
        self.station = station
        dialect = connection.dialect
        # dialect_impl: a TypeDecorator's own bind_processor skips the dialect's part
        # (SQLite's datetime text format), which Core's compiler applies.
        self.processors = {
            c.name: c.type.dialect_impl(dialect).bind_processor(dialect) for c in self.table.columns
        }
        self.statements: dict[tuple[str, tuple[str, ...]], tuple[str, list[str], bool]] = {}
        self.written = 0

    def _literal(self, value: str) -> ColumnElement[Any]:
        text = literal(value, String()).compile(
            dialect=self.connection.dialect, compile_kwargs={"literal_binds": True}
        )
        return literal_column(str(text))

    def _statement(self, kind: str, keys: tuple[str, ...]) -> tuple[str, list[str], bool]:
        found = self.statements.get((kind, keys))
        if found is None:
            values: dict[str, Any] = {
                "kind": self._literal(kind),
                "station": self._literal(self.station),
            }
            for column in self.table.columns:
                if column.name in keys:
                    values[column.name] = bindparam(column.name, type_=column.type)
                elif column.name not in values:
                    values[column.name] = _constant(column)
            compiled = insert(self.table).values(values).compile(dialect=self.connection.dialect)
            names = list(compiled.positiontup or keys)
            found = (compiled.string, names, compiled.positional)
            self.statements[(kind, keys)] = found
        return found

    def write(self, rows: list[tuple[str, Row]]) -> None:
        groups: dict[tuple[str, tuple[str, ...]], list[Row]] = {}
        for kind, row in rows:
            groups.setdefault((kind, tuple(row)), []).append(row)
        # Exits point at entries (a foreign key): entries of the batch go in first.
        for kind, keys in sorted(groups, key=lambda group: "entry_event_id" in group[1]):
            sql, names, positional = self._statement(kind, keys)
            group = groups[(kind, keys)]
            for name in names:  # column by column: one tight loop per processor
                process = self.processors[name]
                if process is not None:
                    for row in group:
                        row[name] = process(row[name])
            if positional:
                values = itemgetter(*names)
                self.connection.exec_driver_sql(sql, [values(row) for row in group])
            else:
                self.connection.exec_driver_sql(sql, group)
        self.written += len(rows)


def _constant(column: ColumnElement[Any]) -> ColumnElement[Any]:
    """A column's default as SQL: '' , 0, false or NULL."""
    default = (
        column.default.arg if column.default is not None and column.default.is_scalar else None
    )
    if default is None:
        return null()
    if isinstance(default, bool):
        return true() if default else false()
    if isinstance(default, int):
        return literal_column(str(default))
    if default == "":
        return literal_column("''")
    raise ValueError(f"no constant for the default of {column.name}")


@contextmanager
def _indexes_rebuilt_after(connection: Connection) -> Iterator[None]:
    """Drop gate_event's secondary indexes, load, then build them again (same transaction,
    so a failure leaves the schema as it was)."""
    indexes = sorted(GATE_EVENT.indexes, key=lambda index: str(index.name))
    for index in indexes:
        index.drop(connection)
    yield
    for index in indexes:
        index.create(connection)


def add_gate_traffic(
    connection: Connection,
    *,
    station: str,
    seed: int,
    scale: float = 1.0,
    years: float = DEFAULT_YEARS,
    now: datetime,
    progress: Progress | None = None,
) -> TrafficCounts:
    """Write `years` of gate traffic ending at `now` for the estate already in the
    database (inside the caller's transaction). Volumes scale with `scale`."""
    station = DEMO_STATION if station.strip() in ("", "-") else station
    rng = random.Random(f"gate-traffic-{seed}")
    now_ts = int(now.timestamp())
    start_ts = now_ts - int(years * 365.25 * DAY)
    estate = _Estate(connection)
    numbers = _Numbers(connection)
    traffic = _Traffic(
        estate, numbers, rng, scale=scale, start=start_ts, now=now_ts, station=station
    )
    days = list(range(_local_day_start(start_ts), now_ts, DAY))
    visitor_days, car_days = traffic.plan_inside(days)
    per_day = (
        RESIDENT_ENTRIES + 2 * (VISITORS + VEHICLE_PAIRS) + REFUSED + ITEMS_IN + ITEMS_OUT + NOTICES
    )
    expected = max(1, int(per_day * scale * len(days)))
    writer = _Writer(connection, station)
    batch: list[tuple[str, Row]] = []
    with _indexes_rebuilt_after(connection):
        for day, visitors, cars in zip(days, visitor_days, car_days, strict=True):
            if estate.cards:
                traffic.resident_entries(day)
                traffic.refused_cards(day)
            if estate.hosts:
                traffic.visitors_of_day(visitors)
                traffic.items(day)
            if estate.cars:
                traffic.residents_cars(day)
            traffic.visitor_cars_of_day(cars)
            traffic.notices(day)
            batch.extend(traffic.take_pending())
            if len(batch) >= BATCH:
                writer.write(batch)
                batch = []
                if progress is not None:
                    progress(writer.written, max(expected, writer.written))
        writer.write(batch)
        if progress is not None:
            progress(writer.written, writer.written)
    if traffic.slips:
        connection.execute(insert(ReleaseAuthorisation), traffic.slips)
    handovers = traffic.handovers()
    for first in range(0, len(handovers), BATCH):
        connection.execute(insert(ShiftHandover), handovers[first : first + BATCH])
    numbers.write(connection)
    return TrafficCounts(
        events=writer.written,
        by_kind=traffic.kinds(),
        handovers=len(handovers),
        release_slips=len(traffic.slips),
        visitors_inside=sum(
            1 for d in visitor_days for t in d if t >= traffic.visitors_inside_from
        ),
        vehicles_inside=sum(1 for d in car_days for t in d if t >= traffic.cars_inside_from),
    )
