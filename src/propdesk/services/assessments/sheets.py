"""The assessments as a sheet of records: `propdesk export assessments` (the months of
the days given) and the monthly workbook's sheet (the month's).

One row per spot check, the assessment's own columns repeated on each, and one row
for an assessment without checks (a month with nothing found is a record too).
Voided assessments are kept, marked by their reason, as the other modules' are. The
assessments are picked by their month (the months the days touch): a month is
assessed at its end or just after, and belongs to its month.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from propdesk.domain.assessments.months import month_of
from propdesk.domain.inspections.rectification import NoticeSource
from propdesk.domain.roles import Action, Module
from propdesk.reports.assessments.labels import assessment_label
from propdesk.reports.monthly.record_fields import Field, fields_sheet
from propdesk.reports.table_columns import ColumnKind, TableSheet
from propdesk.services.core.module_spec import SheetRequest
from propdesk.store.models import Rectification
from propdesk.store.models.assessments import Assessment, AssessmentCheck
from propdesk.store.unit_of_work import Store

K = ColumnKind


@dataclass(frozen=True)
class CheckRecord:
    number: str
    month: str
    department: str
    total_points: int
    score: int
    assessment_deducted: int
    assessor: str
    assessed_at: datetime
    state: str  # open, final, voided
    item: str
    points: int | None
    place: str
    finding: str
    deducted: int | None
    checked_at: datetime | None
    notices: str
    void_reason: str


def iter_checks(store: Store, first_month: str, last_month: str) -> Iterator[CheckRecord]:
    """The assessments of the months, newest month first, their checks in order."""
    with store.read() as session:
        assessments = list(
            session.scalars(
                select(Assessment)
                .where(Assessment.month >= first_month, Assessment.month <= last_month)
                .order_by(Assessment.month.desc(), Assessment.department_name, Assessment.id)
            )
        )
        ids = [a.id for a in assessments]
        checks: dict[uuid.UUID, list[AssessmentCheck]] = {}
        notices: dict[uuid.UUID, list[str]] = {}
        for first in range(0, len(ids), 500):
            chunk = ids[first : first + 500]
            for check in session.scalars(
                select(AssessmentCheck)
                .where(AssessmentCheck.assessment_id.in_(chunk))
                .order_by(AssessmentCheck.position)
            ):
                checks.setdefault(check.assessment_id, []).append(check)
        check_ids = [c.id for found in checks.values() for c in found]
        for first in range(0, len(check_ids), 500):
            for source_id, number in session.execute(
                select(Rectification.source_id, Rectification.number)
                .where(
                    Rectification.source_kind == NoticeSource.ASSESSMENT.value,
                    Rectification.source_id.in_(check_ids[first : first + 500]),
                )
                .order_by(Rectification.number)
            ):
                if source_id is not None:
                    notices.setdefault(source_id, []).append(number)
        rows = []
        for a in assessments:
            state = "voided" if a.voided_at is not None else "final" if a.finalised_at else "open"
            head = (
                a.number,
                a.month,
                a.department_name,
                a.total_points,
                a.score,
                a.deducted,
                a.assessor_name,
                a.assessed_at,
                state,
            )
            found = checks.get(a.id, [])
            if not found:
                rows.append(CheckRecord(*head, "", None, "", "", None, None, "", a.void_reason))
            for c in found:
                rows.append(
                    CheckRecord(
                        *head,
                        c.item_text,
                        c.item_points,
                        c.place,
                        c.finding,
                        c.deducted,
                        c.checked_at,
                        "、".join(notices.get(c.id, [])),
                        a.void_reason,
                    )
                )
    yield from rows


def _state(value: str, lang: str) -> str:
    return assessment_label(f"state.{value}", lang)


CHECK_FIELDS: tuple[Field[CheckRecord], ...] = (
    Field("number", K.TEXT, lambda r, _: r.number),
    Field("month", K.TEXT, lambda r, _: r.month),
    Field("department", K.TEXT, lambda r, _: r.department),
    Field("xlsx.score", K.INT, lambda r, _: r.score),
    Field("xlsx.total_points", K.INT, lambda r, _: r.total_points),
    Field("xlsx.assessment_deducted", K.INT, lambda r, _: r.assessment_deducted),
    Field("assessor", K.TEXT, lambda r, _: r.assessor),
    Field("assessed_at", K.DATETIME, lambda r, _: r.assessed_at),
    Field("state", K.TEXT, lambda r, lang: _state(r.state, lang)),
    Field("col.item", K.TEXT, lambda r, _: r.item),
    Field("col.points", K.INT, lambda r, _: r.points),
    Field("col.place", K.TEXT, lambda r, _: r.place),
    Field("col.finding", K.TEXT, lambda r, _: r.finding),
    Field("col.deducted", K.INT, lambda r, _: r.deducted),
    Field("col.checked_at", K.DATETIME, lambda r, _: r.checked_at),
    Field("col.notice", K.TEXT, lambda r, _: r.notices),
    Field("xlsx.void_reason", K.TEXT, lambda r, _: r.void_reason),
)


def assessment_sheet(door: object, request: SheetRequest) -> TableSheet:
    """The assessments of the months the request's days touch."""
    del door  # the rows are read here, straight from the store
    request.actor.require(Module.ASSESSMENTS, Action.EXPORT)
    period = request.period
    rows = list(iter_checks(request.store, month_of(period.first), month_of(period.last)))
    return fields_sheet(
        assessment_label("xlsx.title", request.lang),
        CHECK_FIELDS,
        rows,
        request.lang,
        personal=request.personal,
        total=len(rows),
        heading=assessment_label,
    )
