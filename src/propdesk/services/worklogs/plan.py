"""The plan against what was logged, for any days (a week's grid, a month's report,
today's dashboard): each task on the books in those days, with the state of each day
(domain.worklogs.plan.day_state), and completion added up per trade and area.

Tasks are few (tens) and a month's entries a few thousand, so the days are worked out
in Python from the tasks' schedules; only the live entries of the days are read.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from propdesk.domain.service_targets import Period
from propdesk.domain.worklogs.kinds import DayState, Trade
from propdesk.domain.worklogs.plan import Completion, day_state
from propdesk.services.core.periods import start_of
from propdesk.services.worklogs.tasks import is_live_on, schedule_of, task_order
from propdesk.services.worklogs.views import AreaCompletion
from propdesk.store.models.worklogs import WorklogEntry, WorklogTask


@dataclass(frozen=True)
class Logged:
    done: bool
    staff_name: str
    reason: str


@dataclass(frozen=True)
class TaskDays:
    task: WorklogTask
    days: tuple[date, ...]
    states: tuple[DayState | None, ...]
    logged: tuple[Logged | None, ...]

    @property
    def trade(self) -> Trade:
        return Trade(self.task.trade)

    def completion(self) -> Completion:
        total = Completion()
        for state in self.states:
            total = total.add(state)
        return total


def tasks_in(session: Session, period: Period, trade: Trade | None = None) -> list[WorklogTask]:
    """The tasks on the books some day of `period`, in the plan's order."""
    query = select(WorklogTask).where(
        WorklogTask.active_from <= period.last,
        or_(WorklogTask.retired_at.is_(None), WorklogTask.retired_at >= start_of(period.first)),
    )
    if trade is not None:
        query = query.where(WorklogTask.trade == trade.value)
    return sorted(session.scalars(query), key=task_order)


def logged_in(
    session: Session, period: Period, task_ids: Iterable[uuid.UUID]
) -> dict[tuple[uuid.UUID, date], Logged]:
    wanted = set(task_ids)
    rows = session.execute(
        select(
            WorklogEntry.task_id,
            WorklogEntry.day,
            WorklogEntry.done,
            WorklogEntry.staff_name,
            WorklogEntry.reason,
        ).where(
            WorklogEntry.day >= period.first,
            WorklogEntry.day <= period.last,
            WorklogEntry.voided_at.is_(None),
        )
    ).tuples()
    return {
        (task_id, day): Logged(done, staff, reason)
        for task_id, day, done, staff, reason in rows
        if task_id in wanted
    }


def plan_of(
    session: Session, period: Period, today: date, trade: Trade | None = None
) -> list[TaskDays]:
    tasks = tasks_in(session, period, trade)
    logged = logged_in(session, period, (t.id for t in tasks))
    days = tuple(period.days)
    found: list[TaskDays] = []
    for task in tasks:
        plan = schedule_of(task)
        entries = tuple(logged.get((task.id, day)) for day in days)
        states = tuple(
            day_state(
                is_live_on(task, day) and plan.is_due(day),
                None if entry is None else entry.done,
                day,
                today,
            )
            for day, entry in zip(days, entries, strict=True)
        )
        if any(state is not None for state in states):
            found.append(TaskDays(task, days, states, entries))
    return found


def by_area(plan: Iterable[TaskDays]) -> tuple[AreaCompletion, ...]:
    """Completion per trade and area, in the plan's order."""
    totals: dict[tuple[Trade, str], Completion] = {}
    for task_days in plan:
        key = (task_days.trade, task_days.task.area)
        totals[key] = totals.get(key, Completion()) + task_days.completion()
    return tuple(AreaCompletion(trade, area, done) for (trade, area), done in totals.items())


def by_trade(areas: Iterable[AreaCompletion]) -> tuple[tuple[Trade, Completion], ...]:
    totals: dict[Trade, Completion] = {}
    for area in areas:
        totals[area.trade] = totals.get(area.trade, Completion()) + area.completion
    return tuple((trade, totals[trade]) for trade in Trade if trade in totals)
