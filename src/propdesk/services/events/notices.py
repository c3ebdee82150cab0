"""The lobby notice (活动通知) of an event: its plan as a plain value for
reports.events.lobby_notice, with the estate's name and hotline for the foot. The QR
code's text is whatever the clerk types for this print (a sign-up link, a phone
number): nothing of it is stored."""

from __future__ import annotations

import uuid
from datetime import datetime

from propdesk.domain.roles import Action, Module
from propdesk.errors import QT_TRANSLATE_NOOP, ConflictError
from propdesk.reports.events.notice_model import LobbyNotice
from propdesk.services.core.actor import Actor
from propdesk.services.events.events import get_event
from propdesk.services.events.inputs import clean_qr_text
from propdesk.services.station.estate import EstateService
from propdesk.store.base import utcnow
from propdesk.store.unit_of_work import Store


class EventNoticeService:
    def __init__(self, store: Store, estate: EstateService) -> None:
        self._store = store
        self._estate = estate

    def notice(
        self, actor: Actor, event_id: uuid.UUID, qr_text: str = "", *, now: datetime | None = None
    ) -> LobbyNotice:
        actor.require(Module.EVENTS, Action.VIEW)
        qr = clean_qr_text(qr_text)
        info = self._estate.get()
        with self._store.read() as session:
            row = get_event(session, event_id)
            if row.voided_at is not None:
                raise ConflictError(
                    QT_TRANSLATE_NOOP("messages", "This event was voided: it is not announced.")
                )
            return LobbyNotice(
                number=row.number,
                estate=info.name if info is not None else "",
                hotline=info.hotline if info is not None else "",
                theme=row.theme,
                starts_at=row.starts_at,
                ends_at=row.ends_at,
                place=row.place,
                content=row.content,
                organiser=row.organiser,
                issued_on=(now or utcnow()).astimezone().date(),
                qr_text=qr,
            )
