"""What a clerk or a manager types for the work logs, checked before anything is
written: a task's trade, area, name and schedule; an entry's day (not in the future,
the task live then), time on that day, person (on the staff register, of the trade's
department), done or not (a reason when not) and note."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy.orm import Session

from propdesk.domain.worklogs.kinds import Frequency, Trade
from propdesk.domain.worklogs.schedule import Schedule, schedule
from propdesk.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from propdesk.services.core.date_window import date_in_window
from propdesk.services.core.text import bounded_text
from propdesk.store.models import Department, Staff

MAX_AREA = 60
MAX_NAME = 60
MAX_REASON = 200
MAX_NOTE = 300
DAY_MINUTES = 24 * 60
# A clock a few minutes ahead of the station's is no typing mistake.
SLACK = timedelta(minutes=5)

FIELD_TRADE = "trade"
FIELD_AREA = "area"
FIELD_NAME = "name"
FIELD_START = "start_minute"
FIELD_STAFF = "staff_id"
FIELD_DAY = "day"
FIELD_TIME = "time"
FIELD_REASON = "reason"
FIELD_NOTE = "note"
FIELD_TASK = "task_id"


def line_field(task_id: uuid.UUID, name: str) -> str:
    """A quick-entry row's field: the row of that task, that column."""
    return f"line:{task_id}:{name}"


@dataclass(frozen=True)
class TaskInput:
    trade: Trade | str
    area: str
    name: str
    frequency: Frequency | str
    weekdays: tuple[int, ...] = ()
    month_day: int | None = None
    start_minute: int = 8 * 60
    staff_id: uuid.UUID | None = None


@dataclass(frozen=True)
class CleanTask:
    trade: Trade
    area: str
    name: str
    schedule: Schedule
    start_minute: int


@dataclass(frozen=True)
class EntryInput:
    task_id: uuid.UUID
    day: date
    done: bool = True
    staff_id: uuid.UUID | None = None
    at: time | None = None  # on `day`; None: the task's usual time
    reason: str = ""  # why not done (required then)
    note: str = ""


def clean_trade(value: Trade | str | None, field: str = FIELD_TRADE) -> Trade:
    try:
        return Trade(str(value))
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Choose cleaning or greening."), field=field
        ) from None


def clean_task(data: TaskInput) -> CleanTask:
    trade = clean_trade(data.trade)
    area = bounded_text(
        data.area if isinstance(data.area, str) else "",
        FIELD_AREA,
        MAX_AREA,
        required=QT_TRANSLATE_NOOP("messages", "Enter the area (a building or a common area)."),
    )
    name = bounded_text(
        data.name if isinstance(data.name, str) else "",
        FIELD_NAME,
        MAX_NAME,
        required=QT_TRANSLATE_NOOP("messages", "Enter the task."),
    )
    weekdays = tuple(data.weekdays) if isinstance(data.weekdays, Iterable) else ()
    if any(not isinstance(d, int) or isinstance(d, bool) for d in weekdays):
        weekdays = (0,)  # refused below, naming the weekdays
    plan = schedule(data.frequency, weekdays, data.month_day)
    start = data.start_minute
    if not isinstance(start, int) or isinstance(start, bool) or not 0 <= start < DAY_MINUTES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Enter the usual time as hours and minutes."),
            field=FIELD_START,
        )
    return CleanTask(trade, area, name, plan, start)


def staff_of_trade(
    session: Session, staff_id: uuid.UUID | None, trade: Trade, field: str = FIELD_STAFF
) -> Staff:
    """The live staff member, of the trade's department; NotFoundError naming `field`."""
    found = session.get(Staff, staff_id) if isinstance(staff_id, uuid.UUID) else None
    if found is None or found.voided_at is not None:
        if staff_id is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "Choose who did the work."), field=field
            )
        raise NotFoundError(
            QT_TRANSLATE_NOOP("messages", "That person is not on the staff register."),
            field=field,
        )
    department = session.get(Department, found.department_id)
    if department is None or department.code != trade.department_code:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "{name} is not in the department that does this work."),
            field=field,
            name=found.name,
        )
    return found


def clean_day(day: date, today: date, field: str) -> date:
    if not isinstance(day, date) or isinstance(day, datetime):
        raise ValidationError(QT_TRANSLATE_NOOP("messages", "Enter the day."), field=field)
    date_in_window(day, field)
    if day > today:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "The day is in the future; work is logged once done."),
            field=field,
        )
    return day


def moment_on(day: date, at: time | None, start_minute: int, now: datetime, field: str) -> datetime:
    """The local moment on `day` at `at` (else the task's usual time); a moment later
    than now (plus a little slack) is refused — for today's usual time not yet come,
    now is taken instead."""
    if at is not None and not isinstance(at, time):
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Enter the time as hours and minutes."), field=field
        )
    wanted = at if at is not None else time(start_minute // 60, start_minute % 60)
    moment = datetime.combine(day, wanted.replace(tzinfo=None)).astimezone()
    if moment > now + SLACK:
        if at is None:
            return now.astimezone()
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "The time is in the future; check it."), field=field
        )
    return moment


def clean_words(
    reason: str, note: str, done: bool, reason_field: str, note_field: str
) -> tuple[str, str]:
    """The reason (required when not done, dropped when done) and the note."""
    reason = bounded_text(reason if isinstance(reason, str) else "", reason_field, MAX_REASON)
    note = bounded_text(note if isinstance(note, str) else "", note_field, MAX_NOTE)
    if done:
        return "", note
    if not reason:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Say why the task was not done."), field=reason_field
        )
    return reason, note
