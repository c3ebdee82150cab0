"""What the work-log services hand the UI, the CLI and the report: plain frozen values."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from propdesk.domain.worklogs.kinds import DayState, Trade
from propdesk.domain.worklogs.plan import Completion
from propdesk.domain.worklogs.schedule import Schedule


@dataclass(frozen=True)
class TaskInfo:
    id: uuid.UUID
    trade: Trade
    area: str
    name: str
    schedule: Schedule
    start_minute: int  # usually done at, minutes after local midnight
    staff_id: uuid.UUID | None
    staff_name: str  # "" when nobody is named
    active_from: date
    retired: bool = False


@dataclass(frozen=True)
class EntryRow:
    id: uuid.UUID
    day: date
    done_at: datetime
    trade: Trade
    area: str
    task_name: str
    staff_name: str
    done: bool
    reason: str
    note: str
    task_id: uuid.UUID
    voided: bool = False


@dataclass(frozen=True)
class EntryDetail:
    row: EntryRow
    recorded_by: str  # the person, as the accounts name them
    recorded_at: datetime
    void_reason: str = ""
    voided_by: str = ""
    voided_at: datetime | None = None


@dataclass(frozen=True)
class EntryFilter:
    """The list's filter bar: days (both or neither), trade, area, done or not, and a
    text found in the area, the task or the person's name."""

    first: date | None = None
    last: date | None = None
    trade: Trade | None = None
    area: str = ""
    done: bool | None = None  # None: both
    text: str = ""
    include_voided: bool = True


@dataclass(frozen=True)
class AreaDayLine:
    """One row of the quick entry: a task planned for the area that day, with what was
    already logged (then it is shown, not logged again) or who is suggested."""

    task: TaskInfo
    planned: bool
    entry: EntryRow | None
    staff_id: uuid.UUID | None  # suggested: the task's person, else who did it last
    staff_name: str


@dataclass(frozen=True)
class AreaDay:
    day: date
    area: str
    lines: tuple[AreaDayLine, ...]

    @property
    def open_lines(self) -> tuple[AreaDayLine, ...]:
        return tuple(line for line in self.lines if line.entry is None)


@dataclass(frozen=True)
class WeekRow:
    task_id: uuid.UUID
    trade: Trade
    area: str
    task_name: str
    schedule: Schedule
    cells: tuple[DayState | None, ...]  # Monday … Sunday
    notes: tuple[str, ...] = ()  # per day: who, or the reason when not done


@dataclass(frozen=True)
class AreaCompletion:
    trade: Trade
    area: str
    completion: Completion


@dataclass(frozen=True)
class WeekPlan:
    monday: date
    today: date
    rows: tuple[WeekRow, ...]
    areas: tuple[AreaCompletion, ...]  # per trade and area
    trades: tuple[tuple[Trade, Completion], ...] = field(default=())

    @property
    def days(self) -> tuple[date, ...]:
        from datetime import timedelta

        return tuple(self.monday + timedelta(days=n) for n in range(7))
