"""Monthly assessments (月度考核) of the departments: one live assessment per department
and month, made with the department's current standard (the version is kept), spot
checks added one by one (each deducting at most what its item has left), finalised
(read-only from then on) or voided with a reason.

A failing spot check may open a rectification notice (整改通知单) through the
RectificationDesk the inspections module lends (services.core.handoffs): the same
notices, ZG numbers and rules as the inspections'. The department reports the fix on
the inspections tab's Rectifications page; a later spot check of the item that passes
closes it (one that fails opens it again), or the assessor verifies the fix — always
someone other than who reported it (domain.inspections.rectification).

Rights: ASSESSMENTS CREATE to assess and add checks, UPDATE to finalise, VOID to void
(managers); the notices also need the inspections' rights the desk checks.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from propdesk.domain.assessments.months import check_month, parse_month, year_trend
from propdesk.domain.assessments.scoring import Deduction, check_deduction, score
from propdesk.domain.assessments.standards import Standard
from propdesk.domain.inspections.rectification import NoticeSource
from propdesk.domain.numbering import NumberKind
from propdesk.domain.roles import Action, Module
from propdesk.errors import (
    QT_TRANSLATE_NOOP,
    ConflictError,
    NotFoundError,
    UserError,
    ValidationError,
)
from propdesk.services.assessments.inputs import AssessmentInput, CheckInput
from propdesk.services.assessments.lookup import get_assessment
from propdesk.services.assessments.notices import AssessmentNotices
from propdesk.services.assessments.standard_codec import decode_items
from propdesk.services.assessments.standards import current_standard, departments
from propdesk.services.assessments.views import (
    AssessmentDetail,
    AssessmentFilter,
    AssessmentRow,
    CheckLine,
    NoticeLine,
    TrendLine,
    YearTrend,
)
from propdesk.services.core import audit as audit_service
from propdesk.services.core import numbering as numbering_service
from propdesk.services.core import records
from propdesk.services.core.actor import Actor
from propdesk.services.core.audit import AuditAction, snapshot
from propdesk.services.core.handoffs import (
    LinkedNotice,
    NoticeRequest,
)
from propdesk.services.core.paging import Key, Page
from propdesk.services.core.people import display_names
from propdesk.services.core.periods import start_of
from propdesk.services.core.text import bounded_text, filled_text
from propdesk.services.core.typed_times import typed_time
from propdesk.services.master_data.staff import find_department
from propdesk.store.base import utcnow
from propdesk.store.models import Department
from propdesk.store.models.assessments import Assessment, AssessmentCheck, AssessmentStandard

ENTITY = "assessment"
CHECK_ENTITY = "assessment_check"
FIELDS = (
    "number",
    "month",
    "department_name",
    "standard_version",
    "total_points",
    "deducted",
    "score",
    "checks",
    "assessor_name",
    "assessed_at",
    "remarks",
    "finalised_at",
    "finalised_by",
)
CHECK_FIELDS = ("item_key", "item_text", "place", "finding", "deducted", "checked_at")
MAX_ASSESSOR = 40
MAX_REMARKS = 500
MAX_PLACE = 100
MAX_FINDING = 500
MAX_PAGE = 500
TEXT_MAX = 40


@dataclass(frozen=True)
class CheckOutcome:
    """A spot check added: the assessment as it is now, the notice it opened (if any),
    the notices its pass closed or its failure opened again, and what the desk refused
    (the check is kept; the notice waits for another check or the assessor)."""

    detail: AssessmentDetail
    notice: LinkedNotice | None
    closed: tuple[str, ...]
    reopened: tuple[str, ...]
    refused: tuple[UserError, ...]


def _row(found: Assessment, code: str) -> AssessmentRow:
    return AssessmentRow(
        found.id,
        found.number,
        found.month,
        code,
        found.department_name,
        found.total_points,
        found.deducted,
        found.score,
        found.checks,
        found.assessor_name,
        found.assessed_at,
        found.finalised_at is not None,
        found.voided_at is not None,
        found.void_reason,
    )


def _open(found: Assessment) -> None:
    """Checks are added to a live assessment that is not finalised."""
    if found.voided_at is not None:
        raise ConflictError(QT_TRANSLATE_NOOP("messages", "This assessment is voided."))
    if found.finalised_at is not None:
        raise ConflictError(
            QT_TRANSLATE_NOOP("messages", "This assessment is finalised: it cannot change.")
        )


def _month_start(month: str) -> datetime:
    year, number = parse_month(month)
    return start_of(date(year, number, 1))


class AssessmentService(AssessmentNotices):
    """The assessments themselves; their rectification notices are AssessmentNotices'."""

    # -- reading -------------------------------------------------------------------------
    def _detail(self, session: Session, actor: Actor, found: Assessment) -> AssessmentDetail:
        department = session.get_one(Department, found.department_id)
        standard_row = session.get_one(AssessmentStandard, found.standard_id)
        check_rows = list(
            session.scalars(
                select(AssessmentCheck)
                .where(AssessmentCheck.assessment_id == found.id)
                .order_by(AssessmentCheck.position)
            )
        )
        names = display_names(
            session,
            (found.recorded_by, found.finalised_by or "", *(c.recorded_by for c in check_rows)),
        )
        linked = self._linked(actor, [c.id for c in check_rows])
        checks = tuple(
            CheckLine(
                c.id,
                c.position,
                c.item_key,
                c.item_text,
                c.item_points,
                c.place,
                c.finding,
                c.deducted,
                c.checked_at,
                names.get(c.recorded_by, c.recorded_by),
                linked.get(c.id, ()),
            )
            for c in check_rows
        )
        return AssessmentDetail(
            _row(found, department.code),
            standard_row.id,
            standard_row.series_id,
            found.standard_name,
            found.standard_version,
            Standard(standard_row.name, decode_items(standard_row.items)),
            found.remarks,
            names.get(found.recorded_by, found.recorded_by),
            found.finalised_at,
            names.get(found.finalised_by, found.finalised_by) if found.finalised_by else "",
            checks,
            self._desk is not None,
        )

    def _linked(
        self, actor: Actor, check_ids: list[uuid.UUID]
    ) -> dict[uuid.UUID, tuple[NoticeLine, ...]]:
        if self._desk is None or not check_ids or not actor.may(Module.INSPECTIONS, Action.VIEW):
            return {}
        found = self._desk.linked(actor, NoticeSource.ASSESSMENT, check_ids)
        return {
            key: tuple(
                NoticeLine(
                    n.id,
                    n.number,
                    n.state,
                    n.overdue,
                    n.deadline,
                    n.fixed_by,
                    n.source_id,
                    n.item_key,
                )
                for n in notices
            )
            for key, notices in found.items()
        }

    def detail(self, actor: Actor, assessment_id: uuid.UUID) -> AssessmentDetail:
        actor.require(Module.ASSESSMENTS, Action.VIEW)
        with self._store.read() as session:
            return self._detail(session, actor, get_assessment(session, assessment_id))

    def find_number(self, actor: Actor, number: str) -> AssessmentDetail:
        actor.require(Module.ASSESSMENTS, Action.VIEW)
        text = bounded_text(number, "number", 20).upper()
        with self._store.read() as session:
            found = session.scalars(select(Assessment).where(Assessment.number == text)).first()
            if found is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("messages", "No assessment {number}."), number=text
                )
            return self._detail(session, actor, found)

    def _filtered(
        self, session: Session, wanted: AssessmentFilter
    ) -> Select[tuple[Assessment, str]]:
        if not isinstance(wanted, AssessmentFilter):
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "Choose which assessments to list."), field="filter"
            )
        query = select(Assessment, Department.code).join(
            Department, Department.id == Assessment.department_id
        )
        code = wanted.department_code
        if not isinstance(code, str):
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "Choose the department."), field="department"
            )
        if code.strip():
            query = query.where(Assessment.department_id == find_department(session, code).id)
        year = wanted.year
        if year is not None:
            if isinstance(year, bool) or not isinstance(year, int) or not 2000 <= year <= 9999:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("messages", "Choose a year from 2000 on."), field="year"
                )
            query = query.where(
                Assessment.month >= f"{year:04d}-01", Assessment.month <= f"{year:04d}-12"
            )
        text = bounded_text(wanted.text if isinstance(wanted.text, str) else "", "text", TEXT_MAX)
        if text:
            like = f"%{text.replace('%', '').replace('_', '')}%"
            query = query.where(
                or_(Assessment.number.startswith(text.upper()), Assessment.assessor_name.like(like))
            )
        return query

    def rows(
        self,
        actor: Actor,
        wanted: AssessmentFilter | None = None,
        *,
        before: Key | None = None,
        limit: int = 100,
    ) -> Page[AssessmentRow]:
        """Newest assessed first, a page at a time; voided ones included (marked)."""
        actor.require(Module.ASSESSMENTS, Action.VIEW)
        size = max(1, min(int(limit), MAX_PAGE))
        with self._store.read() as session:
            query = self._filtered(session, wanted or AssessmentFilter())
            if before is not None:
                at, row_id = before
                query = query.where(
                    or_(
                        Assessment.assessed_at < at,
                        and_(Assessment.assessed_at == at, Assessment.id < row_id),
                    )
                )
            query = query.order_by(Assessment.assessed_at.desc(), Assessment.id.desc())
            found = session.execute(query.limit(size + 1)).all()
            rows = [_row(r.Assessment, r.code) for r in found[:size]]
        more = len(found) > size
        return Page(rows, (rows[-1].assessed_at, rows[-1].id) if more else None)

    def trend(self, actor: Actor, year: int) -> YearTrend:
        """Every department's twelve monthly scores of `year` (live assessments)."""
        actor.require(Module.ASSESSMENTS, Action.VIEW)
        if isinstance(year, bool) or not isinstance(year, int) or not 2000 <= year <= 9999:
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "Choose a year from 2000 on."), field="year"
            )
        with self._store.read() as session:
            scores: dict[uuid.UUID, dict[str, int]] = {}
            for department_id, month, value in session.execute(
                select(Assessment.department_id, Assessment.month, Assessment.score).where(
                    Assessment.month >= f"{year:04d}-01",
                    Assessment.month <= f"{year:04d}-12",
                    Assessment.voided_at.is_(None),
                )
            ):
                scores.setdefault(department_id, {})[month] = value
            lines = tuple(
                TrendLine(d.code, d.name, year_trend(year, scores.get(d.id, {})))
                for d in departments(session)
            )
        return YearTrend(year, lines)

    # -- writing -------------------------------------------------------------------------
    def create(
        self, actor: Actor, data: AssessmentInput, *, now: datetime | None = None
    ) -> AssessmentDetail:
        """A new assessment of the department's month with its current standard."""
        actor.require(Module.ASSESSMENTS, Action.CREATE)
        moment = now or utcnow()
        assessor = filled_text(
            data.assessor_name,
            "assessor",
            MAX_ASSESSOR,
            QT_TRANSLATE_NOOP("messages", "Name the assessor (at most {limit} characters)."),
            limit=MAX_ASSESSOR,
        )
        remarks = bounded_text(data.remarks, "remarks", MAX_REMARKS)
        month = check_month(data.month, moment.astimezone().date())
        assessed_at = typed_time(
            data.assessed_at if isinstance(data.assessed_at, datetime) else moment,
            moment,
            "assessed_at",
            QT_TRANSLATE_NOOP("messages", "The assessment's time is in the future; check it."),
        )
        if assessed_at < _month_start(month):
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "The assessment cannot be before its month."),
                field="assessed_at",
            )
        if not isinstance(data.department_code, str) or not data.department_code.strip():
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "Choose the department."), field="department"
            )
        with self._store.write() as session:
            department = find_department(session, data.department_code)
            standard = current_standard(session, department.id)
            if standard is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "messages", "The department has no standard yet: adopt or write one first."
                    ),
                    field="department",
                )
            taken = session.scalar(
                select(Assessment.number).where(
                    Assessment.department_id == department.id,
                    Assessment.month == month,
                    Assessment.voided_at.is_(None),
                )
            )
            if taken is not None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "messages", "{department} is already assessed for {month} ({number})."
                    ),
                    field="month",
                    department=department.name,
                    month=month,
                    number=taken,
                )
            found = Assessment(
                number=numbering_service.allocate(
                    session, NumberKind.ASSESSMENT, assessed_at.astimezone().date()
                ),
                month=month,
                department_id=department.id,
                department_name=department.name,
                standard_id=standard.id,
                standard_name=standard.name,
                standard_version=standard.version,
                total_points=standard.total_points,
                deducted=0,
                score=standard.total_points,
                checks=0,
                assessor_name=assessor,
                assessed_at=assessed_at,
                remarks=remarks,
                recorded_by=actor.username,
            )
            records.create(session, actor, ENTITY, found, FIELDS)
            return self._detail(session, actor, found)

    def add_check(
        self,
        actor: Actor,
        assessment_id: uuid.UUID,
        data: CheckInput,
        *,
        now: datetime | None = None,
    ) -> CheckOutcome:
        """A spot check: it deducts at most what its item has left; with `notice` (only
        for one that deducts) it opens a rectification notice; a pass of an item whose
        notice awaits its check closes it, a failure opens it again."""
        actor.require(Module.ASSESSMENTS, Action.CREATE)
        moment = now or utcnow()
        place = bounded_text(data.place, "place", MAX_PLACE)
        finding = bounded_text(data.finding, "finding", MAX_FINDING)
        checked_at = typed_time(
            data.checked_at if isinstance(data.checked_at, datetime) else moment,
            moment,
            "checked_at",
            QT_TRANSLATE_NOOP("messages", "The check's time is in the future; check it."),
        )
        ask = data.notice
        if ask is not None:
            self._check_ask(ask, checked_at)
        with self._store.write() as session:
            found = get_assessment(session, assessment_id)
            _open(found)
            if checked_at < _month_start(found.month):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "messages", "The check cannot be before the assessment's month."
                    ),
                    field="checked_at",
                )
            standard_row = session.get_one(AssessmentStandard, found.standard_id)
            standard = Standard(standard_row.name, decode_items(standard_row.items))
            earlier = list(
                session.scalars(
                    select(AssessmentCheck)
                    .where(AssessmentCheck.assessment_id == found.id)
                    .order_by(AssessmentCheck.position)
                )
            )
            deducted = check_deduction(
                standard,
                data.item_key,
                data.deducted,
                [Deduction(c.item_key, c.deducted) for c in earlier],
            )
            if deducted > 0 and not finding:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("messages", "Say what was found that cost the points."),
                    field="finding",
                )
            if ask is not None and deducted == 0:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "messages", "Only a check that deducts points gets a notice."
                    ),
                    field="notice",
                )
            item = standard.item(data.item_key)
            assert item is not None  # check_deduction refuses an unknown item
            before = snapshot(found, FIELDS)
            check = AssessmentCheck(
                assessment_id=found.id,
                department_id=found.department_id,
                position=(earlier[-1].position + 1) if earlier else 1,
                item_key=item.key,
                item_text=item.text,
                item_points=item.points,
                place=place,
                finding=finding,
                deducted=deducted,
                checked_at=checked_at,
                recorded_by=actor.username,
            )
            session.add(check)
            found.deducted += deducted
            found.checks += 1
            found.score = score(found.total_points, [Deduction(item.key, found.deducted)])
            session.flush()
            audit_service.record(
                session,
                actor,
                CHECK_ENTITY,
                check.id,
                AuditAction.CREATE,
                after={"assessment": found.number, **snapshot(check, CHECK_FIELDS)},
            )
            audit_service.record(
                session,
                actor,
                ENTITY,
                found.id,
                AuditAction.UPDATE,
                before=before,
                after=snapshot(found, FIELDS),
            )
            department_code = session.get_one(Department, found.department_id).code
            earlier_ids = list(
                session.scalars(
                    select(AssessmentCheck.id).where(
                        AssessmentCheck.department_id == found.department_id,
                        AssessmentCheck.item_key == item.key,
                        AssessmentCheck.checked_at <= checked_at,
                        AssessmentCheck.id != check.id,
                    )
                )
            )
            number, series_id, check_id = found.number, standard_row.series_id, check.id
            where = place or found.department_name
        # The notices are the inspections module's, written in its own transaction.
        notice: LinkedNotice | None = None
        closed: list[str] = []
        reopened: list[str] = []
        refused: list[UserError] = []
        if self._desk is not None:
            closed, reopened, refused = self._recheck(
                actor, earlier_ids, item.key, deducted == 0, checked_at
            )
            if ask is not None:
                request = NoticeRequest(
                    NoticeSource.ASSESSMENT,
                    check_id,
                    number,
                    series_id,
                    where,
                    item.key,
                    item.text,
                    finding,
                    ask.what_to_fix,
                    department_code,
                    ask.deadline,
                    checked_at,
                )
                try:
                    notice = self._desk.open_from(actor, request)
                except UserError as exc:
                    refused.append(exc)
        return CheckOutcome(
            self.detail(actor, assessment_id),
            notice,
            tuple(closed),
            tuple(reopened),
            tuple(refused),
        )

    def finalise(self, actor: Actor, assessment_id: uuid.UUID) -> AssessmentDetail:
        """Signed off: read-only from now on."""
        actor.require(Module.ASSESSMENTS, Action.UPDATE)
        with self._store.write() as session:
            found = get_assessment(session, assessment_id)
            _open(found)
            records.update(
                session,
                actor,
                ENTITY,
                found,
                FIELDS,
                {"finalised_at": utcnow(), "finalised_by": actor.username},
            )
            return self._detail(session, actor, found)

    def void(self, actor: Actor, assessment_id: uuid.UUID, reason: str) -> AssessmentDetail:
        actor.require(Module.ASSESSMENTS, Action.VOID)
        with self._store.write() as session:
            found = get_assessment(session, assessment_id)
            if found.voided_at is not None:
                raise ConflictError(QT_TRANSLATE_NOOP("messages", "This assessment is voided."))
            records.void(session, actor, ENTITY, found, FIELDS, reason)
            session.flush()
            return self._detail(session, actor, found)

    def count(self, actor: Actor) -> int:
        actor.require(Module.ASSESSMENTS, Action.VIEW)
        with self._store.read() as session:
            return (
                session.scalar(
                    select(func.count())
                    .select_from(Assessment)
                    .where(Assessment.voided_at.is_(None))
                )
                or 0
            )
