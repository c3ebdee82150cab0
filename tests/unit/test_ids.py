from __future__ import annotations

import time
import uuid

from propdesk.domain.ids import uuid7, uuid7_time_ms


def test_uuid7_has_version_and_variant() -> None:
    value = uuid7()
    assert value.version == 7
    assert value.variant == uuid.RFC_4122


def test_uuid7_carries_the_time_in_milliseconds() -> None:
    before = time.time_ns() // 1_000_000
    value = uuid7()
    after = time.time_ns() // 1_000_000
    assert before <= uuid7_time_ms(value) <= after


def test_uuid7_sorts_in_creation_order_even_within_one_millisecond() -> None:
    made = [uuid7() for _ in range(5000)]
    assert made == sorted(made)
    assert len(set(made)) == 5000


def test_uuid7_keeps_order_when_the_clock_moves_back() -> None:
    first = uuid7(now_ms=2_000_000_000_000)
    second = uuid7(now_ms=1_000_000_000_000)
    assert second > first
