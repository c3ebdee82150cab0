"""An assessment by its id, or the message that it is not on record."""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from propdesk.errors import QT_TRANSLATE_NOOP, NotFoundError
from propdesk.store.models.assessments import Assessment


def get_assessment(session: Session, assessment_id: uuid.UUID) -> Assessment:
    found = session.get(Assessment, assessment_id) if isinstance(assessment_id, uuid.UUID) else None
    if found is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("messages", "That assessment is not on record."))
    return found
