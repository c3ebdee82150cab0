"""Seeded ids for the demo's rows: the same seed makes the same ids."""

from __future__ import annotations

import random


class DemoIds:
    """UUIDv7 (RFC 9562) from a row's own time: 48 bits of ms, version, seeded bits."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def at(self, ts: int) -> int:
        bits = self.rng.getrandbits(84)  # the ms within the second, then 74 random bits
        ms = ts * 1000 + (bits >> 74) % 1000
        value = (ms << 80) | (0x7 << 76) | ((bits >> 62 & 0xFFF) << 64) | (0b10 << 62)
        return value | (bits & ((1 << 62) - 1))
