"""XL round numbers for the demo, as the console hands them out: per local month of the
round's start (a paper round entered the next morning keeps its day's month), in the
order the rounds were recorded, continuing after what number_counter already holds;
the counters are left at the last number used, so the next live round gets the next.
"""

from __future__ import annotations

from sqlalchemy import Connection, insert, select, update

from propdesk.domain.numbering import NumberKind, format_number
from propdesk.services.demo.rows_writer import Row
from propdesk.store.models import NumberCounter

KIND = NumberKind.PATROL_ROUND


class RoundNumbers:
    def __init__(self, connection: Connection) -> None:
        rows = connection.execute(select(NumberCounter).where(NumberCounter.kind == KIND.value))
        self.existing = {r.period: r.last for r in rows}
        self.last = dict(self.existing)

    def number(self, rounds: list[Row], periods: list[str]) -> None:
        """Set each round's `number` (times as whole seconds), in recording order;
        `periods`: each round's month (of its start's local date)."""
        order = sorted(
            range(len(rounds)),
            key=lambda i: (rounds[i]["created_at"], rounds[i]["started_at"], rounds[i]["id"]),
        )
        for i in order:
            period = periods[i]
            self.last[period] = seq = self.last.get(period, 0) + 1
            rounds[i]["number"] = format_number(KIND, period, seq)

    def write(self, connection: Connection) -> None:
        new = [
            {"kind": KIND.value, "period": period, "last": last}
            for period, last in self.last.items()
            if period not in self.existing
        ]
        if new:
            connection.execute(insert(NumberCounter), new)
        for period, last in self.last.items():
            if period in self.existing and last != self.existing[period]:
                connection.execute(
                    update(NumberCounter)
                    .where(NumberCounter.kind == KIND.value, NumberCounter.period == period)
                    .values(last=last)
                )
