"""The sessions as sheets of records: `propdesk export drills` (every session held in
the days given, voided ones kept and marked) and `propdesk export drill-participants`
(who took part in them, a row per person and session, the organiser too); the
monthly workbook takes the first, without the names the committee need not read
(organisers are staff acting in their role, so they stay).

The rows are read newest first in keyset batches, each its own short read.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Row, literal, select, tuple_
from sqlalchemy.orm import aliased

from propdesk.domain.roles import Action, Module
from propdesk.reports.monthly.drills_labels import drill_text
from propdesk.reports.monthly.record_fields import Field, fields_sheet
from propdesk.reports.table_columns import ColumnKind, TableSheet
from propdesk.services.core.module_spec import SheetRequest
from propdesk.services.core.periods import bounds
from propdesk.store.models import User
from propdesk.store.models.drills import DrillParticipant, DrillSession
from propdesk.store.unit_of_work import Store

K = ColumnKind
BATCH = 2000


@dataclass(frozen=True)
class SessionRecord:
    id: uuid.UUID
    number: str
    held_at: datetime
    kind: str
    topic: str
    title: str
    minutes: int
    place: str
    organiser: str
    staff: int
    residents: int
    practised: str
    problems: str
    actions: str
    recorded_by: str
    voided_at: datetime | None
    void_reason: str
    voided_by: str


def iter_sessions(
    store: Store, start: datetime, end: datetime, batch: int = BATCH
) -> Iterator[SessionRecord]:
    """The sessions held in [start, end), newest first, voided ones included."""
    s = DrillSession
    recorder, voider = aliased(User), aliased(User)
    statement = (
        select(s, recorder.display_name.label("recorder"), voider.display_name.label("voider"))
        .outerjoin(recorder, recorder.username == s.recorded_by)
        .outerjoin(voider, voider.id == s.voided_by)
        .where(s.held_at >= start, s.held_at < end)
        .order_by(s.held_at.desc(), s.id.desc())
    )
    before: tuple[datetime, uuid.UUID] | None = None
    while True:
        query = statement
        if before is not None:
            query = query.where(
                tuple_(s.held_at, s.id)
                < tuple_(literal(before[0], s.held_at.type), literal(before[1], s.id.type))
            )
        with store.read() as session:
            found = [_record(row) for row in session.execute(query.limit(batch))]
        yield from found
        if len(found) < batch:
            return
        before = (found[-1].held_at, found[-1].id)


def _record(row: Row[Any]) -> SessionRecord:
    f: DrillSession = row.DrillSession
    return SessionRecord(
        f.id,
        f.number,
        f.held_at,
        f.kind,
        f.topic,
        f.title,
        f.minutes,
        f.place,
        f.organiser_name,
        f.staff_count,
        f.residents,
        f.practised,
        f.problems,
        f.actions,
        row.recorder or f.recorded_by,
        f.voided_at,
        f.void_reason,
        row.voider or "",
    )


def void_note(row: SessionRecord, lang: str) -> str:
    if row.voided_at is None:
        return ""
    at = row.voided_at.astimezone().strftime("%Y-%m-%d %H:%M")
    return drill_text("xlsx.void_note", lang, reason=row.void_reason, by=row.voided_by, at=at)


SESSION_FIELDS: tuple[Field[SessionRecord], ...] = (
    Field("col.session", K.TEXT, lambda r, _: r.number),
    Field("col.held", K.DATETIME, lambda r, _: r.held_at),
    Field("col.kind", K.TEXT, lambda r, lang: drill_text(f"kind.{r.kind}", lang)),
    Field("col.topic", K.TEXT, lambda r, lang: drill_text(f"topic.{r.topic}", lang)),
    Field("col.title", K.TEXT, lambda r, _: r.title),
    Field("col.minutes", K.INT, lambda r, _: r.minutes),
    Field("col.place", K.TEXT, lambda r, _: r.place),
    Field("col.organiser", K.TEXT, lambda r, _: r.organiser),
    Field("col.staff", K.INT, lambda r, _: r.staff),
    Field("col.residents", K.INT, lambda r, _: r.residents),
    Field("col.practised", K.TEXT, lambda r, _: r.practised),
    Field("col.problems", K.TEXT, lambda r, _: r.problems),
    Field("col.actions", K.TEXT, lambda r, _: r.actions),
    Field("col.recorded_by", K.TEXT, lambda r, _: r.recorded_by, personal=True),
    Field("xlsx.voided", K.TEXT, void_note),
)


def session_sheet(door: object, request: SheetRequest) -> TableSheet:
    """The sessions held in the request's days, newest first."""
    del door  # the rows are read here, straight from the store
    request.actor.require(Module.DRILLS, Action.EXPORT)
    rows = iter_sessions(request.store, *bounds(request.period))
    return fields_sheet(
        drill_text("sheet.drills", request.lang),
        SESSION_FIELDS,
        rows,
        request.lang,
        personal=request.personal,
        total=request.expected(DrillSession.held_at),
        heading=drill_text,
    )


@dataclass(frozen=True)
class ParticipantRecord:
    number: str
    held_at: datetime
    topic: str
    title: str
    name: str
    department: str
    organiser: bool
    voided: bool


def iter_participants(store: Store, start: datetime, end: datetime) -> Iterator[ParticipantRecord]:
    """Who took part in the live sessions held in [start, end): the organiser first,
    then the staff by department and name; sessions newest first."""
    for record in iter_sessions(store, start, end):
        if record.voided_at is not None:
            continue
        with store.read() as session:
            people = session.execute(
                select(DrillParticipant.staff_name, DrillParticipant.department_name)
                .where(DrillParticipant.session_id == record.id)
                .order_by(DrillParticipant.department_name, DrillParticipant.staff_name)
            ).all()
        base = (record.number, record.held_at, record.topic, record.title)
        yield ParticipantRecord(*base, record.organiser, "", True, False)
        for name, department in people:
            yield ParticipantRecord(*base, name, department, False, False)


PARTICIPANT_FIELDS: tuple[Field[ParticipantRecord], ...] = (
    Field("col.session", K.TEXT, lambda r, _: r.number),
    Field("col.held", K.DATETIME, lambda r, _: r.held_at),
    Field("col.topic", K.TEXT, lambda r, lang: drill_text(f"topic.{r.topic}", lang)),
    Field("col.title", K.TEXT, lambda r, _: r.title),
    Field("col.participant", K.TEXT, lambda r, _: r.name),
    Field("col.department", K.TEXT, lambda r, _: r.department),
    Field(
        "col.role",
        K.TEXT,
        lambda r, lang: drill_text("role.organiser" if r.organiser else "role.participant", lang),
    ),
)


def participant_sheet(door: object, request: SheetRequest) -> TableSheet:
    """Who took part in the sessions of the request's days (a row per person)."""
    del door
    request.actor.require(Module.DRILLS, Action.EXPORT)
    rows = iter_participants(request.store, *bounds(request.period))
    return fields_sheet(
        drill_text("sheet.drill_participants", request.lang),
        PARTICIPANT_FIELDS,
        rows,
        request.lang,
        personal=True,  # the staff's own names: the sheet is nothing without them
        total=None,
        heading=drill_text,
    )
