"""Cleaning and greening work logs (保洁 / 绿化日志): the tasks each trade owes an area
(with how often: domain.worklogs.schedule) and the entries logged against them.

A task is never edited: the office adds new ones and retires old ones, and an entry
keeps the trade, area and task name it was logged with. A week's plan is derived
from the tasks' schedules, never stored. One live entry per task and day (the service
refuses a second; a wrong one is voided with a reason and logged again).

Text lengths are the limits the service checks (services.worklogs.inputs).
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from propdesk.store.base import Base, IdMixin, TimestampMixin
from propdesk.store.models.voidable import VoidableMixin


class WorklogTask(IdMixin, TimestampMixin, Base):
    __tablename__ = "worklog_task"
    __table_args__ = (Index("ix_worklog_task_area", "trade", "area", "name"),)

    trade: Mapped[str] = mapped_column(String(12))  # domain.worklogs.kinds.Trade
    area: Mapped[str] = mapped_column(String(60))
    name: Mapped[str] = mapped_column(String(60))
    frequency: Mapped[str] = mapped_column(String(12))  # kinds.Frequency
    weekdays: Mapped[int] = mapped_column(default=0)  # ISO weekdays as bits (schedule)
    month_day: Mapped[int | None] = mapped_column(default=None)  # a monthly task's day
    start_minute: Mapped[int] = mapped_column(default=8 * 60)  # usually done at (local)
    # Who usually does it (pre-filled on the quick entry), of the trade's department.
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), default=None)
    active_from: Mapped[date]  # the local day it was added: planned from then on
    created_by: Mapped[str] = mapped_column(String(40))  # login
    retired_at: Mapped[datetime | None] = mapped_column(default=None)  # planned no more
    retired_by: Mapped[str | None] = mapped_column(String(40), default=None)


class WorklogEntry(IdMixin, TimestampMixin, VoidableMixin, Base):
    """One task's work on one day: done, or not done with the reason."""

    __tablename__ = "worklog_entry"
    __table_args__ = (
        Index("ix_worklog_entry_at", "done_at", "id"),
        Index("ix_worklog_entry_task_day", "task_id", "day"),
        Index("ix_worklog_entry_day", "day", "area"),
        # Quick search reads each column's few distinct values through these
        # (services/worklogs/search.py), not every entry.
        Index("ix_worklog_entry_area", "area"),
        Index("ix_worklog_entry_task_name", "task_name"),
        Index("ix_worklog_entry_staff_name", "staff_name"),
    )

    day: Mapped[date]  # the local day the work belongs to
    done_at: Mapped[datetime]  # when (on that day)
    task_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("worklog_task.id"))
    trade: Mapped[str] = mapped_column(String(12))
    area: Mapped[str] = mapped_column(String(60))
    task_name: Mapped[str] = mapped_column(String(60))
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), default=None)
    staff_name: Mapped[str] = mapped_column(String(40))
    done: Mapped[bool]
    reason: Mapped[str] = mapped_column(String(200), default="")  # why not done
    note: Mapped[str] = mapped_column(String(300), default="")
    recorded_by: Mapped[str] = mapped_column(String(40))  # the login that entered it
