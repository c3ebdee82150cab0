"""The tasks each trade owes an area (保洁 / 绿化任务): the office's own, loaded from the
defaults in the station's language, added to and retired by managers (VOID on work
logs, as the inspections' checklists). A task is never edited: its entries keep the
words it had. Everyone with VIEW reads them.
"""

from __future__ import annotations

import re
import uuid
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from propdesk.domain.roles import Action, Module
from propdesk.domain.worklogs.defaults import COMMON_AREAS, DEFAULTS, pick
from propdesk.domain.worklogs.kinds import Frequency, Trade
from propdesk.domain.worklogs.schedule import Schedule, weekday_mask, weekdays_of
from propdesk.errors import QT_TRANSLATE_NOOP, ConflictError, NotFoundError
from propdesk.services.core import records
from propdesk.services.core.actor import Actor
from propdesk.services.core.local_zone import local_zone
from propdesk.services.core.store_service import StoreService
from propdesk.services.worklogs.inputs import (
    FIELD_NAME,
    CleanTask,
    TaskInput,
    clean_task,
    staff_of_trade,
)
from propdesk.services.worklogs.views import TaskInfo
from propdesk.store.base import utcnow
from propdesk.store.models import Building, Staff
from propdesk.store.models.worklogs import WorklogTask

ENTITY = "worklog_task"
FIELDS = (
    "trade",
    "area",
    "name",
    "frequency",
    "weekdays",
    "month_day",
    "start_minute",
    "staff_id",
    "active_from",
    "retired_at",
)
_TRADE_ORDER = {trade: n for n, trade in enumerate(Trade)}
_DIGITS = re.compile(r"(\d+)")


def schedule_of(row: WorklogTask) -> Schedule:
    return Schedule(Frequency(row.frequency), weekdays_of(row.weekdays), row.month_day)


def task_info(row: WorklogTask, staff_name: str = "") -> TaskInfo:
    return TaskInfo(
        row.id,
        Trade(row.trade),
        row.area,
        row.name,
        schedule_of(row),
        row.start_minute,
        row.staff_id,
        staff_name,
        row.active_from,
        row.retired_at is not None,
    )


def natural(text: str) -> tuple[tuple[int, int | str], ...]:
    """Numbers in a name compared as numbers: 1–4栋 before 13–16栋."""
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in _DIGITS.split(text) if p)


def task_order(row: WorklogTask) -> tuple[object, ...]:
    """By trade, area, usual time, name: the order of the plan and the quick entry."""
    return (_TRADE_ORDER.get(Trade(row.trade), 9), natural(row.area), row.start_minute, row.name)


def not_found() -> NotFoundError:
    return NotFoundError(QT_TRANSLATE_NOOP("messages", "That work-log task is not on record."))


def live_task(session: Session, task_id: uuid.UUID, field: str) -> WorklogTask:
    found = session.get(WorklogTask, task_id) if isinstance(task_id, uuid.UUID) else None
    if found is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("messages", "That work-log task is not on record."), field=field
        )
    return found


def retired_day(row: WorklogTask) -> date | None:
    """The local day from which a retired task is planned no more."""
    return None if row.retired_at is None else row.retired_at.astimezone(local_zone()).date()


def is_live_on(row: WorklogTask, day: date) -> bool:
    """Whether the task was on the books on `day` (added, not yet retired)."""
    gone = retired_day(row)
    return row.active_from <= day and (gone is None or day < gone)


def staff_names(session: Session, ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
    if not ids:
        return {}
    return dict(
        session.execute(select(Staff.id, Staff.name).where(Staff.id.in_(ids))).tuples().all()
    )


def tasks_infos(session: Session, rows: list[WorklogTask]) -> list[TaskInfo]:
    names = staff_names(session, {r.staff_id for r in rows if r.staff_id is not None})
    return [task_info(r, names.get(r.staff_id, "") if r.staff_id else "") for r in rows]


def _write(
    session: Session, actor: Actor, clean: CleanTask, staff_id: uuid.UUID | None, today: date
) -> WorklogTask:
    row = WorklogTask(
        trade=clean.trade.value,
        area=clean.area,
        name=clean.name,
        frequency=clean.schedule.frequency.value,
        weekdays=weekday_mask(clean.schedule.weekdays),
        month_day=clean.schedule.month_day,
        start_minute=clean.start_minute,
        staff_id=staff_id,
        active_from=today,
        created_by=actor.username,
    )
    records.create(session, actor, ENTITY, row, FIELDS)
    return row


def _live_names(session: Session) -> set[tuple[str, str, str]]:
    rows = session.execute(
        select(WorklogTask.trade, WorklogTask.area, WorklogTask.name).where(
            WorklogTask.retired_at.is_(None)
        )
    ).tuples()
    return set(rows)


class TaskService(StoreService):
    def list_tasks(
        self, actor: Actor, *, trade: Trade | None = None, retired: bool = False
    ) -> list[TaskInfo]:
        """The live tasks (retired ones too when asked), by trade, area, time, name."""
        actor.require(Module.WORKLOGS, Action.VIEW)
        query = select(WorklogTask)
        if trade is not None:
            query = query.where(WorklogTask.trade == Trade(trade).value)
        if not retired:
            query = query.where(WorklogTask.retired_at.is_(None))
        with self._store.read() as session:
            rows = sorted(session.scalars(query), key=task_order)
            return tasks_infos(session, rows)

    def areas(self, actor: Actor) -> list[str]:
        """The areas live tasks are for, in order: what the quick entry offers."""
        actor.require(Module.WORKLOGS, Action.VIEW)
        with self._store.read() as session:
            found = session.scalars(
                select(WorklogTask.area).where(WorklogTask.retired_at.is_(None)).distinct()
            )
            return sorted(set(found), key=natural)

    def area_choices(self, actor: Actor, language: str) -> list[str]:
        """What a new task's area may be: the areas in use, the common areas (in the
        station's language) and the estate's buildings."""
        actor.require(Module.WORKLOGS, Action.VIEW)
        with self._store.read() as session:
            used = set(session.scalars(select(WorklogTask.area).distinct()))
            buildings = [
                name
                for name, _code in sorted(
                    session.execute(
                        select(Building.name, Building.code).where(Building.voided_at.is_(None))
                    ).tuples(),
                    key=lambda b: (len(b[1]), b[1]),
                )
            ]
        common = [pick(words, language) for words in COMMON_AREAS]
        ordered = [*sorted(used, key=natural), *common, *buildings]
        return list(dict.fromkeys(ordered))

    def add(self, actor: Actor, data: TaskInput, *, now: datetime | None = None) -> TaskInfo:
        """A new task, planned from today; refused when a live one has the same trade,
        area and name."""
        actor.require(Module.WORKLOGS, Action.VOID)
        clean = clean_task(data)
        today = (now or utcnow()).astimezone(local_zone()).date()
        with self._store.write() as session:
            staff_name = ""
            if data.staff_id is not None:
                staff_name = staff_of_trade(session, data.staff_id, clean.trade).name
            if (clean.trade.value, clean.area, clean.name) in _live_names(session):
                raise ConflictError(
                    QT_TRANSLATE_NOOP("messages", "The area {area} already has the task {task}."),
                    field=FIELD_NAME,
                    area=clean.area,
                    task=clean.name,
                )
            row = _write(session, actor, clean, data.staff_id, today)
            return task_info(row, staff_name)

    def retire(self, actor: Actor, task_id: uuid.UUID, *, now: datetime | None = None) -> None:
        """Planned no more from today; its entries stay."""
        actor.require(Module.WORKLOGS, Action.VOID)
        with self._store.write() as session:
            row = live_task(session, task_id, "task_id")
            if row.retired_at is not None:
                return
            records.update(
                session,
                actor,
                ENTITY,
                row,
                FIELDS,
                {"retired_at": now or utcnow(), "retired_by": actor.username},
            )

    def load_defaults(self, actor: Actor, language: str, *, now: datetime | None = None) -> int:
        """The default task set in `language`, each task the office does not have live
        yet (same trade, area and name); how many were added."""
        actor.require(Module.WORKLOGS, Action.VOID)
        today = (now or utcnow()).astimezone(local_zone()).date()
        with self._store.write() as session:
            have = _live_names(session)
            added = 0
            for default in DEFAULTS:
                clean = CleanTask(
                    default.trade,
                    pick(default.area, language),
                    pick(default.name, language),
                    default.schedule,
                    default.start_minute,
                )
                if (clean.trade.value, clean.area, clean.name) in have:
                    continue
                _write(session, actor, clean, None, today)
                have.add((clean.trade.value, clean.area, clean.name))
                added += 1
            return added
