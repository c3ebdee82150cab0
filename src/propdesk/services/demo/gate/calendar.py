"""When the demo estate's gate traffic happens: local days, hourly patterns, daily
volumes, the guards' 12-hour shifts, and the visits planned ahead.

Times are whole Unix seconds throughout. The estate is in Shenzhen (UTC+8, no daylight
saving), so a local day is a fixed offset from a UTC one.
"""

from __future__ import annotations

import random
import time
from bisect import bisect_right
from datetime import UTC, date, datetime
from itertools import accumulate, repeat

DAY = 86_400
HOUR = 3_600
MINUTE = 60
UTC_OFFSET = 8 * HOUR
SHIFT_START = 8 * HOUR  # day shift 08:00–20:00, night shift 20:00–08:00 (local)
SHIFT = 12 * HOUR
FAR_FUTURE = 2**62
_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
# shift_of(ts) == (ts + SHIFT_SHIFT) // SHIFT, written out in the hot loops.
SHIFT_SHIFT = UTC_OFFSET - SHIFT_START

# Events a day for the full estate (2,000 units); everything scales with the estate.
RESIDENT_ENTRIES = 620.0
VISITORS = 100.0
VEHICLE_PAIRS = 150.0
REGISTERED_SHARE = 0.6  # of the vehicle pairs: residents' own cars
REFUSED = 1.5
ITEMS_IN = 1.0
ITEMS_OUT = 1.5
NOTICES = 1.0
PER_DAY = (
    RESIDENT_ENTRIES + 2 * (VISITORS + VEHICLE_PAIRS) + REFUSED + ITEMS_IN + ITEMS_OUT + NOTICES
)
VISITORS_INSIDE = 20  # at the end: visitors and visitor cars still inside
VISITOR_CARS_INSIDE = 15

# Relative weight of each local hour 0–23.
# fmt: off
RESIDENT_HOURS = (2, 1, 0.5, 0.3, 0.3, 1, 10, 16, 12, 5, 4, 4,
                  4, 4, 4, 4, 6, 12, 16, 16, 12, 7, 4, 3)
VISITOR_HOURS = (0, 0, 0, 0, 0, 0, 0.2, 1, 3, 5, 6, 6, 4, 3, 5, 6, 6, 5, 5, 6, 4, 2, 0.5, 0.1)
CAR_HOURS = (1, 0.5, 0.2, 0.1, 0.1, 0.2, 0.5, 1, 2, 3, 3, 3, 3, 3, 3, 4, 6, 10, 12, 12, 9, 6, 4, 2)
DAYTIME_HOURS = (0, 0, 0, 0, 0, 0, 0, 0, 2, 3, 3, 3, 1, 2, 3, 3, 3, 2, 1, 0, 0, 0, 0, 0)
NOTICE_HOURS = (2, 1, 0, 0, 0, 0, 0, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 4, 4, 4, 3, 3)
# fmt: on


def as_datetime(ts: int) -> datetime:
    return datetime.fromtimestamp(ts, UTC)


def local_day_start(ts: int) -> int:
    """The UTC timestamp of local midnight of the day `ts` falls on."""
    return (ts + UTC_OFFSET) // DAY * DAY - UTC_OFFSET


def local_date(ts: int) -> date:
    return date.fromordinal(_EPOCH_ORDINAL + (ts + UTC_OFFSET) // DAY)


def day_ts(day: date, hour: int = 0) -> int:
    """The timestamp of `hour`:00 local time on `day`."""
    return (day.toordinal() - _EPOCH_ORDINAL) * DAY + hour * HOUR - UTC_OFFSET


def period(ts: int) -> str:
    """The local month, as numbers carry it: 202611."""
    local = time.gmtime(ts + UTC_OFFSET)
    return f"{local.tm_year:04d}{local.tm_mon:02d}"


def is_weekend(day_start: int) -> bool:
    return time.gmtime(day_start + UTC_OFFSET).tm_wday >= 5


def shift_of(ts: int) -> int:
    """Index of the 12-hour shift (08:00 or 20:00 local) that `ts` falls in."""
    return (ts + SHIFT_SHIFT) // SHIFT


def shift_bounds(index: int) -> tuple[int, int]:
    start = index * SHIFT - SHIFT_SHIFT
    return start, start + SHIFT


def day_count(rng: random.Random, mean: float) -> int:
    """A day's number of events around `mean`: ±10 % from day to day, then rounded up or
    down at random so the long-run average is `mean`."""
    mean *= max(0.0, rng.gauss(1.0, 0.1))
    whole = int(mean)
    return whole + (rng.random() < mean - whole)


class HourlyPattern:
    """Times of day distributed by relative weights per local hour: one random number
    picks the hour by its share of the weights and the second within that hour."""

    def __init__(self, weights: tuple[float, ...]) -> None:
        total = sum(weights)
        ends = [end / total for end in accumulate(weights)]
        ends[-1] = 1.0  # random() < 1, so the last hour with weight is always found
        self._ends = ends
        self._starts = [0.0, *ends[:-1]]
        # Seconds into the hour per unit of the hour's share (0 for hours never picked).
        self._spread = [
            HOUR / (e - s) if e > s else 0.0 for s, e in zip(self._starts, ends, strict=True)
        ]

    def times(self, rng: random.Random, day_start: int, n: int) -> list[int]:
        """n sorted times on the local day beginning at `day_start`."""
        random_ = rng.random
        ends, starts, spread = self._ends, self._starts, self._spread
        found = []
        for _ in repeat(None, n):
            u = random_()
            hour = bisect_right(ends, u)
            found.append(day_start + hour * HOUR + int((u - starts[hour]) * spread[hour]))
        found.sort()
        return found


RESIDENT = HourlyPattern(RESIDENT_HOURS)
VISITOR = HourlyPattern(VISITOR_HOURS)
CAR = HourlyPattern(CAR_HOURS)
DAYTIME = HourlyPattern(DAYTIME_HOURS)
NOTICE = HourlyPattern(NOTICE_HOURS)


def plan_visits(
    rng: random.Random, days: list[int], *, scale: float, start: int, now: int
) -> tuple[list[list[int]], list[list[int]]]:
    """Visitor and visitor-car entry times of every day, decided up front so the last
    ~20 visitors and ~15 cars of the whole period can stay inside."""
    visitors: list[list[int]] = []
    cars: list[list[int]] = []
    car_share = VEHICLE_PAIRS * (1 - REGISTERED_SHARE)
    for day in days:
        weekend = is_weekend(day)
        for found, per_day, weekend_factor in ((visitors, VISITORS, 1.35), (cars, car_share, 1.2)):
            n = day_count(rng, per_day * scale * (weekend_factor if weekend else 1.0))
            found.append([t for t in VISITOR.times(rng, day, n) if start <= t < now])
    return visitors, cars


def inside_from(per_day: list[list[int]], n: int) -> int:
    """The entry time from which the last `n` entries (of the last week) are still
    inside (FAR_FUTURE: nobody)."""
    every = [t for day in per_day[-7:] for t in day]
    return every[-min(max(1, n), len(every))] if every else FAR_FUTURE
