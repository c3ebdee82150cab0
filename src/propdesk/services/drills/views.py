"""What the drills services hand the ui and the reports: plain frozen values."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from propdesk.domain.drills.kinds import SessionKind, Topic
from propdesk.domain.drills.plan import PlanState
from propdesk.services.core.photos import PhotoRef


@dataclass(frozen=True)
class Participant:
    staff_id: uuid.UUID
    name: str
    department: str


@dataclass(frozen=True)
class SessionRow:
    """A line of the sessions' list."""

    id: uuid.UUID
    number: str
    kind: SessionKind
    topic: Topic
    title: str
    held_at: datetime
    minutes: int
    organiser: str
    staff_count: int
    residents: int
    has_problems: bool
    voided: bool


@dataclass(frozen=True)
class SessionDetail:
    row: SessionRow
    place: str
    organiser_id: uuid.UUID | None
    participants: tuple[Participant, ...]
    practised: str
    problems: str
    actions: str
    recorded_by: str  # the person, as the accounts name them
    void_reason: str = ""
    photos: tuple[PhotoRef, ...] = ()  # photos and photographed sign-in sheets

    @property
    def id(self) -> uuid.UUID:
        return self.row.id

    @property
    def number(self) -> str:
        return self.row.number


@dataclass(frozen=True)
class SessionFilter:
    first: date | None = None  # local days, both inclusive
    last: date | None = None
    kind: SessionKind | None = None
    topic: Topic | None = None
    text: str = ""  # the number's start, the title, the organiser
    include_voided: bool = True


@dataclass(frozen=True)
class StaffChoice:
    """A staff member the form offers (and the history page picks)."""

    id: uuid.UUID
    name: str
    department: str
    left: bool = False  # voided in the register: kept for the history


@dataclass(frozen=True)
class HistoryLine:
    """A session a staff member took part in (or organised)."""

    session: SessionRow
    organised: bool


@dataclass(frozen=True)
class StaffHistory:
    staff: StaffChoice
    lines: tuple[HistoryLine, ...]

    @property
    def drills(self) -> int:
        return sum(1 for line in self.lines if line.session.kind is SessionKind.DRILL)

    @property
    def trainings(self) -> int:
        return sum(1 for line in self.lines if line.session.kind is SessionKind.TRAINING)

    @property
    def minutes(self) -> int:
        return sum(line.session.minutes for line in self.lines)


@dataclass(frozen=True)
class PlanRow:
    """An entry of the year's plan with its state and the session that answered it."""

    id: uuid.UUID
    year: int
    topic: Topic
    due_on: date
    notes: str
    state: PlanState
    session_number: str = ""
    session_id: uuid.UUID | None = None
    held_on: date | None = None


@dataclass(frozen=True)
class YearPlan:
    year: int
    today: date
    rows: tuple[PlanRow, ...] = field(default_factory=tuple)

    def count(self, state: PlanState) -> int:
        return sum(1 for row in self.rows if row.state is state)
