"""The drills' papers filled from the store: a session's record (演练记录 / 培训记录)
and a sign-in sheet (签到表), either of a recorded session (its participants) or of
one about to be held (the staff expected, from the form, nothing written)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from propdesk.domain.drills.kinds import Topic
from propdesk.domain.roles import Action, Module
from propdesk.reports.drills.model import PaperPerson, SessionPaper
from propdesk.services.core.actor import Actor
from propdesk.services.core.store_service import StoreService
from propdesk.services.core.text import bounded_text
from propdesk.services.drills import inputs
from propdesk.services.drills.sessions import get_session, load_detail
from propdesk.services.drills.views import SessionDetail
from propdesk.services.station.estate import EstateService
from propdesk.store.unit_of_work import Store


@dataclass(frozen=True)
class SignInRequest:
    """A session about to be held, as the form holds it so far."""

    topic: Topic
    title: str
    held_at: datetime
    organiser_id: uuid.UUID | None
    staff_ids: Sequence[uuid.UUID] = ()
    place: str = ""


def paper_of(detail: SessionDetail, estate: str) -> SessionPaper:
    row = detail.row
    return SessionPaper(
        row.number,
        estate,
        row.kind.value,
        row.topic.value,
        row.title,
        row.held_at,
        row.minutes,
        detail.place,
        row.organiser,
        tuple(PaperPerson(p.name, p.department) for p in detail.participants),
        row.residents,
        detail.practised,
        detail.problems,
        detail.actions,
        detail.void_reason if row.voided else "",
    )


class DrillPrintService(StoreService):
    def __init__(self, store: Store, estate: EstateService) -> None:
        super().__init__(store)
        self._estate = estate

    def _estate_name(self) -> str:
        estate = self._estate.get()
        return estate.name if estate is not None else ""

    def record(self, actor: Actor, session_id: uuid.UUID) -> SessionPaper:
        actor.require(Module.DRILLS, Action.VIEW)
        with self._store.read() as session:
            detail = load_detail(session, get_session(session, session_id))
        return paper_of(detail, self._estate_name())

    def sign_in(self, actor: Actor, request: SignInRequest) -> SessionPaper:
        """The sheet of a session not yet recorded: the organiser and the staff
        expected are checked against the register as a save would check them."""
        actor.require(Module.DRILLS, Action.VIEW)
        topic = inputs.clean_topic(request.topic)
        title = bounded_text(
            request.title if isinstance(request.title, str) else "",
            inputs.FIELD_TITLE,
            60,
            required=inputs.NO_TITLE,
        )
        place = bounded_text(
            request.place if isinstance(request.place, str) else "", inputs.FIELD_PLACE, 60
        )
        with self._store.read() as session:
            organiser = inputs.staff_found(
                session,
                request.organiser_id,
                inputs.FIELD_ORGANISER,
                inputs.NO_ORGANISER,
            )
            people = tuple(
                inputs.staff_found(
                    session, staff_id, inputs.FIELD_PARTICIPANTS, inputs.NO_PARTICIPANT
                )
                for staff_id in dict.fromkeys(request.staff_ids)
            )
        return SessionPaper(
            "",
            self._estate_name(),
            topic.session.value,
            topic.value,
            title,
            request.held_at,
            0,
            place,
            organiser.name,
            tuple(PaperPerson(p.name, p.department) for p in people),
        )
