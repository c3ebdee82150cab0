"""The rectification notices (整改通知单) of the assessments' spot checks, through the
RectificationDesk the inspections module lends (services.core.handoffs): opened for a
failing check, re-checked by a later check of the item, or verified by the assessor —
always by someone other than who reported the fix (domain.inspections.rectification).
Without the inspections module there is no desk, and no notice."""

from __future__ import annotations

import uuid
from datetime import datetime

from propdesk.domain.inspections.rectification import NoticeSource, RectificationState
from propdesk.domain.roles import Action, Module
from propdesk.errors import (
    QT_TRANSLATE_NOOP,
    ConflictError,
    NotFoundError,
    UserError,
    ValidationError,
)
from propdesk.services.assessments.inputs import NoticeAsk
from propdesk.services.assessments.lookup import get_assessment
from propdesk.services.core.actor import Actor
from propdesk.services.core.handoffs import (
    LinkedNotice,
    NoticeRecheck,
    NoticeRequest,
    RectificationDesk,
)
from propdesk.services.core.store_service import StoreService
from propdesk.services.core.text import bounded_text
from propdesk.store.base import utcnow
from propdesk.store.models import Department, Rectification
from propdesk.store.models.assessments import AssessmentCheck, AssessmentStandard
from propdesk.store.unit_of_work import Store


class AssessmentNotices(StoreService):
    def __init__(self, store: Store, desk: RectificationDesk | None) -> None:
        super().__init__(store)
        self._desk = desk

    @property
    def notices_lent(self) -> bool:
        """Rectification notices can be opened (the inspections module is there)."""
        return self._desk is not None

    @staticmethod
    def _check_ask(ask: NoticeAsk, checked_at: datetime) -> None:
        bounded_text(
            ask.what_to_fix,
            "what_to_fix",
            500,
            required=QT_TRANSLATE_NOOP("messages", "Say what is to be fixed."),
        )
        deadline = ask.deadline
        if not isinstance(deadline, datetime):
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "Give the deadline."), field="deadline"
            )
        if deadline.utcoffset() is None:
            deadline = deadline.astimezone()
        if deadline <= checked_at:
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "The deadline must be after the check."),
                field="deadline",
            )

    def _recheck(
        self, actor: Actor, check_ids: list[uuid.UUID], item_key: str, passed: bool, at: datetime
    ) -> tuple[list[str], list[str], list[UserError]]:
        """The earlier checks' notices of this item that await their check (fixed)."""
        closed: list[str] = []
        reopened: list[str] = []
        refused: list[UserError] = []
        if self._desk is None or not check_ids or not actor.may(Module.INSPECTIONS, Action.CREATE):
            return closed, reopened, refused
        for notices in self._desk.linked(actor, NoticeSource.ASSESSMENT, check_ids).values():
            for notice in notices:
                if notice.state is not RectificationState.FIXED:
                    continue
                try:
                    after = self._desk.recheck(
                        actor, notice.id, NoticeRecheck(item_key, passed, at)
                    )
                except UserError as exc:
                    refused.append(exc)
                    continue
                (closed if after.state is RectificationState.CLOSED else reopened).append(
                    after.number
                )
        return closed, reopened, refused

    def open_notice(self, actor: Actor, check_id: uuid.UUID, ask: NoticeAsk) -> LinkedNotice:
        """A rectification notice for a failing check after the fact."""
        actor.require(Module.ASSESSMENTS, Action.CREATE)
        if self._desk is None:
            raise ConflictError(
                QT_TRANSLATE_NOOP("messages", "Rectification notices are not available here.")
            )
        with self._store.read() as session:
            check = (
                session.get(AssessmentCheck, check_id) if isinstance(check_id, uuid.UUID) else None
            )
            if check is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("messages", "That spot check is not on record.")
                )
            found = get_assessment(session, check.assessment_id)
            if found.voided_at is not None:
                raise ConflictError(QT_TRANSLATE_NOOP("messages", "This assessment is voided."))
            if check.deducted == 0:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "messages", "Only a check that deducts points gets a notice."
                    ),
                    field="notice",
                )
            self._check_ask(ask, check.checked_at)
            series = session.get_one(AssessmentStandard, found.standard_id).series_id
            code = session.get_one(Department, found.department_id).code
            request = NoticeRequest(
                NoticeSource.ASSESSMENT,
                check.id,
                found.number,
                series,
                check.place or found.department_name,
                check.item_key,
                check.item_text,
                check.finding,
                ask.what_to_fix,
                code,
                ask.deadline,
                None,
            )
        return self._desk.open_from(actor, request)

    def verify_fix(
        self, actor: Actor, notice_id: uuid.UUID, *, passed: bool = True
    ) -> LinkedNotice:
        """The assessor's own look at a reported fix: passed closes the notice, not
        passed opens it again (by someone other than who reported the fix)."""
        actor.require(Module.ASSESSMENTS, Action.CREATE)
        if self._desk is None:
            raise ConflictError(
                QT_TRANSLATE_NOOP("messages", "Rectification notices are not available here.")
            )
        with self._store.read() as session:
            # The notice's item, read from the shared table (the desk owns its writes).
            row = (
                session.get(Rectification, notice_id) if isinstance(notice_id, uuid.UUID) else None
            )
            if row is None or row.source_kind != NoticeSource.ASSESSMENT.value:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("messages", "That rectification notice is not on record.")
                )
            item_key = row.item_key
        return self._desk.recheck(actor, notice_id, NoticeRecheck(item_key, passed, utcnow()))
