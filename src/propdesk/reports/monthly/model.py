"""What the monthly report shows, as plain values: the services fill it, the PDF and
the workbook render it (the reports layer knows nothing of the services' DTOs)."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime, timedelta
from decimal import Decimal

from propdesk.domain.repairs.kinds import RepairCategory, RepairPriority
from propdesk.domain.repairs.workflow import RepairState
from propdesk.domain.service_targets import ArrivalInputs, Period, TargetResult


@dataclass(frozen=True)
class GateCounts:
    """Gate journal rows of a day or of the month, by kind (voided rows left out)."""

    resident_entries: int = 0
    refused_cards: int = 0
    visitors_in: int = 0
    visitors_out: int = 0
    vehicles_in: int = 0
    vehicles_out: int = 0
    items_in: int = 0
    items_out: int = 0
    notices: int = 0
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
    day: date
    counts: GateCounts


@dataclass(frozen=True)
class GateFigures:
    days: tuple[GateDay, ...]  # every day of the period, quiet days included
    totals: GateCounts


@dataclass(frozen=True)
class PriorityFigures:
    priority: RepairPriority
    opened: int
    arrival: ArrivalInputs


@dataclass(frozen=True)
class AgeBucket:
    """Open tickets whose age is at least `low` and under `high` (None: no limit)."""

    low: timedelta
    high: timedelta | None
    count: int


@dataclass(frozen=True)
class OpenItem:
    number: str
    reported_at: datetime
    location: str
    category: RepairCategory
    priority: RepairPriority
    state: RepairState  # as it was at `RepairFigures.backlog_as_of`
    technician: str
    age: timedelta  # at backlog_as_of
    overdue: bool  # nobody had arrived and the limit had passed


@dataclass(frozen=True)
class RepairFigures:
    opened: int  # reported in the period
    resolved: int  # closed in the period (repaired, or the quote refused)
    cancelled: int  # cancelled in the period
    by_category: tuple[tuple[RepairCategory, int], ...]  # opened, every category
    by_priority: tuple[PriorityFigures, ...]
    arrival: ArrivalInputs  # of the tickets opened in the period
    ratings: tuple[tuple[int, int], ...]  # follow-ups in the period: (score 1–5, how many)
    backlog_as_of: datetime  # the period's end, or now for the running month
    backlog: tuple[AgeBucket, ...]
    open_items: tuple[OpenItem, ...]  # the oldest open tickets at backlog_as_of

    @property
    def backlog_total(self) -> int:
        return sum(bucket.count for bucket in self.backlog)

    @property
    def rated(self) -> int:
        return sum(n for _, n in self.ratings)

    @property
    def average_rating(self) -> Decimal | None:
        """Mean follow-up score, two decimals; None without ratings."""
        if not self.rated:
            return None
        total = sum(score * n for score, n in self.ratings)
        return (Decimal(total) / self.rated).quantize(Decimal("0.01"))

    @property
    def arrival_judged(self) -> int:
        a = self.arrival
        return a.met + a.late + a.overdue


@dataclass(frozen=True)
class MonthlyReport:
    estate: str
    period: Period
    prepared_by: str
    generated_at: datetime  # aware
    audit_hash: str  # the audit chain's latest hash when the figures were read
    targets: tuple[TargetResult, ...]
    gate: GateFigures
    repairs: RepairFigures
