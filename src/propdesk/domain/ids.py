"""UUIDv7 identifiers made on the station.

Time-ordered ids keep inserts at the end of the primary-key index and let records made
on different stations merge without clashes. Python 3.11 has no uuid.uuid7, so this
follows RFC 9562 directly: 48 bits of Unix milliseconds, version 7, then random bits.
A counter in the random part keeps ids made within the same millisecond in order.
"""

from __future__ import annotations

import os
import threading
import time
import uuid

_COUNTER_BITS = 12  # the rand_a field


class _Clock:
    """Last millisecond handed out and the counter within it (one per process)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.last_ms = 0
        self.counter = 0

    def next(self, now_ms: int) -> tuple[int, int]:
        with self.lock:
            if now_ms <= self.last_ms:
                # Same millisecond (or the clock moved back): keep order by counting on.
                self.counter += 1
                if self.counter >= 1 << _COUNTER_BITS:
                    self.last_ms += 1
                    self.counter = 0
            else:
                self.last_ms = now_ms
                self.counter = int.from_bytes(os.urandom(2), "big") & 0x3FF  # headroom
            return self.last_ms, self.counter


_clock = _Clock()


def uuid7(now_ms: int | None = None) -> uuid.UUID:
    ms, counter = _clock.next(time.time_ns() // 1_000_000 if now_ms is None else now_ms)
    rand_b = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= counter << 64
    value |= 0b10 << 62
    value |= rand_b
    return uuid.UUID(int=value)


def uuid7_time_ms(value: uuid.UUID) -> int:
    return value.int >> 80
