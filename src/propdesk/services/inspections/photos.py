"""Photos of an inspection's items: the files and their checks are the shared photo
service's (services.core.photos); this keeps the rows (store.models.InspectionPhoto)
and what may carry a photo (an item of a live inspection, at most MAX_PER_ITEM).
"""

from __future__ import annotations

import uuid
from pathlib import Path

from sqlalchemy import func, select

from propdesk.domain.inspections.templates import item_field
from propdesk.domain.roles import Action, Module
from propdesk.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from propdesk.services.core.actor import Actor
from propdesk.services.core.photos import MAX_NAME, AttachedPhotos, AttachmentState, photo_ref
from propdesk.services.inspections.inspections import ENTITY, get_inspection
from propdesk.services.inspections.views import PhotoRef
from propdesk.store.models import InspectionItem, InspectionPhoto

# AttachmentState too: the window tells a missing photo from a damaged one by it.
__all__ = ["MAX_NAME", "MAX_PER_ITEM", "AttachmentState", "PhotoService"]

MAX_PER_ITEM = 12  # a line's evidence, not an album


class PhotoService(AttachedPhotos):
    def add(self, actor: Actor, inspection_id: uuid.UUID, item_key: str, source: Path) -> PhotoRef:
        """Attach the photo at `source` to the item. Refused (field "photo"): not a
        picture, too large, unreadable, too many on the item."""
        actor.require(Module.INSPECTIONS, Action.CREATE)
        self._folder()  # no photo folder: said before the inspection is looked at
        with self._store.read() as session:
            found = get_inspection(session, inspection_id)
            if found.voided_at is not None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("messages", "That inspection is not on record.")
                )
            has_item = session.scalar(
                select(func.count()).where(
                    InspectionItem.inspection_id == found.id, InspectionItem.key == item_key
                )
            )
            if not has_item:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("messages", "This checklist has no item {item}."),
                    field=item_field(str(item_key)),
                    item=item_key,
                )
        stored = self.store_file(source)
        with self._store.write() as session:
            self.refuse_past_limit(
                session.scalar(
                    select(func.count()).where(
                        InspectionPhoto.inspection_id == inspection_id,
                        InspectionPhoto.item_key == item_key,
                    )
                ),
                MAX_PER_ITEM,
                QT_TRANSLATE_NOOP("messages", "An item holds at most {limit} photos."),
            )
            row = InspectionPhoto(
                inspection_id=inspection_id, item_key=item_key, **stored.columns()
            )
            session.add(row)
            session.flush()
            self.audit_added(session, actor, ENTITY, inspection_id, stored, item_key=item_key)
            return photo_ref(row, item_key)
