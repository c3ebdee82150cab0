"""The inquiry and suggestion log as a sheet of records: `propdesk export inquiries`
(every inquiry asked in the days given, the askers' names and phones included) and
the monthly workbook's "Inquiries" (the month's, without them). An inquiry that became
a complaint or a repair ticket names it. Read newest first in keyset batches, each its
own short read, as the complaints' sheet."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Row, literal, select, tuple_

from propdesk.domain.roles import Action, Module
from propdesk.reports.monthly.record_fields import Field, code_name, yes_no
from propdesk.reports.table_columns import ColumnKind, TableSheet
from propdesk.services.complaints.detail import shown_phone
from propdesk.services.complaints.service import ComplaintServices
from propdesk.services.core.actor import Actor
from propdesk.services.core.dated_sheet import dated_sheet
from propdesk.services.core.module_spec import SheetRequest
from propdesk.services.core.periods import bounds
from propdesk.store.models import Complaint, Inquiry, RepairTicket, Unit
from propdesk.store.unit_of_work import Store

K = ColumnKind
BATCH = 2000


@dataclass(frozen=True)
class InquiryRecord:
    id: uuid.UUID
    number: str
    asked_at: datetime
    kind: str
    channel: str
    state: str
    asker_name: str
    asker_phone: str  # in full or masked, by the reader's role
    unit_code: str
    question: str
    answer: str
    promised_by: datetime | None
    answered_at: datetime | None
    became: str  # the complaint's or the repair ticket's number

    @property
    def promise_kept(self) -> bool | None:
        """Answered by the time promised; None when nothing was promised or the answer
        has not come yet."""
        if self.promised_by is None or self.answered_at is None:
            return None
        return self.answered_at <= self.promised_by


def _record(row: Row[Any], actor: Actor) -> InquiryRecord:
    i: Inquiry = row.Inquiry
    return InquiryRecord(
        id=i.id,
        number=i.number,
        asked_at=i.asked_at,
        kind=i.kind,
        channel=i.channel,
        state=i.state,
        asker_name=i.asker_name,
        asker_phone=shown_phone(i.asker_phone, actor),
        unit_code=row.unit_code or "",
        question=i.question,
        answer=i.answer,
        promised_by=i.promised_by,
        answered_at=i.answered_at,
        became=row.complaint or row.ticket or "",
    )


def iter_records(
    store: Store, actor: Actor, start: datetime, end: datetime, batch: int = BATCH
) -> Iterator[InquiryRecord]:
    """The inquiries asked in [start, end), newest first."""
    i = Inquiry
    statement = (
        select(
            i,
            Unit.code.label("unit_code"),
            Complaint.number.label("complaint"),
            RepairTicket.number.label("ticket"),
        )
        .outerjoin(Unit, i.unit_id == Unit.id)
        .outerjoin(Complaint, i.complaint_id == Complaint.id)
        .outerjoin(RepairTicket, i.repair_ticket_id == RepairTicket.id)
        .where(i.asked_at >= start, i.asked_at < end)
        .order_by(i.asked_at.desc(), i.id.desc())
    )
    before: tuple[datetime, uuid.UUID] | None = None
    while True:
        query = statement
        if before is not None:
            at, row_id = before
            query = query.where(
                tuple_(i.asked_at, i.id)
                < tuple_(literal(at, i.asked_at.type), literal(row_id, i.id.type))
            )
        with store.read() as session:
            records = [_record(row, actor) for row in session.execute(query.limit(batch))]
        yield from records
        if len(records) < batch:
            return
        before = (records[-1].asked_at, records[-1].id)


def _coded(prefix: str, code: str, lang: str) -> str:
    return code_name(prefix, code, lang) if code else ""


INQUIRY_FIELDS: tuple[Field[InquiryRecord], ...] = (
    Field("xlsx.inquiry", K.TEXT, lambda r, _: r.number),
    Field("xlsx.asked", K.DATETIME, lambda r, _: r.asked_at),
    Field("xlsx.kind", K.TEXT, lambda r, lang: _coded("inquiry_kind", r.kind, lang)),
    Field("xlsx.channel", K.TEXT, lambda r, lang: _coded("complaint_channel", r.channel, lang)),
    Field("col.state", K.TEXT, lambda r, lang: _coded("inquiry_state", r.state, lang)),
    Field("xlsx.asker", K.TEXT, lambda r, _: r.asker_name, personal=True),
    Field("xlsx.phone", K.TEXT, lambda r, _: r.asker_phone, personal=True),
    Field("xlsx.unit_code", K.TEXT, lambda r, _: r.unit_code),
    Field("xlsx.question", K.TEXT, lambda r, _: r.question),
    Field("xlsx.answer", K.TEXT, lambda r, _: r.answer),
    Field("xlsx.promised_by", K.DATETIME, lambda r, _: r.promised_by),
    Field("xlsx.answered_at", K.DATETIME, lambda r, _: r.answered_at),
    Field("xlsx.promise_kept", K.TEXT, lambda r, lang: yes_no(r.promise_kept, lang)),
    Field("xlsx.became", K.TEXT, lambda r, _: r.became),
)


def inquiry_sheet(complaints: ComplaintServices, request: SheetRequest) -> TableSheet:
    """The inquiries asked in the request's days, newest first."""
    del complaints  # the rows are read here, straight from the store
    request.actor.require(Module.COMPLAINTS, Action.EXPORT)  # now, not at the first row
    rows = iter_records(request.store, request.actor, *bounds(request.period))
    return dated_sheet(request, "sheet.inquiries", INQUIRY_FIELDS, rows, Inquiry.asked_at)
