"""XL round numbers for the demo, as the console hands them out: per local month of the
round's start (a paper round entered the next morning keeps its day's month), in the
order the rounds were recorded, continuing after what number_counter already holds;
the counters are left at the last number used, so the next live round gets the next.
"""

from __future__ import annotations

from sqlalchemy import Connection

from propdesk.domain.numbering import NumberKind
from propdesk.services.demo.number_counters import NumberCounters
from propdesk.services.demo.rows_writer import Row


class RoundNumbers(NumberCounters):
    def __init__(self, connection: Connection) -> None:
        super().__init__(connection, NumberKind.PATROL_ROUND)

    def number(self, rounds: list[Row], periods: list[str]) -> None:
        """Set each round's `number` (times as whole seconds), in recording order;
        `periods`: each round's month (of its start's local date)."""
        order = sorted(
            range(len(rounds)),
            key=lambda i: (rounds[i]["created_at"], rounds[i]["started_at"], rounds[i]["id"]),
        )
        for i in order:
            rounds[i]["number"] = self.take(periods[i])
