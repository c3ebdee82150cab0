"""The gate journal as a sheet of records: `propdesk export gate` (every event of the
days given, visitors' names included) and the monthly workbook's "Gate journal" (the
month's events, without them). The rows are read with Core in keyset batches along
the time index (newest first, each batch its own short read, as the journal's own
iterator does) into plain tuples: no row objects, so a month of gate traffic or five
years of it goes out in flat memory at the writer's speed (issue 18). The guards are
named as people (not their logins); a voided row stays, its "Voided" cell saying why,
by whom and when."""

from __future__ import annotations

import functools
import uuid
from collections.abc import Iterator
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from propdesk.domain.roles import Action, Module
from propdesk.reports.monthly.labels import text
from propdesk.reports.monthly.record_fields import Field, code_name, gate_note
from propdesk.reports.table_columns import ColumnKind, TableSheet
from propdesk.services.core.audit import AuditAction
from propdesk.services.core.dated_sheet import dated_sheet
from propdesk.services.core.module_spec import SheetRequest
from propdesk.services.core.people import display_names
from propdesk.services.core.periods import bounds
from propdesk.services.gate.events import ENTITY, GateEventKind
from propdesk.services.gate.service import GateServices
from propdesk.store.models import AuditEntry, GateEvent, Unit
from propdesk.store.unit_of_work import Store

K = ColumnKind
BATCH = 5000  # rows a read holds; each batch is its own short read
_FEE_KIND = GateEventKind.VEHICLE_OUT.value  # fees are collected at the exit only


class GateRecord(NamedTuple):
    """One event as the sheet writes it: its columns, the guard and the voider by name."""

    occurred_at: datetime
    kind: str  # GateEventKind's value
    station: str
    guard_name: str
    card_number: str
    person_name: str
    unit_code: str
    plate: str
    pass_number: str
    permit_number: str
    purpose: str
    description: str
    place: str
    fee_fen: int
    closed_at: datetime | None
    note: str
    voided_at: datetime | None
    void_reason: str
    voided_by: str


# GateRecord's columns up to the guard (a login here, a name once looked up), then
# from the card on; the event's id last, for the keyset.
_COLUMNS = (
    GateEvent.occurred_at,
    GateEvent.kind,
    GateEvent.station,
    GateEvent.username,
    GateEvent.card_number,
    GateEvent.person_name,
    Unit.code,
    GateEvent.plate,
    GateEvent.pass_number,
    GateEvent.permit_number,
    GateEvent.purpose,
    GateEvent.description,
    GateEvent.place,
    GateEvent.fee_fen,
    GateEvent.closed_at,
    GateEvent.note,
    GateEvent.voided_at,
    GateEvent.void_reason,
    GateEvent.id,
)
_GUARD = 3
_UNIT = 6
_VOIDED_AT = 16
_ID = 18


@functools.cache
def _kind_name(kind: str, lang: str) -> str:
    """A kind's name in the workbook's language: a dozen kinds, looked up once each."""
    return code_name("kind", kind, lang)


def void_note(row: GateRecord, lang: str) -> str:
    """Why, by whom and when the row was voided; empty for a row that counts."""
    if row.voided_at is None:
        return ""
    at = row.voided_at.astimezone().strftime("%Y-%m-%d %H:%M")
    return text("xlsx.void_note", lang, reason=row.void_reason, by=row.voided_by, at=at)


GATE_FIELDS: tuple[Field[GateRecord], ...] = (
    Field("xlsx.time", K.DATETIME, lambda r, _: r.occurred_at),
    Field("xlsx.kind", K.TEXT, lambda r, lang: _kind_name(r.kind, lang)),
    Field("xlsx.station", K.TEXT, lambda r, _: r.station),
    Field("xlsx.username", K.TEXT, lambda r, _: r.guard_name),
    Field("xlsx.card", K.TEXT, lambda r, _: r.card_number),
    Field("xlsx.name", K.TEXT, lambda r, _: r.person_name, personal=True),
    Field("xlsx.unit_code", K.TEXT, lambda r, _: r.unit_code),
    Field("xlsx.plate", K.TEXT, lambda r, _: r.plate),
    Field("xlsx.pass", K.TEXT, lambda r, _: r.pass_number),
    Field("xlsx.permit", K.TEXT, lambda r, _: r.permit_number),
    Field("xlsx.purpose", K.TEXT, lambda r, _: r.purpose),
    Field("xlsx.description", K.TEXT, lambda r, _: r.description),
    Field("xlsx.place", K.TEXT, lambda r, _: r.place),
    # Fees are collected at the exit only; other rows stay empty (and a voided exit's
    # fee: it was not taken), so the column's sum is the period's takings.
    Field(
        "xlsx.fee",
        K.MONEY,
        lambda r, _: r.fee_fen if r.kind == _FEE_KIND and r.voided_at is None else None,
    ),
    Field("xlsx.closed", K.DATETIME, lambda r, _: r.closed_at),
    Field("xlsx.note", K.TEXT, lambda r, lang: gate_note(r.note, lang)),
    Field("xlsx.voided", K.TEXT, void_note),
)


def journal_sheet(gate: GateServices, request: SheetRequest) -> TableSheet:
    """The events of the request's days, newest first; voided rows are kept, marked in
    their own column (the figures leave them out: a reader sees what was corrected)."""
    del gate  # the rows are read here, straight from the store
    request.actor.require(Module.GATE, Action.VIEW)  # now, not at the first row
    rows = gate_records(request.store, *bounds(request.period))
    return dated_sheet(request, "sheet.gate", GATE_FIELDS, rows, GateEvent.occurred_at)


def gate_records(store: Store, start: datetime, end: datetime) -> Iterator[GateRecord]:
    """Every event from `start` to before `end`, voided ones too, newest first."""
    before: tuple[datetime, uuid.UUID] | None = None
    while True:
        with store.read() as session:
            rows = _batch(session, start, end, before)
            records = _records(session, rows)
        yield from records
        if len(rows) < BATCH:
            return
        before = (rows[-1][0], rows[-1][_ID])


def _batch(
    session: Session, start: datetime, end: datetime, before: tuple[datetime, uuid.UUID] | None
) -> list[Any]:
    query = (
        select(*_COLUMNS)
        .outerjoin(Unit, GateEvent.unit_id == Unit.id)
        .where(GateEvent.occurred_at >= start, GateEvent.occurred_at < end)
        .order_by(GateEvent.occurred_at.desc(), GateEvent.id.desc())
        .limit(BATCH)
    )
    if before is not None:
        at, event_id = before
        # The upper bound keeps the time index's range; the OR breaks ties on the id.
        query = query.where(
            GateEvent.occurred_at <= at,
            or_(
                GateEvent.occurred_at < at,
                and_(GateEvent.occurred_at == at, GateEvent.id < event_id),
            ),
        )
    # Through the connection: a Core result (the driver's rows, each column's type
    # processed), without the ORM's result layer a session's execute puts around it.
    return list(session.connection().execute(query).all())


def _records(session: Session, rows: list[Any]) -> list[GateRecord]:
    """The batch's rows with the guards and the voiders named (one lookup each)."""
    voiders = _voiders(session, [row[_ID] for row in rows if row[_VOIDED_AT] is not None])
    names = display_names(session, [row[_GUARD] for row in rows] + list(voiders.values()))
    return [
        GateRecord._make(
            (
                *row[:_GUARD],
                names.get(row[_GUARD], ""),
                *row[_GUARD + 1 : _UNIT],
                row[_UNIT] or "",
                *row[_UNIT + 1 : _ID],
                names.get(voiders.get(row[_ID], ""), ""),
            )
        )
        for row in rows
    ]


def _voiders(session: Session, event_ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    """event id → the login that voided it, from the void's audit row (which names the
    user also for a headless command)."""
    if not event_ids:
        return {}
    by_text = {str(event_id): event_id for event_id in event_ids}
    rows = session.execute(
        select(AuditEntry.entity_id, AuditEntry.username).where(
            AuditEntry.entity == ENTITY,
            AuditEntry.entity_id.in_(list(by_text)),
            AuditEntry.action == AuditAction.VOID.value,
        )
    )
    return {by_text[entity_id]: username for entity_id, username in rows}
