"""Work-log entries (保洁 / 绿化日志): a whole area's day at once (the quick entry) or one
task, the list with filters a page at a time, one entry whole, and voiding.

Logging checks the role (WORKLOGS CREATE: clerks, managers), then every line, and
only then writes the entries and their audit rows in one transaction: a refused line
leaves nothing behind. A task has one live entry per day: a second is refused (the
first is voided with a reason and the task logged again), so the plan never counts a
day twice.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Select, and_, or_, select
from sqlalchemy.orm import Session

from propdesk.domain.roles import Action, Module
from propdesk.domain.service_targets import Period
from propdesk.domain.worklogs.kinds import Trade
from propdesk.domain.worklogs.schedule import week_of
from propdesk.errors import QT_TRANSLATE_NOOP, ConflictError, NotFoundError, ValidationError
from propdesk.services.core import records
from propdesk.services.core.actor import Actor
from propdesk.services.core.date_span import span_in_window
from propdesk.services.core.date_window import date_in_window
from propdesk.services.core.local_zone import local_zone
from propdesk.services.core.paging import Key, Page
from propdesk.services.core.people import display_name
from propdesk.services.core.store_service import StoreService
from propdesk.services.core.text import bounded_text
from propdesk.services.worklogs import plan as planning
from propdesk.services.worklogs.inputs import (
    FIELD_AREA,
    FIELD_DAY,
    FIELD_NOTE,
    FIELD_REASON,
    FIELD_STAFF,
    FIELD_TASK,
    FIELD_TIME,
    MAX_AREA,
    EntryInput,
    clean_day,
    clean_words,
    line_field,
    moment_on,
    staff_of_trade,
)
from propdesk.services.worklogs.tasks import (
    is_live_on,
    live_task,
    schedule_of,
    task_info,
    task_order,
)
from propdesk.services.worklogs.views import (
    AreaDay,
    AreaDayLine,
    EntryDetail,
    EntryFilter,
    EntryRow,
    WeekPlan,
    WeekRow,
)
from propdesk.store.base import utcnow
from propdesk.store.models import Staff, User
from propdesk.store.models.worklogs import WorklogEntry, WorklogTask
from propdesk.store.unit_of_work import Store

ENTITY = "worklog_entry"
FIELDS = (
    "day",
    "done_at",
    "task_id",
    "trade",
    "area",
    "task_name",
    "staff_id",
    "staff_name",
    "done",
    "reason",
    "note",
)
MAX_PAGE = 500
SEARCH_MAX = 40
MAX_LINES = 200  # one area's day: far more than any area's tasks


def entry_row(found: WorklogEntry) -> EntryRow:
    return EntryRow(
        found.id,
        found.day,
        found.done_at,
        Trade(found.trade),
        found.area,
        found.task_name,
        found.staff_name,
        found.done,
        found.reason,
        found.note,
        found.task_id,
        found.voided_at is not None,
    )


def _today(now: datetime) -> date:
    return now.astimezone(local_zone()).date()


@dataclass(frozen=True)
class _Fields:
    """Where a line's messages go: the single entry's form, or the quick entry's row."""

    staff: str
    time: str
    reason: str
    note: str

    @classmethod
    def of(cls, task_id: uuid.UUID | None, single: bool) -> _Fields:
        if single or task_id is None:
            return cls(FIELD_STAFF, FIELD_TIME, FIELD_REASON, FIELD_NOTE)
        return cls(
            *(line_field(task_id, n) for n in (FIELD_STAFF, FIELD_TIME, FIELD_REASON, FIELD_NOTE))
        )


def _live_entry(session: Session, task_id: uuid.UUID, day: date) -> WorklogEntry | None:
    return session.scalars(
        select(WorklogEntry).where(
            WorklogEntry.task_id == task_id,
            WorklogEntry.day == day,
            WorklogEntry.voided_at.is_(None),
        )
    ).first()


def _write_line(
    session: Session,
    actor: Actor,
    line: EntryInput,
    now: datetime,
    today: date,
    *,
    single: bool,
    area: str | None = None,
) -> WorklogEntry:
    """One entry checked and written (audited) in the caller's transaction."""
    if not isinstance(line, EntryInput):
        raise TypeError(f"an EntryInput, got {line!r}")
    task = live_task(session, line.task_id, FIELD_TASK)
    fields = _Fields.of(task.id, single)
    day = clean_day(line.day, today, FIELD_DAY if single else fields.time)
    if area is not None and task.area != area:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "The task {task} is not for the area {area}."),
            field=fields.time,
            task=task.name,
            area=area,
        )
    if not is_live_on(task, day):
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "The task {task} was not on the books on {day}."),
            field=FIELD_DAY if single else fields.time,
            task=task.name,
            day=day.isoformat(),
        )
    trade = Trade(task.trade)
    staff = staff_of_trade(session, line.staff_id, trade, fields.staff)
    moment = moment_on(day, line.at, task.start_minute, now, fields.time)
    done = bool(line.done)
    reason, note = clean_words(line.reason, line.note, done, fields.reason, fields.note)
    if _live_entry(session, task.id, day) is not None:
        raise ConflictError(
            QT_TRANSLATE_NOOP(
                "messages",
                "{task} in {area} is already logged for {day}; void that entry to log it again.",
            ),
            field=FIELD_TASK if single else fields.staff,
            task=task.name,
            area=task.area,
            day=day.isoformat(),
        )
    row = WorklogEntry(
        day=day,
        done_at=moment,
        task_id=task.id,
        trade=task.trade,
        area=task.area,
        task_name=task.name,
        staff_id=staff.id,
        staff_name=staff.name,
        done=done,
        reason=reason,
        note=note,
        recorded_by=actor.username,
    )
    records.create(session, actor, ENTITY, row, FIELDS)
    return row


def get_entry(session: Session, entry_id: uuid.UUID) -> WorklogEntry:
    found = session.get(WorklogEntry, entry_id) if isinstance(entry_id, uuid.UUID) else None
    if found is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("messages", "That work-log entry is not on record."))
    return found


def filtered(
    query: Select[tuple[WorklogEntry]], wanted: EntryFilter
) -> Select[tuple[WorklogEntry]]:
    if (wanted.first is None) != (wanted.last is None):
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Choose both the first and the last day, or neither."),
            field="first",
        )
    if wanted.first is not None and wanted.last is not None:
        span_in_window(wanted.first, wanted.last, "first")
        query = query.where(WorklogEntry.day >= wanted.first, WorklogEntry.day <= wanted.last)
    if wanted.trade is not None:
        if not isinstance(wanted.trade, Trade):
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "Choose cleaning or greening, or any."),
                field="trade",
            )
        query = query.where(WorklogEntry.trade == wanted.trade.value)
    area = bounded_text(wanted.area if isinstance(wanted.area, str) else "", FIELD_AREA, MAX_AREA)
    if area:
        query = query.where(WorklogEntry.area == area)
    if wanted.done is not None:
        query = query.where(WorklogEntry.done.is_(bool(wanted.done)))
    if not wanted.include_voided:
        query = query.where(WorklogEntry.voided_at.is_(None))
    text = bounded_text(wanted.text if isinstance(wanted.text, str) else "", "text", SEARCH_MAX)
    if text:
        query = query.where(
            or_(
                WorklogEntry.area.contains(text, autoescape=True),
                WorklogEntry.task_name.contains(text, autoescape=True),
                WorklogEntry.staff_name.contains(text, autoescape=True),
            )
        )
    return query


def _suggested(
    session: Session, tasks: Sequence[WorklogTask]
) -> dict[uuid.UUID, tuple[uuid.UUID, str]]:
    """Per task: its usual person when still on the staff, else whoever logged it last."""
    wanted = {t.staff_id for t in tasks if t.staff_id is not None}
    live = (
        dict(
            session.execute(
                select(Staff.id, Staff.name).where(Staff.id.in_(wanted), Staff.voided_at.is_(None))
            )
            .tuples()
            .all()
        )
        if wanted
        else {}
    )
    found: dict[uuid.UUID, tuple[uuid.UUID, str]] = {}
    for task in tasks:
        if task.staff_id is not None and task.staff_id in live:
            found[task.id] = (task.staff_id, live[task.staff_id])
            continue
        last = session.execute(
            select(Staff.id, Staff.name)
            .join(WorklogEntry, WorklogEntry.staff_id == Staff.id)
            .where(
                WorklogEntry.task_id == task.id,
                WorklogEntry.voided_at.is_(None),
                Staff.voided_at.is_(None),
            )
            .order_by(WorklogEntry.day.desc())
            .limit(1)
        ).first()
        if last is not None:
            found[task.id] = (last[0], last[1])
    return found


class EntryService(StoreService):
    def __init__(self, store: Store) -> None:
        super().__init__(store)

    def area_day(self, actor: Actor, day: date, area: str) -> AreaDay:
        """The quick entry's rows: the tasks planned for the area that day (both
        trades), each with its entry when already logged, else the person suggested;
        tasks logged that day though not planned come along, logged."""
        actor.require(Module.WORKLOGS, Action.VIEW)
        date_in_window(day, FIELD_DAY)
        area = bounded_text(
            area if isinstance(area, str) else "",
            FIELD_AREA,
            MAX_AREA,
            required=QT_TRANSLATE_NOOP("messages", "Choose the area."),
        )
        with self._store.read() as session:
            tasks = sorted(
                session.scalars(select(WorklogTask).where(WorklogTask.area == area)),
                key=task_order,
            )
            entries = {
                e.task_id: e
                for e in session.scalars(
                    select(WorklogEntry).where(
                        WorklogEntry.day == day,
                        WorklogEntry.area == area,
                        WorklogEntry.voided_at.is_(None),
                    )
                )
            }
            shown = [
                t
                for t in tasks
                if t.id in entries or (is_live_on(t, day) and schedule_of(t).is_due(day))
            ]
            suggested = _suggested(session, [t for t in shown if t.id not in entries])
            names = dict(
                session.execute(
                    select(Staff.id, Staff.name).where(
                        Staff.id.in_({t.staff_id for t in shown if t.staff_id is not None})
                    )
                )
                .tuples()
                .all()
            )
            lines = []
            for task in shown:
                entry = entries.get(task.id)
                staff_id, staff_name = suggested.get(task.id, (None, ""))
                lines.append(
                    AreaDayLine(
                        task_info(task, names.get(task.staff_id, "") if task.staff_id else ""),
                        is_live_on(task, day) and schedule_of(task).is_due(day),
                        None if entry is None else entry_row(entry),
                        staff_id,
                        staff_name,
                    )
                )
            return AreaDay(day, area, tuple(lines))

    def log_area(
        self,
        actor: Actor,
        day: date,
        area: str,
        lines: Sequence[EntryInput],
        *,
        now: datetime | None = None,
    ) -> list[EntryRow]:
        """The quick entry's rows, all or none; a message names the row's field."""
        actor.require(Module.WORKLOGS, Action.CREATE)
        moment = now or utcnow()
        today = _today(moment)
        clean_area = bounded_text(
            area if isinstance(area, str) else "",
            FIELD_AREA,
            MAX_AREA,
            required=QT_TRANSLATE_NOOP("messages", "Choose the area."),
        )
        day = clean_day(day, today, FIELD_DAY)
        if not lines:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "messages", "Nothing to log: the area has no open task that day."
                ),
                field=FIELD_AREA,
            )
        if len(lines) > MAX_LINES:
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "At most {limit} rows at once."),
                field=FIELD_AREA,
                limit=MAX_LINES,
            )
        seen: set[uuid.UUID] = set()
        with self._store.write() as session:
            written = []
            for line in lines:
                if not isinstance(line, EntryInput):
                    raise TypeError(f"an EntryInput, got {line!r}")
                if line.day != day:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP("messages", "Every row is for the day chosen."),
                        field=FIELD_DAY,
                    )
                if line.task_id in seen:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP("messages", "A task is logged once a day."),
                        field=FIELD_TASK,
                    )
                seen.add(line.task_id)
                written.append(
                    _write_line(session, actor, line, moment, today, single=False, area=clean_area)
                )
            return [entry_row(row) for row in written]

    def log(self, actor: Actor, line: EntryInput, *, now: datetime | None = None) -> EntryRow:
        """One task's day (any task, also on a day it was not planned)."""
        actor.require(Module.WORKLOGS, Action.CREATE)
        moment = now or utcnow()
        with self._store.write() as session:
            return entry_row(_write_line(session, actor, line, moment, _today(moment), single=True))

    def detail(self, actor: Actor, entry_id: uuid.UUID) -> EntryDetail:
        actor.require(Module.WORKLOGS, Action.VIEW)
        with self._store.read() as session:
            found = get_entry(session, entry_id)
            voider = ""
            if found.voided_by is not None:
                user = session.get(User, found.voided_by)
                voider = (user.display_name or user.username) if user is not None else ""
            return EntryDetail(
                entry_row(found),
                display_name(session, found.recorded_by),
                found.created_at,
                found.void_reason,
                voider,
                found.voided_at,
            )

    def rows(
        self, actor: Actor, wanted: EntryFilter, *, before: Key | None = None, limit: int = 200
    ) -> Page[EntryRow]:
        """Newest first, a page at a time (pass `next_before` for the next)."""
        actor.require(Module.WORKLOGS, Action.VIEW)
        size = max(1, min(int(limit), MAX_PAGE))
        query = filtered(select(WorklogEntry), wanted)
        if before is not None:
            at, row_id = before
            query = query.where(
                or_(
                    WorklogEntry.done_at < at,
                    and_(WorklogEntry.done_at == at, WorklogEntry.id < row_id),
                )
            )
        query = query.order_by(WorklogEntry.done_at.desc(), WorklogEntry.id.desc()).limit(size + 1)
        with self._store.read() as session:
            found = list(session.scalars(query))
        more = len(found) > size
        rows = [entry_row(f) for f in found[:size]]
        return Page(rows, (rows[-1].done_at, rows[-1].id) if more else None)

    def void(self, actor: Actor, entry_id: uuid.UUID, reason: str) -> None:
        """A wrong entry voided with a reason (managers); the task may be logged again."""
        actor.require(Module.WORKLOGS, Action.VOID)
        with self._store.write() as session:
            found = get_entry(session, entry_id)
            if found.voided_at is not None:
                return
            records.void(session, actor, ENTITY, found, FIELDS, reason)

    def week(
        self,
        actor: Actor,
        day: date,
        trade: Trade | None = None,
        *,
        now: datetime | None = None,
    ) -> WeekPlan:
        """The ISO week holding `day`: every task on the books then × its seven days,
        planned / done / not done / missing, and completion per trade and area."""
        actor.require(Module.WORKLOGS, Action.VIEW)
        date_in_window(day, FIELD_DAY)
        if trade is not None and not isinstance(trade, Trade):
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "Choose cleaning or greening, or any."),
                field="trade",
            )
        monday, sunday = week_of(day)
        today = _today(now or utcnow())
        with self._store.read() as session:
            plan = planning.plan_of(session, Period(monday, sunday), today, trade)
        rows = tuple(
            WeekRow(
                t.task.id,
                t.trade,
                t.task.area,
                t.task.name,
                schedule_of(t.task),
                t.states,
                tuple(
                    ""
                    if logged is None
                    else logged.staff_name
                    if logged.done
                    else f"{logged.staff_name}: {logged.reason}"
                    for logged in t.logged
                ),
            )
            for t in plan
        )
        areas = planning.by_area(plan)
        return WeekPlan(monday, today, rows, areas, planning.by_trade(areas))
