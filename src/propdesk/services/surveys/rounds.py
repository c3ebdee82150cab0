"""Survey rounds: open one with its questionnaire (a copy: later rounds' edits never
reach it), close it, void it with a reason; the list, a round whole with its figures,
and the questionnaire a new round starts from.

Opening and closing need SURVEYS CREATE / UPDATE (the front desk runs the surveys),
voiding VOID (managers). Every write is one transaction with its audit row.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import Select, extract, func, or_, select
from sqlalchemy.orm import Session

from propdesk.domain.numbering import NumberKind
from propdesk.domain.roles import Action, Module
from propdesk.domain.surveys.defaults import default_questionnaire
from propdesk.domain.surveys.figures import RoundTally, response_rate, tally
from propdesk.domain.surveys.questionnaire import Questionnaire
from propdesk.domain.surveys.rounds import RoundState, state_of
from propdesk.errors import QT_TRANSLATE_NOOP, ConflictError, NotFoundError, ValidationError
from propdesk.services.core import numbering as numbering_service
from propdesk.services.core import records
from propdesk.services.core.actor import Actor
from propdesk.services.core.people import display_name
from propdesk.services.core.store_service import StoreService
from propdesk.services.core.text import bounded_text
from propdesk.services.surveys.inputs import clean_round
from propdesk.services.surveys.occupancy import occupied_units
from propdesk.services.surveys.views import RoundDetail, RoundFilter, RoundInput, RoundRow
from propdesk.store.base import utcnow
from propdesk.store.models.surveys import SurveyResponse, SurveyRound

ENTITY = "survey_round"
FIELDS = (
    "number",
    "name",
    "opens_on",
    "closes_on",
    "question_count",
    "closed_at",
    "closed_by",
)
MAX_ROUNDS = 500


def not_found() -> NotFoundError:
    return NotFoundError(QT_TRANSLATE_NOOP("messages", "That survey round is not on record."))


def get_round(session: Session, round_id: uuid.UUID, *, lock: bool = False) -> SurveyRound:
    """The round; `lock` holds its row until the transaction ends (PostgreSQL: two
    stations typing the same unit's form wait for each other; SQLite's write lock
    does that already)."""
    found = session.get(SurveyRound, round_id, with_for_update=lock or None)
    if found is None:
        raise not_found()
    return found


def live_ratings(session: Session, round_id: uuid.UUID) -> list[str]:
    return list(
        session.scalars(
            select(SurveyResponse.ratings).where(
                SurveyResponse.round_id == round_id, SurveyResponse.voided_at.is_(None)
            )
        )
    )


def round_tally(session: Session, found: SurveyRound) -> RoundTally:
    return tally(Questionnaire.from_json(found.questions), live_ratings(session, found.id))


def round_row(session: Session, found: SurveyRound, counted: RoundTally | None = None) -> RoundRow:
    figures = counted if counted is not None else round_tally(session, found)
    occupied = occupied_units(session, found.closes_on)
    return RoundRow(
        found.id,
        found.number,
        found.name,
        found.opens_on,
        found.closes_on,
        state_of(found.closed_at is not None, found.voided_at is not None),
        found.question_count,
        figures.responses,
        occupied,
        response_rate(figures.responses, occupied),
        figures.overall.share,
        found.void_reason,
    )


def load_detail(session: Session, found: SurveyRound) -> RoundDetail:
    counted = round_tally(session, found)
    return RoundDetail(
        round_row(session, found, counted),
        counted.questionnaire,
        counted,
        display_name(session, found.created_by),
        found.closed_at,
        display_name(session, found.closed_by) if found.closed_by else "",
    )


def _filtered(query: Select[tuple[SurveyRound]], wanted: RoundFilter) -> Select[tuple[SurveyRound]]:
    if wanted.year is not None:
        if not isinstance(wanted.year, int) or not 2000 <= wanted.year <= 2100:
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "Choose a year from 2000 to 2100, or any."),
                field="year",
            )
        query = query.where(extract("year", SurveyRound.closes_on) == wanted.year)
    if not wanted.include_voided:
        query = query.where(SurveyRound.voided_at.is_(None))
    text = bounded_text(wanted.text, "text", 40)
    if text:
        query = query.where(
            or_(
                SurveyRound.number.startswith(text.upper(), autoescape=True),
                SurveyRound.name.contains(text, autoescape=True),
            )
        )
    return query


class RoundService(StoreService):
    def starting_questionnaire(self, actor: Actor, language: str) -> Questionnaire:
        """What a new round starts from: the latest live round's questions (the
        office's own wording), else the plan's default in `language`."""
        actor.require(Module.SURVEYS, Action.VIEW)
        with self._store.read() as session:
            latest = session.scalars(
                select(SurveyRound.questions)
                .where(SurveyRound.voided_at.is_(None))
                .order_by(SurveyRound.created_at.desc())
                .limit(1)
            ).first()
        return Questionnaire.from_json(latest) if latest else default_questionnaire(language)

    def default_questionnaire(self, actor: Actor, language: str) -> Questionnaire:
        actor.require(Module.SURVEYS, Action.VIEW)
        return default_questionnaire(language)

    def create(self, actor: Actor, data: RoundInput) -> RoundDetail:
        actor.require(Module.SURVEYS, Action.CREATE)
        clean = clean_round(data)
        with self._store.write() as session:
            row = SurveyRound(
                number=numbering_service.allocate(session, NumberKind.SURVEY, clean.opens_on),
                name=clean.name,
                opens_on=clean.opens_on,
                closes_on=clean.closes_on,
                questions=clean.questionnaire.to_json(),
                question_count=len(clean.questionnaire),
                created_by=actor.username,
            )
            records.create(session, actor, ENTITY, row, FIELDS)
            return load_detail(session, row)

    def close(
        self, actor: Actor, round_id: uuid.UUID, *, now: datetime | None = None
    ) -> RoundDetail:
        """No more responses; the round counts as held (if answered) from now on."""
        actor.require(Module.SURVEYS, Action.UPDATE)
        with self._store.write() as session:
            found = get_round(session, round_id, lock=True)
            if found.voided_at is not None:
                raise ConflictError(QT_TRANSLATE_NOOP("messages", "This survey round was voided."))
            if found.closed_at is None:
                records.update(
                    session,
                    actor,
                    ENTITY,
                    found,
                    FIELDS,
                    {"closed_at": now or utcnow(), "closed_by": actor.username},
                )
            return load_detail(session, found)

    def void(self, actor: Actor, round_id: uuid.UUID, reason: str) -> None:
        """A round made by mistake, voided with its responses' figures (they count
        nowhere then); the responses stay as they were."""
        actor.require(Module.SURVEYS, Action.VOID)
        with self._store.write() as session:
            found = get_round(session, round_id, lock=True)
            if found.voided_at is None:
                records.void(session, actor, ENTITY, found, FIELDS, reason)

    def detail(self, actor: Actor, round_id: uuid.UUID) -> RoundDetail:
        actor.require(Module.SURVEYS, Action.VIEW)
        with self._store.read() as session:
            return load_detail(session, get_round(session, round_id))

    def find_number(self, actor: Actor, number: str) -> RoundDetail:
        actor.require(Module.SURVEYS, Action.VIEW)
        text = bounded_text(number, "number", 20).upper()
        with self._store.read() as session:
            found = session.scalars(select(SurveyRound).where(SurveyRound.number == text)).first()
            if found is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("messages", "No survey round {number}."), number=text
                )
            return load_detail(session, found)

    def rows(self, actor: Actor, wanted: RoundFilter = RoundFilter()) -> list[RoundRow]:  # noqa: B008
        """Newest first (by the last day); two a year make a short list, read whole."""
        actor.require(Module.SURVEYS, Action.VIEW)
        query = _filtered(select(SurveyRound), wanted)
        query = query.order_by(SurveyRound.closes_on.desc(), SurveyRound.id.desc())
        with self._store.read() as session:
            return [round_row(session, r) for r in session.scalars(query.limit(MAX_ROUNDS))]

    def open_rounds(self, actor: Actor) -> list[RoundRow]:
        return [r for r in self.rows(actor) if r.state is RoundState.OPEN]

    def years(self, actor: Actor) -> Sequence[int]:
        """The years some round ended in, newest first (the list's year filter)."""
        actor.require(Module.SURVEYS, Action.VIEW)
        with self._store.read() as session:
            days: list[date] = list(session.scalars(select(func.min(SurveyRound.closes_on))))
            last: list[date] = list(session.scalars(select(func.max(SurveyRound.closes_on))))
        if not days or days[0] is None or last[0] is None:
            return []
        return list(range(last[0].year, days[0].year - 1, -1))
