"""Rectification notices (整改通知单): issued from a failed item in one step, the fix
reported by the department, closed only by a passing re-inspection of that item
recorded by someone other than who reported the fix (domain.inspections.rectification
holds the rules; this module reads and writes the rows).

Rights: issuing and re-inspecting are INSPECTIONS CREATE, reporting the fix UPDATE,
voiding a notice VOID (managers). People are compared by their login name.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import Select, and_, or_, select
from sqlalchemy.orm import Session

from propdesk.domain.inspections.kinds import InspectionKind, ItemResult
from propdesk.domain.inspections.rectification import (
    FIELD_DEADLINE,
    LIVE_STATES,
    NoticeSource,
    RectificationState,
    ReInspection,
    check_deadline,
    is_overdue,
    mark_fixed,
    record_reinspection,
)
from propdesk.domain.inspections.rectification import Rectification as Notice
from propdesk.domain.inspections.rectification import void as void_notice
from propdesk.domain.inspections.results import InspectionOutcome
from propdesk.domain.inspections.templates import Template, item_field
from propdesk.domain.numbering import NumberKind
from propdesk.domain.roles import Action, Module
from propdesk.errors import QT_TRANSLATE_NOOP, ConflictError, NotFoundError, ValidationError
from propdesk.services.core import audit as audit_service
from propdesk.services.core import numbering as numbering_service
from propdesk.services.core.actor import Actor
from propdesk.services.core.audit import AuditAction, snapshot
from propdesk.services.core.paging import Key, Page
from propdesk.services.core.people import display_names
from propdesk.services.core.store_service import StoreService
from propdesk.services.core.text import bounded_text
from propdesk.services.core.typed_times import typed_time
from propdesk.services.inspections.views import RectificationInfo
from propdesk.services.master_data.staff import find_department
from propdesk.store.base import utcnow
from propdesk.store.models import (
    Equipment,
    Inspection,
    InspectionItem,
    InspectionTemplate,
    Rectification,
)

ENTITY = "rectification"
FIELDS = (
    "number",
    "state",
    "inspection_id",
    "item_key",
    "what_to_fix",
    "department_name",
    "issued_at",
    "deadline",
    "fixed_by",
    "fixed_at",
    "fix_note",
    "verified_by",
    "closed_at",
    "reinspection_id",
    "void_reason",
)
MAX_WHAT = 500
MAX_NOTE = 500
MAX_PAGE = 500
_FIX_SLACK = timedelta(minutes=5)  # a clock a little ahead is no mistake


class NoticeFilter(StrEnum):
    LIVE = "live"  # open or fixed, awaiting re-inspection
    OVERDUE = "overdue"
    CLOSED = "closed"
    ALL = "all"


@dataclass(frozen=True)
class NoticeInput:
    inspection_id: uuid.UUID
    item_key: str
    department_code: str  # the department that is to fix it (engineering, cleaning …)
    what_to_fix: str
    deadline: datetime
    issued_at: datetime | None = None  # None: now


def _domain(row: Rectification) -> Notice:
    return Notice(
        row.item_key,
        row.issued_at,
        row.deadline,
        RectificationState(row.state),
        row.fixed_by,
        row.fixed_at,
        row.verified_by,
        row.closed_at,
        row.void_reason,
    )


def _store_state(session: Session, actor: Actor, row: Rectification, new: Notice) -> None:
    before = snapshot(row, FIELDS)
    row.state = new.state.value
    row.fixed_by, row.fixed_at = new.fixed_by, new.fixed_at
    row.verified_by, row.closed_at = new.verified_by, new.closed_at
    row.void_reason = new.void_reason
    session.flush()
    action = AuditAction.VOID if new.state is RectificationState.VOIDED else AuditAction.UPDATE
    audit_service.record(
        session, actor, ENTITY, row.id, action, before=before, after=snapshot(row, FIELDS)
    )


# The desk lent to other modules (rectification_desk) keeps the same rules and audit.
domain_notice = _domain
store_state = _store_state


def get_notice(session: Session, notice_id: uuid.UUID) -> Rectification:
    row = session.get(Rectification, notice_id)
    if row is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("messages", "That rectification notice is not on record.")
        )
    return row


def live_notice(session: Session, notice_id: uuid.UUID) -> Rectification:
    """The notice a re-inspection is for: it must be reported fixed."""
    row = get_notice(session, notice_id)
    notice = _domain(row)
    if notice.state is RectificationState.OPEN:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Report the fix before recording its re-inspection."),
            field="reinspection",
        )
    if notice.state is not RectificationState.FIXED:
        raise ConflictError(
            QT_TRANSLATE_NOOP(
                "messages", "This rectification notice is closed or voided: it cannot change."
            )
        )
    return row


def reinspection_template(
    row: Rectification, template_row: InspectionTemplate, template: Template
) -> Template:
    """A re-inspection asks the notice's item only, from the same template (any of
    its versions: the key stays)."""
    if template_row.series_id != row.series_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "The re-inspection must be of the item {item} this notice is for."
            ),
            field="reinspection",
            item=row.item_text,
        )
    item = template.item(row.item_key)
    if item is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "The checklist no longer has the item {item}."),
            field="reinspection",
            item=row.item_text,
        )
    return replace(template, items=(replace(item, required=True),))


def apply_reinspection(
    session: Session,
    actor: Actor,
    row: Rectification,
    inspection: Inspection,
    outcome: InspectionOutcome,
) -> None:
    judged = next(item for item in outcome.items if item.key == row.item_key)
    if judged.result is None:  # required: judge() refuses a blank
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "A re-inspection must pass or fail the item."),
            field=item_field(row.item_key),
        )
    check = ReInspection(row.item_key, judged.result, actor.username, inspection.inspected_at)
    new = record_reinspection(_domain(row), check)
    if new.state is RectificationState.CLOSED:
        row.reinspection_id = inspection.id
    _store_state(session, actor, row, new)


def _info(session: Session, row: Rectification, now: datetime) -> RectificationInfo:
    if row.inspection_id is None:  # from another module's record (services.core.handoffs)
        return _source_info(session, row, now)
    inspection = session.get_one(Inspection, row.inspection_id)
    item = session.scalars(
        select(InspectionItem).where(
            InspectionItem.inspection_id == row.inspection_id,
            InspectionItem.key == row.item_key,
        )
    ).first()
    code = ""
    if item is not None and item.equipment_id is not None:
        code = session.get_one(Equipment, item.equipment_id).code
    again = None if row.reinspection_id is None else session.get(Inspection, row.reinspection_id)
    # People as the office knows them (a login that is no user shows as itself).
    names = display_names(session, (row.issued_by, row.fixed_by or "", row.verified_by or ""))
    return RectificationInfo(
        row.id,
        row.number,
        RectificationState(row.state),
        is_overdue(_domain(row), now),
        row.inspection_id,
        inspection.number,
        InspectionKind(inspection.kind),
        inspection.template_name,
        row.area,
        row.item_key,
        row.item_text,
        row.finding,
        row.what_to_fix,
        row.department_name,
        row.issued_at,
        names.get(row.issued_by, row.issued_by),
        row.deadline,
        names.get(row.fixed_by, row.fixed_by) if row.fixed_by else "",
        row.fixed_at,
        row.fix_note,
        names.get(row.verified_by, row.verified_by) if row.verified_by else "",
        row.closed_at,
        again.number if again is not None else "",
        row.void_reason,
        code,
        NoticeSource.INSPECTION,
        inspection.number,
    )


def _source_info(session: Session, row: Rectification, now: datetime) -> RectificationInfo:
    """A notice from another module's record: its number stands where an inspection's
    would, and it names no checklist, kind or equipment."""
    names = display_names(session, (row.issued_by, row.fixed_by or "", row.verified_by or ""))
    return RectificationInfo(
        row.id,
        row.number,
        RectificationState(row.state),
        is_overdue(_domain(row), now),
        None,
        row.source_number,
        None,
        "",
        row.area,
        row.item_key,
        row.item_text,
        row.finding,
        row.what_to_fix,
        row.department_name,
        row.issued_at,
        names.get(row.issued_by, row.issued_by),
        row.deadline,
        names.get(row.fixed_by, row.fixed_by) if row.fixed_by else "",
        row.fixed_at,
        row.fix_note,
        names.get(row.verified_by, row.verified_by) if row.verified_by else "",
        row.closed_at,
        "",
        row.void_reason,
        "",
        NoticeSource(row.source_kind or NoticeSource.ASSESSMENT.value),
        row.source_number,
    )


def _filtered(
    query: Select[tuple[Rectification]], wanted: NoticeFilter, now: datetime
) -> Select[tuple[Rectification]]:
    live = [state.value for state in LIVE_STATES]
    if wanted is NoticeFilter.LIVE:
        return query.where(Rectification.state.in_(live))
    if wanted is NoticeFilter.OVERDUE:
        return query.where(Rectification.state.in_(live), Rectification.deadline < now)
    if wanted is NoticeFilter.CLOSED:
        return query.where(Rectification.state == RectificationState.CLOSED.value)
    return query


class RectificationService(StoreService):
    def issue(
        self, actor: Actor, data: NoticeInput, *, now: datetime | None = None
    ) -> RectificationInfo:
        """A notice for a failed item; one live notice per item."""
        actor.require(Module.INSPECTIONS, Action.CREATE)
        moment = now or utcnow()
        what = bounded_text(
            data.what_to_fix,
            "what_to_fix",
            MAX_WHAT,
            required=QT_TRANSLATE_NOOP("messages", "Say what is to be fixed."),
        )
        issued_at = typed_time(
            data.issued_at or moment,
            moment,
            "issued_at",
            QT_TRANSLATE_NOOP("messages", "The notice's time is in the future; check it."),
        )
        if not isinstance(data.deadline, datetime):
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "Give the deadline."), field=FIELD_DEADLINE
            )
        deadline = data.deadline
        if deadline.utcoffset() is None:  # typed on a form: the station's local time
            deadline = deadline.astimezone()
        check_deadline(issued_at, deadline)
        with self._store.write() as session:
            inspection = session.get(Inspection, data.inspection_id)
            if inspection is None or inspection.voided_at is not None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("messages", "That inspection is not on record.")
                )
            item = session.scalars(
                select(InspectionItem).where(
                    InspectionItem.inspection_id == inspection.id,
                    InspectionItem.key == data.item_key,
                )
            ).first()
            if item is None or item.result != ItemResult.FAIL.value:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "messages", "Only a failed item gets a rectification notice."
                    ),
                    field=item_field(data.item_key),
                )
            if not isinstance(data.department_code, str) or not data.department_code.strip():
                raise ValidationError(
                    QT_TRANSLATE_NOOP("messages", "Choose the department that is to fix it."),
                    field="department",
                )
            department = find_department(session, data.department_code)
            live = session.scalar(
                select(Rectification.number).where(
                    Rectification.inspection_id == inspection.id,
                    Rectification.item_key == item.key,
                    Rectification.state.in_([s.value for s in LIVE_STATES]),
                )
            )
            if live is not None:
                raise ConflictError(
                    QT_TRANSLATE_NOOP("messages", "Notice {number} is already open for this item."),
                    number=live,
                )
            row = Rectification(
                number=numbering_service.allocate(
                    session, NumberKind.RECTIFICATION, issued_at.astimezone().date()
                ),
                state=RectificationState.OPEN.value,
                inspection_id=inspection.id,
                series_id=inspection.series_id,
                area=inspection.area,
                item_key=item.key,
                item_text=item.text,
                finding=item.note,
                what_to_fix=what,
                department_id=department.id,
                department_name=department.name,
                issued_at=issued_at,
                issued_by=actor.username,
                deadline=deadline,
            )
            session.add(row)
            session.flush()
            audit_service.record(
                session, actor, ENTITY, row.id, AuditAction.CREATE, after=snapshot(row, FIELDS)
            )
            return _info(session, row, moment)

    def report_fixed(
        self, actor: Actor, notice_id: uuid.UUID, note: str = "", *, at: datetime | None = None
    ) -> RectificationInfo:
        """The department reports the fix; the notice awaits its re-inspection."""
        actor.require(Module.INSPECTIONS, Action.UPDATE)
        moment = utcnow()
        text = bounded_text(note, "fix_note", MAX_NOTE)
        when = typed_time(
            at or moment,
            moment,
            "fixed_at",
            QT_TRANSLATE_NOOP("messages", "The fix's time is in the future; check it."),
            _FIX_SLACK,
        )
        with self._store.write() as session:
            row = get_notice(session, notice_id)
            new = mark_fixed(_domain(row), actor.username, when)
            row.fix_note = text
            _store_state(session, actor, row, new)
            return _info(session, row, moment)

    def void(self, actor: Actor, notice_id: uuid.UUID, reason: str) -> RectificationInfo:
        actor.require(Module.INSPECTIONS, Action.VOID)
        with self._store.write() as session:
            row = get_notice(session, notice_id)
            _store_state(session, actor, row, void_notice(_domain(row), reason))
            return _info(session, row, utcnow())

    def detail(
        self, actor: Actor, notice_id: uuid.UUID, *, now: datetime | None = None
    ) -> RectificationInfo:
        actor.require(Module.INSPECTIONS, Action.VIEW)
        with self._store.read() as session:
            return _info(session, get_notice(session, notice_id), now or utcnow())

    def find_number(self, actor: Actor, number: str) -> RectificationInfo:
        actor.require(Module.INSPECTIONS, Action.VIEW)
        text = bounded_text(number, "number", 20).upper()
        with self._store.read() as session:
            row = session.scalars(select(Rectification).where(Rectification.number == text)).first()
            if row is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("messages", "No rectification notice {number}."),
                    number=text,
                )
            return _info(session, row, utcnow())

    def rows(
        self,
        actor: Actor,
        wanted: NoticeFilter = NoticeFilter.LIVE,
        *,
        before: Key | None = None,
        limit: int = 200,
        now: datetime | None = None,
    ) -> Page[RectificationInfo]:
        """Newest issued first, a page at a time."""
        actor.require(Module.INSPECTIONS, Action.VIEW)
        moment = now or utcnow()
        size = max(1, min(int(limit), MAX_PAGE))
        try:
            shown = NoticeFilter(wanted)
        except ValueError:
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "Choose which notices to list."), field="filter"
            ) from None
        query = _filtered(select(Rectification), shown, moment)
        if before is not None:
            at, row_id = before
            query = query.where(
                or_(
                    Rectification.issued_at < at,
                    and_(Rectification.issued_at == at, Rectification.id < row_id),
                )
            )
        query = query.order_by(Rectification.issued_at.desc(), Rectification.id.desc())
        with self._store.read() as session:
            found = list(session.scalars(query.limit(size + 1)))
            rows = [_info(session, row, moment) for row in found[:size]]
        more = len(found) > size
        return Page(rows, (rows[-1].issued_at, rows[-1].id) if more else None)
