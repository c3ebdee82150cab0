"""Pass, permit, slip, notice and handover numbers for the demo gate traffic: per kind
and local month, in order, continuing after what number_counter already holds.

Each month of traffic numbers its own month (so months can be made apart), and hands
back the last numbers it used (`last`); the totals are written once at the end.
"""

from __future__ import annotations

from sqlalchemy import Connection, insert, select, update

from propdesk.domain.numbering import NumberKind, format_number
from propdesk.services.demo.gate.calendar import DAY, UTC_OFFSET, period
from propdesk.store.models import NumberCounter

BATCH = 5000
Counters = dict[tuple[str, str], int]  # (kind, period) → last number used


def read_counters(connection: Connection) -> Counters:
    return {(r.kind, r.period): r.last for r in connection.execute(select(NumberCounter))}


class DemoNumbers:
    def __init__(self, existing: Counters) -> None:
        self.existing = existing
        self.last: Counters = {}  # only the ones used here
        self._periods: dict[int, str] = {}  # local day → its month

    def next(self, kind: NumberKind, ts: int) -> str:
        day = (ts + UTC_OFFSET) // DAY
        month = self._periods.get(day)
        if month is None:
            month = self._periods[day] = period(ts)
        key = (kind.value, month)
        seq = self.last.get(key) or self.existing.get(key, 0)
        self.last[key] = seq = seq + 1
        return format_number(kind, month, seq)

    def write(self, connection: Connection) -> None:
        """Counters at the last number used, so later real numbers do not collide."""
        new = []
        for (kind, month), last in self.last.items():
            if (kind, month) not in self.existing:
                new.append({"kind": kind, "period": month, "last": last})
            else:
                connection.execute(
                    update(NumberCounter)
                    .where(NumberCounter.kind == kind, NumberCounter.period == month)
                    .values(last=last)
                )
        for start in range(0, len(new), BATCH):
            connection.execute(insert(NumberCounter), new[start : start + BATCH])
