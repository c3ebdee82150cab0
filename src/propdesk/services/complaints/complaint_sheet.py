"""The complaints as a sheet of records: `propdesk export complaints` (every complaint
received in the days given, complainants' names and phones included) and the monthly
workbook's "Complaints" (the month's, without them).

An anonymous complaint has no name or phone stored (services.complaints.complaints);
its row says "anonymous" and its complainant cells stay empty whatever is asked.
Voided complaints are kept, marked in their own column, as the gate journal's rows
are: the reader sees what was struck out. The rows are read newest first in keyset
batches, each its own short read, so an export never holds the database.
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
from propdesk.reports.monthly.labels import text
from propdesk.reports.monthly.record_fields import Field, code_name, yes_no
from propdesk.reports.table_columns import ColumnKind, TableSheet
from propdesk.services.complaints.detail import shown_phone
from propdesk.services.complaints.service import ComplaintServices
from propdesk.services.core.actor import Actor
from propdesk.services.core.dated_sheet import dated_sheet
from propdesk.services.core.module_spec import SheetRequest
from propdesk.services.core.periods import bounds
from propdesk.store.models import Complaint, Department, RepairTicket, Staff, Unit, User
from propdesk.store.unit_of_work import Store

K = ColumnKind
BATCH = 2000


@dataclass(frozen=True)
class ComplaintRecord:
    """One complaint as its sheet row shows it."""

    id: uuid.UUID
    number: str
    received_at: datetime
    state: str
    channel: str
    category: str
    severity: str
    anonymous: bool
    complainant_name: str  # "" for an anonymous one
    complainant_phone: str  # in full or masked, by the reader's role; "" if anonymous
    place: str  # the unit's code or the common area
    description: str
    department: str
    handler: str
    response_due_at: datetime
    first_answered_at: datetime | None
    round: int
    investigation: str
    resolution: str
    verdict: str
    root_cause: str
    root_cause_text: str
    corrective_action: str
    closed_at: datetime | None
    close_reason: str  # a manager's closing
    follow_up_at: datetime | None
    follow_up_rating: int | None
    repair_ticket: str
    voided_at: datetime | None
    void_reason: str
    voided_by: str  # the voider's name

    @property
    def answered_in_time(self) -> bool | None:
        if self.first_answered_at is None:
            return None
        return self.first_answered_at <= self.response_due_at


def _record(row: Row[Any], actor: Actor) -> ComplaintRecord:
    c: Complaint = row.Complaint
    anonymous = bool(c.anonymous)
    return ComplaintRecord(
        id=c.id,
        number=c.number,
        received_at=c.received_at,
        state=c.state,
        channel=c.channel,
        category=c.category,
        severity=c.severity,
        anonymous=anonymous,
        complainant_name="" if anonymous else c.complainant_name,
        complainant_phone="" if anonymous else shown_phone(c.complainant_phone, actor),
        place=row.unit_code or c.common_area,
        description=c.description,
        department=row.department or "",
        handler=row.handler or "",
        response_due_at=c.response_due_at,
        first_answered_at=c.first_answered_at,
        round=c.round,
        investigation=c.investigation,
        resolution=c.resolution,
        verdict=c.verdict,
        root_cause=c.root_cause,
        root_cause_text=c.root_cause_text,
        corrective_action=c.corrective_action,
        closed_at=c.closed_at,
        close_reason=c.close_reason if c.manager_closed else "",
        follow_up_at=c.follow_up_at,
        follow_up_rating=c.follow_up_rating,
        repair_ticket=row.ticket or "",
        voided_at=c.voided_at,
        void_reason=c.void_reason,
        voided_by=row.voider or "",
    )


def iter_records(
    store: Store, actor: Actor, start: datetime, end: datetime, batch: int = BATCH
) -> Iterator[ComplaintRecord]:
    """The complaints received in [start, end), newest first, voided ones included."""
    c = Complaint
    handler = aliased(Staff)
    statement = (
        select(
            c,
            Unit.code.label("unit_code"),
            Department.name.label("department"),
            handler.name.label("handler"),
            RepairTicket.number.label("ticket"),
            User.display_name.label("voider"),
        )
        .outerjoin(Unit, c.unit_id == Unit.id)
        .outerjoin(Department, c.department_id == Department.id)
        .outerjoin(handler, c.handler_id == handler.id)
        .outerjoin(RepairTicket, c.repair_ticket_id == RepairTicket.id)
        .outerjoin(User, c.voided_by == User.id)
        .where(c.received_at >= start, c.received_at < end)
        .order_by(c.received_at.desc(), c.id.desc())
    )
    before: tuple[datetime, uuid.UUID] | None = None
    while True:
        query = statement
        if before is not None:
            at, row_id = before
            query = query.where(
                tuple_(c.received_at, c.id)
                < tuple_(literal(at, c.received_at.type), literal(row_id, c.id.type))
            )
        with store.read() as session:
            records = [_record(row, actor) for row in session.execute(query.limit(batch))]
        yield from records
        if len(records) < batch:
            return
        before = (records[-1].received_at, records[-1].id)


def void_note(row: ComplaintRecord, lang: str) -> str:
    """Why, by whom and when the complaint was voided; empty for one that counts."""
    if row.voided_at is None:
        return ""
    at = row.voided_at.astimezone().strftime("%Y-%m-%d %H:%M")
    return text("xlsx.void_note", lang, reason=row.void_reason, by=row.voided_by, at=at)


def _coded(prefix: str, code: str, lang: str) -> str:
    return code_name(prefix, code, lang) if code else ""


COMPLAINT_FIELDS: tuple[Field[ComplaintRecord], ...] = (
    Field("col.complaint", K.TEXT, lambda r, _: r.number),
    Field("col.received", K.DATETIME, lambda r, _: r.received_at),
    Field("col.state", K.TEXT, lambda r, lang: _coded("complaint_state", r.state, lang)),
    Field("xlsx.channel", K.TEXT, lambda r, lang: _coded("complaint_channel", r.channel, lang)),
    Field(
        "complaints.category",
        K.TEXT,
        lambda r, lang: _coded("complaint_category", r.category, lang),
    ),
    Field("col.severity", K.TEXT, lambda r, lang: _coded("complaint_severity", r.severity, lang)),
    Field("xlsx.anonymous", K.TEXT, lambda r, lang: yes_no(r.anonymous, lang)),
    Field("xlsx.complainant", K.TEXT, lambda r, _: r.complainant_name, personal=True),
    Field("xlsx.phone", K.TEXT, lambda r, _: r.complainant_phone, personal=True),
    Field("xlsx.place", K.TEXT, lambda r, _: r.place),
    Field("xlsx.description", K.TEXT, lambda r, _: r.description),
    Field("xlsx.department", K.TEXT, lambda r, _: r.department),
    Field("col.handler", K.TEXT, lambda r, _: r.handler),
    Field("col.answer_due", K.DATETIME, lambda r, _: r.response_due_at),
    Field("xlsx.first_answered", K.DATETIME, lambda r, _: r.first_answered_at),
    Field("xlsx.answered_in_time", K.TEXT, lambda r, lang: yes_no(r.answered_in_time, lang)),
    Field("xlsx.round", K.INT, lambda r, _: r.round),
    Field("xlsx.investigation", K.TEXT, lambda r, _: r.investigation),
    Field("xlsx.resolution", K.TEXT, lambda r, _: r.resolution),
    Field("xlsx.verdict", K.TEXT, lambda r, lang: _coded("complaint_verdict", r.verdict, lang)),
    Field(
        "xlsx.root_cause",
        K.TEXT,
        lambda r, lang: _coded("complaint_root_cause", r.root_cause, lang),
    ),
    Field("xlsx.root_cause_text", K.TEXT, lambda r, _: r.root_cause_text),
    Field("xlsx.corrective_action", K.TEXT, lambda r, _: r.corrective_action),
    Field("xlsx.complaint_closed", K.DATETIME, lambda r, _: r.closed_at),
    Field("xlsx.manager_closed", K.TEXT, lambda r, _: r.close_reason),
    Field("xlsx.follow_up_at", K.DATETIME, lambda r, _: r.follow_up_at),
    Field("xlsx.rating", K.INT, lambda r, _: r.follow_up_rating),
    Field("xlsx.repair_ticket", K.TEXT, lambda r, _: r.repair_ticket),
    Field("xlsx.voided", K.TEXT, void_note),
)


def complaint_sheet(complaints: ComplaintServices, request: SheetRequest) -> TableSheet:
    """The complaints received in the request's days, newest first."""
    del complaints  # the rows are read here, straight from the store
    request.actor.require(Module.COMPLAINTS, Action.EXPORT)  # now, not at the first row
    rows = iter_records(request.store, request.actor, *bounds(request.period))
    return dated_sheet(request, "sheet.complaints", COMPLAINT_FIELDS, rows, Complaint.received_at)
