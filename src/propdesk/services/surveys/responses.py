"""Responses (问卷): one per unit per round, typed from the paper forms or imported.

A second response for a unit that already answered the round is refused, naming the
unit; with `replace` (the form asks first, SURVEYS UPDATE) the earlier one is voided
with the reason "replaced" in the same transaction and the new one recorded — so a
misread form is put right at the desk without a manager. Voiding a response on its
own needs VOID. Responses are taken while the round is open.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from propdesk.domain.roles import Action, Module
from propdesk.domain.surveys.areas import Area
from propdesk.domain.surveys.ratings import pack, unpack
from propdesk.errors import QT_TRANSLATE_NOOP, ConflictError, NotFoundError, ValidationError
from propdesk.services.core import records
from propdesk.services.core.actor import Actor
from propdesk.services.core.paging import Key, Page
from propdesk.services.core.people import display_names
from propdesk.services.core.store_service import StoreService
from propdesk.services.core.text import bounded_text
from propdesk.services.master_data.units import find_unit
from propdesk.services.surveys.inputs import CleanResponse, clean_response
from propdesk.services.surveys.rounds import get_round
from propdesk.services.surveys.views import (
    ResponseFilter,
    ResponseInput,
    ResponseRow,
    UnitAnswer,
)
from propdesk.store.base import utcnow
from propdesk.store.models import Resident, Unit
from propdesk.store.models.surveys import SurveyResponse, SurveyRound

ENTITY = "survey_response"
FIELDS = ("round_id", "unit_code", "ratings", "comment", "comment_area", "entered_at")
MAX_PAGE = 500
REPLACED = QT_TRANSLATE_NOOP("messages", "Replaced by a new entry of the same form.")
_KIND_ORDER = {"owner": 0, "tenant": 1, "family": 2}


def _row(found: SurveyResponse, names: dict[str, str]) -> ResponseRow:
    return ResponseRow(
        found.id,
        found.round_id,
        found.unit_code,
        unpack(found.ratings),
        found.comment,
        Area(found.comment_area) if found.comment_area else None,
        names.get(found.entered_by, found.entered_by),
        found.entered_at,
        found.voided_at is not None,
        found.void_reason,
    )


def open_round(session: Session, round_id: uuid.UUID) -> SurveyRound:
    """The round, locked, if it takes responses; else a ConflictError saying why."""
    found = get_round(session, round_id, lock=True)
    if found.voided_at is not None:
        raise ConflictError(
            QT_TRANSLATE_NOOP("messages", "This survey round was voided."), field="round"
        )
    if found.closed_at is not None:
        raise ConflictError(
            QT_TRANSLATE_NOOP(
                "messages", "This survey round is closed: it takes no more responses."
            ),
            field="round",
        )
    return found


def live_response(
    session: Session, round_id: uuid.UUID, unit_id: uuid.UUID
) -> SurveyResponse | None:
    return session.scalars(
        select(SurveyResponse).where(
            SurveyResponse.round_id == round_id,
            SurveyResponse.unit_id == unit_id,
            SurveyResponse.voided_at.is_(None),
        )
    ).first()


def write_response(
    session: Session,
    actor: Actor,
    found: SurveyRound,
    clean: CleanResponse,
    moment: datetime,
    *,
    replace: bool = False,
) -> SurveyResponse:
    """The response, audited, in the caller's transaction (the form's save and the
    import's rows alike)."""
    unit = find_unit(session, clean.unit_code, "unit")
    earlier = live_response(session, found.id, unit.id)
    if earlier is not None:
        if not replace:
            raise ConflictError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Unit {unit} has already answered this round; replace its response "
                    "only if this form is the right one.",
                ),
                field="unit",
                unit=unit.code,
            )
        actor.require(Module.SURVEYS, Action.UPDATE)
        records.void(session, actor, ENTITY, earlier, FIELDS, REPLACED)
    row = SurveyResponse(
        round_id=found.id,
        unit_id=unit.id,
        unit_code=unit.code,
        ratings=pack(clean.ratings),
        comment=clean.comment,
        comment_area=clean.comment_area.value if clean.comment_area else "",
        entered_by=actor.username,
        entered_at=moment,
    )
    records.create(session, actor, ENTITY, row, FIELDS)
    return row


def _residents_of(session: Session, unit_id: uuid.UUID) -> str:
    people = session.execute(
        select(Resident.name, Resident.kind).where(
            Resident.unit_id == unit_id,
            Resident.voided_at.is_(None),
            Resident.move_out.is_(None),
        )
    ).all()
    ordered = sorted(people, key=lambda p: (_KIND_ORDER.get(p.kind, 3), p.name))
    return "、".join(p.name for p in ordered[:3])


class ResponseService(StoreService):
    def record(
        self, actor: Actor, data: ResponseInput, *, now: datetime | None = None
    ) -> ResponseRow:
        actor.require(Module.SURVEYS, Action.CREATE)
        with self._store.write() as session:
            found = open_round(session, data.round_id)
            clean = clean_response(data, found.question_count)
            row = write_response(
                session, actor, found, clean, now or utcnow(), replace=data.replace
            )
            return _row(row, {actor.username: actor.display_name})

    def void(self, actor: Actor, response_id: uuid.UUID, reason: str) -> None:
        actor.require(Module.SURVEYS, Action.VOID)
        with self._store.write() as session:
            found = session.get(SurveyResponse, response_id)
            if found is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("messages", "That survey response is not on record.")
                )
            if found.voided_at is None:
                records.void(session, actor, ENTITY, found, FIELDS, reason)

    def unit(self, actor: Actor, round_id: uuid.UUID, unit_code: str) -> UnitAnswer:
        """Who lives in the unit typed, and when it answered the round (if it did):
        the line under the entry form's unit box. NotFoundError on "unit" for a unit
        that is not on record."""
        actor.require(Module.SURVEYS, Action.VIEW)
        code = bounded_text(unit_code, "unit", 20)
        with self._store.read() as session:
            unit = find_unit(session, code, "unit")
            earlier = live_response(session, round_id, unit.id)
            return UnitAnswer(
                unit.code,
                _residents_of(session, unit.id),
                earlier.entered_at if earlier is not None else None,
            )

    def unit_codes(self, actor: Actor, round_id: uuid.UUID) -> list[str]:
        """Live units that have not answered the round yet (the unit box completes
        these), in code order."""
        actor.require(Module.SURVEYS, Action.VIEW)
        answered = select(SurveyResponse.unit_id).where(
            SurveyResponse.round_id == round_id, SurveyResponse.voided_at.is_(None)
        )
        with self._store.read() as session:
            return list(
                session.scalars(
                    select(Unit.code)
                    .where(Unit.voided_at.is_(None), Unit.id.not_in(answered))
                    .order_by(Unit.code)
                )
            )

    def rows(
        self,
        actor: Actor,
        wanted: ResponseFilter,
        *,
        before: Key | None = None,
        limit: int = 200,
    ) -> Page[ResponseRow]:
        """A round's responses, newest first, a page at a time."""
        actor.require(Module.SURVEYS, Action.VIEW)
        size = max(1, min(int(limit), MAX_PAGE))
        r = SurveyResponse
        query = select(r).where(r.round_id == wanted.round_id)
        if not wanted.include_voided:
            query = query.where(r.voided_at.is_(None))
        text = bounded_text(wanted.text, "text", 20)
        if text:
            query = query.where(r.unit_code.startswith(text.upper(), autoescape=True))
        if wanted.comments_only:
            query = query.where(r.comment != "")
            if wanted.comment_area is not None:
                if not isinstance(wanted.comment_area, Area):
                    raise ValidationError(
                        QT_TRANSLATE_NOOP("messages", "Choose an area, or any."),
                        field="comment_area",
                    )
                query = query.where(r.comment_area == wanted.comment_area.value)
        if before is not None:
            at, row_id = before
            query = query.where(or_(r.entered_at < at, and_(r.entered_at == at, r.id < row_id)))
        query = query.order_by(r.entered_at.desc(), r.id.desc()).limit(size + 1)
        with self._store.read() as session:
            found = list(session.scalars(query))
            names = dict(display_names(session, (f.entered_by for f in found)))
        more = len(found) > size
        rows = [_row(f, names) for f in found[:size]]
        return Page(rows, (rows[-1].entered_at, rows[-1].id) if more else None)
