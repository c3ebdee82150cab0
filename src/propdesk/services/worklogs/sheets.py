"""The work-log entries as a sheet of records: `propdesk export worklogs` (every entry
of the days given) and the monthly workbook's sheet (the month's).

Voided entries are kept, marked in their own column, as the other modules' records
are. The staff who did the work are named (they are staff, not residents); the login
that typed an entry is named as the accounts know it. Rows are read newest first in
keyset batches, each its own short read, so an export never holds the database.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, literal, select, tuple_
from sqlalchemy.orm import aliased

from propdesk.domain.roles import Action, Module
from propdesk.domain.worklogs.kinds import Trade
from propdesk.reports.monthly.record_fields import Field, fields_sheet
from propdesk.reports.table_columns import ColumnKind, TableSheet
from propdesk.reports.worklogs.labels import text
from propdesk.services.core.module_spec import SheetRequest
from propdesk.store.models import User
from propdesk.store.models.worklogs import WorklogEntry
from propdesk.store.unit_of_work import Store

K = ColumnKind
BATCH = 2000


@dataclass(frozen=True)
class EntryRecord:
    id: uuid.UUID
    day: date
    done_at: datetime
    trade: Trade
    area: str
    task: str
    staff: str
    done: bool
    reason: str
    note: str
    recorded_by: str
    voided_at: datetime | None
    void_reason: str
    voided_by: str


def iter_entries(
    store: Store, first: date, last: date, batch: int = BATCH
) -> Iterator[EntryRecord]:
    """The entries of the days [first, last], newest first, voided ones included."""
    e = WorklogEntry
    recorder, voider = aliased(User), aliased(User)
    statement = (
        select(e, recorder.display_name.label("recorder"), voider.display_name.label("voider"))
        .outerjoin(recorder, recorder.username == e.recorded_by)
        .outerjoin(voider, voider.id == e.voided_by)
        .where(e.day >= first, e.day <= last)
        .order_by(e.done_at.desc(), e.id.desc())
    )
    before: tuple[datetime, uuid.UUID] | None = None
    while True:
        query = statement
        if before is not None:
            at, last_id = before
            query = query.where(
                tuple_(e.done_at, e.id)
                < tuple_(literal(at, e.done_at.type), literal(last_id, e.id.type))
            )
        with store.read() as session:
            found = [
                EntryRecord(
                    row.WorklogEntry.id,
                    row.WorklogEntry.day,
                    row.WorklogEntry.done_at,
                    Trade(row.WorklogEntry.trade),
                    row.WorklogEntry.area,
                    row.WorklogEntry.task_name,
                    row.WorklogEntry.staff_name,
                    row.WorklogEntry.done,
                    row.WorklogEntry.reason,
                    row.WorklogEntry.note,
                    row.recorder or row.WorklogEntry.recorded_by,
                    row.WorklogEntry.voided_at,
                    row.WorklogEntry.void_reason,
                    row.voider or "",
                )
                for row in session.execute(query.limit(batch))
            ]
        yield from found
        if len(found) < batch:
            return
        before = (found[-1].done_at, found[-1].id)


def void_note(row: EntryRecord, lang: str) -> str:
    if row.voided_at is None:
        return ""
    at = row.voided_at.astimezone().strftime("%Y-%m-%d %H:%M")
    return text("void_note", lang, reason=row.void_reason, by=row.voided_by, at=at)


ENTRY_FIELDS: tuple[Field[EntryRecord], ...] = (
    Field("col.day", K.DATE, lambda r, _: r.day),
    Field("col.time", K.DATETIME, lambda r, _: r.done_at),
    Field("col.trade", K.TEXT, lambda r, lang: text(f"trade.{r.trade.value}", lang)),
    Field("col.area", K.TEXT, lambda r, _: r.area),
    Field("col.task", K.TEXT, lambda r, _: r.task),
    Field("col.staff", K.TEXT, lambda r, _: r.staff),
    Field(
        "col.result",
        K.TEXT,
        lambda r, lang: text("state.done" if r.done else "state.not_done", lang),
    ),
    Field("col.reason", K.TEXT, lambda r, _: r.reason),
    Field("col.note", K.TEXT, lambda r, _: r.note),
    Field("col.recorded_by", K.TEXT, lambda r, _: r.recorded_by),
    Field("col.voided", K.TEXT, void_note),
)


def entry_sheet(door: object, request: SheetRequest) -> TableSheet:
    """The entries of the request's days, newest first."""
    del door  # the rows are read here, straight from the store
    request.actor.require(Module.WORKLOGS, Action.EXPORT)  # now, not at the first row
    period = request.period
    total = request.total
    if total is None:
        with request.store.read() as session:
            total = session.scalar(
                select(func.count()).where(
                    WorklogEntry.day >= period.first, WorklogEntry.day <= period.last
                )
            )
    return fields_sheet(
        text("sheet.entries", request.lang),
        ENTRY_FIELDS,
        iter_entries(request.store, period.first, period.last),
        request.lang,
        personal=request.personal,
        total=total,
        heading=text,
    )
