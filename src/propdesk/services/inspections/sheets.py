"""The inspections and the rectification notices as sheets of records: `propdesk
export inspections|rectifications` (every inspection made, every notice issued in the
days given) and the monthly workbook's two sheets (the month's).

Voided inspections are kept, marked in their own column as the gate journal's and
the complaints' rows are: the reader sees what was struck out. A voided notice shows
its state and the reason. Whether a notice is overdue is judged at the request's
moment (the report's, for the workbook). People who report a fix or verify it are
stored by their login; the sheet names them as the accounts do. The rows are read
newest first in keyset batches, each its own short read, so an export never holds
the database.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import Row, Select, literal, select, tuple_
from sqlalchemy.orm import InstrumentedAttribute, aliased

from propdesk.domain.inspections.kinds import InspectionKind
from propdesk.domain.inspections.rectification import LIVE_STATES, RectificationState
from propdesk.domain.roles import Action, Module
from propdesk.reports.monthly.labels import text
from propdesk.reports.monthly.record_fields import Field, yes_no
from propdesk.reports.table_columns import ColumnKind, TableSheet
from propdesk.services.core.dated_sheet import dated_sheet
from propdesk.services.core.module_spec import SheetRequest
from propdesk.services.core.periods import bounds
from propdesk.store.base import utcnow
from propdesk.store.models import Inspection, Rectification, User
from propdesk.store.unit_of_work import Store

K = ColumnKind
BATCH = 2000
T = TypeVar("T")


def _newest_first(
    store: Store,
    statement: Select[Any],
    moment: InstrumentedAttribute[datetime],
    row_id: InstrumentedAttribute[uuid.UUID],
    record: Callable[[Row[Any]], T],
    key: Callable[[T], tuple[datetime, uuid.UUID]],
    batch: int,
) -> Iterator[T]:
    """`statement`'s rows newest first by (`moment`, `row_id`), `batch` per read."""
    ordered = statement.order_by(moment.desc(), row_id.desc())
    before: tuple[datetime, uuid.UUID] | None = None
    while True:
        query = ordered
        if before is not None:
            at, last_id = before
            query = query.where(
                tuple_(moment, row_id)
                < tuple_(literal(at, moment.type), literal(last_id, row_id.type))
            )
        with store.read() as session:
            found = [record(row) for row in session.execute(query.limit(batch))]
        yield from found
        if len(found) < batch:
            return
        before = key(found[-1])


# -- inspections ---------------------------------------------------------------------
@dataclass(frozen=True)
class InspectionRecord:
    id: uuid.UUID
    number: str
    inspected_at: datetime
    kind: InspectionKind
    checklist: str
    version: int
    area: str
    inspector: str
    recorded_by: str  # the login's name as the accounts know it, else the login
    passed: bool
    items_judged: int
    items_passed: int
    reinspects: str  # the notice's number, for a re-inspection of its item
    voided_at: datetime | None
    void_reason: str
    voided_by: str


def iter_inspections(
    store: Store, start: datetime, end: datetime, batch: int = BATCH
) -> Iterator[InspectionRecord]:
    """The inspections made in [start, end), newest first, voided ones included."""
    i = Inspection
    recorder, voider = aliased(User), aliased(User)
    statement = (
        select(
            i,
            recorder.display_name.label("recorder"),
            Rectification.number.label("notice"),
            voider.display_name.label("voider"),
        )
        .outerjoin(recorder, recorder.username == i.recorded_by)
        .outerjoin(Rectification, Rectification.id == i.rectification_id)
        .outerjoin(voider, voider.id == i.voided_by)
        .where(i.inspected_at >= start, i.inspected_at < end)
    )

    def record(row: Row[Any]) -> InspectionRecord:
        found: Inspection = row.Inspection
        return InspectionRecord(
            found.id,
            found.number,
            found.inspected_at,
            InspectionKind(found.kind),
            found.template_name,
            found.template_version,
            found.area,
            found.inspector_name,
            row.recorder or found.recorded_by,
            found.passed,
            found.items_judged,
            found.items_passed,
            row.notice or "",
            found.voided_at,
            found.void_reason,
            row.voider or "",
        )

    return _newest_first(
        store, statement, i.inspected_at, i.id, record, lambda r: (r.inspected_at, r.id), batch
    )


def inspection_void_note(row: InspectionRecord, lang: str) -> str:
    """Why, by whom and when the inspection was voided; empty for one that counts."""
    if row.voided_at is None:
        return ""
    at = row.voided_at.astimezone().strftime("%Y-%m-%d %H:%M")
    return text("xlsx.void_note", lang, reason=row.void_reason, by=row.voided_by, at=at)


def _result(passed: bool, lang: str) -> str:
    return text("inspection_result.pass" if passed else "inspection_result.fail", lang)


INSPECTION_FIELDS: tuple[Field[InspectionRecord], ...] = (
    Field("col.inspection", K.TEXT, lambda r, _: r.number),
    Field("col.inspected", K.DATETIME, lambda r, _: r.inspected_at),
    Field("inspections.kind", K.TEXT, lambda r, lang: text(f"inspection_kind.{r.kind}", lang)),
    Field("col.checklist", K.TEXT, lambda r, _: r.checklist),
    Field("xlsx.template_version", K.INT, lambda r, _: r.version),
    Field("col.area", K.TEXT, lambda r, _: r.area),
    Field("xlsx.inspector", K.TEXT, lambda r, _: r.inspector),
    Field("xlsx.recorded_by", K.TEXT, lambda r, _: r.recorded_by),
    Field("xlsx.result", K.TEXT, lambda r, lang: _result(r.passed, lang)),
    Field("xlsx.items_judged", K.INT, lambda r, _: r.items_judged),
    Field("xlsx.items_passed", K.INT, lambda r, _: r.items_passed),
    Field("xlsx.reinspection_of", K.TEXT, lambda r, _: r.reinspects),
    Field("xlsx.voided", K.TEXT, inspection_void_note),
)


def inspection_sheet(door: object, request: SheetRequest) -> TableSheet:
    """The inspections made in the request's days, newest first."""
    del door  # the rows are read here, straight from the store
    request.actor.require(Module.INSPECTIONS, Action.EXPORT)  # now, not at the first row
    rows = iter_inspections(request.store, *bounds(request.period))
    return dated_sheet(
        request, "sheet.inspections", INSPECTION_FIELDS, rows, Inspection.inspected_at
    )


# -- rectification notices -----------------------------------------------------------
@dataclass(frozen=True)
class NoticeRecord:
    id: uuid.UUID
    number: str
    state: RectificationState
    overdue: bool  # at the request's moment
    inspection: str
    area: str
    item: str
    finding: str
    what_to_fix: str
    department: str
    issued_at: datetime
    issued_by: str
    deadline: datetime
    fixed_by: str
    fixed_at: datetime | None
    fix_note: str
    verified_by: str
    closed_at: datetime | None
    reinspection: str
    void_reason: str


def iter_notices(
    store: Store, start: datetime, end: datetime, now: datetime, batch: int = BATCH
) -> Iterator[NoticeRecord]:
    """The notices issued in [start, end), newest first, voided ones included."""
    n = Rectification
    issuer, fixer, verifier = aliased(User), aliased(User), aliased(User)
    reinspection = aliased(Inspection)
    statement = (
        select(
            n,
            Inspection.number.label("inspection"),
            issuer.display_name.label("issuer"),
            fixer.display_name.label("fixer"),
            verifier.display_name.label("verifier"),
            reinspection.number.label("reinspection"),
        )
        .outerjoin(Inspection, Inspection.id == n.inspection_id)  # other sources: none
        .outerjoin(issuer, issuer.username == n.issued_by)
        .outerjoin(fixer, fixer.username == n.fixed_by)
        .outerjoin(verifier, verifier.username == n.verified_by)
        .outerjoin(reinspection, reinspection.id == n.reinspection_id)
        .where(n.issued_at >= start, n.issued_at < end)
    )

    def record(row: Row[Any]) -> NoticeRecord:
        found: Rectification = row.Rectification
        state = RectificationState(found.state)
        return NoticeRecord(
            found.id,
            found.number,
            state,
            state in LIVE_STATES and found.deadline < now,
            row.inspection or found.source_number,
            found.area,
            found.item_text,
            found.finding,
            found.what_to_fix,
            found.department_name,
            found.issued_at,
            row.issuer or found.issued_by,
            found.deadline,
            row.fixer or found.fixed_by or "",
            found.fixed_at,
            found.fix_note,
            row.verifier or found.verified_by or "",
            found.closed_at,
            row.reinspection or "",
            found.void_reason,
        )

    return _newest_first(
        store, statement, n.issued_at, n.id, record, lambda r: (r.issued_at, r.id), batch
    )


NOTICE_FIELDS: tuple[Field[NoticeRecord], ...] = (
    Field("col.notice", K.TEXT, lambda r, _: r.number),
    Field("col.notice_state", K.TEXT, lambda r, lang: text(f"rectification_state.{r.state}", lang)),
    Field("col.overdue", K.TEXT, lambda r, lang: yes_no(r.overdue, lang)),
    Field("col.inspection", K.TEXT, lambda r, _: r.inspection),
    Field("col.area", K.TEXT, lambda r, _: r.area),
    Field("col.item", K.TEXT, lambda r, _: r.item),
    Field("xlsx.finding", K.TEXT, lambda r, _: r.finding),
    Field("xlsx.what_to_fix", K.TEXT, lambda r, _: r.what_to_fix),
    Field("xlsx.department", K.TEXT, lambda r, _: r.department),
    Field("xlsx.issued_at", K.DATETIME, lambda r, _: r.issued_at),
    Field("xlsx.issued_by", K.TEXT, lambda r, _: r.issued_by),
    Field("xlsx.deadline", K.DATETIME, lambda r, _: r.deadline),
    Field("xlsx.fixed_by", K.TEXT, lambda r, _: r.fixed_by),
    Field("xlsx.fixed_at", K.DATETIME, lambda r, _: r.fixed_at),
    Field("xlsx.fix_note", K.TEXT, lambda r, _: r.fix_note),
    Field("xlsx.verified_by", K.TEXT, lambda r, _: r.verified_by),
    Field("xlsx.verified_at", K.DATETIME, lambda r, _: r.closed_at),
    Field("xlsx.reinspection", K.TEXT, lambda r, _: r.reinspection),
    Field("xlsx.voided", K.TEXT, lambda r, _: r.void_reason),
)


def rectification_sheet(door: object, request: SheetRequest) -> TableSheet:
    """The notices issued in the request's days, newest first; overdue as of the
    request's moment."""
    del door  # the rows are read here, straight from the store
    request.actor.require(Module.INSPECTIONS, Action.EXPORT)
    now = request.now or utcnow()
    rows = iter_notices(request.store, *bounds(request.period), now)
    return dated_sheet(
        request, "sheet.rectifications", NOTICE_FIELDS, rows, Rectification.issued_at
    )
