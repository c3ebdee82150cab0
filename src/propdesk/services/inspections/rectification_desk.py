"""The RectificationDesk the inspections module lends to the others
(services.core.handoffs): the same notices (整改通知单, ZG numbers) opened from another
module's record — a monthly assessment's spot check — instead of an inspection's item,
and closed by that module's own check of the item (a later spot check that passes,
or the assessor verifying the fix) under the same rule as a re-inspection
(domain.inspections.rectification.record_reinspection: the fix reported first, checked
by someone other than who reported it, no earlier than the fix).

Rights: opening and checking are INSPECTIONS CREATE, as issuing and re-inspecting are;
reading the links INSPECTIONS VIEW. The notices show on the inspections tab's
Rectifications page beside the inspections' own, where their fix is reported.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import datetime

from sqlalchemy import select

from propdesk.domain.inspections.kinds import ItemResult
from propdesk.domain.inspections.rectification import (
    FIELD_DEADLINE,
    LIVE_STATES,
    NoticeSource,
    RectificationState,
    ReInspection,
    check_deadline,
    is_overdue,
    record_reinspection,
)
from propdesk.domain.numbering import NumberKind
from propdesk.domain.roles import Action, Module
from propdesk.errors import QT_TRANSLATE_NOOP, ConflictError, NotFoundError, ValidationError
from propdesk.services.core import audit as audit_service
from propdesk.services.core import numbering as numbering_service
from propdesk.services.core.actor import Actor
from propdesk.services.core.audit import AuditAction, snapshot
from propdesk.services.core.handoffs import (
    LinkedNotice,
    NoticeRecheck,
    NoticeRequest,
    RectificationDesk,
)
from propdesk.services.core.text import bounded_text
from propdesk.services.core.typed_times import typed_time
from propdesk.services.inspections import rectifications as notices
from propdesk.services.master_data.staff import find_department
from propdesk.store.base import utcnow
from propdesk.store.models import Rectification
from propdesk.store.unit_of_work import Store

FIELDS = (*notices.FIELDS, "source_kind", "source_id", "source_number")


def _linked(row: Rectification, now: datetime) -> LinkedNotice:
    assert row.source_id is not None  # only source notices are linked
    return LinkedNotice(
        row.id,
        row.number,
        RectificationState(row.state),
        is_overdue(notices.domain_notice(row), now),
        row.deadline,
        row.fixed_by or "",
        row.source_id,
        row.item_key,
    )


def _source(kind: str) -> NoticeSource:
    try:
        source = NoticeSource(kind)
    except ValueError:
        raise ValueError(f"not a notice source: {kind!r}") from None
    if source is NoticeSource.INSPECTION:  # the inspections issue their own
        raise ValueError("inspection notices are issued by the inspections module")
    return source


def rectification_desk(store: Store) -> RectificationDesk:
    def open_from(actor: Actor, request: NoticeRequest) -> LinkedNotice:
        actor.require(Module.INSPECTIONS, Action.CREATE)
        source = _source(request.source_kind)
        moment = utcnow()
        what = bounded_text(
            request.what_to_fix,
            "what_to_fix",
            notices.MAX_WHAT,
            required=QT_TRANSLATE_NOOP("messages", "Say what is to be fixed."),
        )
        issued_at = typed_time(
            request.issued_at or moment,
            moment,
            "issued_at",
            QT_TRANSLATE_NOOP("messages", "The notice's time is in the future; check it."),
        )
        if not isinstance(request.deadline, datetime):
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "Give the deadline."), field=FIELD_DEADLINE
            )
        deadline = request.deadline
        if deadline.utcoffset() is None:  # typed on a form: the station's local time
            deadline = deadline.astimezone()
        check_deadline(issued_at, deadline)
        with store.write() as session:
            department = find_department(session, request.department_code)
            live = session.scalar(
                select(Rectification.number).where(
                    Rectification.source_kind == source.value,
                    Rectification.source_id == request.source_id,
                    Rectification.item_key == request.item_key,
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
                inspection_id=None,
                source_kind=source.value,
                source_id=request.source_id,
                source_number=request.source_number[:20],
                series_id=request.series_id,
                area=request.area[:60],
                item_key=request.item_key[:40],
                item_text=request.item_text[:200],
                finding=request.finding[:500],
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
                session,
                actor,
                notices.ENTITY,
                row.id,
                AuditAction.CREATE,
                after=snapshot(row, FIELDS),
            )
            return _linked(row, moment)

    def linked(
        actor: Actor, kind: NoticeSource, source_ids: Sequence[uuid.UUID]
    ) -> Mapping[uuid.UUID, tuple[LinkedNotice, ...]]:
        actor.require(Module.INSPECTIONS, Action.VIEW)
        source = _source(kind)
        ids = list(dict.fromkeys(source_ids))
        found: dict[uuid.UUID, list[LinkedNotice]] = {}
        now = utcnow()
        with store.read() as session:
            for first in range(0, len(ids), 500):
                for row in session.scalars(
                    select(Rectification)
                    .where(
                        Rectification.source_kind == source.value,
                        Rectification.source_id.in_(ids[first : first + 500]),
                    )
                    .order_by(Rectification.issued_at, Rectification.id)
                ):
                    notice = _linked(row, now)
                    found.setdefault(notice.source_id, []).append(notice)
        return {key: tuple(value) for key, value in found.items()}

    def recheck(actor: Actor, notice_id: uuid.UUID, check: NoticeRecheck) -> LinkedNotice:
        actor.require(Module.INSPECTIONS, Action.CREATE)
        moment = utcnow()
        at = typed_time(
            check.at,
            moment,
            "reinspection",
            QT_TRANSLATE_NOOP("messages", "The check's time is in the future; check it."),
        )
        with store.write() as session:
            row = notices.get_notice(session, notice_id)
            if row.source_kind is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("messages", "That rectification notice is not on record.")
                )
            result = ItemResult.PASS if check.passed else ItemResult.FAIL
            new = record_reinspection(
                notices.domain_notice(row), ReInspection(check.item_key, result, actor.username, at)
            )
            notices.store_state(session, actor, row, new)
            return _linked(row, moment)

    return RectificationDesk(open_from, linked, recheck)
