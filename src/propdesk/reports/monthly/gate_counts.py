"""Gate journal rows counted by kind: the one shape of a day's, a shift's and a
month's traffic (the home dashboard, the shift handover and its printed sheet, the
monthly report and workbook), and a day of the month with its counts. Counted by
services.gate.counts. Plain values: the report's layout (gate_pages, charts) reads
them and nothing here imports the layout."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date


@dataclass(frozen=True)
class GateCounts:
    """Gate journal rows by kind (voided rows left out), and the parking fees taken at
    the vehicle exits."""

    resident_entries: int = 0
    refused_cards: int = 0
    visitors_in: int = 0
    visitors_out: int = 0
    vehicles_in: int = 0
    vehicles_out: int = 0
    items_in: int = 0
    items_out: int = 0
    notices: int = 0  # parking notices
    fees_fen: int = 0  # parking fees collected at vehicle exits

    @property
    def entries(self) -> int:
        """Who and what came in: residents' cards, visitors and vehicles."""
        return self.resident_entries + self.visitors_in + self.vehicles_in

    @property
    def events(self) -> int:
        """Every journal row (the fees are an amount, not a row)."""
        return sum(getattr(self, f.name) for f in fields(self) if f.name != "fees_fen")

    def plus(self, other: GateCounts) -> GateCounts:
        return GateCounts(
            **{f.name: getattr(self, f.name) + getattr(other, f.name) for f in fields(self)}
        )


@dataclass(frozen=True)
class GateDay:
    """A day of the report's period and the gate journal's rows that day."""

    day: date
    counts: GateCounts
