"""The drills' figures of a month as plain values (services.drills.report_figures
fills them): the month's sessions, and the year's plan with each entry's state as the
month ended. The layout (drills_pages) reads them; drills_section makes them the
report's section."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class MonthSession:
    number: str
    held_at: datetime
    kind: str  # SessionKind's code
    topic: str  # Topic's code
    title: str
    organiser: str
    staff: int
    residents: int
    minutes: int
    has_problems: bool


@dataclass(frozen=True)
class PlanEntryState:
    topic: str
    due_on: date
    state: str  # PlanState's code
    session: str  # the number of the session that answered it, "" for none
    held_on: date | None
    notes: str


@dataclass(frozen=True)
class DrillValues:
    year: int
    as_of: datetime  # the month's end, or now for the running month
    sessions: tuple[MonthSession, ...]  # the month's, voided ones left out, in time order
    plan: tuple[PlanEntryState, ...]  # the year's entries by due day

    def count(self, kind: str) -> int:
        return sum(1 for s in self.sessions if s.kind == kind)

    @property
    def staff(self) -> int:
        return sum(s.staff for s in self.sessions)

    @property
    def residents(self) -> int:
        return sum(s.residents for s in self.sessions)

    @property
    def minutes(self) -> int:
        return sum(s.minutes for s in self.sessions)

    def plan_count(self, *states: str) -> int:
        return sum(1 for entry in self.plan if entry.state in states)
