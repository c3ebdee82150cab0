"""The repairs' figures of a period as plain values (services.repairs.figures fills
them): the tickets reported, closed and rated, arrival in time by priority, and the
backlog at the period's end with its oldest open tickets. The layout (repairs_pages,
charts) reads them; repairs_section makes them the report's section. Nothing here
imports the layout, so the data flows one way: values, then layout, then document."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from propdesk.domain.repairs.kinds import RepairCategory, RepairPriority
from propdesk.domain.repairs.workflow import RepairState
from propdesk.domain.service_targets import ArrivalInputs


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
    state: RepairState  # as it was at `RepairValues.backlog_as_of`
    technician: str
    age: timedelta  # at backlog_as_of
    overdue: bool  # nobody had arrived and the limit had passed


@dataclass(frozen=True)
class RepairValues:
    """The period's figures; repairs_section.RepairFigures is the same values as the
    monthly report's section."""

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
