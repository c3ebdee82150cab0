"""The number counters of one kind (WX repair tickets, XL patrol rounds) as the demo
numbers its rows: what the table holds is read once, the numbers are counted on in
memory, and `write` leaves every counter at the last number used, so the next real
number follows on instead of colliding."""

from __future__ import annotations

from sqlalchemy import Connection, insert, select, update

from propdesk.domain.numbering import NumberKind, format_number
from propdesk.store.models import NumberCounter


class NumberCounters:
    def __init__(self, connection: Connection, kind: NumberKind) -> None:
        self.kind = kind
        rows = connection.execute(select(NumberCounter).where(NumberCounter.kind == kind.value))
        self.existing = {r.period: r.last for r in rows}
        self.last = dict(self.existing)

    def take(self, period: str) -> str:
        """The period's next number (period: the month, YYYYMM)."""
        self.last[period] = seq = self.last.get(period, 0) + 1
        return format_number(self.kind, period, seq)

    def write(self, connection: Connection) -> None:
        kind = self.kind.value
        new = [
            {"kind": kind, "period": period, "last": last}
            for period, last in self.last.items()
            if period not in self.existing
        ]
        if new:
            connection.execute(insert(NumberCounter), new)
        for period, last in self.last.items():
            if period in self.existing and last != self.existing[period]:
                connection.execute(
                    update(NumberCounter)
                    .where(NumberCounter.kind == kind, NumberCounter.period == period)
                    .values(last=last)
                )
