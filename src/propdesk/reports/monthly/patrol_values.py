"""The patrols' figures of a period as plain values (services.patrol fills them): the
slots scheduled and how they were answered, day by day; the rounds walked; the late
and missed slots; each guard's figures; the findings and what became of them. The
layout (patrol_pages, charts) reads them; patrol_section makes them the report's
section. Nothing here imports the layout, so the data flows one way: values, then
layout, then document."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from propdesk.domain.patrol.findings import FindingCategory
from propdesk.domain.patrol.timing import Verdict


@dataclass(frozen=True)
class PatrolDay:
    """One local day's slots and how they were answered (on time + late + missed =
    scheduled)."""

    day: date
    scheduled: int
    on_time: int
    late: int
    missed: int


@dataclass(frozen=True)
class MissedSlot:
    """A slot answered late, or missed."""

    at: datetime  # the slot's time
    verdict: Verdict  # LATE or MISSED
    route: str  # the late round's route; "" when missed
    guard: str


@dataclass(frozen=True)
class GuardFigures:
    guard: str
    rounds: int  # walked, extra rounds included
    on_time: int
    late: int
    too_fast: int  # rounds with checkpoints reached too fast
    findings: int

    @property
    def judged(self) -> int:
        """Rounds answering a slot (an extra round is neither on time nor late)."""
        return self.on_time + self.late


@dataclass(frozen=True)
class FindingOutcome:
    number: str
    seen_at: datetime
    checkpoint: str
    category: FindingCategory
    seen: str
    action: str
    ticket: str  # the repair ticket opened for it; "" none
    ticket_closed: bool | None  # None without a ticket
    resolved: bool


@dataclass(frozen=True)
class PatrolValues:
    """The period's figures; patrol_section.PatrolFigures is the same values as the
    monthly report's section."""

    days: tuple[PatrolDay, ...]  # every day of the period
    scheduled: int
    on_time: int
    late: int
    missed: int
    rounds: int  # walked (finished or open), extra rounds included
    extra_rounds: int  # answering no slot
    abandoned: int
    visits: int  # checkpoints reached
    skipped_checkpoints: int
    too_fast_rounds: int
    missed_slots: tuple[MissedSlot, ...]  # the first 60 by time
    missed_slots_total: int
    guards: tuple[GuardFigures, ...]
    findings: tuple[FindingOutcome, ...]  # the first 40
    findings_total: int
    findings_open: int  # not resolved
    tickets_opened: int

    @property
    def is_empty(self) -> bool:
        """Nothing scheduled, walked or found: the section says so in one line."""
        return not (self.scheduled or self.rounds or self.abandoned or self.findings_total)
