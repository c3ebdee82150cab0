"""A session's photos and its photographed sign-in sheet, kept as the inspections keep
theirs (services.core.photos): the file in the data folder under its content hash,
a row here linking it to the session, an audit row on the session."""

from __future__ import annotations

import uuid
from pathlib import Path

from sqlalchemy import func, select

from propdesk.domain.roles import Action, Module
from propdesk.errors import QT_TRANSLATE_NOOP, NotFoundError
from propdesk.services.core.actor import Actor
from propdesk.services.core.photos import AttachedPhotos, PhotoRef, photo_ref
from propdesk.store.models.drills import DrillAttachment, DrillSession

MAX_PER_SESSION = 12
ENTITY = "drill_session"


class DrillPhotoService(AttachedPhotos):
    def add(self, actor: Actor, session_id: uuid.UUID, source: Path) -> PhotoRef:
        actor.require(Module.DRILLS, Action.CREATE)
        self._folder()
        with self._store.read() as session:
            found = session.get(DrillSession, session_id)
            if found is None or found.voided_at is not None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("messages", "That session is not on record."),
                    field="photo",
                )
        stored = self.store_file(source)  # the file first, outside the write
        with self._store.write() as session:
            self.refuse_past_limit(
                session.scalar(
                    select(func.count()).where(DrillAttachment.session_id == session_id)
                ),
                MAX_PER_SESSION,
                QT_TRANSLATE_NOOP("messages", "A session holds at most {limit} photos."),
            )
            row = DrillAttachment(session_id=session_id, **stored.columns())
            session.add(row)
            session.flush()
            self.audit_added(session, actor, ENTITY, session_id, stored)
            return photo_ref(row)
