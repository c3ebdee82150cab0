"""The repairs' section of the monthly report: the tickets reported, closed and rated
in the month, arrival in time, and the backlog at its end (services.repairs.figures
fills it). In the PDF, the figures, the charts and the oldest open tickets
(repairs_pages); the workbook has no figure sheet of the repairs (the month's tickets
are a sheet of records)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from propdesk.domain.repairs.kinds import RepairCategory, RepairPriority
from propdesk.domain.repairs.workflow import RepairState
from propdesk.domain.service_targets import ArrivalInputs

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from propdesk.reports.monthly.blocks import StoryContext
    from propdesk.reports.table_columns import TableSheet


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

    def story(self, context: StoryContext) -> list[Flowable]:
        from propdesk.reports.monthly.repairs_pages import repairs_story  # reportlab: on use

        return repairs_story(self, context)

    def sheets(self, lang: str) -> list[TableSheet]:
        del lang
        return []
