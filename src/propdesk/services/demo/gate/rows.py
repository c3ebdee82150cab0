"""What a row of the demo gate traffic is: the columns each kind carries (`LAYOUTS`)
and the values every event starts with (id, time, guard on duty).

A row is a plain tuple of values as SQLite stores them (ids as 32 hex digits, times as
TimeText), in its kind's layout order, so demo_gate_writer hands it to the driver
unchanged. What stays the same for many rows (a card and its holder, a car and its
owner) is one tuple made once and spliced in.

Ids are UUIDv7 built from each event's own time with the seeded generator, because
domain.ids.uuid7 takes a lock and reads os.urandom on every call, and ids made "now"
would not be in event order.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from functools import reduce
from math import gcd
from typing import TypeVar

from propdesk.services.demo.gate.calendar import DAY, SHIFT, SHIFT_SHIFT
from propdesk.services.demo.gate.writer import TimeText, uuid_text
from propdesk.services.gate.events import GateEventKind as K

T = TypeVar("T")

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

_EVENT = ("id", "occurred_at", "username")  # Stamp
_HOLDER = ("card_number", "resident_id", "unit_id", "person_name", "person_name_initials")
_CAR = (
    *("unit_id", "plate", "person_name", "person_name_initials", "plate_reversed"),
    *("vehicle_registered", "permit_number"),
)
_VISITOR = ("person_name", "person_name_initials", "phone", "id_masked")
_ITEM = ("unit_id", "description", "authorisation", "authorised_by")
# Exits come last: they point at entries, which must be written first.
LAYOUTS: dict[str, tuple[str, ...]] = {
    RESIDENT_ENTRY: (*_EVENT, *_HOLDER),
    REFUSED_CARD: (*_EVENT, *_HOLDER, "note"),
    VISITOR_IN: (
        *(*_EVENT, "unit_id", *_VISITOR, "pass_number", "purpose", "host_confirmation"),
        *("confirmed_by", "closed_at", "purged_at"),
    ),
    VEHICLE_IN: (*_EVENT, *_CAR, "closed_at"),
    ITEM_IN: (*_EVENT, *_ITEM),
    ITEM_OUT: (*_EVENT, *_ITEM, "pass_number"),
    PARKING_NOTICE: (*_EVENT, "plate", "plate_reversed", "place", "warning_posted", "pass_number"),
    VISITOR_OUT: (
        *(*_EVENT, "unit_id", "person_name", "person_name_initials", "pass_number"),
        *("entry_event_id", "purged_at"),
    ),
    VEHICLE_OUT: (
        *(*_EVENT, *_CAR, "entry_event_id", "fee_fen", "exterior_check"),
        *("permit_returned", "stated_entry_at"),
    ),
}

Row = tuple[object, ...]
Stamp = tuple[str, str, str]  # id, occurred_at, username
_VERSION_VARIANT = 0x7 << 76 | 0b10 << 62
_RANDOM_BITS = 0xFFF << 64 | (1 << 62) - 1  # rand_a and rand_b


def uuid7_hex(ts: int, bits: int) -> str:
    """UUIDv7 (RFC 9562) as hex: 48 bits of milliseconds (the second `ts` and a ms
    within it from the top 10 of 86 random `bits`), version 7, then 74 random bits."""
    value = (ts * 1000 + (bits >> 76) % 1000) << 80 | _VERSION_VARIANT | bits & _RANDOM_BITS
    return uuid_text(value)


def stamper(rng: random.Random, users: Sequence[str]) -> Callable[[int], Stamp]:
    """stamp(ts): a new id, the time as text and the guard on duty at `ts` (guards
    take 12-hour shifts in turn). One call per event, so uuid7_hex, uuid_text and
    TimeText are written out flat."""
    text = TimeText()
    bits, prefix, clock = rng.getrandbits, text.prefix, text.clock
    version_variant, random_bits, guards = _VERSION_VARIANT, _RANDOM_BITS, len(users)

    def stamp(ts: int) -> Stamp:
        r = bits(86)
        value = (ts * 1000 + (r >> 76) % 1000) << 80 | version_variant | r & random_bits
        return (
            value.to_bytes(16).hex(),
            prefix[ts // DAY] + clock[ts % DAY],
            users[(ts + SHIFT_SHIFT) // SHIFT % guards],
        )

    return stamp


def table(weighted: Sequence[tuple[T, float]]) -> list[T]:
    """Each value repeated by its weight (weights in hundredths), so that
    `found[int(random() * len(found))]` picks by weight without rng.choices' cost."""
    counts = [round(weight * 100) for _, weight in weighted]
    unit = reduce(gcd, counts)
    return [value for (value, _), n in zip(weighted, counts, strict=True) for _ in range(n // unit)]
