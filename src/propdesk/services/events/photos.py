"""Photos of a community event (the archive's pictures): the files and their checks
are the shared photo service's (services.core.photos); this keeps the rows
(store.models.events.CommunityEventPhoto) and what may carry a photo: an event on
record, not voided and not cancelled — a held event's record is read-only, but its
photos are taken at the event and attached after it.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from sqlalchemy import func, select

from propdesk.domain.events.kinds import EventState
from propdesk.domain.roles import Action, Module
from propdesk.errors import QT_TRANSLATE_NOOP, ConflictError, NotFoundError
from propdesk.services.core.actor import Actor
from propdesk.services.core.photos import AttachedPhotos, PhotoRef, photo_ref
from propdesk.services.events.events import ENTITY, get_event
from propdesk.store.models.events import CommunityEventPhoto

MAX_PER_EVENT = 30  # the event's album: enough for the board and the owners' committee


class EventPhotoService(AttachedPhotos):
    def add(self, actor: Actor, event_id: uuid.UUID, source: Path) -> PhotoRef:
        """Attach the photo at `source` to the event. Refused (field "photo"): not a
        picture, too large, unreadable, too many on the event."""
        actor.require(Module.EVENTS, Action.UPDATE)
        self._folder()  # no photo folder: said before the event is looked at
        with self._store.read() as session:
            found = get_event(session, event_id)
            if found.voided_at is not None:
                raise NotFoundError(QT_TRANSLATE_NOOP("messages", "That event is not on record."))
            if found.state == EventState.CANCELLED.value:
                raise ConflictError(
                    QT_TRANSLATE_NOOP("messages", "This event was cancelled: it cannot change.")
                )
        stored = self.store_file(source)
        with self._store.write() as session:
            self.refuse_past_limit(
                session.scalar(
                    select(func.count()).where(CommunityEventPhoto.event_id == event_id)
                ),
                MAX_PER_EVENT,
                QT_TRANSLATE_NOOP("messages", "An event holds at most {limit} photos."),
            )
            row = CommunityEventPhoto(event_id=event_id, **stored.columns())
            session.add(row)
            session.flush()
            self.audit_added(session, actor, ENTITY, event_id, stored)
            return photo_ref(row)
